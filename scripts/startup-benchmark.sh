#!/usr/bin/env bash
# Measures the packaged service's start-up: time from launching the JVM to the first answered API request
# (first start on an empty data directory, which loads the seed data, and a restart on the same data), and the
# resident memory (VmRSS) right after that first answer. Loopback only; cleans up after itself.
#
#   scripts/startup-benchmark.sh            # 5 runs of each
#   RUNS=3 JAVA_OPTS='-Xmx256m' scripts/startup-benchmark.sh
#   MODE=mvnw scripts/startup-benchmark.sh  # the README's run command instead: ./mvnw spring-boot:run
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-5}"
MODE="${MODE:-jar}"
JAVA_OPTS="${JAVA_OPTS:-}"
JAR=target/ip-registry-0.1.0-SNAPSHOT.jar
PASSWORD=benchmark-password
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
[ "$MODE" != mvnw ] || ./mvnw -B -q test-compile

work=$(mktemp -d)
pid=""
cleanup() {
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# descendants PID: the process and all processes below it (mvnw → Maven JVM → the forked service)
descendants() {
	echo "$1"
	local child
	for child in $(pgrep -P "$1" || true); do
		descendants "$child"
	done
}

# stop PID: the process and everything it started
stop() {
	local all
	all=$(descendants "$1")
	# shellcheck disable=SC2086
	kill $all 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

# the service's own JVM among PID and its descendants
service_of() {
	local each
	for each in $(descendants "$1"); do
		if tr '\0' ' ' <"/proc/$each/cmdline" 2>/dev/null | grep -qE 'RegistryApplication|ip-registry-.*\.jar'; then
			echo "$each"
			return
		fi
	done
	echo "$1"
}

# start DATA_DIR → prints "<milliseconds to first answer> <VmRSS kB>"
start() {
	local data=$1 port
	port=$(free_port)
	local began
	began=$(date +%s%N)
	if [ "$MODE" = mvnw ]; then
		PORT=$port REGISTRY_DATA_DIR=$data REGISTRY_ADMIN_PASSWORD=$PASSWORD ./mvnw -B -q spring-boot:run \
			>"$work/service.log" 2>&1 &
	else
		# shellcheck disable=SC2086
		PORT=$port REGISTRY_DATA_DIR=$data REGISTRY_ADMIN_PASSWORD=$PASSWORD java $JAVA_OPTS -jar "$JAR" \
			>"$work/service.log" 2>&1 &
	fi
	pid=$!
	for _ in $(seq 1 600); do
		if curl -sf -u "admin:$PASSWORD" "http://127.0.0.1:$port/api/v1/registrations?size=1" >/dev/null; then
			local ready
			ready=$(date +%s%N)
			local rss service
			service=$(service_of "$pid")
			rss=$(awk '/VmRSS/ {print $2}' "/proc/$service/status")
			# Stop before printing: the caller reads the line and may exit at once.
			stop "$pid"
			pid=""
			echo "$(((ready - began) / 1000000)) $rss"
			return 0
		fi
		sleep 0.1
	done
	echo "service did not answer within 60 s" >&2
	tail -20 "$work/service.log" >&2
	stop "$pid"
	return 1
}

echo "run first-start-ms first-start-rss-kB restart-ms restart-rss-kB"
for run in $(seq 1 "$RUNS"); do
	data="$work/data-$run"
	read -r first_ms first_rss < <(start "$data")
	read -r again_ms again_rss < <(start "$data")
	echo "$run $first_ms $first_rss $again_ms $again_rss"
done
echo "mode: $MODE; java: $(java -version 2>&1 | head -1); cores: $(nproc); JAVA_OPTS: '${JAVA_OPTS}'"
