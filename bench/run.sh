#!/usr/bin/env bash
# The benchmark suite: start-up and footprint, gateway overhead, event latency and national
# scale. Writes bench/results/bench-<UTC time>.md and .json (and latest.md, latest.json).
#
#   bench/run.sh                          # every part, 3 runs each (about 40 minutes on 2 cores)
#   bench/run.sh --parts=startup,gateway  # some parts
#   bench/run.sh --runs=5                 # more runs per figure
#   bench/run.sh --smoke                  # one short run of everything: checks the suite, measures nothing
#
# Needs what ./run.sh needs (a JDK 25, PostgreSQL on 127.0.0.1:5432) plus wrk and nginx
# (installed from Debian's packages when missing and running as root). Uses ports
# 18080-18090 and 19092 and databases named bench_*, so a developer's run can go on.
# Settings: BB_PG_URL, BB_PG_USER (admin connection), BENCH_SKIP_BUILD=1 (use the jars as built).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$(pwd)"
JDK25_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
	sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
	exit 0
fi

if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
	JAVA_HOME="$JDK25_DEFAULT"
fi
export JAVA_HOME

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if ((${#missing[@]} > 0)); then
	if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
		echo "bench/run.sh: installing ${missing[*]} ..."
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
	else
		echo "bench/run.sh: please install ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2
		exit 1
	fi
fi

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
	echo "bench/run.sh: building the jars (./mvnw -q -B -DskipTests package) ..."
	started_stamp="$(mktemp)"
	./mvnw -q -B -DskipTests -Djacoco.skip=true package
	# Tells ./run.sh that its jars are built (see BUILD_STAMP there).
	mv "$started_stamp" launcher/target/run.sh-build.stamp
fi

BENCH_JAR="$(ls -t bench/target/bench-*-exec.jar 2>/dev/null | head -n 1 || true)"
[[ -n "$BENCH_JAR" ]] || { echo "bench/run.sh: no bench/target/bench-*-exec.jar; build first" >&2; exit 1; }

exec "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx512m -Dbb.repo="$REPO" -jar "$BENCH_JAR" "$@"
