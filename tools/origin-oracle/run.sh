#!/usr/bin/env bash
# Asks a real browser what it makes of every origin-like string of the corpus, and writes the
# answers as test data for ChromiumOriginOracleTest:
#
#   tools/origin-oracle/run.sh            # uses `chromium` from PATH
#   CHROMIUM=/path/to/chrome tools/origin-oracle/run.sh
#
# It runs headless Chromium once, on a local page that calls new URL(s).origin for each input
# and writes the answers into the DOM; --dump-dom hands the page back after its script ran. No
# WebDriver, no network: the page is a file on disk and the profile a fresh temporary directory.
# Needs only a JDK (17+) and Chromium; the corpus generator runs as a single-file Java program.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
generator="$root/runtime/src/test/java/dev/crosscheck/runtime/internal/origin/OriginOracleCorpus.java"
data="$root/runtime/src/test/resources/origin-oracle/chromium-origins.tsv"
chromium=${CHROMIUM:-chromium}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java "$generator" page "$work/corpus.html"

# Chromium refuses to start as root with its sandbox on; the page is our own local file.
sandbox=()
if [ "$(id -u)" = 0 ]; then
  sandbox=(--no-sandbox)
fi
version=$("$chromium" --version 2>/dev/null)
"$chromium" --headless "${sandbox[@]}" --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --virtual-time-budget=30000 \
  --dump-dom "file://$work/corpus.html" >"$work/dom.html" 2>"$work/chromium.log" || {
  echo "chromium failed; its log:" >&2
  cat "$work/chromium.log" >&2
  exit 1
}

mkdir -p "$(dirname "$data")"
java "$generator" merge "$work/dom.html" "$version" "$data"
