#!/usr/bin/env bash
# A key to a redrawn screen in the composer over a batch of N credentials (default 60), through
# tmux: each letter typed into the holder's name (which changes every credential's name) is
# timed from send-keys until capture-pane shows it (polling every 5 ms, so the figure includes
# tmux and the polling). Prints the median and p90 in milliseconds; target: median < 500 ms.
# Usage: Benchmarks/scripts/batch-keys.sh [N] [BINARY]
set -euo pipefail
count=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
bin=${2:-$here/../../.build/release/seekpass-composer}
work=$(mktemp -d)
socket=batch-keys-bench-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export LANG=C.UTF-8
python3 "$here/make-batch.py" "$count" "$work/large.json"
tmux -L "$socket" -f /dev/null -u new-session -d -x 100 -y 30 \
  "cd $work && env HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config TERM=tmux-256color $bin large.json"
for _ in $(seq 400); do tmux -L "$socket" capture-pane -p | grep -q "Opened large.json" && break; sleep 0.05; done
typed="John Doe"
: > "$work/times"
for letter in - S m i t h; do
  typed="$typed$letter"
  start=$(date +%s%N)
  tmux -L "$socket" send-keys -l "$letter"
  until tmux -L "$socket" capture-pane -p | grep -qF "$typed"; do sleep 0.005; done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 )) >> "$work/times"
done
python3 - "$work/times" "$count" <<'PY'
import sys, statistics
t = sorted(int(x) / 1000 for x in open(sys.argv[1]))
p90 = t[min(len(t) - 1, int(len(t) * 0.9))]
print(f"key to redrawn screen in tmux, batch of {sys.argv[2]}: keys={len(t)} median={statistics.median(t):.1f} ms p90={p90:.1f} ms")
PY
