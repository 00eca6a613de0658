#!/usr/bin/env bash
# Every figure of issue 19 (speed and memory at 100,000 titles) in one table, each against its target and, for
# the loads, against the ceiling measured in the same client run. On the shared 100,000-title dataset
# (target/search-benchmark/data-<titles>-<holders>, generated once like scripts/search-benchmark.sh's), with the
# service in JAVA_OPTS (default -Xmx1g):
#   1. restart on the dataset until healthy, and the resident memory right then;
#   2. the provincial summary PDF of the province nearest 1,000 titles over HTTP, the first after the start and
#      warm, against LibreOffice's conversion of the service's DOCX of the same summary (as
#      scripts/report-benchmark.sh converts it);
#   3. a mix of MIX_SIZE distinct queries as people send them (QueryMix: product and place words without
#      diacritics, filters, orders, pages), sent to the search computed every time (Cache-Control: no-cache) and
#      as sent (kept answers used where the service has one), the repeated query QUERY computed and kept, the
#      portal's listing page over the same mix, and the ceiling (a constant body the size of the search's and of
#      the page's answer), all in one client run, the ceiling last;
#   4. the heap after a full GC after the load, and whether the service ran out of memory;
#   5. start-up with the seed data and the bare Spring Boot WebFlux application (scripts/startup-benchmark.sh).
# Run it under the shared lock on an otherwise idle machine: `flock /work/wt/bench.lock scripts/scale-benchmark.sh`.
# Not part of ./mvnw verify.
#
#   scripts/scale-benchmark.sh
#   SKIP_BUILD=1 DURATION=20 STARTUP_RUNS=3 scripts/scale-benchmark.sh
#   TITLES=20000 HOLDERS=500 WARMUP=5 DURATION=10 SKIP_STARTUP=1 scripts/scale-benchmark.sh   # a quick look
#   LAUNCH=cds scripts/scale-benchmark.sh    # the service launched as scripts/start.sh launches it
#
# Settings (besides scripts/benchmark-common.sh's CLIENTS WARMUP DURATION TIMEOUT QUERY TITLES HOLDERS
# SKIP_BUILD LAUNCH): MIX_SIZE (1200), STARTUP_RUNS (3), SKIP_STARTUP (0), SKIP_REPORT (0), FALLBACK_JAVA_OPTS (the
# service's options for the remaining figures if it runs out of memory restarting in JAVA_OPTS). Outputs in
# target/scale-benchmark; the table also in target/scale-benchmark/table.md.
set -euo pipefail

OUT="${OUT:-target/scale-benchmark}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
# shellcheck source=scripts/benchmark-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-common.sh"
MIX_SIZE="${MIX_SIZE:-1200}"
STARTUP_RUNS="${STARTUP_RUNS:-3}"
SKIP_STARTUP="${SKIP_STARTUP:-0}"
SKIP_REPORT="${SKIP_REPORT:-0}"
# The service's options if it cannot restart in JAVA_OPTS (default: the JVM's own heap size).
FALLBACK_JAVA_OPTS="${FALLBACK_JAVA_OPTS:-}"
ROWS="$OUT/rows.tsv"
: >"$ROWS"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# row FIGURE VALUE TARGET VERDICT → one line of the table
row() {
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$ROWS"
}

# verdict A OP B → "met" or "not met" (OP one of < <= >=), "n/a" when A is not a number
verdict() {
	awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {
		if (a !~ /^[0-9.]+$/) { print "n/a"; exit }
		ok = (op == "<") ? a < b : (op == "<=") ? a <= b : a >= b
		print ok ? "met" : "not met" }'
}

# startup_medians LOG → "<registry ms> <launch> <bare ms> <launch>": the fastest launch's median first start of
# each application from scripts/startup-benchmark.sh's table of medians (its older output, one line per run of the
# plain jar, gives the registry's median and no bare application)
startup_medians() {
	local old_median
	old_median=$(awk '/^[0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+$/ {print $2}' "$1" | sort -n |
		awk '{v[NR] = $1} END {if (NR) print v[int((NR + 1) / 2)]}')
	awk -F'|' -v old="$old_median" '
		/^Medians/ { medians = 1 }
		medians && $2 ~ /registry|bare/ {
			app = $2; gsub(/ /, "", app); how = $3; gsub(/ /, "", how); ms = $4 + 0
			if (!(app in best) || ms < best[app]) { best[app] = ms; launch[app] = how }
		}
		END {
			if (!("registry" in best) && old != "") { best["registry"] = old; launch["registry"] = "jar" }
			printf "%s %s %s %s\n", ("registry" in best) ? best["registry"] : "n/a", ("registry" in launch) ? launch["registry"] : "-",
				("bare" in best) ? best["bare"] : "n/a", ("bare" in launch) ? launch["bare"] : "not-measured"
		}' "$1"
}

seconds() {
	awk -v ms="$1" 'BEGIN{ if (ms ~ /^[0-9.]+$/) printf "%.1f", ms/1000; else print "n/a" }'
}

# 1. Build, the dataset (once), the service restarted on it. A service out of memory stops at once (so the start
# fails instead of hanging); the remaining figures are then measured with FALLBACK_JAVA_OPTS.
prepare
JAVA_OPTS="$JAVA_OPTS -XX:+ExitOnOutOfMemoryError"
ready_ms=""
start_on_dataset || true
if [ -z "$ready_ms" ]; then
	row "Restart on $TITLES titles until healthy (launch: $LAUNCH; $JAVA_OPTS)" \
		"failed: $(grep -m1 -o 'OutOfMemoryError[^"]*' "$OUT/service.log" || echo 'see service.log')" "< 30 s" "not met"
	cp "$OUT/service.log" "$OUT/service-failed.log"
	JAVA_OPTS="$FALLBACK_JAVA_OPTS -XX:+ExitOnOutOfMemoryError"
	start_on_dataset
	row "Restart until healthy again, with '$FALLBACK_JAVA_OPTS' instead" "$(seconds "$service_ready_ms") s" \
		"< 30 s" "$(verdict "$(seconds "$service_ready_ms")" "<" 30)"
else
	row "Restart on $TITLES titles until healthy (launch: $LAUNCH)" "$(seconds "$service_ready_ms") s" "< 30 s" \
		"$(verdict "$(seconds "$service_ready_ms")" "<" 30)"
fi
restart_rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
base="http://127.0.0.1:$port"
row "RSS right after the restart" "$(kib_to_mib "$restart_rss_kb") MiB" "< 1.5 GB (1,430 MiB)" \
	"$(verdict "$(kib_to_mib "$restart_rss_kb")" "<" 1430)"

# 2. The provincial summary over HTTP, the first request after the start, then warm; LibreOffice on its DOCX.
if [ "$SKIP_REPORT" != 1 ]; then
	summary_first_ms="" summary_warm_ms="" office_ms="" summary_titles="?" summary_province="?"
	summary_over_http "$base" 1000 "$OUT/summary" || echo "the summary over HTTP failed" >&2
	row "Provincial summary PDF ($summary_titles titles, $summary_province), first after start" \
		"$(seconds "$summary_first_ms") s = $(percent "$summary_first_ms" "$office_ms") of LibreOffice" \
		"< 10 % of LibreOffice" "$(verdict "$(ratio "$summary_first_ms" "$office_ms")" "<" 0.1)"
	row "Provincial summary PDF, warm (median of 5)" \
		"$(seconds "$summary_warm_ms") s = $(percent "$summary_warm_ms" "$office_ms") of LibreOffice" \
		"< 10 % of LibreOffice" "$(verdict "$(ratio "$summary_warm_ms" "$office_ms")" "<" 0.1)"
	row "LibreOffice DOCX→PDF of the same summary (faster of 2)" "$(seconds "$office_ms") s" "(reference)" "—"
fi

# 3. The loads: the query mix (made against this service's public search), the repeated query, the portal page
# over the mix, the ceilings, in one client run.
./mvnw -B -q -Pbenchmark exec:exec@query-mix -Dbenchmark.jvm="$CLIENT_JAVA_OPTS" \
	-Dbenchmark.args="$base $MIX_SIZE $OUT/mix.txt" | tee "$OUT/mix.log"
mix_size=$(grep -c . "$OUT/mix.txt")
q=$(url_encode "$QUERY")
search_url="$base/api/v1/registrations?q=$q"
search_bytes=$(curl -sf -u "admin:$PASSWORD" -o /dev/null -w '%{size_download}' "$search_url")
page_bytes=$(curl -sf -H 'Accept: text/html' -o /dev/null -w '%{size_download}' "$base/portal?q=$q")
read -r heap_before_k _ _ < <(heap_after_gc "$OUT/histogram-before.txt")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
load_run "$OUT/load.log" --fresh=mix-computed,computed --browser=portal-mix \
	"mix-computed=$base/api/v1/registrations?@$OUT/mix.txt" "mix-as-sent=$base/api/v1/registrations?@$OUT/mix.txt" \
	"computed=$search_url" "repeated=$search_url" "portal-mix=$base/portal?@$OUT/mix.txt" \
	"ceiling=$base/api/v1/benchmark/ceiling?bytes=$search_bytes" \
	"page-ceiling=$base/api/v1/benchmark/ceiling?bytes=$page_bytes"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
log="$OUT/load.log"

# load_rows NAME CEILING FIGURE MIN_SHARE MAX_P99 → the target's throughput against the ceiling, and its p99
load_rows() {
	local name=$1 ceiling=$2 figure=$3 share=$4 p99=$5 tput ratio_value p99_value
	tput=$(field "$log" "$name" throughput)
	ratio_value=$(ratio "$tput" "$(field "$log" "$ceiling" throughput)")
	p99_value=$(field "$log" "$name" p99_ms)
	row "$figure: throughput ÷ ceiling" "$ratio_value ($tput req/s)" "≥ $share" \
		"$(verdict "$ratio_value" ">=" "$(awk -v s="$share" 'BEGIN{split(s,f,"/"); print f[1]/f[2]}')")"
	row "$figure: p99" "$p99_value ms" "< $p99 ms" "$(verdict "$p99_value" "<" "$p99")"
}

row "Ceiling (constant $search_bytes-byte JSON, authenticated)" \
	"$(field "$log" ceiling throughput) req/s, p99 $(field "$log" ceiling p99_ms) ms" "(reference)" "—"
load_rows mix-computed ceiling "Search, $mix_size distinct queries, computed (no-cache)" 1/3 50
load_rows computed ceiling "Search, repeated query '$QUERY', computed (no-cache)" 1/3 50
row "Search, the mix as sent (kept answers where present)" \
	"$(ratio "$(field "$log" mix-as-sent throughput)" "$(field "$log" ceiling throughput)") ($(field "$log" mix-as-sent throughput) req/s), p99 $(field "$log" mix-as-sent p99_ms) ms" \
	"(reported)" "—"
row "Search, repeated query, kept answer" \
	"$(ratio "$(field "$log" repeated throughput)" "$(field "$log" ceiling throughput)") ($(field "$log" repeated throughput) req/s), p99 $(field "$log" repeated p99_ms) ms" \
	"(reported)" "—"
row "Page ceiling (constant $page_bytes-byte JSON)" \
	"$(field "$log" page-ceiling throughput) req/s, p99 $(field "$log" page-ceiling p99_ms) ms" "(reference)" "—"
load_rows portal-mix page-ceiling "Portal listing page, the same mix" 1/4 100

# 4. Memory after the load.
read -r heap_used_k heap_total_k live_k < <(heap_after_gc "$OUT/histogram-after.txt")
rss_after_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
if grep -q OutOfMemoryError "$OUT/service.log"; then out_of_memory="OutOfMemoryError in the log"; else out_of_memory="none"; fi
row "Heap after full GC after the load ($(echo "$JAVA_OPTS" | grep -o -- '-Xmx[^ ]*' || echo 'default heap'))" \
	"$(kib_to_mib "$heap_used_k") MiB used of $(kib_to_mib "$heap_total_k") committed (live $(kib_to_mib "$live_k")); before the load $(kib_to_mib "$heap_before_k"); RSS $(kib_to_mib "$rss_after_kb") MiB" \
	"reported; no OutOfMemoryError" "$([ "$out_of_memory" = none ] && echo met || echo "not met")"
stop

# 5. Start-up with the seed data, and the bare WebFlux application (scripts/startup-benchmark.sh).
if [ "$SKIP_STARTUP" != 1 ]; then
	# a failed start-up measurement leaves its rows n/a rather than losing the table
	RUNS=$STARTUP_RUNS SKIP_BUILD=1 JAVA_OPTS="" scripts/startup-benchmark.sh | tee "$OUT/startup.log" ||
		echo "scripts/startup-benchmark.sh failed: see $OUT/startup.log" >&2
	read -r registry_ms registry_how bare_ms bare_how < <(startup_medians "$OUT/startup.log")
	row "Start-up with the seed data until the first answer (median of $STARTUP_RUNS, $registry_how)" \
		"$(seconds "$registry_ms") s" "< 10 s" "$(verdict "$(seconds "$registry_ms")" "<" 10)"
	row "Bare Spring Boot WebFlux app, same measure ($bare_how)" "$(seconds "$bare_ms") s" "(reference)" "—"
fi

# The table.
{
	echo "Issue 19 at $TITLES titles — $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine), $(java -version 2>&1 | head -1)"
	echo "service JAVA_OPTS '$JAVA_OPTS'; $CLIENTS clients, ${WARMUP} s warm-up + ${DURATION} s per load target;" \
		"load average at the start $load_start, before the load $load_before, after it $load_after"
	echo "dataset $DATA ($data_size); $generated"
	echo
	echo "| figure | measured | target | |"
	echo "| --- | --- | --- | --- |"
	awk -F'\t' '{printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4}' "$ROWS"
} | tee "$OUT/table.md"
