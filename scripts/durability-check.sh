#!/usr/bin/env bash
# Durability check of the embedded database (see docs/reliability.md).
#
# For each mode -- "durable" (the default settings: the store is committed before every write is
# acknowledged) and "stock" (registry.embedded.commit-every-write=false: MVStore's ~1 s auto-commit) --
# this starts the packaged jar on a fresh data directory, writes holders with concurrent clients,
# kills the JVM with SIGKILL while writes are in flight, restarts it on the same data directory and
# checks that every write that was answered 201 is still there. With ROUNDS above 1 it does that many
# times on the same data directory (each restart is the next round's service), and after every restart
# checks every write acknowledged in any round so far; KILL_AFTER=random kills at a random moment.
# In the modes named in GROWTH_IN (default: durable) it then measures how registry.mv.db grows in a burst
# of writes and what the compaction at start and the scheduled compaction do to it.
#
# Exit status: 0 = durable mode lost nothing; 1 = durable mode lost acknowledged writes;
# 2 = the check could not be carried out (build, start-up, load or verification failed).
#
# All traffic goes to 127.0.0.1. Every run uses REGISTRY_SECURITY_BCRYPT_STRENGTH=4 so that password
# hashing (strength 10 costs ~50-100 ms CPU per request) does not hide the database writes.
#
# Settings (environment):
#   MODES                 modes to run, in order                     (default "durable stock")
#   WARMUP_WRITES         POSTs before the kill test (JIT warm-up; not checked) (default 100)
#   LOAD_WRITES           POSTs in the kill test, per mode           (default 600)
#   CONCURRENCY           parallel clients                           (default 8)
#   KILL_AFTER            seconds from load start to kill -9, or "random": a moment drawn for each round
#                         between 0.5 s and KILL_WITHIN s            (default 3)
#   KILL_WITHIN           latest random kill moment, seconds         (default 6)
#   ROUNDS                kill -9 / restart rounds per mode          (default 1)
#   BURST_WRITES          POSTs in the file-growth burst             (default 2000)
#   SCHEDULE_BURST_WRITES POSTs before waiting for the scheduled compaction (default 500)
#   COMPACT_EVERY         compaction interval for that last start    (default PT5S)
#   COMPACT_WAIT          seconds to wait for scheduled compaction   (default 15)
#   GROWTH_IN             modes that also run the file-growth part   (default "durable"; "" skips it)
#   HEALTH_TIMEOUT        seconds to wait for /actuator/health       (default 180)
#   JAR                   jar to run (built with ./mvnw if missing)  (default target/ip-registry-0.1.0-SNAPSHOT.jar)
#   JAVA_OPTS             extra JVM options
#   KEEP_WORK=1           keep the work directory (logs, data) even on success
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$ROOT/target/ip-registry-0.1.0-SNAPSHOT.jar}
MODES=${MODES:-durable stock}
WARMUP_WRITES=${WARMUP_WRITES:-100}
LOAD_WRITES=${LOAD_WRITES:-600}
CONCURRENCY=${CONCURRENCY:-8}
KILL_AFTER=${KILL_AFTER:-3}
KILL_WITHIN=${KILL_WITHIN:-6}
ROUNDS=${ROUNDS:-1}
BURST_WRITES=${BURST_WRITES:-2000}
SCHEDULE_BURST_WRITES=${SCHEDULE_BURST_WRITES:-500}
COMPACT_EVERY=${COMPACT_EVERY:-PT5S}
COMPACT_WAIT=${COMPACT_WAIT:-15}
GROWTH_IN=${GROWTH_IN-durable}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-180}
JAVA_OPTS=${JAVA_OPTS:-}
KEEP_WORK=${KEEP_WORK:-0}
BCRYPT_STRENGTH=4

for tool in java curl; do
	command -v "$tool" >/dev/null || { echo "durability-check: $tool not found" >&2; exit 2; }
done
curl --help all 2>/dev/null | grep -q -- '--parallel-max' \
	|| { echo "durability-check: curl 7.66 or newer (--parallel) is needed" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/durability-check.XXXXXX")
ADMIN_PW="dc-$(date +%s)-$RANDOM$RANDOM"
JAVA_PID=""
LOAD_PID=""
STATUS=2
STARTED_AT=$SECONDS

cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [[ -n $LOAD_PID ]] && kill -0 "$LOAD_PID" 2>/dev/null; then
		kill "$LOAD_PID" 2>/dev/null || true
		wait "$LOAD_PID" 2>/dev/null || true
	fi
	if [[ -n $JAVA_PID ]] && kill -0 "$JAVA_PID" 2>/dev/null; then
		kill -9 "$JAVA_PID" 2>/dev/null || true
		wait "$JAVA_PID" 2>/dev/null || true
	fi
	if [[ $rc -eq 0 && $KEEP_WORK != 1 ]]; then
		rm -rf "$WORK"
	else
		echo "durability-check: logs and data kept in $WORK" >&2
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '[%4ds] %s\n' "$((SECONDS - STARTED_AT))" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

now_ms() { if [[ -n ${EPOCHREALTIME:-} ]]; then local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); else echo $((SECONDS * 1000)); fi; }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { if (ms > 0) printf "%.0f", n * 1000 / ms; else print "?" }'; }

file_size() { if [[ -f $1 ]]; then wc -c <"$1" | tr -d ' '; else echo 0; fi; }
human() { awk -v b="$1" 'BEGIN { printf "%d bytes (%.1f MiB)", b, b / 1048576 }'; }

# A port below the kernel's range for outgoing connections (by default 32768–60999): the load's thousands of
# connections hold ports of that range (in use or in TIME_WAIT), and one of them made a restart fail to bind its
# port ("already in use") although nothing listened on it when it was chosen.
free_port() {
	local port i low
	low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
	[ "$low" -gt 11000 ] 2>/dev/null || low=32768
	for ((i = 0; i < 100; i++)); do
		port=$((10000 + RANDOM % (low - 10000)))
		if ! (: </dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	die "no free port found"
}

# start_service DATA_DIR PORT LOG [NAME=VALUE...]; sets JAVA_PID
start_service() {
	local dir=$1 port=$2 logfile=$3
	shift 3
	# exec chain (subshell -> env -> java) keeps $! the pid of the JVM itself
	# shellcheck disable=SC2086
	(cd "$WORK" && exec env -u MONGODB_URI PORT="$port" REGISTRY_DATA_DIR="$dir" \
		REGISTRY_ADMIN_PASSWORD="$ADMIN_PW" REGISTRY_SECURITY_BCRYPT_STRENGTH="$BCRYPT_STRENGTH" \
		LOGGING_LEVEL_VN_DOST_REGISTRY_STORAGE=DEBUG "$@" \
		java $JAVA_OPTS -jar "$JAR") >"$logfile" 2>&1 &
	JAVA_PID=$!
}

wait_healthy() {
	local port=$1 logfile=$2 deadline=$((SECONDS + HEALTH_TIMEOUT))
	while ((SECONDS < deadline)); do
		if ! kill -0 "$JAVA_PID" 2>/dev/null; then
			tail -n 30 "$logfile" >&2 || true
			die "the service exited during start-up (log: $logfile)"
		fi
		if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
			return 0
		fi
		sleep 0.5
	done
	tail -n 30 "$logfile" >&2 || true
	die "no healthy answer on port $port within ${HEALTH_TIMEOUT}s (log: $logfile)"
}

stop_service() {
	local i
	kill -TERM "$JAVA_PID" 2>/dev/null || true
	for ((i = 0; i < 120; i++)); do
		kill -0 "$JAVA_PID" 2>/dev/null || break
		sleep 0.5
	done
	if kill -0 "$JAVA_PID" 2>/dev/null; then
		log "graceful stop took over 60 s; killing"
		kill -9 "$JAVA_PID" 2>/dev/null || true
	fi
	wait "$JAVA_PID" 2>/dev/null || true
	JAVA_PID=""
}

kill_service() {
	kill -9 "$JAVA_PID" 2>/dev/null || true
	wait "$JAVA_PID" 2>/dev/null || true
	JAVA_PID=""
}

# post_config PORT COUNT TAG OUT_DIR > config: one curl transfer per holder, each answer in its own file
post_config() {
	local port=$1 count=$2 tag=$3 out=$4 i
	for ((i = 1; i <= count; i++)); do
		((i > 1)) && echo next
		printf 'url = "http://127.0.0.1:%s/api/v1/holders"\n' "$port"
		printf 'user = "admin:%s"\n' "$ADMIN_PW"
		printf 'header = "Content-Type: application/json"\n'
		printf 'data = "{\\"name\\":\\"Load holder %s-%d\\",\\"kind\\":\\"COOPERATIVE\\"}"\n' "$tag" "$i"
		printf 'output = "%s/%d.json"\n' "$out" "$i"
		printf 'write-out = "%%{http_code} %s/%d.json\\n"\n' "$out" "$i"
		printf 'connect-timeout = 5\nmax-time = 60\nsilent\n'
	done
}

# get_config PORT IDS_FILE > config
get_config() {
	local port=$1 ids=$2 id first=1
	while IFS= read -r id; do
		((first)) || echo next
		first=0
		printf 'url = "http://127.0.0.1:%s/api/v1/holders/%s"\n' "$port" "$id"
		printf 'user = "admin:%s"\n' "$ADMIN_PW"
		printf 'output = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n'
		printf 'connect-timeout = 5\nmax-time = 60\nsilent\n'
	done <"$ids"
}

run_curl() { # CONFIG OUT ERR
	curl --no-progress-meter --parallel --parallel-max "$CONCURRENCY" -K "$1" >"$2" 2>"$3"
}

# acknowledged_ids CODES_FILE > ids: the id of every POST answered 201 (its body is complete by then)
acknowledged_ids() {
	local code file body
	while read -r code file; do
		[[ $code == 201 ]] || continue
		body=$(<"$file")
		if [[ $body =~ \"id\":\"([^\"]+)\" ]]; then
			echo "${BASH_REMATCH[1]}"
		else
			die "a 201 answer without an id: $file"
		fi
	done <"$1"
}

count_code() { grep -c "^$2" "$1" || true; }

# The service logs every compaction as "Compacted <file> ..." (at DEBUG; this check turns DEBUG on for the
# storage package). How many so far, and the text of the last one after the file name:
compactions_logged() { grep -c 'Compacted ' "$1" || true; }
last_compaction() { grep -o 'Compacted .*' "$1" | tail -n 1 | sed 's/^Compacted [^ ]* //' || true; }

# burst PORT COUNT TAG DIR: POSTs synchronously, prints the number answered 201
burst() {
	local port=$1 count=$2 tag=$3 dir=$4
	mkdir -p "$dir/answers"
	post_config "$port" "$count" "$tag" "$dir/answers" >"$dir/post.cfg"
	run_curl "$dir/post.cfg" "$dir/codes" "$dir/curl.err" || true
	count_code "$dir/codes" 201
}

RESULTS=()
PORT=""
declare -A LOST=() IN_FLIGHT=() RESTARTS=()

# spread "N N N": the smallest and the largest of the numbers, as "min-max" (one number alone as itself)
spread() { tr ' ' '\n' <<<"$1" | grep . | sort -n | sed -n '1p;$p' | paste -sd- | sed 's/^\([0-9]*\)-\1$/\1/'; }

# kill_delay: KILL_AFTER seconds, or a random moment between 0.5 s and KILL_WITHIN s
kill_delay() {
	if [[ $KILL_AFTER == random ]]; then
		awk -v max="$KILL_WITHIN" -v r="$RANDOM" 'BEGIN { printf "%.1f", 0.5 + (max - 0.5) * r / 32767 }'
	else
		echo "$KILL_AFTER"
	fi
}

# kill_round MODE COMMIT BASE DATA ROUND: writes to the service on $PORT, kills it while they are in flight,
# restarts it on the same data (the new $PORT) and looks up every write acknowledged in this or an earlier
# round. Adds to LOST, IN_FLIGHT and RESTARTS of the mode.
kill_round() {
	local mode=$1 commit=$2 base=$3 data=$4 round=$5 dir=$3/round-$5 delay
	mkdir -p "$dir/answers"
	delay=$(kill_delay)
	log "$mode round $round: $LOAD_WRITES POSTs with $CONCURRENCY clients, kill -9 after ${delay}s"
	post_config "$PORT" "$LOAD_WRITES" "$mode-$round" "$dir/answers" >"$dir/post.cfg"
	curl --no-progress-meter --parallel --parallel-max "$CONCURRENCY" -K "$dir/post.cfg" \
		>"$dir/codes" 2>"$dir/curl.err" &
	LOAD_PID=$!
	sleep "$delay"
	local in_flight=no
	kill -0 "$LOAD_PID" 2>/dev/null && in_flight=yes
	kill_service
	wait "$LOAD_PID" 2>/dev/null || true
	LOAD_PID=""
	if [[ $in_flight == yes ]]; then
		IN_FLIGHT[$mode]=$((IN_FLIGHT[$mode] + 1))
	else
		log "$mode round $round: WARNING: the load had finished before the kill; raise LOAD_WRITES or lower KILL_AFTER"
	fi

	acknowledged_ids "$dir/codes" >"$dir/acknowledged.ids"
	cat "$dir/acknowledged.ids" >>"$base/acknowledged.ids"
	local acknowledged answered all
	acknowledged=$(wc -l <"$dir/acknowledged.ids" | tr -d ' ')
	answered=$(wc -l <"$dir/codes" | tr -d ' ')
	all=$(wc -l <"$base/acknowledged.ids" | tr -d ' ')
	log "$mode round $round: killed; $acknowledged acknowledged (201), $((answered - acknowledged)) failed or cut off, size $(human "$(file_size "$data/registry.mv.db")")"

	PORT=$(free_port)
	local t0
	t0=$(now_ms)
	start_service "$data" "$PORT" "$dir/restart.log" REGISTRY_EMBEDDED_COMMIT_EVERY_WRITE="$commit"
	wait_healthy "$PORT" "$dir/restart.log"
	local took
	took=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN { printf "%.0f", ms / 1000 }')
	RESTARTS[$mode]="${RESTARTS[$mode]} $took"

	get_config "$PORT" "$base/acknowledged.ids" >"$dir/get.cfg"
	run_curl "$dir/get.cfg" "$dir/get.codes" "$dir/get.err" || true
	local survived lost other
	survived=$(count_code "$dir/get.codes" 200)
	lost=$(count_code "$dir/get.codes" 404)
	other=$((all - survived - lost))
	((other == 0)) || die "$mode round $round: $other look-ups answered neither 200 nor 404 (see $dir/get.codes)"
	log "$mode round $round: restarted in ${took}s; of $all acknowledged in rounds 1-$round, $survived found, $lost lost"
	# a write lost in an earlier round is counted there, once
	LOST[$mode]=$((LOST[$mode] > lost ? LOST[$mode] : lost))
}

size_line() { # MODE LABEL BYTES [NOTE]
	RESULTS+=("$(printf '%s file: %-52s %s%s' "$1" "$2" "$(human "$3")" "${4:+  [$4]}")")
}
DURABLE_LOST=0

run_mode() {
	local mode=$1 commit
	case $mode in
		durable) commit=true ;;
		stock) commit=false ;;
		*) die "unknown mode '$mode' (durable or stock)" ;;
	esac
	local base=$WORK/$mode data=$WORK/$mode/data
	mkdir -p "$base"

	PORT=$(free_port)
	log "$mode: starting on port $PORT with a fresh data dir (commit-every-write=$commit)"
	start_service "$data" "$PORT" "$base/run1.log" REGISTRY_EMBEDDED_COMMIT_EVERY_WRITE="$commit"
	wait_healthy "$PORT" "$base/run1.log"
	if ((WARMUP_WRITES > 0)); then
		local warm t0
		t0=$(now_ms)
		warm=$(burst "$PORT" "$WARMUP_WRITES" warmup "$base/warmup")
		log "$mode: warm-up: $warm of $WARMUP_WRITES answered 201 ($(rate "$warm" $(($(now_ms) - t0))) writes/s)"
	fi
	: >"$base/acknowledged.ids"
	LOST[$mode]=0 IN_FLIGHT[$mode]=0 RESTARTS[$mode]=""
	local round
	for ((round = 1; round <= ROUNDS; round++)); do
		kill_round "$mode" "$commit" "$base" "$data" "$round"
	done
	local acknowledged lost=$((LOST[$mode]))
	acknowledged=$(wc -l <"$base/acknowledged.ids" | tr -d ' ')
	((acknowledged > 0)) || die "$mode: no write was acknowledged before a kill; raise KILL_AFTER"
	local line="$mode: acknowledged=$acknowledged survived=$((acknowledged - lost)) lost=$lost ($ROUNDS kill -9 round(s), writes in flight at $((IN_FLIGHT[$mode])), restart to healthy $(spread "${RESTARTS[$mode]}") s)"
	echo "$line"
	RESULTS+=("$line")
	if [[ $mode == durable ]] && ((lost > 0)); then
		DURABLE_LOST=$lost
	fi

	if [[ " $GROWTH_IN " == *" $mode "* ]]; then
		file_growth "$mode" "$commit" "$base" "$data" "$PORT"
	fi
	stop_service
}

file_growth() {
	local mode=$1 commit=$2 base=$3 data=$4 port=$5 file=$4/registry.mv.db ok ok1
	local s_before s_burst s_stopped s_started s_burst2 s_waited
	s_before=$(file_size "$file")
	log "$mode growth: burst of $BURST_WRITES POSTs (size before: $(human "$s_before"))"
	local t0 rate1
	t0=$(now_ms)
	ok1=$(burst "$port" "$BURST_WRITES" growth "$base/burst1")
	rate1=$(rate "$ok1" $(($(now_ms) - t0)))
	s_burst=$(file_size "$file")
	log "$mode growth: $ok1 answered 201 ($rate1 writes/s); size $(human "$s_burst"); stopping gracefully"
	stop_service
	s_stopped=$(file_size "$file")

	port=$(free_port)
	log "$mode growth: restarting with registry.embedded.compact-every=$COMPACT_EVERY (port $port)"
	start_service "$data" "$port" "$base/run3.log" REGISTRY_EMBEDDED_COMMIT_EVERY_WRITE="$commit" \
		REGISTRY_EMBEDDED_COMPACT_EVERY="$COMPACT_EVERY"
	wait_healthy "$port" "$base/run3.log"
	s_started=$(file_size "$file")
	local at_start
	at_start=$(last_compaction "$base/run3.log")
	local logged_before
	logged_before=$(compactions_logged "$base/run3.log")

	log "$mode growth: burst of $SCHEDULE_BURST_WRITES POSTs, then ${COMPACT_WAIT}s idle"
	ok=$(burst "$port" "$SCHEDULE_BURST_WRITES" schedule "$base/burst2")
	s_burst2=$(file_size "$file")
	sleep "$COMPACT_WAIT"
	s_waited=$(file_size "$file")
	local scheduled=$(($(compactions_logged "$base/run3.log") - logged_before))

	size_line "$mode" "before the burst" "$s_before"
	size_line "$mode" "right after a burst of $BURST_WRITES writes ($ok1 x 201)" "$s_burst" "$rate1 writes/s"
	size_line "$mode" "after a graceful stop" "$s_stopped"
	size_line "$mode" "after restart and start-up (compaction at start)" "$s_started" "compaction logged: ${at_start:-none}"
	size_line "$mode" "right after a burst of $SCHEDULE_BURST_WRITES writes ($ok x 201)" "$s_burst2"
	size_line "$mode" "${COMPACT_WAIT}s later, compact-every=$COMPACT_EVERY" "$s_waited" "scheduled compactions logged: $scheduled"
	if ((scheduled == 0)); then
		RESULTS+=("WARNING: no scheduled compaction ran within ${COMPACT_WAIT}s although compact-every=$COMPACT_EVERY")
	fi
}

if [[ ! -f $JAR ]]; then
	log "building $JAR"
	(cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "build failed"
	[[ -f $JAR ]] || die "the build did not produce $JAR"
fi

# Run a private copy: target/ may be rebuilt by someone else while this check restarts the service.
for ((try = 1; ; try++)); do
	cp "$JAR" "$WORK/service.jar"
	# a jar caught half-written has no readable central directory
	if ! command -v unzip >/dev/null || unzip -l "$WORK/service.jar" >/dev/null 2>&1; then
		break
	fi
	((try < 5)) || die "could not copy a readable $JAR"
	sleep 5
done
JAR=$WORK/service.jar

for mode in $MODES; do
	run_mode "$mode"
done

echo
echo "== durability check ($(nproc 2>/dev/null || echo '?') cores, ${CONCURRENCY} clients, bcrypt strength $BCRYPT_STRENGTH, $((SECONDS - STARTED_AT)) s) =="
printf '%s\n' "${RESULTS[@]}"

if ((DURABLE_LOST > 0)); then
	echo "FAIL: durable mode lost $DURABLE_LOST acknowledged writes"
	STATUS=1
else
	STATUS=0
fi
exit "$STATUS"
