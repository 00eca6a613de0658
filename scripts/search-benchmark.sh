#!/usr/bin/env bash
# Search at national scale: generates (once) a registry of 100,000 titles, starts the packaged service on it and
# measures, on loopback: the search index build at start, the latency and throughput of a two-word search with
# facets at CLIENTS concurrent clients, the same load on a constant JSON body of the same size (the framework's
# ceiling, GET /api/v1/benchmark/ceiling, present only with --registry.benchmark.ceiling=true), and the heap
# with the index loaded. Prints a summary block for docs/benchmarks.md. Not part of ./mvnw verify.
#
#   scripts/search-benchmark.sh
#   CLIENTS=16 WARMUP=20 DURATION=60 QUERY='ca phe' JAVA_OPTS='-Xmx1g' scripts/search-benchmark.sh
#   TITLES=20000 HOLDERS=500 scripts/search-benchmark.sh   # another dataset size (own data directory)
#
# The dataset is kept in target/search-benchmark/data-<titles>-<holders> and reused; delete it to regenerate.
# BASELINE=0 skips the comparison start on the seed data only; SKIP_BUILD=1 skips the build.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_OPTS="${JAVA_OPTS:-}"
CLIENTS="${CLIENTS:-32}"
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-30}"
# A request not answered within TIMEOUT seconds counts as a timeout (and its client sends the next one).
TIMEOUT="${TIMEOUT:-10}"
QUERY="${QUERY:-sau rieng}"
TITLES="${TITLES:-100000}"
HOLDERS="${HOLDERS:-2000}"
BASELINE="${BASELINE:-1}"
SKIP_BUILD="${SKIP_BUILD:-0}"
# The generator and the load client run in their own JVMs (through Maven's exec plugin, profile "benchmark").
GENERATOR_JAVA_OPTS="${GENERATOR_JAVA_OPTS:--Xmx3g}"
CLIENT_JAVA_OPTS="${CLIENT_JAVA_OPTS:--Xmx1g}"
JAR=target/ip-registry-0.1.0-SNAPSHOT.jar
PASSWORD=benchmark-password
OUT=target/search-benchmark
DATA="$OUT/data-$TITLES-$HOLDERS"
mkdir -p "$OUT"

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
others=$(ps -eo pcpu=,args= | awk '$1 > 20' | grep -v -e "$$" -e 'ps -eo' | cut -c1-120 || true)
if [ -n "$others" ]; then
	echo "warning: other busy processes (load: $(cut -d' ' -f1-3 /proc/loadavg)):" >&2
	echo "$others" >&2
fi

# 1. Build: the jar and the test classes (the generator and the load client).
if [ "$SKIP_BUILD" != 1 ]; then
	./mvnw -B -q -DskipTests package
fi

# 2. The dataset, once.
if [ ! -f "$DATA/complete" ]; then
	rm -rf "$DATA"
	echo "Generating $TITLES titles and $HOLDERS holders into $DATA …"
	REGISTRY_ADMIN_PASSWORD=$PASSWORD ./mvnw -B -q -Pbenchmark exec:exec@search-dataset \
		-Dbenchmark.jvm="$GENERATOR_JAVA_OPTS" -Dbenchmark.args="$DATA $TITLES $HOLDERS" \
		>"$OUT/generator-$TITLES-$HOLDERS.log" 2>&1 || {
		tail -40 "$OUT/generator-$TITLES-$HOLDERS.log" >&2
		exit 1
	}
	grep -E '^(Holders|Titles|By |Dataset|Context)' "$OUT/generator-$TITLES-$HOLDERS.log"
	touch "$DATA/complete"
fi
generated=$(grep -E '^Dataset generated' "$OUT/generator-$TITLES-$HOLDERS.log" 2>/dev/null || echo "(generator log missing)")
data_size=$(du -sh "$DATA" | cut -f1)

# 3. The service on the dataset, with the ceiling endpoint and without seeds.
echo "Starting the service on $DATA …"
# A longer start-up timeout than the default 2 minutes, so that a slow index build is measured, not aborted.
start "$DATA" "$OUT/service.log" --registry.benchmark.ceiling=true --registry.seed.enabled=false \
	--registry.startup-timeout=PT30M
service_ready_ms=$ready_ms
index_line=$(grep -o 'Search index built: .*' "$OUT/service.log" | head -1)
tasks_line=$(grep -o 'Start-up tasks done in .*' "$OUT/service.log" | head -1)
echo "Ready after $service_ready_ms ms; $index_line"

# 4. The first search: its size (the ceiling's size) and how many titles it matched.
base="http://127.0.0.1:$port"
q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$QUERY")
search_url="$base/api/v1/registrations?q=$q"
first=$(curl -sf -u "admin:$PASSWORD" -o "$OUT/first-search.json" -w '%{size_download} %{time_total}' "$search_url")
read -r search_bytes first_seconds <<<"$first"
total_items=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["totalItems"], len(d["items"]), ",".join(d["facets"]))' \
	"$OUT/first-search.json")
read -r matched page_items facet_names <<<"$total_items"
echo "q='$QUERY': $matched titles matched, $page_items on the page, facets $facet_names; $search_bytes bytes; first request ${first_seconds}s"
ceiling_url="$base/api/v1/benchmark/ceiling?bytes=$search_bytes"
ceiling_bytes=$(curl -sf -u "admin:$PASSWORD" -o /dev/null -w '%{size_download}' "$ceiling_url")

# 5. Heap with the index loaded, after a full GC, before the load.
read -r heap_used_k heap_total_k live_k < <(heap_after_gc "$OUT/histogram.txt")
echo "Heap after full GC: $(kib_to_mib "$heap_used_k") MiB used of $(kib_to_mib "$heap_total_k") MiB committed; live objects $(kib_to_mib "$live_k") MiB"

# 6. The load: search, then the ceiling, in one client run.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load: $CLIENTS clients, ${WARMUP}s warm-up + ${DURATION}s measured per target …"
./mvnw -B -q -Pbenchmark exec:exec@load-run -Dbenchmark.jvm="$CLIENT_JAVA_OPTS" \
	-Dbenchmark.args="--user=admin --password=$PASSWORD --clients=$CLIENTS --warmup=$WARMUP --duration=$DURATION --timeout=$TIMEOUT --pid=$pid search=$search_url ceiling=$ceiling_url" \
	| tee "$OUT/load.log"
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")

# 7. A rebuild on the warm service (the index's own figure, through the admin API).
reindex=$(curl -sf -u "admin:$PASSWORD" -X POST "$base/api/v1/admin/reindex" || echo '{}')
stop

# 8. For comparison: the same service on the seed data only (88 titles).
baseline="(skipped)"
if [ "$BASELINE" = 1 ]; then
	baseline_dir=$(mktemp -d)
	start "$baseline_dir/data" "$OUT/service-seed.log"
	read -r seed_used_k seed_total_k seed_live_k < <(heap_after_gc "$OUT/histogram-seed.txt")
	stop
	baseline="$(kib_to_mib "$seed_used_k") MiB used of $(kib_to_mib "$seed_total_k") MiB committed, live objects $(kib_to_mib "$seed_live_k") MiB ($(grep -o 'Search index built: .*' "$OUT/service-seed.log" | head -1))"
fi

# 9. Summary.
result() {
	grep "^RESULT name=$1 " "$OUT/load.log" | sed "s/^RESULT //"
}
field() {
	result "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k {print $2}'
}
search_rps=$(field search throughput)
ceiling_rps=$(field ceiling throughput)
ratio=$(awk -v s="$search_rps" -v c="$ceiling_rps" 'BEGIN{ if (c > 0) printf "%.2f", s/c; else print "n/a" }')
cat <<EOF

===== search benchmark summary =====
date:            $(date -u +%Y-%m-%d)
machine:         $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
java:            $(java -version 2>&1 | head -1)
JAVA_OPTS:       '${JAVA_OPTS}' (service); client '${CLIENT_JAVA_OPTS}', generator '${GENERATOR_JAVA_OPTS}'
dataset:         $DATA ($data_size on disk)
generator:       $generated
service start:   ready (health UP) after $service_ready_ms ms; $tasks_line
index build:     $index_line
rebuild (warm):  POST /api/v1/admin/reindex → $reindex
query:           q='$QUERY' → totalItems $matched, $page_items items on the page, facets $facet_names, $search_bytes bytes, first request ${first_seconds}s
ceiling:         GET /api/v1/benchmark/ceiling?bytes=$search_bytes → $ceiling_bytes bytes
load:            $CLIENTS clients, HTTP/1.1 keep-alive, Basic auth, ${WARMUP}s warm-up, ${DURATION}s measured, ${TIMEOUT}s timeout (load average before: $load_before)
  search:        $(result search)
  ceiling:       $(result ceiling)
  search/ceiling throughput: $ratio
heap (full GC):  index loaded: $(kib_to_mib "$heap_used_k") MiB used of $(kib_to_mib "$heap_total_k") MiB committed, live objects $(kib_to_mib "$live_k") MiB; RSS after the load $(kib_to_mib "$rss_kb") MiB
                 seed data only: $baseline
targets:         search ≥ ½ ceiling throughput; search p99 < 50 ms; index build < 30 s for 100k titles
(machine_busy_cores counts every process, the load client included: well above service_cores plus the client's
share means something else ran meanwhile and the figures are skewed.)
EOF
