#!/usr/bin/env bash
# llmnum is not a trusted extension (docs/security.md): a role that owns a
# database but is not a superuser cannot install it.  Fails if someone marks
# the control file trusted without the hardened install script that
# docs/security.md asks for.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail

db=llmnum_not_trusted
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS llmnum_db_owner" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE llmnum_db_owner LOGIN"
createdb -O llmnum_db_owner "$db"

trusted=$(psql -X -At -d "$db" -c "SELECT trusted FROM pg_available_extension_versions
	WHERE name = 'llmnum' AND version = (SELECT default_version FROM pg_available_extensions WHERE name = 'llmnum')")
out=$(psql -X -q -U llmnum_db_owner -d "$db" -c "CREATE EXTENSION llmnum CASCADE" 2>&1 || true)
echo "trusted: $trusted; non-superuser database owner: $out"
[ "$trusted" = f ] && [[ "$out" == *"permission denied to create extension"* ]]
