#!/usr/bin/env bash
# The full benchmark run: builds what it needs, then
#   1. JMH (-prof gc): every case, every implementation, every table size;
#   2. end to end: the notes API on Jersey + Grizzly under wrk, without CORS, with the generated
#      filter and with RESTEasy's CorsFilter (servers on loopback, stopped when their run ends);
#   3. build cost: javac on 1,000 and 100 generated resource classes without a processor, with
#      processors that do nothing or write one empty class, and with Crosscheck's; and a partial
#      compile of one changed resource;
#   4. start-up: the engine's build and Jersey's start with and without Crosscheck, 100 to 20,000
#      resource methods, each in a fresh JVM;
#   5. origin sources: an allowed request whose origin a source of 10,000 supplies, beside the same
#      origin listed in the policy, and a refresh of the 10,000 (JMH, -prof gc);
# and writes benchmarks/results/results.json, then BENCHMARKS.md and results/chart.svg from it.
#
# Usage: benchmarks/run.sh [--render-only] [--skip-build] [--no-e2e] [--startup-only] [--sources-only] [--build-only]
#   --render-only  regenerate BENCHMARKS.md and the chart from results/results.json, measure nothing
#   --skip-build   use the harness as last built (benchmarks/harness/target)
#   --no-e2e       skip the wrk run (when wrk cannot be installed)
#   --startup-only measure the start-up section alone (about 7 minutes) and keep the other sections of
#                  results/results.json as they are
#   --sources-only measure the origin-source section alone (about 2 minutes), the same way
#   --build-only   measure the build-cost section alone (about 12 minutes), the same way
# Environment: MVN_ARGS (e.g. -o), JMH_ARGS (override the JMH iteration options below),
#   E2E_ARGS ("warm-up seconds, seconds, rounds, connections"), BUILD_ARGS ("classes[,classes...], paths per class, repetitions"),
#   STARTUP_ARGS ("repetitions, then resource method counts").
# Needs JDK 17+, Maven, and wrk (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
harness="$here/harness"
results="$here/results"
raw="$results/raw"

render_only=false
skip_build=false
e2e=true
startup_only=false
sources_only=false
build_only=false
for arg in "$@"; do
  case "$arg" in
    --render-only) render_only=true ;;
    --skip-build) skip_build=true ;;
    --no-e2e) e2e=false ;;
    --startup-only) startup_only=true ;;
    --sources-only) sources_only=true ;;
    --build-only) build_only=true ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

cd "$root"
started=$(date +%s)
step() { printf '\n==> [%4ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

if ! $render_only && ! $skip_build; then
  step "Building the harness and what it depends on (tests skipped)"
  (cd "$root" && mvn -B -q ${MVN_ARGS:-} -DskipTests install -pl benchmarks/harness -am)
fi

if [ ! -f "$harness/target/classpath/runtime.txt" ]; then
  echo "benchmarks/harness is not built; run without --skip-build/--render-only first" >&2
  exit 1
fi
cp="$harness/target/classes:$(cat "$harness/target/classpath/runtime.txt")"
java_cmd=(java -cp "$cp")

# The origin-source benchmarks, into $raw/sources.json.
measure_sources() {
  step "Origin sources: a source of 10,000 origins beside the same listed in the policy, and its refresh (about 2 minutes)"
  "${java_cmd[@]}" org.openjdk.jmh.Main 'dev\.crosscheck\.bench\.sources\..*' -prof gc -rf json -rff "$raw/sources.json" \
    > "$raw/sources.log" 2>&1 || { echo "JMH failed; see $raw/sources.log" >&2; exit 1; }
}

# The build-cost runs, into $raw/build.json.
measure_build() {
  step "Build cost: javac over 1,000 and 100 generated resource classes, seven ways, five interleaved runs (about 12 minutes)"
  # shellcheck disable=SC2086
  "${java_cmd[@]}" dev.crosscheck.bench.build.BuildCost "$raw/build.json" "$harness/target/classpath" ${BUILD_ARGS:-1000,100 10 5}
}

if $build_only && ! $render_only; then
  mkdir -p "$raw"
  measure_build
  step "Putting the build-cost section into results/results.json"
  "${java_cmd[@]}" dev.crosscheck.bench.report.Results "$raw" "$results/results.json" build-only
elif $sources_only && ! $render_only; then
  mkdir -p "$raw"
  measure_sources
  step "Putting the origin-source section into results/results.json"
  "${java_cmd[@]}" dev.crosscheck.bench.report.Results "$raw" "$results/results.json" sources-only
elif $startup_only && ! $render_only; then
  mkdir -p "$raw"
  step "Start-up: the engine and Jersey's start, 100 to 20,000 resource methods, fresh JVMs (about 7 minutes)"
  # shellcheck disable=SC2086
  "${java_cmd[@]}" dev.crosscheck.bench.startup.StartupCost "$raw/startup.json" "$harness/target/classpath" ${STARTUP_ARGS:-5}
  step "Putting the start-up section into results/results.json"
  "${java_cmd[@]}" dev.crosscheck.bench.report.Results "$raw" "$results/results.json" startup-only
elif ! $render_only; then
  if $e2e && ! command -v wrk >/dev/null 2>&1; then
    echo "wrk is not installed (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk), or pass --no-e2e" >&2
    exit 1
  fi
  rm -rf "$raw"
  mkdir -p "$raw"

  step "JMH: 101 benchmarks, one fork each, with -prof gc (about 9 minutes on 2 cores)"
  set +e
  # shellcheck disable=SC2086
  "${java_cmd[@]}" org.openjdk.jmh.Main 'dev\.crosscheck\.bench\.jmh\..*' \
    ${JMH_ARGS:--f 1 -wi 6 -w 500ms -i 5 -r 400ms} -prof gc -foe true \
    -rf json -rff "$raw/jmh.json" 2>&1 | tee "$raw/jmh.log" | awk '
      /^# Benchmark:/ { name = $3; sub(/.*\.jmh\./, "", name); sub(/\.exchange$/, "", name) }
      /^# Parameters:/ { params = $0; sub(/^# Parameters: /, "", params) }
      /^# Run progress:/ { printf "  %-8s %-24s %s\n", $4, name, params; fflush() }'
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    echo "JMH failed ($status); see $raw/jmh.log" >&2
    exit 1
  fi
  if [ ! -s "$raw/jmh.json" ]; then
    echo "JMH wrote no results; see $raw/jmh.log" >&2
    exit 1
  fi

  if $e2e; then
    step "End to end: wrk against the notes API, four servers in turn, three rounds (about 7 minutes)"
    # shellcheck disable=SC2086
    "${java_cmd[@]}" dev.crosscheck.bench.e2e.EndToEnd "$raw/e2e.json" "$harness/target/classpath" ${E2E_ARGS:-15 8 3 16}
  fi

  measure_build

  step "Start-up: the engine and Jersey's start, 100 to 20,000 resource methods, fresh JVMs (about 7 minutes)"
  # shellcheck disable=SC2086
  "${java_cmd[@]}" dev.crosscheck.bench.startup.StartupCost "$raw/startup.json" "$harness/target/classpath" ${STARTUP_ARGS:-5}

  measure_sources

  step "Collecting results/results.json"
  "${java_cmd[@]}" dev.crosscheck.bench.report.Results "$raw" "$results/results.json" full
fi

step "Rendering BENCHMARKS.md and results/chart.svg from results/results.json"
"${java_cmd[@]}" dev.crosscheck.bench.report.Render "$results/results.json" "$here/BENCHMARKS.md" "$results/chart.svg"

step "Done"
