#!/usr/bin/env bash
# Restart at national scale: starts the packaged service RUNS times on a copy of the generated dataset (100,000
# titles by default, the one scripts/search-benchmark.sh makes) and measures, for each start: the time until
# /actuator/health answers, the resident memory (VmRSS) right then, the heap after a full GC, the load average, and
# from the service's log what each start-up step took (compaction of the file, start-up tasks, index builds).
# The first start on the copy is the first after the import that made the dataset; the others are plain restarts.
# Not part of ./mvnw verify.
#
#   scripts/restart-benchmark.sh
#   RUNS=5 JAVA_OPTS='-Xmx1g' scripts/restart-benchmark.sh
#   JFR=1 scripts/restart-benchmark.sh          # a flight recording of every start, in target/restart-benchmark/
#   TITLES=20000 HOLDERS=500 scripts/restart-benchmark.sh
#   SKIP_BUILD=1 SERVICE_JAR=/path/to/earlier.jar scripts/restart-benchmark.sh   # another build, same dataset
#   LAUNCH=cds scripts/restart-benchmark.sh     # launched as scripts/start.sh launches it (class-data sharing)
set -euo pipefail

OUT=target/restart-benchmark
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
# shellcheck source=scripts/benchmark-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-common.sh"
RUNS="${RUNS:-3}"
JFR="${JFR:-0}"
# Another build of the service to measure (e.g. an earlier version's jar, for a before/after table).
JAR="${SERVICE_JAR:-$JAR}"

prepare
# with LAUNCH=cds, the archive's options too
base_opts=$JAVA_OPTS
copy="$OUT/data"
rm -rf "$copy"
cp -r "$DATA" "$copy"
rm -f "$copy/complete"
echo "Dataset $DATA ($data_size) copied to $copy; JAVA_OPTS='$base_opts'"

rows=()
for run in $(seq 1 "$RUNS"); do
	log="$OUT/service-$run.log"
	JAVA_OPTS=$base_opts
	if [ "$JFR" = 1 ]; then
		JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=$OUT/start-$run.jfr,settings=profile,dumponexit=true"
	fi
	file_before=$(du -m "$copy/registry.mv.db" | cut -f1)
	load_before=$(cut -d' ' -f1-3 /proc/loadavg)
	start "$copy" "$log" --registry.seed.enabled=false --registry.startup-timeout=PT30M \
		--logging.level.vn.dost.registry.shared=DEBUG --logging.level.vn.dost.registry.storage=DEBUG
	rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
	# CPU seconds the service used until healthy: on a shared machine the time to healthy depends on what else
	# runs, this much less
	cpu_s=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
	load_after=$(cut -d' ' -f1-3 /proc/loadavg)
	read -r heap_used_k heap_total_k live_k < <(heap_after_gc "$OUT/histogram-$run.txt")
	if [ "$JFR" = 1 ]; then
		jcmd "$pid" JFR.dump filename="$OUT/start-$run.jfr" >/dev/null || true
	fi
	stop
	file_after=$(du -m "$copy/registry.mv.db" | cut -f1)
	echo "--- start $run: healthy after $ready_ms ms ($cpu_s CPU s), RSS $(kib_to_mib "$rss_kb") MiB, heap after full GC $(kib_to_mib "$heap_used_k") MiB (live $(kib_to_mib "$live_k") MiB); load $load_before → $load_after"
	grep -oE '(Compacted|Store of|Store file|Start-up task|Start-up tasks done|Search index built|Authorised users. index built|Started RegistryApplication|Derived fields|Decision dates|Seed data brought).*' "$log" |
		sed 's/^/    /' || true
	rows+=("| $run | $ready_ms | $cpu_s | $(kib_to_mib "$rss_kb") | $(kib_to_mib "$heap_used_k") | $(kib_to_mib "$live_k") | $file_before → $file_after | $load_before → $load_after |")
done

cat <<EOF

===== restart benchmark summary =====
date:       $(date -u +%Y-%m-%d)
machine:    $(machine)
java:       $(java -version 2>&1 | head -1)
service:    $JAR
JAVA_OPTS:  '$base_opts'
dataset:    $DATA ($data_size on disk), copied; $generated

| start | healthy after ms | CPU s until healthy | RSS at healthy MiB | heap after full GC MiB | live objects MiB | file MiB (before → after) | load average (before → healthy) |
| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
EOF
printf '%s\n' "${rows[@]}"
