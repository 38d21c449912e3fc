#!/usr/bin/env bash
# JMH micro-benchmarks of the calculation engine (no database, no HTTP): io.prism.calc.speedfeed.SpeedFeedBenchmark,
# with a one-formula baseline in the same run. Extra arguments go to JMH (e.g. -f 2 -wi 5).
#
#   src/bench/jmh.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."

java_21() {
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/*; do
    [ -x "$d/bin/java" ] || continue
    v="$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    [ "${v:-0}" -ge 21 ] 2>/dev/null && { echo "$d/bin/java"; return; }
  done
  echo "no JDK 21+ found" >&2; exit 1
}

./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
exec "$(java_21)" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main SpeedFeedBenchmark "$@"
