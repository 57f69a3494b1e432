#!/usr/bin/env bash
# The citizens' pages against the bare JAX-RS floor (/ping), measured in one run: p50 and p99 of
# sequential requests over loopback after a warm-up (bench/latency.sh), and each page's p50 as a
# ratio to /ping's. Needs the portal running on the demo data (README's run command).
# Usage: bench/villages.sh [requests]   e.g. bench/villages.sh 500
set -euo pipefail
cd "$(dirname "$0")"
n=${1:-500}
base=${BASE_URL:-http://127.0.0.1:8080}
village() { # township name, village name -> id
  curl -fs "$base/api/v1/regions" | python3 -c "
import json, sys
d = json.load(sys.stdin)
print(next(v['id'] for t in d['townships'] if t['name'] == sys.argv[1] for v in t['villages'] if v['name'] == sys.argv[2]))" "$1" "$2"
}
key=$(village 峨山镇 黄泉村)
ordinary=$(village 峨山镇 "$(curl -fs "$base/api/v1/regions" | python3 -c "
import json, sys
d = json.load(sys.stdin)
print(next(v['name'] for t in d['townships'] if t['name'] == '峨山镇' for v in t['villages'] if not v['designations']))")")
township=$(curl -fs "$base/api/v1/regions" | python3 -c "
import json, sys
print(next(t['id'] for t in json.load(sys.stdin)['townships'] if t['name'] == '峨山镇'))")
paths=(/ping / "/villages/$key" "/villages/$ordinary" "/villages/$key/poster" "/api/v1/villages/$key"
  "/villages?q=huangquan" "/townships/$township" /projects "/flows?year=2018")
results=()
for path in "${paths[@]}"; do
  results+=("$(./latency.sh "$path" "$n")")
done
ping=$(echo "${results[0]}" | sed -E 's/.*p50 ([0-9.]+) ms.*/\1/')
for line in "${results[@]}"; do
  p50=$(echo "$line" | sed -E 's/.*p50 ([0-9.]+) ms.*/\1/')
  awk -v l="$line" -v p="$p50" -v f="$ping" 'BEGIN { printf "%s — p50 %.1f× /ping\n", l, p / f }'
done
