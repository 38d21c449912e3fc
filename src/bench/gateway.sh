#!/usr/bin/env bash
# Overhead of the gateway (query cost analysis and limits, rate limits) on both doors: wrk against
# POST /api/v1/speed-feed, GET /api/v1/material/{id} and the same registered operations over /api/v1/graphql.
# Two instances of the packaged service run side by side, each on a fresh database: one with the gateway on (the
# defaults, the tenant's rate limit raised so nothing is throttled) and one with it off
# (prism.query-limits.enabled=false, prism.rate-limits.enabled=false). Only one is loaded at a time; the runs
# alternate on/off for every operation, round after round, so both see the same machine. The summary gives the
# median of the rounds for each mode and the gateway's overhead: the median of the rounds' paired shares (each
# compares two adjacent runs, so a machine whose speed drifts during the run moves both alike).
#
#   src/bench/gateway.sh [seconds per run, default 8] [connections, default 16] [rounds, default 5]
#
# Environment: see src/bench/lib.sh (the second instance listens on PRISM_BENCH_PORT + 1). Installs wrk from the
# distribution's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-8}"
CONNECTIONS="${2:-16}"
ROUNDS="${3:-5}"
. src/bench/lib.sh
PIDS=()
DBS=()
stop_all() {
  for i in "${!PIDS[@]}"; do SERVICE_PID="${PIDS[$i]}" SERVICE_DB="${DBS[$i]}"; stop_service; done
}
trap stop_all EXIT

document() { # registry id -> the operation's exact text, as a JSON string
  curl -sf "$BASE/api/v1/trusted-documents.json" | python3 -c "import json,sys
ops = json.load(sys.stdin)['operations']
print(json.dumps(next(o['body'] for o in ops if o['registryId'] == sys.argv[1])))" "$1"
}

# start MODE [NAME=VALUE ...]: an instance on its own port and database, with its tenant, key and request bodies
declare -A MODE_BASE MODE_KEY MODE_MATERIAL MODE_REST_INPUT MODE_SPEED_FEED MODE_MATERIAL_BODY
start() {
  local mode="$1"; shift
  start_service "target/bench-gateway-$mode.log" "$@"
  PIDS+=("$SERVICE_PID"); DBS+=("$SERVICE_DB")
  bench_tenant
  local rest_input="{\"materialId\":\"$MATERIAL\",\"toolId\":\"$TOOL\",\"machineId\":\"$MACHINE\",\"operation\":\"SIDE_MILLING\",\"apMm\":12,\"aeMm\":3,\"stickOutMm\":36,\"flutes\":4}"
  MODE_BASE[$mode]="$BASE"; MODE_KEY[$mode]="$KEY"; MODE_MATERIAL[$mode]="$MATERIAL"
  MODE_REST_INPUT[$mode]="$rest_input"
  MODE_SPEED_FEED[$mode]="{\"query\":$(document speed-feed),\"variables\":{\"input\":$rest_input}}"
  MODE_MATERIAL_BODY[$mode]="{\"query\":$(document material),\"variables\":{\"id\":\"$MATERIAL\"}}"
  for body in "${MODE_SPEED_FEED[$mode]}" "${MODE_MATERIAL_BODY[$mode]}"; do
    if gql "$KEY" "$body" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$body")" >&2; exit 1; fi
  done
  curl -sfi "$BASE/api/v1/material/$MATERIAL" -H "Authorization: Bearer $KEY" \
    | grep -i '^ratelimit-limit\|^query-cost:' | tr -d '\r' | sed "s/^/  $mode: /" || echo "  $mode: no gateway headers"
}

# run MODE OPERATION [SECONDS]: one wrk run of an operation against the instance of MODE
run() {
  local mode="$1" op="$2" secs="${3:-$DURATION}" b="${MODE_BASE[$1]}"
  KEY="${MODE_KEY[$mode]}"
  case "$op" in
    rest-speed-feed) wrk_run "$mode $op" "$b/api/v1/speed-feed" "${MODE_REST_INPUT[$mode]}" "$secs" ;;
    rest-material) wrk_run "$mode $op" "$b/api/v1/material/${MODE_MATERIAL[$mode]}" "" "$secs" ;;
    graphql-speed-feed) wrk_run "$mode $op" "$b/api/v1/graphql" "${MODE_SPEED_FEED[$mode]}" "$secs" ;;
    graphql-material) wrk_run "$mode $op" "$b/api/v1/graphql" "${MODE_MATERIAL_BODY[$mode]}" "$secs" ;;
  esac
}

OPS="rest-speed-feed rest-material graphql-speed-feed graphql-material"
echo "PRISM gateway overhead: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $ROUNDS rounds," \
  "$(nproc) cores, jar $(bench_jar)"
start on
BENCH_PORT=$((BENCH_PORT + 1)); BASE="http://127.0.0.1:$BENCH_PORT"
start off SPRING_APPLICATION_JSON='{"prism":{"query-limits":{"enabled":false},"rate-limits":{"enabled":false}}}'

echo "warm-up: 20 s of every operation on each instance, for the JIT compiler to settle"
for op in $OPS; do for mode in on off; do run "$mode" "$op" 20 >/dev/null; done; done

RESULTS="$(mktemp)"
alternate_rounds "$RESULTS"
for i in "${!PIDS[@]}"; do
  echo "  $([ "$i" -eq 0 ] && echo on || echo off): service RSS after the runs:" \
    "$(grep VmRSS /proc/${PIDS[$i]}/status | awk '{print $2/1024 " MiB"}')"
done

python3 src/bench/onoff.py "$RESULTS" overhead rest-speed-feed rest-material graphql-speed-feed graphql-material
rm -f "$RESULTS"
