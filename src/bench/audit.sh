#!/usr/bin/env bash
# Cost of the audit trail: wrk against speedFeed and a catalog mutation (updateMaterial on the tenant's own
# material) over /api/v1/graphql, on the packaged service (audit on) beside a build without the audit trail (audit
# off: a jar built from a commit before it, given as the first argument). Each runs on a fresh database of its own;
# only one is loaded at a time; the runs alternate on/off for every operation, round after round (the order flips
# every round). The summary gives the medians and the audit's cost: 1 - on/off throughput of the two adjacent runs
# of a round, median of the rounds.
#
#   src/bench/audit.sh BASELINE_JAR [seconds per run, default 8] [connections, default 16] [rounds, default 5]
#
# Make the baseline jar with: git worktree add /tmp/prism-base <commit before the audit trail> &&
#   (cd /tmp/prism-base && ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
BASELINE="${1:?usage: src/bench/audit.sh BASELINE_JAR [seconds] [connections] [rounds]}"
DURATION="${2:-8}"
CONNECTIONS="${3:-16}"
ROUNDS="${4:-5}"
. src/bench/lib.sh
ON_JAR="$(bench_jar)"
PIDS=()
DBS=()
stop_all() {
  for i in "${!PIDS[@]}"; do SERVICE_PID="${PIDS[$i]}" SERVICE_DB="${DBS[$i]}"; stop_service; done
}
trap stop_all EXIT

declare -A MODE_BASE MODE_KEY MODE_SPEED_FEED MODE_UPDATE
# start MODE JAR: an instance on its own port and database, a tenant with a READ+WRITE+CALC key and its own material
start() {
  local mode="$1"
  BENCH_JAR="$2" start_service "target/bench-audit-$mode.log"
  PIDS+=("$SERVICE_PID"); DBS+=("$SERVICE_DB")
  bench_tenant
  KEY="$(gql "$ADMIN_KEY" "{\"query\":\"mutation { createApiKey(input: {tenantId: \\\"$TENANT\\\", scopes: [READ, WRITE, CALC]}) { plainKey } }\"}" \
    | field "['data']['createApiKey']['plainKey']")"
  local own
  own="$(gql "$KEY" '{"query":"mutation { createMaterial(input: {name: \"bench steel\", isoGroup: P, materialClass: \"steel\", tensileStrengthMpa: 600, source: \"bench\", verified: false}) { material { id } } }"}' \
    | field "['data']['createMaterial']['material']['id']")"
  MODE_BASE[$mode]="$BASE"; MODE_KEY[$mode]="$KEY"
  MODE_SPEED_FEED[$mode]="{\"query\":\"query(\$in: SpeedFeedInput!) { speedFeed(input: \$in) { result { spindleSpeed feedRate } meta { calculationId } } }\",\"variables\":{\"in\":{\"materialId\":\"$MATERIAL\",\"toolId\":\"$TOOL\",\"machineId\":\"$MACHINE\",\"operation\":\"SIDE_MILLING\",\"apMm\":12,\"aeMm\":3,\"stickOutMm\":36,\"flutes\":4}}}"
  MODE_UPDATE[$mode]="{\"query\":\"mutation(\$id: ID!) { updateMaterial(input: {id: \$id, tensileStrengthMpa: 610}) { material { id } } }\",\"variables\":{\"id\":\"$own\"}}"
  for body in "${MODE_SPEED_FEED[$mode]}" "${MODE_UPDATE[$mode]}"; do
    if gql "$KEY" "$body" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$body")" >&2; exit 1; fi
  done
}

run() { # MODE OPERATION [SECONDS]
  local mode="$1" op="$2" secs="${3:-$DURATION}"
  KEY="${MODE_KEY[$mode]}"
  case "$op" in
    speed-feed) wrk_run "$mode $op" "${MODE_BASE[$mode]}/api/v1/graphql" "${MODE_SPEED_FEED[$mode]}" "$secs" ;;
    update-material) wrk_run "$mode $op" "${MODE_BASE[$mode]}/api/v1/graphql" "${MODE_UPDATE[$mode]}" "$secs" ;;
  esac
}

OPS="speed-feed update-material"
echo "PRISM audit cost: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $ROUNDS rounds, $(nproc) cores"
echo "  on:  $ON_JAR"
echo "  off: $BASELINE"
start on "$ON_JAR"
BENCH_PORT=$((BENCH_PORT + 1)); BASE="http://127.0.0.1:$BENCH_PORT"
start off "$BASELINE"

echo "warm-up: 20 s of every operation on each instance"
for op in $OPS; do for mode in on off; do run "$mode" "$op" 20 >/dev/null; done; done

RESULTS="$(mktemp)"
alternate_rounds "$RESULTS"
echo "audit events stored by the 'on' instance: $(psql -h "${BENCH_HOSTPORT%:*}" -p "${BENCH_HOSTPORT#*:}" -U postgres \
  -d "${DBS[0]}" -Atc 'select count(*) from audit_event')"

python3 src/bench/onoff.py "$RESULTS" cost speed-feed update-material
rm -f "$RESULTS"
