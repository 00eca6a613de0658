#!/usr/bin/env bash
# The public portal at national scale: on the search benchmark's dataset (generated once, 100,000 titles, about
# 95% of the titles public), starts the packaged service and measures on loopback, at CLIENTS concurrent clients,
# the throughput and latency of the portal's search page GET /portal?q=<two unaccented words> as a browser asks
# for it (HTML, no credentials, no compression), then in the same client run the framework's ceiling: a constant
# JSON body of the page's size (GET /api/v1/benchmark/ceiling, present only with
# --registry.benchmark.ceiling=true). Prints a summary block for docs/benchmarks.md. Not part of ./mvnw verify.
#
#   scripts/portal-benchmark.sh
#   CLIENTS=16 WARMUP=20 DURATION=60 QUERY='ca phe' JAVA_OPTS='-Xmx1g' scripts/portal-benchmark.sh
#   TITLES=3000 HOLDERS=200 WARMUP=3 DURATION=5 scripts/portal-benchmark.sh   # a quick check on a small dataset
#
# The dataset is shared with scripts/search-benchmark.sh (target/search-benchmark/data-<titles>-<holders>); the
# outputs go to target/portal-benchmark. SKIP_BUILD=1 skips the build. Shared parts: scripts/benchmark-common.sh.
set -euo pipefail

OUT=target/portal-benchmark
# shellcheck source=scripts/benchmark-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-common.sh"

# 1. Build, 2. the dataset (once), 3. the service on it, with the ceiling endpoint and without seeds.
prepare
start_on_dataset

# 4. The first page: its size (the ceiling's size), how many public titles matched and how many it shows.
base="http://127.0.0.1:$port"
q=$(url_encode "$QUERY")
portal_url="$base/portal?q=$q"
first=$(curl -sf -H 'Accept: text/html' -o "$OUT/first-page.html" -w '%{http_code} %{size_download} %{time_total}' \
	"$portal_url")
read -r page_status page_bytes first_seconds <<<"$first"
shown=$(grep -c 'href="/portal/registrations/' "$OUT/first-page.html" || true)
matched=$(curl -sf "$base/api/v1/public/registrations?q=$q&size=1" \
	| python3 -c 'import json, sys; print(json.load(sys.stdin)["totalItems"])')
public_total=$(curl -sf "$base/api/v1/public/registrations?size=1" \
	| python3 -c 'import json, sys; print(json.load(sys.stdin)["totalItems"])')
echo "q='$QUERY': HTTP $page_status, $matched public titles matched (of $public_total public), $shown links to records on the page; $page_bytes bytes; first request ${first_seconds}s"
if [ "$page_status" != 200 ] || [ "$shown" -eq 0 ]; then
	echo "the portal page shows no titles: nothing to measure (is the dataset's public share zero?)" >&2
	exit 1
fi
ceiling_url="$base/api/v1/benchmark/ceiling?bytes=$page_bytes"
ceiling_bytes=$(curl -sf -u "admin:$PASSWORD" -o /dev/null -w '%{size_download}' "$ceiling_url")

# 5. Heap with the index loaded, after a full GC, before the load.
read -r heap_used_k heap_total_k live_k < <(heap_after_gc "$OUT/histogram.txt")

# 6. The load: the portal page as a browser, then the ceiling as an API client, in one client run.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load: $CLIENTS clients, ${WARMUP}s warm-up + ${DURATION}s measured per target …"
load_run "$OUT/load.log" --browser=portal "portal=$portal_url" "ceiling=$ceiling_url"
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
stop

# 7. Summary.
log="$OUT/load.log"
cat <<EOF

===== portal benchmark summary =====
date:            $(date -u +%Y-%m-%d)
machine:         $(machine)
java:            $(java -version 2>&1 | head -1)
JAVA_OPTS:       '${JAVA_OPTS}' (service); client '${CLIENT_JAVA_OPTS}'
dataset:         $DATA ($data_size on disk); $public_total public titles
generator:       $generated
service start:   ready (health UP) after $service_ready_ms ms; $index_line
page:            GET /portal?q=$q ('$QUERY') → $matched public titles matched, $shown record links, $page_bytes bytes of HTML, first request ${first_seconds}s
ceiling:         GET /api/v1/benchmark/ceiling?bytes=$page_bytes → $ceiling_bytes bytes
load:            $CLIENTS clients, HTTP/1.1 keep-alive, no compression, ${WARMUP}s warm-up, ${DURATION}s measured, ${TIMEOUT}s timeout (load average before: $load_before)
                 portal as a browser (Accept: text/html, no credentials); ceiling with HTTP Basic (credentials remembered)
  portal:        throughput $(field "$log" portal throughput) req/s, median $(field "$log" portal p50_ms) ms, p99 $(field "$log" portal p99_ms) ms
  ceiling:       throughput $(field "$log" ceiling throughput) req/s, median $(field "$log" ceiling p50_ms) ms, p99 $(field "$log" ceiling p99_ms) ms
  portal/ceiling throughput: $(ratio "$(field "$log" portal throughput)" "$(field "$log" ceiling throughput)")
  portal:        $(result "$log" portal)
  ceiling:       $(result "$log" ceiling)
heap (full GC):  index loaded: $(kib_to_mib "$heap_used_k") MiB used of $(kib_to_mib "$heap_total_k") MiB committed, live objects $(kib_to_mib "$live_k") MiB; RSS after the load $(kib_to_mib "$rss_kb") MiB
(machine_busy_cores counts every process, the load client included: well above service_cores plus the client's
share means something else ran meanwhile and the figures are skewed.)
EOF
