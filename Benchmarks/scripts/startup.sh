#!/usr/bin/env bash
# Process start to first full frame of the composer, measured in a real
# terminal (tmux) with --exit-after-first-frame. Prints the median and p90.
# Usage: Benchmarks/scripts/startup.sh [RUNS] [BINARY]
set -euo pipefail
runs=${1:-30}
bin=${2:-$(cd "$(dirname "$0")/../.." && pwd)/.build/release/seekpass-composer}
work=$(mktemp -d)
trap 'tmux -L startup-bench kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
cat > "$work/run.sh" <<SCRIPT
#!/usr/bin/env bash
export LANG=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config
cd $work
for i in \$(seq $runs); do
  start=\$(date +%s%N)
  "$bin" --new batch --exit-after-first-frame
  end=\$(date +%s%N)
  echo \$(( (end - start) / 1000 )) >> $work/times
done
echo done > $work/finished
SCRIPT
chmod +x "$work/run.sh"
tmux -L startup-bench -f /dev/null -u new-session -d -x 100 -y 30 "$work/run.sh"
for _ in $(seq 600); do [ -f "$work/finished" ] && break; sleep 0.1; done
python3 - "$work/times" <<'PY'
import sys, statistics
t = sorted(int(x) / 1000 for x in open(sys.argv[1]))
p90 = t[min(len(t) - 1, int(len(t) * 0.9))]
print(f"startup to first frame: runs={len(t)} median={statistics.median(t):.1f} ms p90={p90:.1f} ms min={t[0]:.1f} ms")
PY
