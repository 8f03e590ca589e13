#!/usr/bin/env bash
# CREATE EXTENSION llmnum refuses a schema "llmnum" that another role
# prepared (docs/security.md): a role with CREATE on the database plants an
# operator llmnum.>=(numeric, integer) that the install script would
# otherwise resolve, and it must never run.  An empty schema owned by the
# installing superuser is accepted.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail

db=llmnum_prepared_schema
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS llmnum_mallory" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE llmnum_mallory"
createdb "$db"
q <<'SQL'
GRANT CREATE ON DATABASE llmnum_prepared_schema TO llmnum_mallory;
CREATE TABLE public.planted_calls (who name);
GRANT INSERT ON public.planted_calls TO PUBLIC;
SET ROLE llmnum_mallory;
CREATE SCHEMA llmnum;
CREATE FUNCTION llmnum.planted_ge(numeric, integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO public.planted_calls VALUES (current_user);
	RETURN $1 OPERATOR(pg_catalog.>=) $2::numeric;
END $$;
CREATE OPERATOR llmnum.>= (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = llmnum.planted_ge);
RESET ROLE;
SQL

status=0
out=$(q -c "CREATE EXTENSION llmnum CASCADE" 2>&1 || true)
calls=$(q -At -c "SELECT count(*) FROM public.planted_calls")
echo "planted schema: $out; planted operator calls: $calls"
[[ "$out" == *'schema "llmnum" was prepared by another role'* ]] || status=1
[ "$calls" = 0 ] || status=1

# An empty schema of mallory's is refused as well: mallory could add to it later.
q -c "DROP SCHEMA llmnum CASCADE" 2>/dev/null
q -c "SET ROLE llmnum_mallory" -c "CREATE SCHEMA llmnum"
out=$(q -c "CREATE EXTENSION llmnum CASCADE" 2>&1 || true)
echo "empty schema of another role: $out"
[[ "$out" == *'prepared by another role'* ]] || status=1

# An empty schema the superuser made is fine.
q -c "DROP SCHEMA llmnum" -c "CREATE SCHEMA llmnum" -c "CREATE EXTENSION llmnum CASCADE"
n=$(q -At -c "SELECT count(*) FROM llmnum.numbers")
echo "empty schema of the superuser: installed, $n numbers"
[ "$n" = 14 ] || status=1
exit $status
