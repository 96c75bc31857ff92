#!/usr/bin/env bash
# Z-score throughput (issue 6): JMH 1.37 on the anthropometry module, one thread = one core.
#   bench/zskor.sh            → -f1 -wi 3 -i 5 (as recorded in BENCHMARKS.md)
#   bench/zskor.sh -f3 ...    → any JMH options
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pjmh -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.cp -Dmdep.includeScope=test
ARGS=("$@")
[ ${#ARGS[@]} -eq 0 ] && ARGS=(-f1 -wi 3 -i 5)
exec java -cp "target/classes:target/test-classes:$(cat target/jmh.cp)" org.openjdk.jmh.Main ZskorBench "${ARGS[@]}"
