#!/usr/bin/env bash
# What an origin source costs (docs/origin-sources.md, "Cost"): JMH on
# dev.crosscheck.bench.sources.OriginSourceBenchmark, one fork, with -prof gc. About two minutes.
# The quick check that it still measures the right thing runs in mvn verify (OriginSourceBenchmarkTest).
#   benchmarks/run-origin-sources.sh [--skip-build] [JMH options...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--skip-build" ]; then
  shift
else
  mvn -q -B install -DskipTests
fi
harness=benchmarks/harness
cp="$harness/target/classes:$(cat "$harness/target/classpath/runtime.txt")"
java -cp "$cp" org.openjdk.jmh.Main 'dev\.crosscheck\.bench\.sources\..*' -prof gc "$@"
