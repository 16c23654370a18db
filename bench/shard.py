"""A batch in parts on the job runners of docs/shard/, run for real on this machine, each
merged with `gongwen batch … --merge-shards` and checked against one unsharded run.

Runs, over the same table (default fixtures/counties.csv, 16 look-back reports and the
rollup), each timed, and compares each merged summary.csv and every output file with the
baseline's, byte for byte:

- the baseline: one `gongwen batch` over all rows;
- docs/shard/parallel.sh with GNU parallel (if installed), then with xargs -P;
- docs/shard/slurm.sbatch as a Slurm array would run it (SLURM_ARRAY_TASK_* set, one
  task after the other), then as the merge job;
- docs/shard/kubernetes.yaml: its fields checked (Indexed, completions = SHARDS, a
  ReadWriteMany volume shared with the merge Job), and its pod script run for each
  JOB_COMPLETION_INDEX with /data and /config in a scratch folder, then the merge Job's
  command — also over a table with a broken row, to show a part that wrote its summary
  counts as done and the merge reports the failure (exit 1).

Prints each runner's time and its ratio to the baseline. On one machine the parts share
its cores, and each part plans every row and loads the fonts, so a ratio near or above 1
is expected here: sharding pays when the parts run on different machines.

    cargo build --release && python3 bench/shard.py [--parts 3] [--rows N]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import counties  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARD = ROOT / "docs/shard"


def run(cmd, env=None, ok=(0,)):
    """Runs `cmd` (stderr kept); returns (seconds, exit code)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start, proc.returncode


def outputs(folder):
    """Every file of `folder` but the parts' summaries, with its bytes."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if not re.match(r"summary-\d+-of-\d+\.csv$", p.name)}


def same(name, folder, baseline):
    found, expected = outputs(folder), outputs(baseline)
    assert set(found) == set(expected), f"{name}: files differ: {sorted(set(found) ^ set(expected))}"
    differing = [f for f in expected if found[f] != expected[f]]
    assert not differing, f"{name}: differ from the unsharded run: {differing}"
    return len(expected) - 1  # summary.csv aside


def slurm(work, table, args, parts, env):
    out = work / "slurm"
    script = SHARD / "slurm.sbatch"
    base = {**env, "SOURCE": str(table), "BASE": args.base, "OUT": str(out)}
    start = time.perf_counter()
    for i in range(1, parts + 1):
        task = {"SLURM_ARRAY_TASK_ID": str(i), "SLURM_ARRAY_TASK_COUNT": str(parts),
                "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": str(parts), "SLURM_CPUS_PER_TASK": "1"}
        run(["bash", script], {**base, **task})
    run(["bash", script], base)
    return time.perf_counter() - start, out


def kubernetes_checked():
    """The manifests' fields that matter; returns (pod script, merge command, batch.sh, parts)."""
    docs = list(yaml.safe_load_all((SHARD / "kubernetes.yaml").read_text()))
    merge = yaml.safe_load((SHARD / "kubernetes-merge.yaml").read_text())
    kinds = {d["kind"]: d for d in docs}
    job, claim, config = kinds["Job"], kinds["PersistentVolumeClaim"], kinds["ConfigMap"]
    spec, pod = job["spec"], job["spec"]["template"]["spec"]
    assert spec["completionMode"] == "Indexed"
    container = pod["containers"][0]
    shards = next(e["value"] for e in container["env"] if e["name"] == "SHARDS")
    assert int(shards) == spec["completions"], "SHARDS must equal completions"
    assert pod["restartPolicy"] == "Never"
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    for p in (pod, merge["spec"]["template"]["spec"]):
        volumes = {v["name"]: v for v in p["volumes"]}
        assert volumes["data"]["persistentVolumeClaim"]["claimName"] == claim["metadata"]["name"]
        assert volumes["config"]["configMap"]["name"] == config["metadata"]["name"]
    assert merge["spec"]["backoffLimit"] == 0
    merge_cmd = merge["spec"]["template"]["spec"]["containers"][0]["command"]
    return container["args"][0], merge_cmd, config["data"]["batch.sh"], spec["completions"]


def kubernetes(work, name, table, args, parts, env):
    """The Indexed Job's pods and the merge Job, run here: /data and /config in `work/name`."""
    pod_script, merge_cmd, batch_sh, _ = kubernetes_checked()
    root = work / name
    data, config = root / "data", root / "config"
    data.mkdir(parents=True)
    config.mkdir()
    shutil.copy(table, data / "counties.csv")
    shutil.copy(args.base, data / "lookback-base.yaml")
    moved = lambda text: text.replace("/data", str(data)).replace("/config", str(config))  # noqa: E731
    (config / "batch.sh").write_text(moved(batch_sh))
    pod_script = moved(pod_script).replace("--jobs 2", "--jobs 1")
    start = time.perf_counter()
    for index in range(parts):
        run(["sh", "-c", pod_script], {**env, "JOB_COMPLETION_INDEX": str(index), "SHARDS": str(parts)})
    _, code = run([moved(c) for c in merge_cmd], env, ok=(0, 1))
    return time.perf_counter() - start, data / "out", code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parts", type=int, default=3)
    parser.add_argument("--rows", type=int, help="a generated table of this many rows instead of fixtures/counties.csv")
    parser.add_argument("--gongwen", default=str(ROOT / "target/release/gongwen"))
    parser.add_argument("--base", default=str(ROOT / "fixtures/lookback-base.yaml"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gongwen-shard-"))
    table = ROOT / "fixtures/counties.csv"
    if args.rows:
        table = work / "counties.csv"
        with open(table, "w", encoding="utf-8", newline="") as f:
            counties.write_csv(args.rows, f)
    # The scripts call `gongwen`: this build, first on the PATH.
    bin_dir = work / "bin"
    bin_dir.mkdir()
    (bin_dir / "gongwen").symlink_to(args.gongwen)
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "LC_ALL": "zh_CN.UTF-8"}
    batch = ["--base", args.base, "--rollup", "lookback-rollup"]
    parts, cores = args.parts, os.cpu_count() or 1
    jobs = str(max(1, cores // parts))

    baseline = work / "baseline"
    base_s, _ = run(["gongwen", "batch", str(table), "-o", str(baseline), *batch], env)
    print(f"machine: {cores} cores; {parts} parts, each with --jobs {jobs}; table {table}")
    print(f"baseline, one unsharded gongwen batch: {base_s:6.2f} s")
    results = []
    runners = [("GNU parallel", {})] if shutil.which("parallel") else []
    if not runners:
        print("GNU parallel is not installed (apt-get install parallel): only its xargs -P fallback runs")
    runners.append(("xargs -P", {"USE_XARGS": "1"}))
    for name, extra in runners:
        out = work / name.split()[0]
        seconds, _ = run([SHARD / "parallel.sh", str(parts), str(table), str(out), *batch, "--jobs", jobs],
                         {**env, **extra})
        results.append((f"parallel.sh ({name})", seconds, same(name, out, baseline)))
    seconds, out = slurm(work, table, args, parts, env)
    results.append(("slurm.sbatch (tasks in turn)", seconds, same("slurm", out, baseline)))
    # The Kubernetes pods read the table from /data, so the baseline is made there too.
    seconds, out, code = kubernetes(work, "k8s", table, args, parts, env)
    assert code == 0, "the merge Job failed"
    k8s_base = work / "k8s-baseline"
    run(["gongwen", "batch", str(work / "k8s/data/counties.csv"), "-o", str(k8s_base), *batch], env)
    results.append(("kubernetes.yaml (pods in turn)", seconds, same("kubernetes", out, k8s_base)))
    for name, seconds, documents in results:
        print(f"{name:32} {seconds:6.2f} s, {seconds / base_s:4.2f}x the baseline; "
              f"summary.csv and {documents} documents identical to it")

    # A broken row: its part still counts as done (its summary says why), the merge says so.
    broken = work / "broken.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    lines[2] += ",多余"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, out, code = kubernetes(work, "k8s-broken", broken, args, parts, env)
    summary = (out / "summary.csv").read_text(encoding="utf-8-sig")
    assert code == 1 and summary.count(",失败,") == 1, (code, summary)
    print("kubernetes.yaml with a broken row: every pod succeeded, the merge Job exited 1, "
          "summary.csv lists the row as 失败")
    print(f"(inputs and outputs in {work})")


if __name__ == "__main__":
    main()
