#!/usr/bin/env bash
# Creates one login role and one database per service, each database owned by its role,
# and closes every database to everyone else.
#
# The postgres image runs this once, on the first start with an empty data volume.
# It is safe to run again (it only creates what is missing and re-applies the grants),
# e.g. after adding a service to an existing installation:
#
#   docker compose -f deploy/compose.yaml --env-file deploy/.env exec postgres \
#       /docker-entrypoint-initdb.d/01-databases.sh
#
# Passwords come from the container environment (HOUSING_DB_PASSWORD, ...). They are only
# read here: changing one in .env later does NOT change the role; see deploy/README.md.
#
# Keep this file executable (mode 755). The entrypoint runs executable *.sh files in their
# own process; a non-executable one would be sourced into the entrypoint's shell instead.
set -euo pipefail

superuser="${POSTGRES_USER:-postgres}"
maintenance_db="${POSTGRES_DB:-$superuser}"

# service database/role name -> environment variable holding its password
declare -A password_vars=(
	[housing]=HOUSING_DB_PASSWORD
	[social]=SOCIAL_DB_PASSWORD
	[allocation]=ALLOCATION_DB_PASSWORD
	[gateway]=GATEWAY_DB_PASSWORD
)

psql_admin() {
	psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$superuser" --dbname "$maintenance_db" "$@"
}

for name in housing social allocation gateway; do
	password_var="${password_vars[$name]}"
	password="${!password_var:-}"
	if [[ -z "$password" ]]; then
		echo "01-databases.sh: $password_var is empty; refusing to create role $name without a password" >&2
		exit 1
	fi

	echo "01-databases.sh: role and database $name"
	# psql variables, never shell interpolation, carry the values into SQL: :'pw' becomes a
	# correctly quoted literal and :"name" a quoted identifier, whatever characters they hold.
	# CREATE DATABASE cannot run inside a function or DO block, hence \gexec.
	# Text sorts in Swedish order (å, ä, ö after z) through an ICU collation; the image
	# itself only carries the en_US libc locale.
	psql_admin --set=name="$name" --set=pw="$password" <<-'SQL'
		SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'pw')
		WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name')
		\gexec
		SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L LOCALE_PROVIDER icu ICU_LOCALE %L TEMPLATE template0',
		              :'name', :'name', 'UTF8', 'sv-SE')
		WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name')
		\gexec
		ALTER DATABASE :"name" OWNER TO :"name";
		REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
		GRANT ALL ON DATABASE :"name" TO :"name";
	SQL
done

# No service role needs the maintenance databases either.
psql_admin <<-'SQL'
	REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
	REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;
SQL
