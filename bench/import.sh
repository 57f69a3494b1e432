#!/usr/bin/env bash
# Imports a generated registry list of N rows (two members per household) into the running
# portal as the district admin and times the check and the storing.
# Usage: bench/import.sh [rows]   (default 100000; needs the portal from the README's run command)
set -euo pipefail
rows=${1:-100000}
base=${BASE_URL:-http://127.0.0.1:8080}
user=${SUNSHINE_USER:-demo-admin:sunshine-demo}
file=$(mktemp --suffix=.csv)
run=$(date +%s)
{
  echo "户编号,镇街,村（居）,姓名,与户主关系,身份证号,出生年份,劳动能力,重度残疾,慢性病,在校生,联系电话,户状态,收入年度,人均纯收入（元）"
  awk -v n="$rows" -v run="$run" 'BEGIN {
    for (i = 1; i <= n / 2; i++) {
      code = sprintf("BENCH%d-%07d", run, i)
      printf "%s,峨山镇,黄泉村,压测户主%d,户主,3704040000%08d,1960,有劳动能力,否,否,否,13900000000,未脱贫,2019,3000\n", code, i, i
      printf "%s,峨山镇,黄泉村,压测成员%d,配偶,,1962,无劳动能力,否,是,否,,,,\n", code, i
    }
  }'
} > "$file"
pid=$(pgrep -f '^java .*portal-web.war' | head -n 1 || true)
echo "file: $rows rows, $(du -h "$file" | cut -f1)"
start=$(date +%s%N)
job=$(curl -fs -u "$user" -H 'Content-Type: text/csv' --data-binary @"$file" "$base/api/v1/registry/imports?name=bench.csv" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
checked=$(date +%s%N)
peak=0
while :; do
  state=$(curl -fs -u "$user" "$base/api/v1/registry/imports/$job" | sed 's/.*"state":"\([A-Z]*\)".*/\1/')
  if [ -n "$pid" ]; then
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"); [ "$rss" -gt "$peak" ] && peak=$rss
  fi
  [ "$state" = "STORING" ] || break
  sleep 0.5
done
end=$(date +%s%N)
echo "state: $state; checked in $(( (checked - start) / 1000000 )) ms; stored in $(( (end - checked) / 1000000 )) ms; portal peak RSS ${peak} MiB"
rm -f "$file"
