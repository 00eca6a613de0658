#!/usr/bin/env bash
# Import at provincial-migration scale: generates a realistic CSV of ROWS titles (default 50,000), starts the
# service on an empty data folder inside the benchmark JVM and imports the file through POST /api/v1/imports
# (rows per second, heap peak), then a dry run, a second (idempotent) import of the same file, and the ceiling:
# the same stored documents inserted again through the MongoDB driver. Prints a table for docs/benchmarks.md.
# Not part of ./mvnw verify.
#
#   scripts/import-benchmark.sh
#   ROWS=10000 JVM='-Xmx512m' scripts/import-benchmark.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROWS="${ROWS:-50000}"
./mvnw -B -q test-compile
./mvnw -B -q -Pbenchmark exec:exec@import-benchmark -Dbenchmark.jvm="${JVM:--Xmx1g}" -Dbenchmark.args="$ROWS"
