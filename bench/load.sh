#!/usr/bin/env bash
# The load suite of RELIABILITY.md §6, over loopback, bounded in time. Starts the portal as the
# README runs it (fresh H2 file database with the demo data, context root /), then with wrk:
#  1. the disclosure list against the bare /ping endpoint of the same server, in the same run;
#  2. public reads (a mix of lists, details and statistics) at a sustained load: p99 and errors;
#  3. a burst of ten times the sustained connections: answered 429, never 5xx;
#  4. failed sign-ins from one address: throttled;
#  5. the security headers on Payara's own /openapi, /health and /metrics.
# Needs wrk (Debian package wrk) and a built portal (mvn -B -q -DskipTests package).
# Usage: bench/load.sh [sustained seconds, default 600] [per-address limit, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
limit=${2:-300}
port=${PORT:-8091}
base=http://127.0.0.1:$port
data=$(mktemp -d)
out=target/load
mkdir -p "$out"
portal=
start() { # $1: the per-address limit (0: none)
  java -Xmx512m -Dsunshine.data.dir="$data" -Dsunshine.ratelimit.perSecond="$1" \
    -jar portal-web/target/payara-micro-6.2025.10.jar --deploy portal-web/target/portal-web.war \
    --contextroot / --port "$port" --nocluster \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin >>"$out/portal.log" 2>&1 &
  portal=$!
  until curl -fs -o /dev/null "$base/api/v1/regions"; do sleep 2; done
  echo "portal up; per-address limit $1/s"
}
stop() { kill "$portal"; wait "$portal" 2>/dev/null || true; }
trap 'kill $portal 2>/dev/null; rm -rf "$data"' EXIT
: >"$out/portal.log"

# the mix of public reads, each thread walking the list
cat >"$out/mix.lua" <<'LUA'
local paths = {
  "/api/v1/disclosures", "/api/v1/disclosures?level=VILLAGE&page=2", "/api/v1/projects",
  "/api/v1/projects/1", "/api/v1/funds", "/api/v1/flows?year=2019", "/api/v1/board/needs",
  "/api/v1/registry/stats", "/api/v1/transparency/checkpoint", "/api/v1/assets/1",
  "/api/v1/disclosures/1", "/", "/disclosures", "/api/v1/regions" }
local i = 0
-- each connection waits this long between requests: the offered rate is set by the connections
delay = function() return tonumber(os.getenv("PACE_MS") or "0") end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
# counts the answers by status class
cat >"$out/statuses.lua" <<'LUA'
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() s2, s4, s429, s5 = 0, 0, 0, 0 end
response = function(status)
  if status >= 500 then s5 = s5 + 1 elseif status == 429 then s429 = s429 + 1
  elseif status >= 400 then s4 = s4 + 1 else s2 = s2 + 1 end
end
done = function()
  local a, b, c, d = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("s2"); b = b + t:get("s4"); c = c + t:get("s429"); d = d + t:get("s5")
  end
  io.write(string.format("statuses: 2xx/3xx %d, 429 %d, other 4xx %d, 5xx %d\n", a, c, b, d))
end
LUA

# the mix, counting the answers by status class
cat "$out/mix.lua" "$out/statuses.lua" >"$out/burst.lua"

echo "== 1. disclosure list against the bare endpoint (same server, same run, no limit)"
start 0
wrk -t2 -c4 -d30s -s "$out/mix.lua" "$base" >/dev/null # warm-up
rate() { wrk -t1 -c2 -d20s -s "$out/statuses.lua" "$base$1" | tee -a "$out/compare.txt" \
  | awk '/Requests\/sec/ {print $2}'; }
bare=$(rate /ping)
list=$(rate /api/v1/disclosures)
echo "bare /ping: $bare req/s; /api/v1/disclosures: $list req/s; ratio $(awk -v a="$list" -v b="$bare" 'BEGIN {printf "%.1f%%", 100 * a / b}')"

stop

start "$limit"
wrk -t2 -c4 -d30s -s "$out/mix.lua" "$base" >/dev/null # warm-up
sleep 1
echo "== 2. public reads, 4 connections pacing 20 ms, ${seconds}s"
PACE_MS=20 wrk -t2 -c4 -d"${seconds}s" --latency -s "$out/mix.lua" "$base" | tee "$out/sustained.txt" \
  | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors" || true

echo "== 3. burst: ten times the connections, 30s"
PACE_MS=20 wrk -t2 -c40 -d30s -s "$out/burst.lua" "$base" | tee "$out/burst.txt" \
  | grep -E "Requests/sec|statuses|Socket errors" || true

sleep 2
echo "== 4. failed sign-ins from one address"
for i in $(seq 1 12); do
  curl -s -o /dev/null -w '%{http_code} ' -u demo-admin:wrong "$base/api/v1/registry/progress"
done
echo

echo "== 5. security headers on the server's own endpoints"
for path in /openapi /health /metrics /ping; do
  headers=$(curl -s -D - -o /dev/null "$base$path")
  csp=$(grep -ci "^content-security-policy:.*object-src 'none'.*frame-ancestors" <<<"$headers" || true)
  nosniff=$(grep -ci "^x-content-type-options: nosniff" <<<"$headers" || true)
  referrer=$(grep -ci "^referrer-policy:" <<<"$headers" || true)
  server=$(grep -ci "^server:\|^x-powered-by:" <<<"$headers" || true)
  echo "$path: CSP $csp, nosniff $nosniff, Referrer-Policy $referrer, server version headers $server"
done
