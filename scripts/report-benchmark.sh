#!/usr/bin/env bash
# The provincial summary against LibreOffice, over HTTP. Without arguments: fills a province with TITLES titles
# (default 1,000) in a fresh data folder, starts the packaged service on it (JAVA_OPTS, default -Xmx1g; LAUNCH=cds
# for scripts/start.sh's class-data sharing), and as soon as it is healthy asks for the summary PDF — the first one
# after start, while the report warm-up (ReportWarmUp) still runs; starts it again and asks for the first PDF once
# the warm-up has finished, then WARM more times (median reported), then for the DOCX, which `libreoffice --headless
# --convert-to pdf` converts; prints a Markdown table with the PDF's share of LibreOffice's time.
#
# With title counts as arguments, the earlier in-process table instead: the writers called directly for each size,
# with their heap peaks (ReportBenchmark; JVM='-Xmx1g').
#
#   scripts/report-benchmark.sh                   # over HTTP, 1,000 titles
#   TITLES=2000 WARM=9 LAUNCH=cds scripts/report-benchmark.sh
#   scripts/report-benchmark.sh 100 1000 10000    # in process, by size
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ $# -gt 0 ]; then
	./mvnw -B -q test-compile
	./mvnw -B -q -Pbenchmark exec:exec@report-benchmark -Dbenchmark.jvm="${JVM:--Xmx1g}" -Dbenchmark.args="$*"
	exit 0
fi

TITLES="${TITLES:-1000}"
WARM="${WARM:-5}"
LAUNCH="${LAUNCH:-jar}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
SKIP_BUILD="${SKIP_BUILD:-0}"
OUT=target/report-benchmark
JAR=target/ip-registry-0.1.0-SNAPSHOT.jar
PASSWORD=benchmark-password-1
# shellcheck source=scripts/cds.sh
source scripts/cds.sh
mkdir -p "$OUT"
[ "$SKIP_BUILD" = 1 ] || ./mvnw -B -q -DskipTests package
command -v libreoffice >/dev/null || {
	echo "libreoffice is not installed: nothing to compare with" >&2
	exit 1
}

work=$(mktemp -d)
pid=""
cleanup() {
	[ -z "$pid" ] || kill "$pid" 2>/dev/null || true
	[ -z "$pid" ] || wait "$pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# 1. The province, entered through the service (in its own JVM, which then stops).
data=$work/data
./mvnw -B -q -Pbenchmark exec:exec@report-benchmark -Dbenchmark.args="--fill $data $TITLES" >"$OUT/fill.log" 2>&1 || {
	tail -30 "$OUT/fill.log" >&2
	exit 1
}

# 2. The service on it, as operators start it.
if [ "$LAUNCH" = cds ]; then
	cds_prepare "$JAR" target/cds/registry cds_train_registry
	# shellcheck disable=SC2206
	cmd=(java $JAVA_OPTS $(cds_options) -jar "$CDS_JAR")
else
	# shellcheck disable=SC2206
	cmd=(java $JAVA_OPTS -jar "$JAR")
fi
# serve → the service started on the data (pid, port, ready_ms set), answering
serve() {
	port=$(cds_free_port)
	local began
	began=$(date +%s%N)
	env -u MONGODB_URI PORT="$port" REGISTRY_DATA_DIR="$data" REGISTRY_ADMIN_PASSWORD=$PASSWORD "${cmd[@]}" \
		--registry.seed.enabled=false --logging.level.vn.dost.registry.reports.ReportWarmUp=DEBUG \
		>"$OUT/service.log" 2>&1 &
	pid=$!
	until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
		kill -0 "$pid" 2>/dev/null || {
			tail -30 "$OUT/service.log" >&2
			exit 1
		}
		sleep 0.05
	done
	ready_ms=$((($(date +%s%N) - began) / 1000000))
	summary="http://127.0.0.1:$port/api/v1/reports/summary"
}

halt() {
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	pid=""
}

# get FORMAT FILE → seconds the summary took over HTTP (fails on anything but 200)
query="province=Gia%20Lai&signer=Nguy%E1%BB%85n%20V%C4%83n%20An"
get() {
	curl -sf -u "admin:$PASSWORD" -o "$2" -w '%{time_total}' "$summary.$1?$query"
}
ms() {
	awk -v s="$1" 'BEGIN{printf "%.0f", s*1000}'
}

# 3. The first PDF at once after the service answers (the warm-up, started then, still running); then, on a
# second start, the first PDF once the warm-up has finished, WARM more, and the DOCX.
serve
at_once_ms=$(ms "$(get pdf "$OUT/summary.pdf")")
halt
serve
# (at most 10 minutes: on a saturated machine the figure is then "not finished", and the next PDF is not warm)
for _ in $(seq 1 6000); do
	grep -q "Report warm-up took" "$OUT/service.log" && break
	sleep 0.1
done
warmed_after=$(sed -n 's/.*Report warm-up took \([0-9]*\) ms.*/\1/p' "$OUT/service.log")
first_ms=$(ms "$(get pdf "$OUT/summary.pdf")")
: >"$work/warm"
for _ in $(seq 1 "$WARM"); do
	ms "$(get pdf "$work/warm.pdf")" >>"$work/warm"
	echo >>"$work/warm"
done
warm_ms=$(sort -n "$work/warm" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
warm_range=$(sort -n "$work/warm" | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}')
docx_ms=$(ms "$(get docx "$OUT/summary.docx")")
pdf_bytes=$(stat -c %s "$OUT/summary.pdf")
pages=$(pdfinfo "$OUT/summary.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || echo "?")
halt

# 4. LibreOffice converts the service's DOCX (a profile of its own, so a running office is not reused).
began=$(date +%s%N)
libreoffice -env:UserInstallation="file://$work/office-profile" --headless --convert-to pdf --outdir "$work/office" \
	"$OUT/summary.docx" >"$OUT/libreoffice.log" 2>&1
office_ms=$((($(date +%s%N) - began) / 1000000))
[ -s "$work/office/summary.pdf" ] || {
	echo "LibreOffice wrote no PDF" >&2
	exit 1
}
share() {
	awk -v a="$1" -v b="$office_ms" 'BEGIN{printf "%.1f %%", 100*a/b}'
}

echo
echo "| titles | launch | ready ms | PDF ms, first at once after ready | warm-up ms (after ready) | PDF ms, first after the warm-up | PDF ms, median of $WARM more (range) | PDF bytes (pages) | DOCX ms | LibreOffice DOCX→PDF ms | at once / LibreOffice | first after warm-up / LibreOffice | warm / LibreOffice |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| $TITLES | $LAUNCH | $ready_ms | $at_once_ms | ${warmed_after:-not finished} | $first_ms | $warm_ms ($warm_range) | $pdf_bytes ($pages) | $docx_ms | $office_ms | $(share "$at_once_ms") | $(share "$first_ms") | $(share "$warm_ms") |"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS: '$JAVA_OPTS'; $(libreoffice --version 2>/dev/null | head -1)"
