#!/usr/bin/env bash
# Pledge throughput over HTTP: a donor's signed-in session sends N one-unit pledges to one large
# need, C at a time, over loopback; prints pledges per second and the count of each status.
# Usage: bench/pledges.sh [pledges] [concurrency]   (needs the portal from the README's run command)
set -euo pipefail
n=${1:-2000}
c=${2:-16}
base=${BASE_URL:-http://127.0.0.1:8080}
jar=$(mktemp)
curl -fs -c "$jar" -b "$jar" -o /dev/null -d 'username=demo-donor&password=sunshine-demo&next=/' "$base/login"
csrf=$(curl -fs -b "$jar" "$base/api/v1/session" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
village=$(curl -fs "$base/api/v1/regions" | grep -o '"id":[0-9]*,"kind":"VILLAGE","name":"黄泉村"' | head -1 | sed 's/"id":\([0-9]*\).*/\1/')
need=$(curl -fs -u demo-admin:sunshine-demo -H 'Content-Type: application/json' \
  -d "{\"village\":$village,\"category\":\"CASH\",\"item\":\"压测助学金\",\"quantity\":1000000,\"unitPrice\":\"0.01\",\"urgency\":3,\"deadline\":\"2099-01-01\"}" \
  "$base/api/v1/board/needs" | sed 's/.*"id":\([0-9]*\).*/\1/')
curl -fs -o /dev/null -u demo-admin:sunshine-demo -X POST "$base/api/v1/board/needs/$need/verify"
donation=$(curl -fs -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"donorKind":"ENTERPRISE","donorName":"压测企业","category":"CASH","units":1000000}' \
  "$base/api/v1/board/donations" | sed 's/.*"id":\([0-9]*\).*/\1/')
start=$(date +%s%N)
seq 1 "$n" | xargs -P "$c" -I{} curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' -d "{\"donation\":$donation,\"need\":$need,\"units\":1}" "$base/api/v1/board/pledges" \
  > /tmp/pledge-codes.txt
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
echo "$n pledges, $c at a time: ${ms} ms, $(( n * 1000 / ms )) pledges/s; statuses: $(sort /tmp/pledge-codes.txt | uniq -c | tr '\n' ' ')"
echo "need $need pledged: $(curl -fs "$base/api/v1/board/needs/$need" | sed 's/.*"pledged":\([0-9]*\).*/\1/')"
rm -f "$jar"
