#!/usr/bin/env bash
# Load test of the running service with wrk: the speedFeed calculation and the material(id) lookup (the baseline),
# one after the other in the same run, against the packaged jar on a fresh database of the local PostgreSQL.
#
#   src/bench/load.sh [seconds per run, default 20] [connections, default 16]
#
# Environment: see src/bench/lib.sh. Installs wrk from the distribution's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
. src/bench/lib.sh
trap stop_service EXIT

start_service target/bench-service.log
bench_tenant

SPEED_FEED="{\"query\":\"query SpeedFeed(\$in: SpeedFeedInput!) { speedFeed(input: \$in) { result { cuttingSpeed spindleSpeed feedRate spindlePower torque deflection } safety { score level } } }\",\"variables\":{\"in\":{\"materialId\":\"$MATERIAL\",\"toolId\":\"$TOOL\",\"machineId\":\"$MACHINE\",\"operation\":\"SIDE_MILLING\",\"apMm\":12,\"aeMm\":3,\"stickOutMm\":36,\"flutes\":4}}}"
MATERIAL_BY_ID="{\"query\":\"query Material(\$id: ID!) { material(id: \$id) { id name isoGroup tensileStrength kc11 mc hardness { value scale } } }\",\"variables\":{\"id\":\"$MATERIAL\"}}"

for body in "$SPEED_FEED" "$MATERIAL_BY_ID"; do
  if gql "$KEY" "$body" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$body")" >&2; exit 1; fi
done

echo "PRISM load test: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $(nproc) cores, jar $(bench_jar)"
# warm-up of both, then the measured runs side by side
wrk_run warm "$BASE/api/v1/graphql" "$SPEED_FEED" 10 >/dev/null
wrk_run warm "$BASE/api/v1/graphql" "$MATERIAL_BY_ID" 10 >/dev/null
wrk_run "material(id)" "$BASE/api/v1/graphql" "$MATERIAL_BY_ID"
wrk_run "speedFeed   " "$BASE/api/v1/graphql" "$SPEED_FEED"
echo "service RSS after the runs: $(grep VmRSS /proc/$SERVICE_PID/status | awk '{print $2/1024 " MiB"}')"
