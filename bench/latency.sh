#!/usr/bin/env bash
# Latency of one portal endpoint over loopback: sequential requests after a warm-up,
# p50 / p90 / p99 / max of curl's total time. Needs the portal running (README's run command).
# Usage: bench/latency.sh [path] [requests]   e.g. bench/latency.sh '/api/v1/flows?year=2018' 500
set -euo pipefail
path=${1:-/api/v1/flows?year=2018}
n=${2:-500}
base=${BASE_URL:-http://127.0.0.1:8080}
for _ in $(seq 1 50); do curl -fs -o /dev/null "$base$path"; done
for _ in $(seq 1 "$n"); do curl -fs -o /dev/null -w '%{time_total}\n' "$base$path"; done \
  | sort -n | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
      printf "%s: %d requests, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        path, NR, t[int(NR * 0.50)], t[int(NR * 0.90)], t[int(NR * 0.99)], t[NR] }'
