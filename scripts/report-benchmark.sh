#!/usr/bin/env bash
# Times the provincial summary report (PDF, DOCX) and its heap peak for provinces of 100, 1,000 and 10,000
# titles, and LibreOffice's DOCX→PDF conversion of the same report when `libreoffice` is installed. Starts the
# service in its own JVM on a temporary, empty data folder; prints a Markdown table. Not part of `mvnw verify`.
#
#   scripts/report-benchmark.sh                 # 100 1000 10000
#   scripts/report-benchmark.sh 100 5000        # other sizes, ascending
#   JVM='-Xmx1g' scripts/report-benchmark.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
SIZES="${*:-100 1000 10000}"
./mvnw -B -q test-compile
./mvnw -B -q -Pbenchmark exec:exec@report-benchmark -Dbenchmark.jvm="${JVM:--Xmx1g}" -Dbenchmark.args="$SIZES"
