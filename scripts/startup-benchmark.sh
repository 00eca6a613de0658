#!/usr/bin/env bash
# Start-up of the registry against the bare Spring Boot WebFlux application (one handler,
# src/test/bare-webflux), launched the same ways with the same JVM options: the time from launching the JVM to
# the first answered request and the resident memory (VmRSS) right then. For the registry the request is
# GET /api/v1/registrations?size=1 with HTTP Basic (seed data listed, a password checked), on a first start
# (empty data folder: indexes, the admin, the seed data) and on a restart on the same data; for the bare
# application GET /, started twice. Loopback only; cleans up after itself. Prints one Markdown table per run
# and the table of medians.
#
# Launches (LAUNCHES, in this order; default "jar cds"):
#   jar   java -jar the packaged jar
#   cds   the extracted jar with a class-data-sharing archive made by a training run (scripts/start.sh)
#   aot   as cds, with Spring AOT's generated code (-Dspring.aot.enabled=true; jars built with -Paot)
#   mvnw  the README's run command, ./mvnw spring-boot:run (registry only)
#
#   scripts/startup-benchmark.sh                      # 5 runs of each
#   RUNS=3 JAVA_OPTS='-Xmx512m' LAUNCHES='jar cds aot' scripts/startup-benchmark.sh
#   SKIP_BUILD=1 scripts/startup-benchmark.sh         # the jars as they are
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-5}"
LAUNCHES="${LAUNCHES:-jar cds}"
JAVA_OPTS="${JAVA_OPTS:-}"
SKIP_BUILD="${SKIP_BUILD:-0}"
OUT=target/startup-benchmark
PASSWORD=benchmark-password
JAR=target/ip-registry-0.1.0-SNAPSHOT.jar
BARE_POM=src/test/bare-webflux/pom.xml
BARE_JAR=src/test/bare-webflux/target/bare-webflux.jar
# shellcheck source=scripts/cds.sh
source scripts/cds.sh
mkdir -p "$OUT"

work=$(mktemp -d)
pid=""
cleanup() {
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

# 1. The jars: plain, and with AOT's code when asked for (kept under $OUT/aot).
if [ "$SKIP_BUILD" != 1 ]; then
	case " $LAUNCHES " in *" aot "*)
		./mvnw -B -q -DskipTests -Paot package
		./mvnw -B -q -f "$BARE_POM" -Paot package
		mkdir -p "$OUT/aot"
		cp "$JAR" "$OUT/aot/ip-registry.jar"
		cp "$BARE_JAR" "$OUT/aot/bare-webflux.jar"
		;;
	esac
	./mvnw -B -q -DskipTests package
	./mvnw -B -q -f "$BARE_POM" package
fi
# the bare application's jar is built once even when the build is skipped (scale-benchmark.sh skips it)
[ -f "$BARE_JAR" ] || ./mvnw -B -q -f "$BARE_POM" package
case " $LAUNCHES " in *" mvnw "*) ./mvnw -B -q test-compile ;; esac

# cds_train_bare JAVA_COMMAND… → the bare application answers once, then stops (writing the archive)
cds_train_bare() {
	local port trained=""
	port=$(cds_free_port)
	# shellcheck disable=SC2086
	"$1" $JAVA_OPTS "${@:2}" --server.port="$port" >"$work/bare-training.log" 2>&1 &
	local training=$!
	for _ in $(seq 1 600); do
		if curl -sf "http://127.0.0.1:$port/" >/dev/null; then
			trained=1
			break
		fi
		sleep 0.1
	done
	kill "$training" 2>/dev/null || true
	wait "$training" 2>/dev/null || true
	[ -n "$trained" ]
}

# descendants PID: the process and all processes below it (mvnw → Maven JVM → the forked service)
descendants() {
	echo "$1"
	local child
	for child in $(pgrep -P "$1" || true); do
		descendants "$child"
	done
}

stop() {
	local all
	all=$(descendants "$1")
	# shellcheck disable=SC2086
	kill $all 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

# the JVM among PID and its descendants that runs the application
service_of() {
	local each
	for each in $(descendants "$1"); do
		if tr '\0' ' ' <"/proc/$each/cmdline" 2>/dev/null | grep -qE 'RegistryApplication|ip-registry|bare-webflux'; then
			echo "$each"
			return
		fi
	done
	echo "$1"
}

# command APP LAUNCH → the launch command in the array CMD (CDS archives prepared on first use)
command_for() {
	local app=$1 launch=$2 jar train dir
	if [ "$app" = bare ]; then
		jar=$BARE_JAR train=cds_train_bare
	else
		jar=$JAR train=cds_train_registry
	fi
	dir="target/cds/$app"
	if [ "$launch" = aot ]; then
		jar="$OUT/aot/$([ "$app" = bare ] && echo bare-webflux || echo ip-registry).jar"
		dir="target/cds/$app-aot"
	fi
	case "$launch" in
	jar)
		# shellcheck disable=SC2206
		CMD=(java $JAVA_OPTS -jar "$jar")
		;;
	cds | aot)
		local saved=$JAVA_OPTS
		[ "$launch" != aot ] || JAVA_OPTS="$JAVA_OPTS -Dspring.aot.enabled=true"
		cds_prepare "$jar" "$dir" "$train" >&2
		# shellcheck disable=SC2206
		CMD=(java $JAVA_OPTS $(cds_options) -jar "$CDS_JAR")
		JAVA_OPTS=$saved
		;;
	mvnw)
		CMD=(./mvnw -B -q spring-boot:run)
		[ -z "$JAVA_OPTS" ] || CMD+=("-Dspring-boot.run.jvmArguments=$JAVA_OPTS")
		;;
	esac
}

# start APP LAUNCH DATA_DIR → prints "<milliseconds to first answer> <VmRSS kB>"
start() {
	local app=$1 launch=$2 data=$3 port began url
	command_for "$app" "$launch"
	port=$(free_port_or_fail)
	began=$(date +%s%N)
	if [ "$app" = bare ]; then
		"${CMD[@]}" --server.port="$port" >"$work/service.log" 2>&1 &
		url="http://127.0.0.1:$port/"
	else
		env -u MONGODB_URI PORT="$port" REGISTRY_DATA_DIR="$data" REGISTRY_ADMIN_PASSWORD=$PASSWORD "${CMD[@]}" \
			>"$work/service.log" 2>&1 &
		url="http://127.0.0.1:$port/api/v1/registrations?size=1"
	fi
	pid=$!
	for _ in $(seq 1 1200); do
		if curl -sf -u "admin:$PASSWORD" "$url" >/dev/null; then
			local ready rss
			ready=$(date +%s%N)
			rss=$(awk '/VmRSS/ {print $2}' "/proc/$(service_of "$pid")/status")
			# Stop before printing: the caller reads the line and may exit at once.
			stop "$pid"
			pid=""
			echo "$(((ready - began) / 1000000)) $rss"
			return 0
		fi
		sleep 0.05
	done
	echo "$app ($launch) did not answer within 60 s" >&2
	tail -20 "$work/service.log" >&2
	stop "$pid"
	return 1
}

free_port_or_fail() {
	cds_free_port
}

median() {
	sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

mib() {
	awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$OUT/runs.txt"
: >"$results"
echo
echo "| application | launch | run | first start: ms | RSS MiB | restart: ms | RSS MiB |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for app in bare registry; do
	for launch in $LAUNCHES; do
		[ "$app" = registry ] || [ "$launch" != mvnw ] || continue
		# the CDS archive is made before the first timed start
		command_for "$app" "$launch"
		for run in $(seq 1 "$RUNS"); do
			data="$work/data-$app-$launch-$run"
			read -r first_ms first_rss < <(start "$app" "$launch" "$data")
			read -r again_ms again_rss < <(start "$app" "$launch" "$data")
			echo "$app $launch $run $first_ms $first_rss $again_ms $again_rss" >>"$results"
			echo "| $app | $launch | $run | $first_ms | $(mib "$first_rss") | $again_ms | $(mib "$again_rss") |"
		done
	done
done
echo
echo "Medians of $RUNS runs:"
echo
echo "| application | launch | first start: ms | restart: ms | RSS MiB (restart) |"
echo "| --- | --- | ---: | ---: | ---: |"
for app in bare registry; do
	for launch in $LAUNCHES; do
		grep -q "^$app $launch " "$results" || continue
		first=$(awk -v a="$app" -v l="$launch" '$1==a && $2==l {print $4}' "$results" | median)
		again=$(awk -v a="$app" -v l="$launch" '$1==a && $2==l {print $6}' "$results" | median)
		rss=$(awk -v a="$app" -v l="$launch" '$1==a && $2==l {print $7}' "$results" | median)
		echo "| $app | $launch | $first | $again | $(mib "$rss") |"
	done
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1); cores: $(nproc); JAVA_OPTS: '$JAVA_OPTS'"
