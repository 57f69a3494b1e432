#!/usr/bin/env bash
# Project search against SQL LIKE and pg_trgm at the given sizes; prints a Markdown table.
# Usage: bench/search.sh [sizes…]   e.g. bench/search.sh 10000 100000 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl search-index -am install -DskipTests -Dspotless.check.skip=true
mvn -B -q -pl search-index dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="search-index/target/classes:search-index/target/test-classes:$(cat search-index/target/bench-classpath.txt)"
java -Xmx6g -Dbench.luceneOnly="${BENCH_LUCENE_ONLY:-false}" -cp "$cp" org.sunshineledger.search.bench.SearchBenchmark "${@:-10000}"
