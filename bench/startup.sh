#!/usr/bin/env bash
# Cold start of the portal to /health/ready, and its resident memory once ready.
# Usage: bench/startup.sh [runs] [fresh|existing]   (after `mvn -B -DskipTests package`)
# fresh (default): each run starts on an empty H2 database in a new folder, so it includes the
# migrations and the whole demo (places, programme, registry, board) and the index's rebuild.
# existing: the demo is loaded once beforehand; the runs start on that database, as a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mode=${2:-fresh}
shared=$(mktemp -d)
port=${PORT:-18080}
jar=$(ls portal-web/target/payara-micro-*.jar | head -n 1)
times=()
if [ "$mode" = existing ]; then
  # the first start loads the demo; it is not counted
  SUNSHINE_DATA_DIR="$shared/data" java -Xmx512m -jar "$jar" --deploy portal-web/target/portal-web.war \
    --contextroot / --port "$port" --nocluster --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin \
    > "$shared/seed.log" 2>&1 &
  seed=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; do sleep 0.5; done
  kill "$seed"; wait "$seed" 2>/dev/null || true
fi
for i in $(seq 1 "$runs"); do
  if [ "$mode" = existing ]; then dir=$shared; else dir=$(mktemp -d); fi
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
  [ "$mode" = existing ] || rm -rf "$dir"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median cold start ($mode database) to /health/ready: ${median} ms over ${runs} runs"
rm -rf "$shared"
