#!/usr/bin/env bash
# The officer workspace's server time, page by page (issue 16: every page's median under 100 ms on the seed data,
# under 300 ms with 100,000 titles). Starts the packaged service, signs in through the login form as the
# administrator (who sees every page and every province) and asks for every workspace page one after the other —
# the dashboard, the titles' listing with a mix of searches, facets, sorts and pages, a title's page and its edit
# form, holders and a holder's page, OCOP products, imports, reports, deadlines, users, audit — WARMUP rounds
# unmeasured, then ROUNDS measured, on one keep-alive connection on loopback (vn.dost.registry.benchmark
# .WorkspaceBenchmark, through Maven's exec plugin, profile "benchmark"). Prints each page's median and 95th
# percentile and a summary block for docs/benchmarks.md. Not part of ./mvnw verify.
#
#   scripts/workspace-benchmark.sh                        # the seed data, then the 100,000-title dataset
#   SIZES=seed ROUNDS=20 scripts/workspace-benchmark.sh   # only the seed data, fewer rounds
#   SIZES=dataset TITLES=20000 HOLDERS=500 scripts/workspace-benchmark.sh
#
# The dataset is the search benchmark's (target/search-benchmark/data-<titles>-<holders>, generated once by
# SearchDataset and reused); the seed data is a fresh data directory the service seeds at its first start.
# Outputs go to target/workspace-benchmark. SKIP_BUILD=1 skips the build. Shared parts: scripts/benchmark-common.sh.
set -euo pipefail

OUT=target/workspace-benchmark
# shellcheck source=scripts/benchmark-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-common.sh"
SIZES="${SIZES:-seed dataset}"
ROUNDS="${ROUNDS:-30}"
PAGE_WARMUP="${PAGE_WARMUP:-5}"

# measure NAME → the page timings against the started service, kept in $OUT/NAME.log
measure() {
	local name=$1 titles
	titles=$(curl -sf -u "admin:$PASSWORD" "http://127.0.0.1:$port/api/v1/registrations?size=1" \
		| python3 -c 'import json, sys; print(json.load(sys.stdin)["totalItems"])')
	echo "== $name: $titles titles; load before: $(uptime | sed 's/.*load average/load average/')" | tee "$OUT/$name.log"
	./mvnw -B -q -Pbenchmark exec:exec@workspace-benchmark -Dbenchmark.jvm="$CLIENT_JAVA_OPTS" \
		-Dbenchmark.args="--base=http://127.0.0.1:$port --user=admin --password=$PASSWORD --rounds=$ROUNDS --warmup=$PAGE_WARMUP" \
		| tee -a "$OUT/$name.log"
	echo "load after: $(uptime | sed 's/.*load average/load average/')" | tee -a "$OUT/$name.log"
}

rm -f "$OUT"/seed.log "$OUT"/dataset-*.log
warn_if_busy
build
for size in $SIZES; do
	case "$size" in
	seed)
		baseline_dir=$(mktemp -d)
		echo "Starting the service on the seed data …"
		start "$baseline_dir/data" "$OUT/service-seed.log"
		measure seed
		stop
		;;
	dataset)
		ensure_dataset
		start_on_dataset
		measure "dataset-$DATA_NAME"
		stop
		;;
	*)
		echo "unknown size '$size' (seed or dataset)" >&2
		exit 1
		;;
	esac
done

cat <<EOF

===== workspace benchmark summary =====
date:     $(date -u +%Y-%m-%dT%H:%MZ)
machine:  $(machine); $(uptime | sed 's/.*load average/load average/') at the end
java:     $(java -version 2>&1 | head -1); service JAVA_OPTS '${JAVA_OPTS}', client '${CLIENT_JAVA_OPTS}'
run:      signed in as admin through the form; $PAGE_WARMUP rounds unmeasured, $ROUNDS measured, pages in turn, one
          keep-alive HTTP/1.1 connection on loopback; time = request sent → last byte received
$(for log in "$OUT"/*.log; do case "$log" in *service*) ;; *) cat "$log" ;; esac; done)
EOF
