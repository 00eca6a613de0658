#!/usr/bin/env bash
# Starts the packaged service the fast way: from the extracted jar with a class-data-sharing (CDS) archive of the
# classes it loads, made once per jar and JDK by a short training run on a throw-away data folder (about half a
# minute; docs/operations.md, "Fast start"). Builds the jar first when it is missing. Same environment as the
# README's run command (REGISTRY_ADMIN_PASSWORD, REGISTRY_DATA_DIR, PORT, MONGODB_URI, …); JAVA_OPTS are passed
# to the JVM (also to the training run: the archive must be made with the same heap settings' pointer size);
# arguments go to the service.
#
#   REGISTRY_ADMIN_PASSWORD='choose-a-password' scripts/start.sh
#   JAVA_OPTS='-Xmx1g' scripts/start.sh --server.port=9090
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=target/ip-registry-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
# shellcheck source=scripts/cds.sh
source scripts/cds.sh
cds_prepare "$JAR" target/cds/registry cds_train_registry
# shellcheck disable=SC2046,SC2086
exec java ${JAVA_OPTS:-} $(cds_options) -jar "$CDS_JAR" "$@"
