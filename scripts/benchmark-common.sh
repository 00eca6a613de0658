# Shared parts of the load benchmarks (scripts/search-benchmark.sh, scripts/portal-benchmark.sh); sourced, not run.
# Sets the common settings from the environment, the generated dataset's directory, and the functions that build,
# generate the dataset once, start and stop the packaged service, read its heap and run the load client.
# The sourcing script sets OUT (its own output directory) first.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_OPTS="${JAVA_OPTS:-}"
CLIENTS="${CLIENTS:-32}"
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-30}"
# A request not answered within TIMEOUT seconds counts as a timeout (and its client sends the next one).
TIMEOUT="${TIMEOUT:-10}"
# Two words without diacritics, as people type them.
QUERY="${QUERY:-sau rieng}"
# A producer's name as people type it, for the producers' lookup (with USERS > 0).
USER_QUERY="${USER_QUERY:-nguyen van hung}"
TITLES="${TITLES:-100000}"
HOLDERS="${HOLDERS:-2000}"
# Authorised users added over the public granted titles (0: none), for the producers' lookup.
USERS="${USERS:-0}"
SKIP_BUILD="${SKIP_BUILD:-0}"
# The generator and the load client run in their own JVMs (through Maven's exec plugin, profile "benchmark").
GENERATOR_JAVA_OPTS="${GENERATOR_JAVA_OPTS:--Xmx3g}"
CLIENT_JAVA_OPTS="${CLIENT_JAVA_OPTS:--Xmx1g}"
JAR="${JAR:-target/ip-registry-0.1.0-SNAPSHOT.jar}"
# How the service is launched: jar (java -jar) or cds (as scripts/start.sh launches it: the extracted jar with a
# class-data-sharing archive, made first by its training run, once per jar and JDK).
LAUNCH="${LAUNCH:-jar}"
PASSWORD=benchmark-password
# Every benchmark reads the same generated dataset, kept here and reused; delete a directory to regenerate it.
DATASETS=target/search-benchmark
DATA_NAME="$TITLES-$HOLDERS$([ "$USERS" = 0 ] || echo "-users-$USERS")"
DATA="$DATASETS/data-$DATA_NAME"
GENERATOR_LOG="$DATASETS/generator-$DATA_NAME.log"
mkdir -p "$OUT" "$DATASETS"

pid=""
baseline_dir=""
cleanup() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	[ -z "$baseline_dir" ] || rm -rf "$baseline_dir"
}
trap cleanup EXIT

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# start DATA_DIR LOG ARGS… → starts the jar in the background (pid, port set), waits until it answers
start() {
	local data=$1 log=$2
	shift 2
	port=$(free_port)
	local began
	began=$(date +%s%N)
	# shellcheck disable=SC2086
	PORT=$port REGISTRY_DATA_DIR=$data REGISTRY_ADMIN_PASSWORD=$PASSWORD java $JAVA_OPTS -jar "$JAR" "$@" \
		>"$log" 2>&1 &
	pid=$!
	for _ in $(seq 1 3000); do
		if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; then
			ready_ms=$((($(date +%s%N) - began) / 1000000))
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			break
		fi
		sleep 0.1
	done
	echo "service did not start; log $log:" >&2
	tail -30 "$log" >&2
	return 1
}

stop() {
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	pid=""
}

# heap_after_gc HISTOGRAM_FILE → prints "<used KiB> <committed KiB> <live KiB>": the service's heap after a
# full GC (GC.heap_info's first line, the whole heap with G1) and the live objects (GC.class_histogram's total,
# itself after a full GC; the histogram is kept in the file)
heap_after_gc() {
	jcmd "$pid" GC.run >/dev/null
	local used_total live
	used_total=$(jcmd "$pid" GC.heap_info | awk '/ total /{for(i=1;i<=NF;i++){if($i=="total")t=$(i+1);if($i=="used")u=$(i+1)}
		gsub(/K,?/,"",t); gsub(/K,?/,"",u); print u, t; exit}')
	jcmd "$pid" GC.class_histogram >"$1"
	live=$(awk '/^Total/ {printf "%.0f", $3/1024}' "$1")
	echo "$used_total $live"
}

kib_to_mib() {
	awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'
}

# Anything else running on the machine skews every figure: say so.
warn_if_busy() {
	local others
	others=$(ps -eo pcpu=,args= | awk '$1 > 20' | grep -v -e "$$" -e 'ps -eo' | cut -c1-120 || true)
	if [ -n "$others" ]; then
		echo "warning: other busy processes (load: $(cut -d' ' -f1-3 /proc/loadavg)):" >&2
		echo "$others" >&2
	fi
}

# The jar and the test classes (the generator and the load client), unless SKIP_BUILD=1.
build() {
	if [ "$SKIP_BUILD" != 1 ]; then
		./mvnw -B -q -DskipTests package
	fi
}

# The dataset, generated once into $DATA (a "complete" marker says it finished); sets generated and data_size.
ensure_dataset() {
	if [ ! -f "$DATA/complete" ]; then
		rm -rf "$DATA"
		echo "Generating $TITLES titles, $HOLDERS holders and $USERS authorised users into $DATA …"
		REGISTRY_ADMIN_PASSWORD=$PASSWORD ./mvnw -B -q -Pbenchmark exec:exec@search-dataset \
			-Dbenchmark.jvm="$GENERATOR_JAVA_OPTS" -Dbenchmark.args="$DATA $TITLES $HOLDERS $USERS" \
			>"$GENERATOR_LOG" 2>&1 || {
			tail -40 "$GENERATOR_LOG" >&2
			exit 1
		}
		grep -E '^(Holders|Titles|Authorised|By |Public|Dataset|Context)' "$GENERATOR_LOG"
		touch "$DATA/complete"
	fi
	generated=$(grep -E '^Dataset generated' "$GENERATOR_LOG" 2>/dev/null || echo "(generator log missing)")
	data_size=$(du -sh "$DATA" | cut -f1)
}

# url_encode TEXT → the text as a query parameter value
url_encode() {
	python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"
}

# load_run LOG LOADRUN_ARGS… → runs the load client against the started service, output shown and kept in LOG
load_run() {
	local log=$1
	shift
	./mvnw -B -q -Pbenchmark exec:exec@load-run -Dbenchmark.jvm="$CLIENT_JAVA_OPTS" \
		-Dbenchmark.args="--user=admin --password=$PASSWORD --clients=$CLIENTS --warmup=$WARMUP --duration=$DURATION --timeout=$TIMEOUT --pid=$pid $*" \
		| tee "$log"
}

# result LOG NAME → a target's RESULT line of the load client, without the prefix
result() {
	grep "^RESULT name=$2 " "$1" | sed "s/^RESULT //"
}

# field LOG NAME KEY → one figure of a target's result, e.g. field "$log" search throughput
field() {
	result "$1" "$2" | tr ' ' '\n' | awk -F= -v k="$3" '$1==k {print $2}'
}

# ratio A B → A/B with two decimals, or n/a
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "n/a" }'
}

machine() {
	echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
}

# prepare → warns of other busy processes, builds, generates the dataset once
prepare() {
	warn_if_busy
	build
	ensure_dataset
	prepare_launch
}

# With LAUNCH=cds: JAR becomes the extracted jar and JAVA_OPTS gets the archive's options.
prepare_launch() {
	[ "$LAUNCH" = cds ] || return 0
	# shellcheck source=scripts/cds.sh
	source scripts/cds.sh
	local dir=target/cds/registry
	[ "$JAR" = target/ip-registry-0.1.0-SNAPSHOT.jar ] || dir="target/cds/$(basename "$JAR" .jar)"
	cds_prepare "$JAR" "$dir" cds_train_registry
	JAR=$CDS_JAR
	JAVA_OPTS="$JAVA_OPTS $(cds_options)"
}

# start_on_dataset → the service on $DATA with the ceiling endpoint and without seeds (pid, port set); sets
# service_ready_ms, index_line and tasks_line
start_on_dataset() {
	echo "Starting the service on $DATA …"
	# A longer start-up timeout than the default 2 minutes, so that a slow index build is measured, not aborted.
	start "$DATA" "$OUT/service.log" --registry.benchmark.ceiling=true --registry.seed.enabled=false \
		--registry.startup-timeout=PT30M
	service_ready_ms=$ready_ms
	index_line=$(grep -o 'Search index built: .*' "$OUT/service.log" | head -1)
	user_index_line=$(grep -o "Authorised users' index built: .*" "$OUT/service.log" | head -1)
	tasks_line=$(grep -o 'Start-up tasks done in .*' "$OUT/service.log" | head -1)
	echo "Ready after $service_ready_ms ms; $index_line"
}

# percent PART WHOLE → PART as a percentage of WHOLE, or n/a
percent() {
	awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0 && a ~ /^[0-9.]+$/) printf "%.0f %%", 100*a/b; else print "n/a" }'
}

# millis_of CURL_ARGS… → how long one request took, in milliseconds (fails on an HTTP error)
millis_of() {
	curl -sf -w '%{time_total}' "$@" | awk '{printf "%.0f", $1*1000}'
}

# summary_over_http BASE TITLES DIR → the provincial summary of the province whose titles are nearest TITLES, over
# HTTP as an officer downloads it: the PDF once (the first after the start when nothing asked for one yet), then
# five more (their median), the DOCX, and LibreOffice's conversion of that DOCX to PDF as
# scripts/report-benchmark.sh runs it (twice, the faster kept; n/a without libreoffice). Sets summary_province,
# summary_titles, summary_first_ms, summary_warm_ms and office_ms; the files go to DIR.
summary_over_http() {
	local base=$1 wanted=$2 dir=$3 url i
	mkdir -p "$dir"
	read -r summary_titles summary_province < <(curl -sf -u "admin:$PASSWORD" "$base/api/v1/registrations?size=1" |
		python3 -c 'import json, sys
counts = json.load(sys.stdin)["facets"]["currentProvince"]
name = min(counts, key=lambda p: abs(counts[p] - int(sys.argv[1])))
print(counts[name], name)' "$wanted")
	url="$base/api/v1/reports/summary.pdf?province=$(url_encode "$summary_province")&number=1&signer=Benchmark"
	summary_first_ms=$(millis_of -u "admin:$PASSWORD" -o "$dir/summary.pdf" "$url")
	summary_warm_ms=$(for i in 1 2 3 4 5; do millis_of -u "admin:$PASSWORD" -o /dev/null "$url"; echo; done |
		sort -n | sed -n 3p)
	curl -sf -u "admin:$PASSWORD" -o "$dir/summary.docx" "${url/summary.pdf/summary.docx}"
	office_ms=n/a
	if command -v libreoffice >/dev/null; then
		office_ms=$(for i in 1 2; do
			began=$(date +%s%N)
			libreoffice --headless --convert-to pdf --outdir "$dir/office" "$dir/summary.docx" >/dev/null 2>&1
			echo $((($(date +%s%N) - began) / 1000000))
		done | sort -n | head -1)
	fi
	echo "Summary of $summary_province ($summary_titles titles): PDF first ${summary_first_ms} ms, warm ${summary_warm_ms} ms; LibreOffice ${office_ms} ms"
}
