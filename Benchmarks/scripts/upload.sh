#!/usr/bin/env bash
# Upload of one large asset to the sandbox on loopback, in one run:
# `seekpass-composer submit` (process start, token, submission, the upload streamed
# from disk with SHA-256, history) against `curl --upload-file` of the same file to
# a fresh link of the same kind (the PUT alone, timed without curl's token and POST).
# Both PUTs are timed alone (ours from `submit --json`, which reports each upload's
# seconds; it hashes every byte with SHA-256 on the way); the ratio is curl's time
# over ours, so 1.0 means the same throughput. The whole submit is shown as well.
# Usage: Benchmarks/scripts/upload.sh [SIZE, e.g. 1G] [RUNS] [BINARY]
set -euo pipefail
size=${1:-1G}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
bin=${3:-$here/../../.build/release/seekpass-composer}
work=$(mktemp -d)
export HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config
port=$((20000 + RANDOM % 20000))
"$bin" sandbox --port "$port" --max-upload-size 4294967296 > "$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT
url=http://127.0.0.1:$port
for _ in $(seq 100); do [ -f "$XDG_STATE_HOME/seekpass-composer/sandbox-session.json" ] && break; sleep 0.05; done
secret=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['client_secret'])" "$XDG_STATE_HOME/seekpass-composer/sandbox-session.json")
printf '%%PDF-1.7\n' > "$work/big.pdf"; truncate -s "$size" "$work/big.pdf"
cat "$work/big.pdf" > /dev/null   # into the page cache for both
batch() { # id
  cat <<JSON
{"credential_id": "$1", "digital_identity": {"credential_id": "$1-di", "fields": {"full_name": "Siti Rahma"}},
 "education_items": [], "english_proficiency_items": [],
 "microcredential_items": [{"credential_id": "$1-micro-1", "fields": {"full_name": "Siti Rahma",
   "issuer_name": "Skill Test Provider", "microcredential_name": "AI Essentials", "issue_date": "2024-04-30"},
   "assets": [{"asset_id": "$1-asset", "asset_type": "pdf"}]}]}
JSON
}
seconds() { python3 -c "import sys;print(f'{float(sys.argv[1]):.2f}')" "$1"; }
echo "| run | our PUT | curl --upload-file | throughput ratio (curl time / ours) | our whole submit | our peak RSS | curl peak RSS |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for i in $(seq "$runs"); do
  batch "UP-$i" > "$work/batch-$i.json"
  /usr/bin/time -f "%e %M" -o "$work/ours" "$bin" submit "$work/batch-$i.json" --asset "UP-$i-asset=$work/big.pdf" \
    --sandbox-url "$url" --json > "$work/submit.json" 2> "$work/submit.err" || { cat "$work/submit.err"; exit 1; }
  put=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['uploads'][0]['seconds'])" "$work/submit.json")
  batch "UC-$i" > "$work/cbatch-$i.json"
  cat > "$work/curl.sh" <<SH
set -e
token=\$(curl -s -X POST "$url/api/partner/v1/oauth/token.json" -d grant_type=client_credentials \
  -d client_id=sandbox-demo -d client_secret=$secret -d scope=write.microcredential | python3 -c "import json,sys;print(json.load(sys.stdin)['access_token'])")
link=\$(curl -s "$url/api/partner/v2/add/requests/batch.json" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer \$token" --data-binary @$work/cbatch-$i.json | python3 -c "import json,sys;print(json.load(sys.stdin)['asset_uploads'][0]['url'])")
start=\$(date +%s%N)
curl -s -f -T $work/big.pdf -H 'Expect:' -H 'Content-Type: application/pdf' "\$link" > /dev/null
end=\$(date +%s%N)
echo "\$(( (end - start) / 1000000 ))" > $work/put-ms
SH
  /usr/bin/time -f "%e %M" -o "$work/curl" bash "$work/curl.sh"
  read -r ot om < "$work/ours"; read -r _ cm < "$work/curl"
  ct=$(python3 -c "import sys;print(int(open(sys.argv[1]).read()) / 1000)" "$work/put-ms")
  ratio=$(python3 -c "import sys;print(f'{float(sys.argv[2])/float(sys.argv[1]):.2f}')" "$put" "$ct")
  echo "| $i | $(seconds "$put") s | $(seconds "$ct") s | $ratio | $(seconds "$ot") s | $((om / 1024)) MiB | $((cm / 1024)) MiB |"
done
