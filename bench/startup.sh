#!/usr/bin/env bash
# Start-up of the portal against Payara Micro's own floor, measured in one run.
# Usage: bench/startup.sh [runs]   (after `mvn -B -DskipTests package`)
#
# Each round starts, one after another with the same flags (-Xmx512m, --nocluster, the README's
# pre-boot commands, context root /):
#   floor     Payara Micro serving a WAR of one static file, until that file answers 200;
#   fresh     the portal on an empty H2 database in a new folder (migrations, the whole demo,
#             the index's rebuild), until /health/ready answers 200;
#   existing  the portal restarting on a database that already holds the demo, until ready.
# It prints each start, the medians, the ratios fresh/floor and existing/floor, the resident
# memory (VmRSS) two seconds after ready, and where a fresh start's time goes: the portal's own
# log lines with their time since launch.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${PORT:-18080}
jar=$(ls portal-web/target/payara-micro-*.jar | head -n 1)
war=portal-web/target/portal-web.war
preboot=portal-web/src/main/payara/pre-boot-commands.asadmin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the floor's WAR: one static file and nothing else
mkdir -p "$work/floor-war"
echo '<!doctype html><title>floor</title><p>floor' > "$work/floor-war/index.html"
(cd "$work/floor-war" && jar --create --file "$work/floor.war" index.html)

# a database that holds the demo, for the restarts; its first start is not counted
existing="$work/existing"
mkdir -p "$existing"

start_and_wait() { # name data-dir war url -> prints "ms rss"
  local name=$1 data=$2 app=$3 url=$4
  local begin end pid rss
  begin=$(date +%s%N)
  SUNSHINE_DATA_DIR="$data" java -Xmx512m -jar "$jar" --deploy "$app" --contextroot / \
    --port "$port" --nocluster --prebootcommandfile "$preboot" > "$work/$name.log" 2>&1 &
  pid=$!
  until curl -fs "$url" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "$name died; its log:" >&2; tail -50 "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - begin) / 1000000 )) $rss $begin"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

read -r _ _ _ < <(start_and_wait seed "$existing/data" "$war" "http://127.0.0.1:$port/health/ready")
floor=() fresh=() restart=() floor_rss=() fresh_rss=() restart_rss=()
breakdown=""
for i in $(seq 1 "$runs"); do
  read -r ms rss _ < <(start_and_wait floor "$work/floor-data" "$work/floor.war" "http://127.0.0.1:$port/index.html")
  floor+=("$ms"); floor_rss+=("$rss")
  rm -rf "$work/fresh-data"
  read -r ms rss begin < <(start_and_wait fresh "$work/fresh-data" "$war" "http://127.0.0.1:$port/health/ready")
  fresh+=("$ms"); fresh_rss+=("$rss")
  if [ "$i" -eq 1 ]; then
    # where the time of the first fresh start went: the portal's own lines and Payara's milestones
    breakdown=$(grep -E "timeMillis" "$work/fresh.log" |
      grep -E "sunshineledger|Deployed|deployed|Payara Micro URLs|Initializing|EclipseLink|Flyway" |
      sed -E 's/.*\[timeMillis: ([0-9]+)\].*\[\[?(.*)/\1 \2/' |
      awk -v begin="$((begin / 1000000))" '{t=$1; $1=""; printf "%7d ms %s\n", t-begin, substr($0, 1, 110)}' | head -40)
  fi
  read -r ms rss _ < <(start_and_wait existing "$existing/data" "$war" "http://127.0.0.1:$port/health/ready")
  restart+=("$ms"); restart_rss+=("$rss")
  echo "round $i: floor ${floor[-1]} ms (${floor_rss[-1]} MiB), fresh ${fresh[-1]} ms (${fresh_rss[-1]} MiB), existing ${restart[-1]} ms (${restart_rss[-1]} MiB)"
done
f=$(printf '%s\n' "${floor[@]}" | median)
n=$(printf '%s\n' "${fresh[@]}" | median)
e=$(printf '%s\n' "${restart[@]}" | median)
echo
echo "median of $runs: floor $f ms, fresh $n ms, existing $e ms"
echo "resident (median): floor $(printf '%s\n' "${floor_rss[@]}" | median) MiB, fresh $(printf '%s\n' "${fresh_rss[@]}" | median) MiB, existing $(printf '%s\n' "${restart_rss[@]}" | median) MiB"
awk -v f="$f" -v n="$n" -v e="$e" 'BEGIN {printf "ratios: fresh/floor %.2f (goal <= 1.5), existing/floor %.2f (goal <= 1.3)\n", n/f, e/f}'
echo
echo "where the first fresh start's time goes (ms since launch):"
echo "$breakdown"
