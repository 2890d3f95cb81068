#!/usr/bin/env bash
# Negative testing of the sandbox against docs/openapi.yaml with schemathesis:
# every generated request, bad input included, must get an answer the
# description allows and never a 5xx. Usage: Benchmarks/scripts/schemathesis.sh [SECONDS] [BINARY]
set -euo pipefail
seconds=${1:-100}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${2:-$root/.build/release/seekpass-composer}
work=$(mktemp -d)
export HOME=$work XDG_STATE_HOME=$work/state
python3 -m venv "$work/venv" && "$work/venv/bin/pip" install -q schemathesis
port=$((20000 + RANDOM % 20000))
"$bin" sandbox --port "$port" > "$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -f "$XDG_STATE_HOME/seekpass-composer/sandbox-session.json" ] && break; sleep 0.05; done
secret=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['client_secret'])" "$XDG_STATE_HOME/seekpass-composer/sandbox-session.json")
token=$(curl -s -X POST "http://127.0.0.1:$port/api/partner/v1/oauth/token.json" -d grant_type=client_credentials \
  -d client_id=sandbox-demo --data-urlencode "client_secret=$secret" \
  -d "scope=write.education write.microcredential write.english_proficiency write.right_to_work write.career_history write.universal" \
  | python3 -c "import json,sys;print(json.load(sys.stdin)['access_token'])")
"$work/venv/bin/schemathesis" run "$root/docs/openapi.yaml" --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" --checks all --exclude-checks positive_data_acceptance \
  --exclude-path /_sandbox/tokens/revoke --exclude-path /_sandbox/faults --max-time "$seconds"
echo "sandbox peak resident memory: $(grep VmHWM /proc/$sandbox/status | awk '{print $2 / 1024 " MiB"}')"
