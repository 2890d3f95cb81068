#!/usr/bin/env bash
# validate and preview of 1,000- and 10,000-credential batches against
# `python3 -m json.tool` and `jq .` on the same files, in one run: median wall
# time and peak RSS of each. Usage: Benchmarks/scripts/scale.sh [RUNS] [BINARY]
set -euo pipefail
runs=${1:-9}
here=$(cd "$(dirname "$0")" && pwd)
bin=${2:-$here/../../.build/release/seekpass-composer}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() { # label, command...
  local label=$1; shift
  : > "$work/samples"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/one" "$@" > /dev/null 2>&1 || true
    cat "$work/one" >> "$work/samples"
  done
  python3 - "$label" "$work/samples" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[2]) if line.strip()]
wall = statistics.median(float(r[0]) for r in rows)
rss = max(int(r[1]) for r in rows) / 1024
print(f"| {sys.argv[1]} | {wall * 1000:.0f} ms | {rss:.1f} MiB |")
PY
}
echo "| what | median wall time | peak RSS |"
echo "| --- | --- | --- |"
for n in 1000 10000; do
  python3 "$here/make-batch.py" "$n" "$work/batch-$n.json"
  size=$(stat -c %s "$work/batch-$n.json")
  echo "| **$n credentials ($((size / 1024)) KiB)** | | |"
  measure "seekpass-composer validate" "$bin" validate -q "$work/batch-$n.json"
  measure "seekpass-composer preview" "$bin" preview "$work/batch-$n.json"
  measure "python3 -m json.tool" python3 -m json.tool "$work/batch-$n.json"
  command -v jq > /dev/null && measure "jq ." jq . "$work/batch-$n.json"
done
