#!/usr/bin/env bash
# The supervision check after one write: stores distributions of a village asset's income one after
# another (as the village officer's form does) and reads, from the portal's log, how long the check
# that follows each commit took — the rules over that distribution, its payees against the registry
# and the asset's other distributions — and how long the write itself answered in.
# Usage: bench/supervision.sh [writes] [households]
#   writes: distributions stored (default 50); households: payouts in each (default 200, the API's
#   page of a village's registry; one household of another village is added so each check opens a lead)
# Needs the portal from the README's run command with its output in $PORTAL_LOG (default portal.log).
set -euo pipefail
writes=${1:-50}
size=${2:-200}
base=${BASE_URL:-http://127.0.0.1:8080}
user=${SUNSHINE_USER:-demo-admin:sunshine-demo}
log=${PORTAL_LOG:-portal.log}
village() {
  curl -fs "$base/api/v1/regions" | python3 -c '
import json, sys
name = sys.argv[1]
for t in json.load(sys.stdin)["townships"]:
    for v in t["villages"]:
        if v["name"] == name:
            print(v["id"])' "$1"
}
huangquan=$(village 黄泉村)
sanshan=$(village 三山村)
asset=$(curl -fs "$base/api/v1/assets?village=$huangquan" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
beneficiaries=$( {
  curl -fs -u "$user" "$base/api/v1/registry/households?size=$size&village=$huangquan"
  echo
  curl -fs -u "$user" "$base/api/v1/registry/households?size=1&village=$sanshan"
} | python3 -c '
import json, sys
ids = [h["id"] for line in sys.stdin if line.strip() for h in json.loads(line)["items"]]
print(",".join("{\"household\":%d,\"labourAble\":true,\"vulnerableMembers\":0,\"workDays\":10}" % i for i in ids))')
count=$(echo "$beneficiaries" | grep -o household | wc -l)
echo "asset $asset of 黄泉村, $count payouts a distribution, $writes distributions"
ids=()
answers=()
for i in $(seq 1 "$writes"); do
  year=$((2100 + i))
  start=$(date +%s%N)
  id=$(curl -fs -u "$user" -H 'Content-Type: application/json' \
    -d "{\"asset\":$asset,\"periodFrom\":\"$year-01-01\",\"periodTo\":\"$year-12-31\",\"income\":\"10000.00\",\"beneficiaries\":[$beneficiaries],\"documentRef\":\"压测分配$i\"}" \
    "$base/api/v1/distributions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  answers+=($(( ($(date +%s%N) - start) / 1000000 )))
  ids+=("$id")
done
sleep 2
python3 - "$log" "${ids[*]}" "${answers[*]}" <<'PY'
import re, statistics, sys
log, ids, answers = sys.argv[1], sys.argv[2].split(), [int(a) for a in sys.argv[3].split()]
took = {}
for line in open(log, encoding="utf-8", errors="replace"):
    m = re.search(r"supervision check of distribution:(\d+) in (\d+) us: (\d+) findings, (\d+) opened", line)
    if m:
        took[m.group(1)] = (int(m.group(2)) / 1000, int(m.group(4)))
checks = [took[i][0] for i in ids if i in took]
opened = sum(took[i][1] for i in ids if i in took)
def row(name, xs):
    xs = sorted(xs)
    p = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
    print(f"{name}: n={len(xs)} median {statistics.median(xs):.1f} ms, p90 {p(0.9):.1f} ms, max {xs[-1]:.1f} ms")
print(f"checks logged: {len(checks)} of {len(ids)}; leads opened: {opened}")
row("check after the write", checks)
row("the write's answer", answers)
PY
