#!/usr/bin/env bash
# Imports a generated list into the running portal as the district admin and times the check
# (the POST answers once every row is checked) and the storing (the job polled until it is done).
# Usage: bench/import.sh [kind] [rows]
#   kind registry: a registry list of N rows, two members per household (default 100000 rows)
#   kind projects: a year's project plan of N new projects over the district's villages (default 10000)
#   kind beneficiaries: an income distribution's household list of N households (default 100000);
#     the N households are first registered in 峨山镇 黄泉村 by a registry list (timed apart), then
#     the list shares a year's income of the village's demo asset among them
# Needs the portal from the README's run command (H2 file database, -Xmx512m).
set -euo pipefail
kind=${1:-registry}
base=${BASE_URL:-http://127.0.0.1:8080}
user=${SUNSHINE_USER:-demo-admin:sunshine-demo}
file=$(mktemp --suffix=.csv)
run=$(date +%s)
case "$kind" in
  registry)
    rows=${2:-100000}
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
    ;;
  projects)
    rows=${2:-10000}
    # the villages of the district, read from its public list, so that rows spread over them
    curl -fs "$base/api/v1/regions" | python3 -c '
import json, sys
for t in json.load(sys.stdin)["townships"]:
    for v in t["villages"]:
        print(t["name"] + "," + v["name"])' > "$file.places" || true
    if [ ! -s "$file.places" ]; then echo "峨山镇,黄泉村" > "$file.places"; fi
    {
      echo "项目编号,项目名称,项目类型,实施范围,镇街,村（居）,计划年度,计划投资（元）,实施单位,带贫方式,项目简介,立项文件"
      awk -F, -v n="$rows" -v run="$run" '
        { town[NR] = $1; village[NR] = $2 }
        END {
          split("特色种植 养殖 农产品加工 乡村旅游 电商扶贫 光伏扶贫 扶贫车间 基础设施", types, " ")
          for (i = 1; i <= n; i++) {
            p = (i % NR) + 1
            printf ",压测项目%d-%05d,%s,单村项目,%s,%s,2020,\"%d,%03d.%02d\",%s人民政府,股份合作、吸纳就业,%s%s建设内容与规模（压测）,峄扶贫〔2020〕%d号\n",
              run, i, types[(i % 8) + 1], town[p], village[p], 10 + i % 90, i % 1000, i % 100, town[p], town[p], village[p], i
          }
        }' "$file.places"
    } > "$file"
    rm -f "$file.places"
    ;;
  beneficiaries)
    rows=${2:-100000}
    echo "户编号,镇街,村（居）,姓名,与户主关系,身份证号,出生年份,劳动能力,重度残疾,慢性病,在校生,联系电话,户状态,收入年度,人均纯收入（元）" > "$file.registry"
    awk -v n="$rows" -v run="$run" 'BEGIN {
      for (i = 1; i <= n; i++) {
        printf "BENCH%d-%07d,峨山镇,黄泉村,压测户主%d,户主,3705040000%08d,1960,有劳动能力,否,否,否,,未脱贫,2019,3000\n", run, i, i, i
      }
    }' >> "$file.registry"
    echo "户编号,户主姓名,有劳动能力,公益劳动天数,老弱病残人数" > "$file"
    awk -v n="$rows" -v run="$run" 'BEGIN {
      for (i = 1; i <= n; i++) {
        printf "BENCH%d-%07d,压测户主%d,%s,%d,%d\n", run, i, i, (i % 5 == 0 ? "否" : "是"), (i % 5 == 0 ? 0 : 1 + i % 200), i % 3 == 0 ? 1 : 0
      }
    }' >> "$file"
    ;;
  *) echo "kind is registry, projects or beneficiaries" >&2; exit 2 ;;
esac
pid=$(pgrep -f '^java .*portal-web.war' | head -n 1 || true)

# Posts a file to an import and times its check and its storing; $3 is the upload's query.
measure() {
  local kind=$1 file=$2 query=${3:-} start checked end answer job state peak=0 rss
  echo "$kind: $(($(wc -l < "$file") - 1)) rows, $(du -h "$file" | cut -f1)"
  start=$(date +%s%N)
  answer=$(curl -s -u "$user" -H 'Content-Type: text/csv' --data-binary @"$file" "$base/api/v1/imports/$kind?name=bench.csv$query")
  checked=$(date +%s%N)
  job=$(echo "$answer" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  if [ -z "$job" ]; then echo "refused: ${answer:0:600}" >&2; return 1; fi
  while :; do
    state=$(curl -fs -u "$user" "$base/api/v1/imports/jobs/$job" | sed 's/.*"state":"\([A-Z]*\)".*/\1/')
    if [ -n "$pid" ]; then
      rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"); [ "$rss" -gt "$peak" ] && peak=$rss
    fi
    [ "$state" = "STORING" ] || break
    sleep 0.5
  done
  end=$(date +%s%N)
  echo "state: $state; checked in $(( (checked - start) / 1000000 )) ms; stored in $(( (end - checked) / 1000000 )) ms; portal peak RSS ${peak} MiB"
  if [ -n "$pid" ] && command -v jcmd > /dev/null; then
    jcmd "$pid" GC.heap_info 2>/dev/null | grep -E 'total|used' | head -n 2 || true
  fi
}

trap 'rm -f "$file" "$file.registry"' EXIT
if [ "$kind" = beneficiaries ]; then
  echo "setup, the households registered first:"
  measure registry "$file.registry"
  # the village's handed-over demo asset, as the upload offers it to the district admin
  asset=$(curl -fs -u "$user" "$base/api/v1/imports/beneficiaries" | python3 -c '
import json, sys
for p in json.load(sys.stdin)["parameters"]:
    if p["name"] == "asset":
        print(next(k for k, v in p["choices"].items() if "（黄泉村，" in v))')
  doc=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("黄泉村村民代表会议决议（压测）"))')
  measure beneficiaries "$file" "&asset=$asset&periodFrom=2030-01-01&periodTo=2030-12-31&income=1000000&documentRef=$doc"
else
  measure "$kind" "$file"
fi
