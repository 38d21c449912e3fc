#!/usr/bin/env bash
# JMH micro-benchmarks of the calculation engine (no database, no HTTP): io.prism.calc.speedfeed.SpeedFeedBenchmark,
# with a one-formula baseline in the same run. Extra arguments go to JMH (e.g. -f 2 -wi 5).
#
#   src/bench/jmh.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."

. src/bench/java.sh

./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
exec "$(java_21)" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main SpeedFeedBenchmark "$@"
