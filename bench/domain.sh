#!/usr/bin/env bash
# JMH benchmarks of domain-core (the fund chain's splits at scale).
# Usage: bench/domain.sh [JMH options, e.g. FundChain -f 1]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl domain-core test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="domain-core/target/classes:domain-core/target/test-classes:$(cat domain-core/target/bench-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main "${@:-FundChain}"
