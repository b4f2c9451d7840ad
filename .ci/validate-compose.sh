#!/usr/bin/env bash
# Validates deploy/compose.yaml without a Docker engine.
#
#   1. dclint (pinned below, installed from the npm registry into a user cache on first
#      use): YAML syntax, the Compose Specification JSON schema, and dclint's rules as
#      configured in deploy/.dclintrc.yaml. Warnings fail as well as errors.
#   2. What a schema cannot see: depends_on names services that exist, and services it
#      waits on as healthy have a healthcheck; networks and named volumes are declared;
#      every service has an image or a build; every ${VARIABLE} the file uses is documented
#      in deploy/.env.example and every variable documented there is used.
#   3. `docker compose config -q`, only where the Compose CLI works (not on CI machines).
#
# Usage: .ci/validate-compose.sh [compose-file]      (default: deploy/compose.yaml)
# Needs Node.js >= 20.19 and npm (for dclint).
set -euo pipefail

readonly DCLINT_VERSION=3.1.0

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compose_file="${1:-$root/deploy/compose.yaml}"
dclint_config="$root/deploy/.dclintrc.yaml"
env_example="$root/deploy/.env.example"
cache_dir="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/bostadsbryggan/dclint/$DCLINT_VERSION"
dclint="$cache_dir/node_modules/.bin/dclint"

fail() {
	echo "validate-compose: $*" >&2
	exit 1
}

[[ -f "$compose_file" ]] || fail "no such file: $compose_file"
command -v node >/dev/null || fail "Node.js is required (>= 20.19) to run dclint"
command -v npm >/dev/null || fail "npm is required to install dclint"
node -e '
	const [major, minor] = process.versions.node.split(".").map(Number);
	process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1);
' || fail "dclint $DCLINT_VERSION needs Node.js >= 20.19, found $(node --version)"

if [[ "$("$dclint" --version 2>/dev/null || true)" != "$DCLINT_VERSION" ]]; then
	echo "validate-compose: installing dclint $DCLINT_VERSION into $cache_dir"
	mkdir -p "$cache_dir"
	npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
		--prefix "$cache_dir" "dclint@$DCLINT_VERSION"
	[[ "$("$dclint" --version)" == "$DCLINT_VERSION" ]] || fail "dclint $DCLINT_VERSION did not install"
fi

status=0

echo "validate-compose: dclint $DCLINT_VERSION on $compose_file"
color_flag=--no-color
[[ -t 1 ]] && color_flag=--color
if "$dclint" --config "$dclint_config" --max-warnings 0 "$color_flag" "$compose_file"; then
	echo "validate-compose: dclint passed (YAML, Compose schema, lint rules)"
else
	echo "validate-compose: dclint FAILED" >&2
	status=1
fi

echo "validate-compose: cross-references and .env.example"
if NODE_PATH="$cache_dir/node_modules" node - "$compose_file" "$env_example" <<'JS'; then
const fs = require('node:fs');
const YAML = require('yaml');

const [composeFile, envExampleFile] = process.argv.slice(2);
const problems = [];

const doc = YAML.parseDocument(fs.readFileSync(composeFile, 'utf8'), { merge: true });
if (doc.errors.length > 0) {
	console.error(`  not valid YAML: ${doc.errors[0].message}`);
	process.exit(1);
}
const compose = doc.toJS() ?? {};
const services = compose.services ?? {};
const declaredNetworks = new Set(Object.keys(compose.networks ?? {}));
const declaredVolumes = new Set(Object.keys(compose.volumes ?? {}));

const hasHealthcheck = (service) => Boolean(service?.healthcheck) && service.healthcheck.disable !== true;
const isNamedVolume = (source) => Boolean(source) && !/^[./~$]/.test(source);

for (const [name, service] of Object.entries(services)) {
	if (!service?.image && !service?.build) {
		problems.push(`service "${name}" has neither image nor build`);
	}
	const dependsOn = Array.isArray(service?.depends_on)
		? Object.fromEntries(service.depends_on.map((dependency) => [dependency, {}]))
		: (service?.depends_on ?? {});
	for (const [dependency, spec] of Object.entries(dependsOn)) {
		if (!(dependency in services)) {
			problems.push(`service "${name}" depends on undefined service "${dependency}"`);
		}
		else if (spec?.condition === 'service_healthy' && !hasHealthcheck(services[dependency])) {
			problems.push(`service "${name}" waits for "${dependency}" to be healthy, but it has no healthcheck`);
		}
	}
	const networks = Array.isArray(service?.networks) ? service.networks : Object.keys(service?.networks ?? {});
	for (const network of networks) {
		if (!declaredNetworks.has(network)) {
			problems.push(`service "${name}" uses undeclared network "${network}"`);
		}
	}
	for (const volume of service?.volumes ?? []) {
		const source = typeof volume === 'string'
			? (volume.includes(':') ? volume.slice(0, volume.indexOf(':')) : undefined)
			: (volume?.type === 'volume' ? volume.source : undefined);
		if (isNamedVolume(source) && !declaredVolumes.has(source)) {
			problems.push(`service "${name}" uses undeclared volume "${source}"`);
		}
	}
}

// ${VAR}, ${VAR:-default}, ${VAR:?error} and $VAR in any value; $$ is a literal dollar.
const usedVariables = new Set();
const collect = (value) => {
	if (typeof value === 'string') {
		for (const match of value.replaceAll('$$', '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
			usedVariables.add(match[1]);
		}
	}
	else if (Array.isArray(value)) {
		value.forEach(collect);
	}
	else if (value && typeof value === 'object') {
		Object.entries(value).forEach(([key, entry]) => {
			collect(key);
			collect(entry);
		});
	}
};
collect(compose);

const documented = new Set(
	fs.readFileSync(envExampleFile, 'utf8')
		.split('\n')
		.map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1])
		.filter(Boolean),
);
for (const variable of usedVariables) {
	if (!documented.has(variable)) {
		problems.push(`\${${variable}} is used but not documented in ${envExampleFile}`);
	}
}
for (const variable of documented) {
	if (!usedVariables.has(variable)) {
		problems.push(`${variable} is documented in ${envExampleFile} but not used`);
	}
}

for (const problem of problems) {
	console.error(`  ${problem}`);
}
process.exit(problems.length === 0 ? 0 : 1);
JS
	echo "validate-compose: cross-references passed"
else
	echo "validate-compose: cross-references FAILED" >&2
	status=1
fi

if docker compose version >/dev/null 2>&1; then
	echo "validate-compose: docker compose config -q"
	if docker compose --file "$compose_file" --env-file "$env_example" config --quiet; then
		echo "validate-compose: docker compose config passed"
	else
		echo "validate-compose: docker compose config FAILED" >&2
		status=1
	fi
else
	echo "validate-compose: skipped 'docker compose config -q' (the Docker Compose CLI is not available here)"
fi

if [[ "$status" -eq 0 ]]; then
	echo "validate-compose: $compose_file is valid"
else
	echo "validate-compose: $compose_file is NOT valid" >&2
fi
exit "$status"
