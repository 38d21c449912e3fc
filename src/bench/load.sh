#!/usr/bin/env bash
# Load test of the running service with wrk: the speedFeed calculation and the material(id) lookup (the baseline)
# in the same run, against the packaged jar on a fresh database of the local PostgreSQL. After a warm-up long enough
# for the JIT compiler to settle (45 s of each), the two alternate in short runs, round after round. The summary gives
# the median of the rounds for each, and speedFeed's throughput as a share of material(id)'s: the median of the
# per-round shares (each compares two adjacent runs, so a machine whose speed drifts during the run moves both alike).
#
#   src/bench/load.sh [seconds per run, default 5] [connections, default 16] [rounds, default 12]
#
# Environment: see src/bench/lib.sh. Installs wrk from the distribution's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-5}"
CONNECTIONS="${2:-16}"
ROUNDS="${3:-12}"
. src/bench/lib.sh
trap stop_service EXIT

start_service target/bench-service.log
bench_tenant

SPEED_FEED="{\"query\":\"query SpeedFeed(\$in: SpeedFeedInput!) { speedFeed(input: \$in) { result { cuttingSpeed spindleSpeed feedRate spindlePower torque deflection } safety { score level } } }\",\"variables\":{\"in\":{\"materialId\":\"$MATERIAL\",\"toolId\":\"$TOOL\",\"machineId\":\"$MACHINE\",\"operation\":\"SIDE_MILLING\",\"apMm\":12,\"aeMm\":3,\"stickOutMm\":36,\"flutes\":4}}}"
MATERIAL_BY_ID="{\"query\":\"query Material(\$id: ID!) { material(id: \$id) { id name isoGroup tensileStrength kc11 mc hardness { value scale } } }\",\"variables\":{\"id\":\"$MATERIAL\"}}"

for body in "$SPEED_FEED" "$MATERIAL_BY_ID"; do
  if gql "$KEY" "$body" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$body")" >&2; exit 1; fi
done

echo "PRISM load test: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $ROUNDS rounds, $(nproc) cores," \
  "jar $(bench_jar)"
echo "warm-up: 45 s of each"
wrk_run warm "$BASE/api/v1/graphql" "$SPEED_FEED" 45 >/dev/null
wrk_run warm "$BASE/api/v1/graphql" "$MATERIAL_BY_ID" 45 >/dev/null
RESULTS="$(mktemp)"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then order="material speedFeed"; else order="speedFeed material"; fi
  for op in $order; do
    if [ "$op" = material ]; then body="$MATERIAL_BY_ID"; else body="$SPEED_FEED"; fi
    wrk_run "$op" "$BASE/api/v1/graphql" "$body" | tee -a "$RESULTS" | sed "s/^/round $round: /"
  done
done
echo "service RSS after the runs: $(grep VmRSS /proc/$SERVICE_PID/status | awk '{print $2/1024 " MiB"}')"
curl -sf "$BASE/actuator/prometheus" -H "Authorization: Bearer $ADMIN_KEY" | awk '
  /^prism_history_batch_rows_count/ { n = $2 } /^prism_history_batch_rows_sum/ { s = $2 }
  /^prism_history_batch_rows\{quantile="0.5"/ { p50 = $2 } /^prism_history_batch_rows\{quantile="0.99"/ { p99 = $2 }
  END { if (n > 0) printf "history: %d runs stored by %d transactions, %.1f runs per transaction (p50 %s, p99 %s)\n",
        s, n, s / n, p50, p99 }'
summarize_pair "$RESULTS" material speedFeed "speedFeed / material(id)"
rm -f "$RESULTS"
