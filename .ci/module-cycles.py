#!/usr/bin/env python3
"""Fails when modules of one crate import each other in a circle (a uses b, b uses a).

Edges are `crate::x` and `super::x` paths outside `#[cfg(test)] mod tests`; the circles
are the strongly connected components of that graph, printed one per line.
"""
import os,re,sys,itertools
root=sys.argv[1] if len(sys.argv) > 1 else "crates"
found=[]
for crate in sorted(os.listdir(root)):
    src=os.path.join(root,crate,'src')
    if not os.path.isdir(src): continue
    mods={}
    for dp,_,fs in os.walk(src):
        for f in fs:
            if not f.endswith('.rs'): continue
            p=os.path.join(dp,f); rel=os.path.relpath(p,src)[:-3]
            parts=rel.split(os.sep)
            if parts[-1] in('mod','lib','main'): parts=parts[:-1]
            name='::'.join(parts) or 'crate'
            mods[name]=open(p).read()
    # strip tests modules
    edges={m:set() for m in mods}
    top={m.split('::')[0] for m in mods if m!='crate'}
    for m,t in mods.items():
        t=re.sub(r"^\s*//.*$","",t,flags=re.M)
        t=re.sub(r'#\[cfg\(test\)\]\s*mod tests\s*\{.*','',t,flags=re.S)
        for mm in re.findall(r'crate::(\w+)',t):
            if mm in top and mm!=m.split('::')[0]: edges[m].add(mm)
        for mm in re.findall(r'use crate::\{([^}]*)\}',t):
            for x in re.findall(r'(\w+)::',mm):
                if x in top and x!=m.split('::')[0]: edges[m].add(x)
        if '::' in m or True:
            for mm in re.findall(r'super::(\w+)',t):
                par='::'.join(m.split('::')[:-1])
                tgt=(par+'::'+mm) if par else mm
                if tgt in mods and tgt!=m: edges[m].add(tgt)
    # cycles via DFS (simple: pairwise and SCC)
    idx={};low={};st=[];on=set();res=[];c=[0]
    def sc(v):
        idx[v]=low[v]=c[0];c[0]+=1;st.append(v);on.add(v)
        for w in edges.get(v,()):
            if w not in mods: continue
            if w not in idx: sc(w);low[v]=min(low[v],low[w])
            elif w in on: low[v]=min(low[v],idx[w])
        if low[v]==idx[v]:
            comp=[]
            while True:
                w=st.pop();on.discard(w);comp.append(w)
                if w==v:break
            if len(comp)>1: res.append(comp)
    sys.setrecursionlimit(10000)
    for v in mods:
        if v not in idx: sc(v)
    for comp in res:
        found.append(comp)
        print(crate, sorted(comp), {k: sorted(edges[k] & set(comp)) for k in comp})
sys.exit(1 if found else 0)
