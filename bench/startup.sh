#!/usr/bin/env bash
# Cold start of the portal to /health/ready, and its resident memory once ready.
# Usage: bench/startup.sh [runs]   (after `mvn -B -DskipTests package`)
# Each run starts Payara Micro on an empty H2 database in a fresh folder, so it includes
# the Flyway migration and the seeding of the district's places.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${PORT:-18080}
jar=$(ls portal-web/target/payara-micro-*.jar | head -n 1)
times=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  SUNSHINE_DATA_DIR="$dir/data" java -Xmx512m -jar "$jar" \
    --deploy portal-web/target/portal-web.war --contextroot / --port "$port" --nocluster \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
    > "$dir/portal.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "portal died; see $dir/portal.log" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  echo "run $i: ready in ${ms} ms, resident ${rss} MiB"
  times+=("$ms")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median cold start to /health/ready: ${median} ms over ${runs} runs"
