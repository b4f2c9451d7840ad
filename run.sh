#!/usr/bin/env bash
# Runs the whole of Bostadsbryggan locally, without Docker:
#   ./run.sh
# Builds the jars when they are missing or a source changed since its last build, then starts the launcher,
# which creates the databases in the local PostgreSQL, runs a Kafka broker inside its own JVM,
# starts the four apps, waits until they are ready and prints the URL. Ctrl-C stops everything.
#
# Settings (environment, all optional):
#   BB_PG_URL, BB_PG_USER, BB_PG_PASSWORD   admin connection (default jdbc:postgresql://127.0.0.1:5432/postgres, postgres, empty)
#   BB_KAFKA_PORT (9092), BB_GATEWAY_PORT (8080), BB_HOUSING_PORT (8081), BB_SOCIAL_PORT (8082), BB_ALLOCATION_PORT (8083),
#   BB_MANAGEMENT_PORT (8090, the gateway's Actuator on loopback)
#   BB_RUN_DIR         Kafka data and logs (default .run)
#   BB_DB_PREFIX       put before the database and role names (default none: housing, social, allocation, gateway)
#   BB_JAVA_OPTS       JVM options of the four apps (default: lean settings, see ServiceProcess)
#   BB_LAUNCHER_JAVA_OPTS  JVM options of the launcher, which hosts the broker
#   JAVA_HOME          a JDK 25 (else /usr/lib/jvm/temurin-25-jdk-amd64 is used when present)
# shellcheck disable=SC2012 # module and jar names are plain words
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
REPO="$(pwd)"
APPS=(housing-service social-services-service allocation-service gateway)
JDK25_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64

fail() {
	echo "run.sh: $*" >&2
	exit 1
}

java_major() {
	local version
	version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')" || true
	echo "${version%%.*}"
}

pick_jdk() {
	if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
		local major
		major="$(java_major "$JAVA_HOME")"
		if [[ "${major:-0}" =~ ^[0-9]+$ ]] && ((major >= 25)); then
			return
		fi
	fi
	if [[ -x "$JDK25_DEFAULT/bin/java" ]]; then
		JAVA_HOME="$JDK25_DEFAULT"
		return
	fi
	fail "a JDK 25 is needed. Set JAVA_HOME to one (JAVA_HOME=${JAVA_HOME:-unset} is not), or install Temurin 25 into $JDK25_DEFAULT."
}

# The newest runnable jar of an app module, or nothing.
app_jar() {
	{ ls -t "$1/target/$1"-*.jar 2>/dev/null || true; } | { grep -Ev -- '-(plain|sources|javadoc|tests)\.jar$' || true; } | head -n 1
}

launcher_jar() {
	{ ls -t launcher/target/launcher-*-exec.jar 2>/dev/null || true; } | head -n 1
}

# Written after each build run.sh makes. The jars themselves cannot tell when they were
# built: their time is the reproducible build's fixed project.build.outputTimestamp.
BUILD_STAMP=launcher/target/run.sh-build.stamp

needs_build() {
	local module newer
	for module in "${APPS[@]}"; do
		[[ -n "$(app_jar "$module")" ]] || return 0
	done
	[[ -n "$(launcher_jar)" && -f "$BUILD_STAMP" ]] || return 0
	# The benchmarks and the system tests are not part of the run.
	newer="$(find pom.xml ./*/pom.xml ./*/src -path ./bench/src -prune -o -path ./system-tests/src -prune -o \
		-type f -newer "$BUILD_STAMP" -print -quit 2>/dev/null || true)"
	[[ -n "$newer" ]]
}

pick_jdk
export JAVA_HOME

if needs_build; then
	echo "run.sh: building (./mvnw -q -B -DskipTests package) ..."
	# Stamped with the time the build started, so a source saved during the build counts as newer.
	started_stamp="$(mktemp)"
	./mvnw -q -B -DskipTests package || fail "the build failed; see the output above."
	mv "$started_stamp" "$BUILD_STAMP"
fi

LAUNCHER_JAR="$(launcher_jar)"
[[ -n "$LAUNCHER_JAR" ]] || fail "no launcher/target/launcher-*-exec.jar after the build."

# The launcher hosts the Kafka broker: a modest heap is plenty locally, and it starts small
# (the default initial heap is 1/64 of the machine's memory, all of it touched sooner or
# later). C2 stays on: the broker starts about a second faster with it. Kafka uses
# sun.misc.Unsafe and may load native compression libraries, so allow both without JDK 25's
# warnings.
LAUNCHER_OPTS=(-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MaxRAM=1g -Xss512k
	--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
if [[ -n "${BB_LAUNCHER_JAVA_OPTS:-}" ]]; then
	read -r -a LAUNCHER_OPTS <<<"$BB_LAUNCHER_JAVA_OPTS"
fi

exec "$JAVA_HOME/bin/java" "${LAUNCHER_OPTS[@]}" -Dbb.repo="$REPO" -jar "$LAUNCHER_JAR" "$@"
