#!/usr/bin/env bash
# A batch in N parts with GNU parallel, then the merge of their summaries.
#
#   docs/shard/parallel.sh N SOURCE OUT [gongwen batch options…]
#   docs/shard/parallel.sh 3 fixtures/counties.csv out/ --base fixtures/lookback-base.yaml --rollup lookback-rollup
#
# Part i runs `gongwen batch SOURCE -o OUT … --shard i/N` and writes OUT/summary-i-of-N.csv;
# then `gongwen batch SOURCE -o OUT … --merge-shards` checks the parts against the batch
# and writes OUT/summary.csv. The exit code is the merge's: 0 when every document was
# written, 1 when one was not or a part is missing (both are said).
#
# On one machine the parts share its cores: give each `--jobs` (cores / parts at once).
# Over several machines, list them for parallel (`PARALLEL_SSHLOGIN=4/node1,4/node2`,
# i.e. `parallel -S`): OUT and SOURCE must then be on a folder every machine mounts at the
# same path, and every machine must have the same gongwen and fonts (or pass `--fonts free`).
# Without GNU parallel (`apt-get install parallel`), or with USE_XARGS=1, xargs -P runs the
# parts on this machine.
set -euo pipefail

if [ $# -lt 3 ]; then
    sed -n '2,5p' "$0" >&2
    exit 2
fi
n=$1 source=$2 out=$3
shift 3
gongwen=${GONGWEN:-gongwen}
at_once=${PARTS_AT_ONCE:-$n}

mkdir -p "$out"
# Parts of an earlier run (another N) would make the merge refuse: start clean.
rm -f "$out"/summary-*-of-*.csv "$out"/summary.csv

# A part exits 1 when one of its documents was not written; that is in its summary and
# the merge says it again, so the other parts go on and the merge runs anyway.
if [ "${USE_XARGS:-0}" != 1 ] && command -v parallel >/dev/null; then
    remote=()
    if [ -n "${PARALLEL_SSHLOGIN:-}" ]; then
        remote=(-S "$PARALLEL_SSHLOGIN" --workdir .)
    fi
    # -q: the arguments reach gongwen as given (a --name pattern with spaces and braces).
    parallel -q --halt never -j "$at_once" "${remote[@]}" \
        "$gongwen" batch "$source" -o "$out" "$@" --shard "{}/$n" ::: $(seq "$n") || true
else
    echo "GNU parallel not found; running the parts with xargs -P $at_once on this machine" >&2
    seq "$n" | xargs -P "$at_once" -I '{}' \
        "$gongwen" batch "$source" -o "$out" "$@" --shard "{}/$n" || true
fi

exec "$gongwen" batch "$source" -o "$out" "$@" --merge-shards
