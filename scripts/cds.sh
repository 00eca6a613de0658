# Class-data sharing (CDS) for a Spring Boot jar: extracts the jar (CDS reads classes from plain jars only) and
# records a dynamic CDS archive of the classes a short training run loads. Sourced by scripts/start.sh and
# scripts/startup-benchmark.sh, not run. An archive belongs to one JDK build and one jar: it is made again when
# either changes, never committed (target/ only). Works on JDK 17 and newer (-XX:ArchiveClassesAtExit).
#
#   cds_prepare JAR DIR TRAIN   → CDS_JAR (the extracted jar) and CDS_ARCHIVE (the archive) under DIR; TRAIN is a
#                                  function called as `TRAIN <java command…>` that runs the application with the
#                                  given command until it has answered what it should, then stops it
#   cds_options                 → the JVM options that use the archive

# The JDK's identity: an archive made by another JDK is refused by the JVM (it then runs without it).
cds_jdk() {
	java -XshowSettings:properties -version 2>&1 |
		awk -F' = ' '/java.vm.version|java.home/ {printf "%s ", $2}' | cksum | cut -d' ' -f1
}

cds_prepare() {
	local jar=$1 dir=$2 train=$3
	local name stamp
	name=$(basename "$jar" .jar)
	stamp="$(cds_jdk)-$(stat -c '%Y-%s' "$jar")"
	CDS_JAR="$dir/extracted/$name.jar"
	CDS_ARCHIVE="$dir/$name-$stamp.jsa"
	if [ -f "$CDS_ARCHIVE" ] && [ -f "$CDS_JAR" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ]; then
		return 0
	fi
	echo "Preparing class-data sharing for $jar in $dir (once per jar and JDK) …" >&2
	rm -rf "$dir"
	mkdir -p "$dir"
	java -Djarmode=tools -jar "$jar" extract --destination "$dir/extracted" >/dev/null
	local began
	began=$(date +%s%N)
	"$train" java -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$CDS_JAR"
	if [ ! -s "$CDS_ARCHIVE" ]; then
		echo "the training run wrote no CDS archive" >&2
		return 1
	fi
	echo "$stamp" >"$dir/stamp"
	echo "CDS archive $(du -h "$CDS_ARCHIVE" | cut -f1) made in $((($(date +%s%N) - began) / 1000000)) ms" >&2
}

cds_options() {
	echo "-XX:SharedArchiveFile=$CDS_ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off"
}

# cds_free_port → a free loopback port
cds_free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# cds_train_registry JAVA_COMMAND… → runs the registry on a throw-away data folder (embedded database, seed data),
# asks what a first visitor asks (the list, a record page, the portal, a provincial summary PDF), then stops it
# with SIGTERM so that the JVM writes the archive on its way out.
cds_train_registry() {
	local data port password=cds-training-password pid url ok=""
	data=$(mktemp -d)
	port=$(cds_free_port)
	# shellcheck disable=SC2086
	env -u MONGODB_URI PORT="$port" REGISTRY_DATA_DIR="$data" REGISTRY_ADMIN_PASSWORD="$password" \
		"$1" ${JAVA_OPTS:-} "${@:2}" >"$data.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 1200); do
		if curl -sf -u "admin:$password" "http://127.0.0.1:$port/api/v1/registrations?size=1" >/dev/null; then
			ok=1
			break
		fi
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if [ -n "$ok" ]; then
		for url in "api/v1/registrations?q=gao&size=5" "portal" "portal?q=ca%20phe" "actuator/health" \
			"api/v1/reports/summary.pdf?province=Qu%E1%BA%A3ng%20Tr%E1%BB%8B&signer=Training" \
			"api/v1/reports/summary.docx?province=Qu%E1%BA%A3ng%20Tr%E1%BB%8B&signer=Training"; do
			curl -sf -u "admin:$password" -o /dev/null "http://127.0.0.1:$port/$url" || true
		done
	else
		echo "the training run did not answer; its log:" >&2
		tail -30 "$data.log" >&2
	fi
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	rm -rf "$data" "$data.log"
	[ -n "$ok" ]
}
