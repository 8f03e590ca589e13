#!/usr/bin/env bash
# Why llmnum is not marked trusted (docs/security.md): a role that may create
# schemas in a database creates schema llmnum before the extension is
# installed and plants an operator llmnum.>=(numeric, integer); the released
# install script's CHECK constraints bind to it, and the seed INSERTs run it
# as the installing superuser.  Prints the warnings the planted function
# raised (the role it ran as; extension scripts hide notices) and the
# constraints that now depend on it.
# Usage: bash test/bench/prepared_schema.sh   (as root; takes the install lock)
source "$(dirname "$0")/../lib.sh"

llmnum_take_install_lock
trap llmnum_cluster_stop EXIT
cd "$LLMNUM_ROOT"
llmnum_build_install
llmnum_cluster_start

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
psql <<'SQL'
CREATE ROLE mallory LOGIN;
GRANT CREATE ON DATABASE postgres TO mallory;
SET ROLE mallory;
CREATE SCHEMA llmnum;
CREATE FUNCTION llmnum.planted_ge(numeric, integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	RAISE WARNING 'planted operator ran as %', current_user;
	RETURN $1 OPERATOR(pg_catalog.>=) $2::numeric;
END $$;
CREATE OPERATOR llmnum.>= (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = llmnum.planted_ge);
RESET ROLE;
SQL
echo "--- CREATE EXTENSION llmnum as superuser, in mallory's schema"
psql -c "CREATE EXTENSION llmnum" 2>&1 | sort | uniq -c
echo "--- constraints of llmnum tables that call mallory's operator"
psql -At -c "SELECT conrelid::regclass || '.' || conname FROM pg_constraint
	WHERE contype = 'c' AND pg_get_constraintdef(oid) LIKE '%OPERATOR(llmnum.>=)%' ORDER BY 1" | head -20
