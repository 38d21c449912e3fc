# Shared by the bench scripts (sourced, not run): a JDK 21+, the packaged service on a fresh database of the local
# PostgreSQL, a tenant with a key, catalog ids, and wrk runs that print one summary line each.
#
# Environment: PRISM_BENCH_DB (admin JDBC URL of the server, default jdbc:postgresql://127.0.0.1:5432/postgres),
# PRISM_BENCH_PORT (default 8095), BENCH_JAR (the jar to start; default: the project's packaged jar).

BENCH_SERVER="${PRISM_BENCH_DB:-jdbc:postgresql://127.0.0.1:5432/postgres}"
BENCH_HOSTPORT="$(echo "$BENCH_SERVER" | sed -E 's#jdbc:postgresql://([^/]+)/.*#\1#')"
BENCH_PORT="${PRISM_BENCH_PORT:-8095}"
BASE="http://127.0.0.1:$BENCH_PORT"
ADMIN_KEY="bench_operator_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SERVICE_PID=""
SERVICE_DB=""

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }

. "$(dirname "${BASH_SOURCE[0]}")/java.sh"

bench_jar() {
  [ -n "${BENCH_JAR:-}" ] && { echo "$BENCH_JAR"; return; }
  ls target/prism-*.jar >/dev/null 2>&1 || ./mvnw -q -DskipTests package
  ls target/prism-*.jar | head -1
}

# start_service LOG [NAME=VALUE ...]: the jar on a new database, with extra environment; waits until healthy.
start_service() {
  local log="$1"; shift
  SERVICE_DB="prism_bench_$(date +%s)_$RANDOM"
  env PRISM_DB_URL="jdbc:postgresql://$BENCH_HOSTPORT/$SERVICE_DB" PRISM_ADMIN_KEY="$ADMIN_KEY" \
    SERVER_PORT="$BENCH_PORT" "$@" "$(java_21)" -Xmx1g -jar "$(bench_jar)" > "$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && return; sleep 1; done
  echo "the service did not start; see $log" >&2; exit 1
}

stop_service() {
  [ -n "$SERVICE_PID" ] || return 0
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  psql -h "${BENCH_HOSTPORT%:*}" -p "${BENCH_HOSTPORT#*:}" -U postgres -qc \
    "DROP DATABASE IF EXISTS $SERVICE_DB WITH (FORCE)" >/dev/null 2>&1 || true
  SERVICE_PID=""
}

gql() { # key, json body
  curl -sf "$BASE/api/v1/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$2"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }

# bench_tenant: an ENTERPRISE tenant (TENANT) whose rate limit is raised to 100,000,000 units a minute so that no
# run is throttled, with a READ+CALC key (KEY), and the ids of 42CrMo4 (MATERIAL), a 12 mm flat end mill (TOOL) and
# a Haas VF-2 (MACHINE) from the shared catalog.
bench_tenant() {
  TENANT="$(gql "$ADMIN_KEY" '{"query":"mutation { createTenant(input: {name: \"bench\", tier: ENTERPRISE}) { tenant { id } } }"}' \
    | field "['data']['createTenant']['tenant']['id']")"
  gql "$ADMIN_KEY" "{\"query\":\"mutation { setTenantRateLimit(input: {tenantId: \\\"$TENANT\\\", unitsPerMinute: 100000000}) { tenant { rateLimit } } }\"}" >/dev/null
  KEY="$(gql "$ADMIN_KEY" "{\"query\":\"mutation { createApiKey(input: {tenantId: \\\"$TENANT\\\", scopes: [READ, CALC]}) { plainKey } }\"}" \
    | field "['data']['createApiKey']['plainKey']")"
  MATERIAL="$(gql "$KEY" '{"query":"{ materials(first: 1, filter: {search: \"42CrMo4\"}) { edges { node { id } } } }"}' \
    | field "['data']['materials']['edges'][0]['node']['id']")"
  TOOL="$(gql "$KEY" '{"query":"{ tools(first: 1, filter: {types: [FLAT_END_MILL], diameter: {min: 12, max: 12}}) { edges { node { id } } } }"}' \
    | field "['data']['tools']['edges'][0]['node']['id']")"
  MACHINE="$(gql "$KEY" '{"query":"{ machines(first: 1, filter: {search: \"VF-2\"}) { edges { node { id } } } }"}' \
    | field "['data']['machines']['edges'][0]['node']['id']")"
}

# wrk_run NAME URL [BODY] [SECONDS]: POSTs BODY (or GETs URL without one) with KEY; prints "NAME requests=..."
wrk_run() {
  PRISM_BENCH_KEY="$KEY" PRISM_BENCH_BODY="${3:-}" wrk -t2 -c"$CONNECTIONS" -d"${4:-$DURATION}s" --timeout 10s \
    -s src/bench/wrk/request.lua "$2" | sed -n "s|^RESULT |$1 |p"
}

# alternate_rounds RESULTS: ROUNDS rounds of every operation in OPS on both modes (the caller's run MODE OPERATION),
# appended to RESULTS as "<round> <mode> <operation> ..." lines; the mode that goes first alternates every round, so
# neither always runs on a machine the other just heated
alternate_rounds() {
  local round op mode order
  for round in $(seq 1 "$ROUNDS"); do
    for op in $OPS; do
      if [ $((round % 2)) -eq 1 ]; then order="on off"; else order="off on"; fi
      for mode in $order; do run "$mode" "$op" | sed "s/^/$round /" | tee -a "$1" | sed "s/^/round /"; done
    done
  done
}

# summarize_pair RESULTS BASE OTHER LABEL: from wrk_run lines of two operations that alternated round by round, the
# median req/s, p50 and p99 of each and OTHER's throughput as a share of BASE's (the median of the rounds' paired
# shares, and the share of the medians).
summarize_pair() {
  python3 - "$@" <<'PY'
import statistics, sys
path, base, other, label = sys.argv[1:5]
runs = {}
for line in open(path):
    name, *pairs = line.split()
    runs.setdefault(name, []).append(dict(p.split('=') for p in pairs))
med = lambda name, k: statistics.median(float(r[k]) for r in runs[name])
print(f"\nmedian of the rounds {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  errors")
for name in (base, other):
    print(f"{name:20} {med(name, 'req_per_s'):8.1f} {med(name, 'p50_ms'):8.2f} {med(name, 'p99_ms'):8.2f}"
          f"  {sum(int(r['errors']) for r in runs[name])}")
ratios = [float(o['req_per_s']) / float(b['req_per_s']) for b, o in zip(runs[base], runs[other])]
print(f"{label} throughput: median of the rounds' shares {100 * statistics.median(ratios):.1f} %,"
      f" share of the medians {100 * med(other, 'req_per_s') / med(base, 'req_per_s'):.1f} %")
print(f"per round: {', '.join(f'{100 * r:.0f}' for r in ratios)} %")
PY
}
