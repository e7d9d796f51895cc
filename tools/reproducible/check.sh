#!/usr/bin/env bash
# Two builds of one commit give byte-identical published jars (annotations, runtime, processor:
# the classes, the sources and the javadoc): the commit is cloned twice into different
# directories and built twice, a few seconds apart, and every jar is compared. .ci/run runs it.
# Usage: tools/reproducible/check.sh [commit, default HEAD]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
commit="${1:-HEAD}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
modules=(annotations runtime processor)

for copy in first second; do
  git clone -q "$root" "$work/$copy"
  git -C "$work/$copy" checkout -q "$(git -C "$root" rev-parse "$commit")"
  (cd "$work/$copy" && mvn -B -q package -DskipTests -pl "$(IFS=,; echo "${modules[*]}")")
  sleep 2 # a build that stamps the time would now differ
done

differ=0
count=0
for module in "${modules[@]}"; do
  for jar in "$work/first/$module/target/"*.jar; do
    name="$(basename "$jar")"
    other="$work/second/$module/target/$name"
    count=$((count + 1))
    if ! cmp -s "$jar" "$other"; then
      differ=1
      echo "DIFFERS: $module/target/$name (entries whose size, CRC or time differ):"
      diff <(unzip -lv "$jar" | awk 'NR>3 {print $1, $5, $6, $7, $8}') \
           <(unzip -lv "$other" | awk 'NR>3 {print $1, $5, $6, $7, $8}') | head -20 || true
    fi
  done
done
if [ "$count" -lt 9 ]; then
  echo "expected 9 published jars (classes, sources, javadoc of ${modules[*]}), found $count" >&2
  exit 1
fi
if [ "$differ" -ne 0 ]; then
  echo "two builds of $(git -C "$root" rev-parse --short "$commit") gave different jars" >&2
  exit 1
fi
echo "reproducible: $count jars of $(git -C "$root" rev-parse --short "$commit") identical in two builds"
