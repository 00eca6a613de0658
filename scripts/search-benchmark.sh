#!/usr/bin/env bash
# Search at national scale: generates (once) a registry of 100,000 titles, starts the packaged service on it and
# measures, on loopback: the search index build at start, the latency and throughput of a two-word search with
# facets at CLIENTS concurrent clients, the same load on a constant JSON body of the same size (the framework's
# ceiling, GET /api/v1/benchmark/ceiling, present only with --registry.benchmark.ceiling=true), and the heap
# with the index loaded. The search is measured twice: as asked again and again (after the first, answered from
# the answer the index kept) and with Cache-Control: no-cache (every answer computed). Prints a summary block for
# docs/benchmarks.md. Not part of ./mvnw verify.
#
#   scripts/search-benchmark.sh
#   CLIENTS=16 WARMUP=20 DURATION=60 QUERY='ca phe' JAVA_OPTS='-Xmx1g' scripts/search-benchmark.sh
#   TITLES=20000 HOLDERS=500 scripts/search-benchmark.sh   # another dataset size (own data directory)
#   TITLES=10000 USERS=100000 scripts/search-benchmark.sh  # also the producers' lookup (issue 17), same run
#
# With USERS > 0 the dataset also has that many authorised users over its public granted titles, and the same
# client run measures the public producers' lookup GET /api/v1/public/authorised-users?q=USER_QUERY (a name, words
# without diacritics) and a lookup by one user's code, between the title search and the ceiling.
# The dataset is kept in target/search-benchmark/data-<titles>-<holders> and reused (scripts/portal-benchmark.sh
# reads the same one); delete it to regenerate. Settings and functions shared with it: scripts/benchmark-common.sh.
# BASELINE=0 skips the comparison start on the seed data only; SKIP_BUILD=1 skips the build.
set -euo pipefail

OUT=target/search-benchmark
# shellcheck source=scripts/benchmark-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-common.sh"
BASELINE="${BASELINE:-1}"

# 1. Build: the jar and the test classes (the generator and the load client). 2. The dataset, once.
prepare

# 3. The service on the dataset, with the ceiling endpoint and without seeds.
start_on_dataset

# 4. The first search: its size (the ceiling's size) and how many titles it matched.
base="http://127.0.0.1:$port"
q=$(url_encode "$QUERY")
search_url="$base/api/v1/registrations?q=$q"
first=$(curl -sf -u "admin:$PASSWORD" -o "$OUT/first-search.json" -w '%{size_download} %{time_total}' "$search_url")
read -r search_bytes first_seconds <<<"$first"
total_items=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["totalItems"], len(d["items"]), ",".join(d["facets"]))' \
	"$OUT/first-search.json")
read -r matched page_items facet_names <<<"$total_items"
echo "q='$QUERY': $matched titles matched, $page_items on the page, facets $facet_names; $search_bytes bytes; first request ${first_seconds}s"
ceiling_url="$base/api/v1/benchmark/ceiling?bytes=$search_bytes"
ceiling_bytes=$(curl -sf -u "admin:$PASSWORD" -o /dev/null -w '%{size_download}' "$ceiling_url")

# 4b. The producers' lookups (with USERS > 0): by name, and by the code of the first user found.
lookup_targets=()
lookup_line="(no authorised users: USERS=0)"
if [ "$USERS" != 0 ]; then
	lookup_url="$base/api/v1/public/authorised-users?q=$(url_encode "$USER_QUERY")"
	curl -sf -o "$OUT/first-lookup.json" "$lookup_url"
	read -r lookup_matched lookup_code < <(python3 -c 'import json, sys; d = json.load(open(sys.argv[1]));
print(d["totalItems"], d["items"][0]["code"] if d["items"] else "")' "$OUT/first-lookup.json")
	code_url="$base/api/v1/public/authorised-users?q=$(url_encode "$lookup_code")"
	code_matched=$(curl -sf "$code_url" | python3 -c 'import json, sys; print(json.load(sys.stdin)["totalItems"])')
	lookup_targets=("lookup=$lookup_url" "code=$code_url")
	lookup_line="q='$USER_QUERY' → totalItems $lookup_matched; by code q='$lookup_code' → totalItems $code_matched; $(curl -sf -o /dev/null -w '%{size_download}' "$lookup_url") bytes"
	echo "Lookup: $lookup_line"
fi

# 5. Heap with the index loaded, after a full GC, before the load.
read -r heap_used_k heap_total_k live_k < <(heap_after_gc "$OUT/histogram.txt")
echo "Heap after full GC: $(kib_to_mib "$heap_used_k") MiB used of $(kib_to_mib "$heap_total_k") MiB committed; live objects $(kib_to_mib "$live_k") MiB"

# 6. The load: search, then the ceiling, in one client run.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load: $CLIENTS clients, ${WARMUP}s warm-up + ${DURATION}s measured per target …"
# "search" asks the same question again and again, as the issue's benchmark does: after the first, the index
# answers from the answer it kept (nothing changes meanwhile). "computed" asks the same with Cache-Control:
# no-cache, so every answer is computed: the cost of a search the index has not seen on this view.
load_run "$OUT/load.log" --fresh=computed "search=$search_url" "computed=$search_url" "${lookup_targets[@]}" \
	"ceiling=$ceiling_url"
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")

# 6b. The memory kept answers take: the heap after a full GC right after the load, then again once the view
# keeps as many answers as it may (the listing by name, pages of 20, until registry.search.kept-titles is full).
kept_titles="${REGISTRY_SEARCH_KEPT_TITLES:-5000}" # the service reads the same variable (default 5000)
read -r after_load_k _ _ < <(heap_after_gc "$OUT/histogram-after-load.txt")
for ((i = 0; i < kept_titles / 20; i++)); do
	curl -sf -u "admin:$PASSWORD" -o /dev/null "$base/api/v1/registrations?size=20&page=$i"
done
read -r kept_full_k _ _ < <(heap_after_gc "$OUT/histogram-kept.txt")
kept_line="$((kept_titles / 20)) answers of 20 titles kept: heap $(kib_to_mib "$after_load_k") → $(kib_to_mib "$kept_full_k") MiB after full GC ($(kib_to_mib $((kept_full_k - after_load_k))) MiB)"
echo "Kept answers: $kept_line"

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
ratio=$(ratio "$(field "$OUT/load.log" search throughput)" "$(field "$OUT/load.log" ceiling throughput)")
ratio_computed=$(ratio "$(field "$OUT/load.log" computed throughput)" "$(field "$OUT/load.log" ceiling throughput)")
lookup_results="(not measured: USERS=0)"
if [ "$USERS" != 0 ]; then
	lookup_results="$(result "$OUT/load.log" lookup)
  code:          $(result "$OUT/load.log" code)
  lookup/ceiling throughput: $(ratio "$(field "$OUT/load.log" lookup throughput)" "$(field "$OUT/load.log" ceiling throughput)"); code/ceiling: $(ratio "$(field "$OUT/load.log" code throughput)" "$(field "$OUT/load.log" ceiling throughput)")"
fi
cat <<EOF

===== search benchmark summary =====
date:            $(date -u +%Y-%m-%d)
machine:         $(machine)
java:            $(java -version 2>&1 | head -1)
JAVA_OPTS:       '${JAVA_OPTS}' (service); client '${CLIENT_JAVA_OPTS}', generator '${GENERATOR_JAVA_OPTS}'
dataset:         $DATA ($data_size on disk)
generator:       $generated
service start:   ready (health UP) after $service_ready_ms ms; $tasks_line
index build:     $index_line
users' index:    ${user_index_line:-(none)}
lookups:         $lookup_line
rebuild (warm):  POST /api/v1/admin/reindex → $reindex
query:           q='$QUERY' → totalItems $matched, $page_items items on the page, facets $facet_names, $search_bytes bytes, first request ${first_seconds}s
ceiling:         GET /api/v1/benchmark/ceiling?bytes=$search_bytes → $ceiling_bytes bytes
load:            $CLIENTS clients, HTTP/1.1 keep-alive, Basic auth, ${WARMUP}s warm-up, ${DURATION}s measured, ${TIMEOUT}s timeout (load average before: $load_before)
  search:        $(result "$OUT/load.log" search)
  computed:      $(result "$OUT/load.log" computed)
  lookup:        $lookup_results
  ceiling:       $(result "$OUT/load.log" ceiling)
  search/ceiling throughput: $ratio (kept answers); computed/ceiling: $ratio_computed
kept answers:    $kept_line
heap (full GC):  index loaded: $(kib_to_mib "$heap_used_k") MiB used of $(kib_to_mib "$heap_total_k") MiB committed, live objects $(kib_to_mib "$live_k") MiB; RSS after the load $(kib_to_mib "$rss_kb") MiB
                 seed data only: $baseline
targets:         search ≥ ½ ceiling throughput; search p99 < 50 ms; index build < 30 s for 100k titles
(machine_busy_cores counts every process, the load client included: well above service_cores plus the client's
share means something else ran meanwhile and the figures are skewed.)
EOF
