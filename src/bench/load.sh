#!/usr/bin/env bash
# Load test of the running service with wrk: the speedFeed calculation and the material(id) lookup (the baseline),
# one after the other in the same run, against the packaged jar on a fresh database of the local PostgreSQL.
#
#   src/bench/load.sh [seconds per run, default 20] [connections, default 16]
#
# Environment: PRISM_BENCH_DB (admin JDBC URL of the server, default jdbc:postgresql://127.0.0.1:5432/postgres),
# PRISM_BENCH_PORT (default 8095). Installs wrk from the distribution's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
PORT="${PRISM_BENCH_PORT:-8095}"
SERVER="${PRISM_BENCH_DB:-jdbc:postgresql://127.0.0.1:5432/postgres}"
HOSTPORT="$(echo "$SERVER" | sed -E 's#jdbc:postgresql://([^/]+)/.*#\1#')"
DB="prism_bench_$(date +%s)"
ADMIN_KEY="bench_operator_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }

java_21() {
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/*; do
    [ -x "$d/bin/java" ] || continue
    v="$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    [ "${v:-0}" -ge 21 ] 2>/dev/null && { echo "$d/bin/java"; return; }
  done
  echo "no JDK 21+ found" >&2; exit 1
}
JAVA="$(java_21)"

ls target/prism-*.jar >/dev/null 2>&1 || ./mvnw -q -DskipTests package
JAR="$(ls target/prism-*.jar | head -1)"

PRISM_DB_URL="jdbc:postgresql://$HOSTPORT/$DB" PRISM_ADMIN_KEY="$ADMIN_KEY" SERVER_PORT="$PORT" \
  "$JAVA" -Xmx1g -jar "$JAR" > "target/bench-service.log" 2>&1 &
PID=$!
cleanup() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  psql -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done

gql() { # key, json body
  curl -sf "$BASE/api/v1/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$2"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }

TENANT="$(gql "$ADMIN_KEY" '{"query":"mutation { createTenant(input: {name: \"bench\", tier: ENTERPRISE}) { tenant { id } } }"}' \
  | field "['data']['createTenant']['tenant']['id']")"
KEY="$(gql "$ADMIN_KEY" "{\"query\":\"mutation { createApiKey(input: {tenantId: \\\"$TENANT\\\", scopes: [READ, CALC]}) { plainKey } }\"}" \
  | field "['data']['createApiKey']['plainKey']")"
MATERIAL="$(gql "$KEY" '{"query":"{ materials(first: 1, filter: {search: \"42CrMo4\"}) { edges { node { id } } } }"}' \
  | field "['data']['materials']['edges'][0]['node']['id']")"
TOOL="$(gql "$KEY" '{"query":"{ tools(first: 1, filter: {types: [FLAT_END_MILL], diameter: {min: 12, max: 12}}) { edges { node { id } } } }"}' \
  | field "['data']['tools']['edges'][0]['node']['id']")"
MACHINE="$(gql "$KEY" '{"query":"{ machines(first: 1, filter: {search: \"VF-2\"}) { edges { node { id } } } }"}' \
  | field "['data']['machines']['edges'][0]['node']['id']")"

SPEED_FEED="{\"query\":\"query SpeedFeed(\$in: SpeedFeedInput!) { speedFeed(input: \$in) { result { cuttingSpeed spindleSpeed feedRate spindlePower torque deflection } safety { score level } } }\",\"variables\":{\"in\":{\"materialId\":\"$MATERIAL\",\"toolId\":\"$TOOL\",\"machineId\":\"$MACHINE\",\"operation\":\"SIDE_MILLING\",\"apMm\":12,\"aeMm\":3,\"stickOutMm\":36,\"flutes\":4}}}"
MATERIAL_BY_ID="{\"query\":\"query Material(\$id: ID!) { material(id: \$id) { id name isoGroup tensileStrength kc11 mc hardness { value scale } } }\",\"variables\":{\"id\":\"$MATERIAL\"}}"

for body in "$SPEED_FEED" "$MATERIAL_BY_ID"; do
  if gql "$KEY" "$body" | grep -q '"errors"'; then echo "request fails: $(gql "$KEY" "$body")" >&2; exit 1; fi
done

echo "PRISM load test: $DURATION s per run, $CONNECTIONS connections, 2 wrk threads, $(nproc) cores, jar $JAR"
run() { # name, body
  PRISM_BENCH_KEY="$KEY" PRISM_BENCH_BODY="$2" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
    -s src/bench/wrk/request.lua "$BASE/api/v1/graphql" | sed -n "s/^RESULT /$1 /p"
}
# warm-up of both, then the measured runs side by side
PRISM_BENCH_KEY="$KEY" PRISM_BENCH_BODY="$SPEED_FEED" wrk -t2 -c"$CONNECTIONS" -d10s -s src/bench/wrk/request.lua "$BASE/api/v1/graphql" >/dev/null
PRISM_BENCH_KEY="$KEY" PRISM_BENCH_BODY="$MATERIAL_BY_ID" wrk -t2 -c"$CONNECTIONS" -d10s -s src/bench/wrk/request.lua "$BASE/api/v1/graphql" >/dev/null
run "material(id)" "$MATERIAL_BY_ID"
run "speedFeed   " "$SPEED_FEED"
echo "service RSS after the runs: $(grep VmRSS /proc/$PID/status | awk '{print $2/1024 " MiB"}')"
