#!/usr/bin/env bash
# The search index alone, without HTTP: builds the index of the generated national-scale dataset (the one
# scripts/search-benchmark.sh generates and keeps, 100,000 titles by default) from a copy of its database file,
# through the service's own build path, then times a search — the words, the facets, the first page of 20
# titles read back — one after the other on one thread (thread CPU per search) and on THREADS threads, for the
# query and for the whole registry listed by name. Class vn.dost.registry.registry.index.IndexBenchmark. Tells
# how much of an HTTP search is the index's own work. Not part of ./mvnw verify.
#
#   scripts/index-benchmark.sh
#   QUERY='ca phe' SECONDS_EACH=30 THREADS=2 scripts/index-benchmark.sh
set -euo pipefail

OUT=target/index-benchmark
# shellcheck source=scripts/benchmark-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-common.sh"
SECONDS_EACH="${SECONDS_EACH:-20}"
THREADS="${THREADS:-2}"

prepare
./mvnw -B -q -Pbenchmark exec:exec@index-benchmark -Dbenchmark.jvm="${INDEX_JAVA_OPTS:--Xmx3g}" \
	-Dbenchmark.args="$DATA '$QUERY' $SECONDS_EACH $THREADS" 2>&1 | grep -v -E ' (DEBUG|INFO|WARN) |^SLF4J' |
	tee "$OUT/index-benchmark.log"
