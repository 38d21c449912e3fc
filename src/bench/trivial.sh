#!/usr/bin/env bash
# The whole request path of a GraphQL lookup beside a trivial JSON endpoint of the same JVM: wrk against
# material(id) on /api/v1/graphql (authentication, cost analysis, rate limit, metering, the log line, one database
# transaction) and against /actuator/health/liveness (a few bytes of JSON through the same servlet container and
# security-header filters, no key, no database), alternating round after round after a warm-up of each. The summary
# gives the median of the rounds for each, the lookup's throughput as a share of the trivial endpoint's, and the
# service's CPU time per request for each.
#
#   src/bench/trivial.sh [seconds per run, default 5] [connections, default 16] [rounds, default 8]
#
# Environment: see src/bench/lib.sh. Installs wrk from the distribution's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-5}"
CONNECTIONS="${2:-16}"
ROUNDS="${3:-8}"
. src/bench/lib.sh
trap stop_service EXIT

start_service target/bench-service.log
bench_tenant

MATERIAL_BY_ID="{\"query\":\"query Material(\$id: ID!) { material(id: \$id) { id name isoGroup tensileStrength kc11 mc hardness { value scale } } }\",\"variables\":{\"id\":\"$MATERIAL\"}}"
if gql "$KEY" "$MATERIAL_BY_ID" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$MATERIAL_BY_ID")" >&2; exit 1; fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }
echo "PRISM beside a trivial endpoint: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $ROUNDS rounds," \
  "$(nproc) cores, jar $(bench_jar)"
echo "warm-up: 30 s of each"
wrk_run warm "$BASE/api/v1/graphql" "$MATERIAL_BY_ID" 30 >/dev/null
wrk_run warm "$BASE/actuator/health/liveness" "" 30 >/dev/null
RESULTS="$(mktemp)"
CPU="$(mktemp)"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then order="trivial material"; else order="material trivial"; fi
  for op in $order; do
    before=$(cpu_ticks)
    if [ "$op" = material ]; then
      line="$(wrk_run material "$BASE/api/v1/graphql" "$MATERIAL_BY_ID")"
    else
      line="$(wrk_run trivial "$BASE/actuator/health/liveness")"
    fi
    echo "$op $(( $(cpu_ticks) - before )) $(echo "$line" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')" >> "$CPU"
    echo "$line" | tee -a "$RESULTS" | sed "s/^/round $round: /"
  done
done
echo "service RSS after the runs: $(grep VmRSS /proc/$SERVICE_PID/status | awk '{print $2/1024 " MiB"}')"
summarize_pair "$RESULTS" trivial material "material(id) / trivial endpoint"
awk -v hz="$(getconf CLK_TCK)" '{ t[$1] += $2; n[$1] += $3 }
  END { for (op in t) printf "%s: service CPU %.3f ms per request\n", op, 1000 * t[op] / hz / n[op] }' "$CPU"
rm -f "$RESULTS" "$CPU"
