#!/usr/bin/env bash
# Refreshes the Public Suffix List the runtime ships (CORS011/CORS012 judge wildcard patterns by it).
#
#   tools/public-suffix-list/refresh.sh                 # downloads https://publicsuffix.org/list/public_suffix_list.dat
#   tools/public-suffix-list/refresh.sh <file or URL>   # a copy you already have
#
# It replaces tools/public-suffix-list/public_suffix_list.dat with the new copy and rewrites
# runtime/src/main/resources/dev/crosscheck/runtime/internal/origin/public-suffixes.txt from it, then prints
# how many rules were added and removed. Review the diff, run the tests (PublicSuffixesTest checks
# the two files agree) and commit both. Needs a JDK (17+), and curl for a URL.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
source=${1:-https://publicsuffix.org/list/public_suffix_list.dat}
dat="$root/tools/public-suffix-list/public_suffix_list.dat"
resource="$root/runtime/src/main/resources/dev/crosscheck/runtime/internal/origin/public-suffixes.txt"
converter="$root/runtime/src/test/java/dev/crosscheck/runtime/internal/origin/PublicSuffixListFile.java"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$source" in
  http://*|https://*) curl -fsSL "$source" -o "$work/list.dat" ;;
  *) cp "$source" "$work/list.dat" ;;
esac
if ! grep -q '===BEGIN ICANN DOMAINS===' "$work/list.dat" || ! grep -q '===END PRIVATE DOMAINS===' "$work/list.dat"; then
  echo "$source does not look like the Public Suffix List (no ICANN and private sections)" >&2
  exit 1
fi

cp "$work/list.dat" "$dat"
java "$converter" "$dat" "$resource" "as published on $(date -u +%Y-%m-%d) (sha256 $(sha256sum "$dat" | cut -c1-16))"
