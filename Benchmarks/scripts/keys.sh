#!/usr/bin/env bash
# A key to a redrawn screen, through a real terminal: the widget gallery in tmux, one letter
# at a time, each timed from send-keys until capture-pane shows it (polling every 5 ms, so
# the figure includes tmux and the polling). Prints the median and p90 in milliseconds.
# Usage: Benchmarks/scripts/keys.sh [KEYS] [BINARY]
set -euo pipefail
keys=${1:-40}
bin=${2:-$(cd "$(dirname "$0")/../.." && pwd)/.build/release/seekpass-composer}
work=$(mktemp -d)
socket=keys-bench-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export LANG=C.UTF-8
tmux -L "$socket" -f /dev/null -u new-session -d -x 100 -y 30 \
  "env HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config TERM=tmux-256color $bin gallery"
for _ in $(seq 400); do tmux -L "$socket" capture-pane -p | grep -q "widget gallery" && break; sleep 0.05; done
typed=""
: > "$work/times"
for i in $(seq "$keys"); do
  letter=$(printf "\\$(printf '%03o' $((97 + i % 26)))")
  typed="$typed$letter"
  start=$(date +%s%N)
  tmux -L "$socket" send-keys -l "$letter"
  until tmux -L "$socket" capture-pane -p | grep -qF "\"name\": \"$typed\""; do sleep 0.005; done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 )) >> "$work/times"
done
python3 - "$work/times" <<'PY'
import sys, statistics
t = sorted(int(x) / 1000 for x in open(sys.argv[1]))
p90 = t[min(len(t) - 1, int(len(t) * 0.9))]
print(f"key to redrawn screen in tmux: keys={len(t)} median={statistics.median(t):.1f} ms p90={p90:.1f} ms")
PY
