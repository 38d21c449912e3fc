#!/usr/bin/env bash
# Overhead of the gateway (query cost analysis and limits, rate limits) on both doors: wrk against
# POST /api/v1/speed-feed, GET /api/v1/material/{id} and the same registered operations over /api/v1/graphql, first
# with the gateway on (the defaults, the tenant's rate limit raised so nothing is throttled), then with it off
# (prism.query-limits.enabled=false, prism.rate-limits.enabled=false), each on a fresh database, in one run.
#
#   src/bench/gateway.sh [seconds per run, default 15] [connections, default 16]
#
# Environment: see src/bench/lib.sh. Installs wrk from the distribution's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"
CONNECTIONS="${2:-16}"
. src/bench/lib.sh
trap stop_service EXIT

document() { # registry id -> the operation's exact text, as a JSON string
  curl -sf "$BASE/api/v1/trusted-documents.json" | python3 -c "import json,sys
ops = json.load(sys.stdin)['operations']
print(json.dumps(next(o['body'] for o in ops if o['registryId'] == sys.argv[1])))" "$1"
}

measure() { # mode: on | off
  local input rest_input
  bench_tenant
  rest_input="{\"materialId\":\"$MATERIAL\",\"toolId\":\"$TOOL\",\"machineId\":\"$MACHINE\",\"operation\":\"SIDE_MILLING\",\"apMm\":12,\"aeMm\":3,\"stickOutMm\":36,\"flutes\":4}"
  local speed_feed="{\"query\":$(document speed-feed),\"variables\":{\"input\":$rest_input}}"
  local material="{\"query\":$(document material),\"variables\":{\"id\":\"$MATERIAL\"}}"
  for body in "$speed_feed" "$material"; do
    if gql "$KEY" "$body" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$body")" >&2; exit 1; fi
  done
  curl -sfi "$BASE/api/v1/material/$MATERIAL" -H "Authorization: Bearer $KEY" \
    | grep -i '^ratelimit-limit\|^query-cost:' | tr -d '\r' | sed "s/^/  $1: /" || echo "  $1: no gateway headers"
  wrk_run warm "$BASE/api/v1/speed-feed" "$rest_input" 8 >/dev/null
  wrk_run warm "$BASE/api/v1/material/$MATERIAL" "" 8 >/dev/null
  wrk_run "gateway $1  REST    POST speed-feed      " "$BASE/api/v1/speed-feed" "$rest_input"
  wrk_run "gateway $1  REST    GET  material/{id}   " "$BASE/api/v1/material/$MATERIAL"
  wrk_run "gateway $1  GraphQL      SpeedFeed       " "$BASE/api/v1/graphql" "$speed_feed"
  wrk_run "gateway $1  GraphQL      Material        " "$BASE/api/v1/graphql" "$material"
  echo "  $1: service RSS after the runs: $(grep VmRSS /proc/$SERVICE_PID/status | awk '{print $2/1024 " MiB"}')"
}

echo "PRISM gateway overhead: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $(nproc) cores, jar $(bench_jar)"
start_service target/bench-gateway-on.log
measure on
stop_service
start_service target/bench-gateway-off.log \
  SPRING_APPLICATION_JSON='{"prism":{"query-limits":{"enabled":false},"rate-limits":{"enabled":false}}}'
measure off
