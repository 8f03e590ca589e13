#!/usr/bin/env bash
# Released versions and the upgrade path.
#
#  1. A released install script is frozen: sql/released/llmnum--V.sql holds
#     each release as it shipped, and the script the Makefile assembles for
#     the version of llmnum.control must equal it byte for byte once that
#     version is released (a change needs a new version and an upgrade
#     script).
#  2. Every earlier release is installed from its kept script, given user
#     rows, updated with ALTER EXTENSION ... UPDATE through the upgrade
#     scripts of sql/, and compared with a fresh install of the current
#     version: the fingerprint (test/fingerprint.sql: objects, definitions,
#     comments, privileges, built-in data) must be equal, the user rows kept.
#  3. The comparison itself can fail: a fresh install with one deliberate
#     difference (a built-in row, a comment, a default) must not match.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them)
# and the extension installed from this tree.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_CONFIG=${PG_CONFIG:-pg_config}
share=$("$PG_CONFIG" --sharedir)/extension
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" llmnum.control)
fingerprint=$(cat test/fingerprint.sql)
planted=()
failures=0

cleanup() {
	local db f
	for db in llmnum_up_fresh llmnum_up_old llmnum_up_changed; do
		dropdb --if-exists "$db" >/dev/null 2>&1 || true
	done
	for f in "${planted[@]}"; do rm -f "$f"; done
}
trap cleanup EXIT

q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. the current version, if released, is the released script
make -s sql/llmnum--"$current".sql >/dev/null
if [ -f sql/released/llmnum--"$current".sql ]; then
	if cmp -s sql/released/llmnum--"$current".sql sql/llmnum--"$current".sql; then
		echo "released $current: the assembled install script is the released one"
	else
		fail "sql/llmnum.sql or sql/builtin_catalog.sql changed after $current was released; bump default_version and add sql/llmnum--$current--NEW.sql"
	fi
else
	echo "version $current is not released yet (no sql/released/llmnum--$current.sql)"
fi

createdb llmnum_up_fresh
q llmnum_up_fresh "CREATE EXTENSION llmnum CASCADE"
fresh=$(q llmnum_up_fresh "$fingerprint")

# 2. every earlier release, updated to the current version
ver_key() { echo "$1" | awk -F. '{ printf "%05d%05d%05d", $1, $2, $3 }'; }
tested=0
for kept in sql/released/llmnum--*.sql; do
	[ -f "$kept" ] || continue
	old=${kept##*/llmnum--}
	old=${old%.sql}
	[ "$old" = "$current" ] && continue
	if [ "$(ver_key "$old")" \> "$(ver_key "$current")" ]; then
		continue
	fi
	# the kept script is installable only while this test runs
	if [ ! -f "$share/llmnum--$old.sql" ]; then
		cp "$kept" "$share/llmnum--$old.sql"
		planted+=("$share/llmnum--$old.sql")
	fi
	dropdb --if-exists llmnum_up_old >/dev/null 2>&1
	createdb llmnum_up_old
	q llmnum_up_old "CREATE EXTENSION llmnum VERSION '$old' CASCADE"
	q llmnum_up_old "
		INSERT INTO llmnum.user_models (name, provider, kind, params_total, source)
		VALUES ('in-house-13b', 'acme', 'chat', 13e9, 'model card');
		INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
		VALUES ('in-house-13b', 'output', 0.42, '2024-01-01 00:00+00', 'GPU bill / tokens'),
		       ('gpt-4o', 'input', 2.00, '2025-01-01 00:00+00', 'negotiated');"
	before=$(q llmnum_up_old "SELECT string_agg(t::text, ';' ORDER BY t::text) FROM llmnum.user_prices t")
	q llmnum_up_old "ALTER EXTENSION llmnum UPDATE TO '$current'"
	after=$(q llmnum_up_old "SELECT string_agg(t::text, ';' ORDER BY t::text) FROM llmnum.user_prices t")
	[ -n "$before" ] && [ "$before" = "$after" ] || fail "user rows changed by the update from $old"
	upgraded=$(q llmnum_up_old "$fingerprint")
	if [ "$upgraded" = "$fresh" ]; then
		echo "upgrade $old -> $current: equal to a fresh install"
	else
		fail "upgrade $old -> $current differs from a fresh install of $current"
	fi
	tested=$((tested + 1))
done
echo "$tested earlier release(s) updated and compared"

# 3. the fingerprint sees a deliberate difference
createdb llmnum_up_changed
q llmnum_up_changed "CREATE EXTENSION llmnum CASCADE"
same=$(q llmnum_up_changed "$fingerprint")
[ "$same" = "$fresh" ] || fail "two fresh installs have different fingerprints"
for change in \
	"UPDATE llmnum.builtin_prices SET notes = 'changed' WHERE (model, component) = ('gpt-4', 'input')" \
	"COMMENT ON VIEW llmnum.models IS 'changed'" \
	"ALTER TABLE llmnum.user_gpus ALTER COLUMN notes SET DEFAULT 'changed'" \
	"CREATE OR REPLACE FUNCTION llmnum.gpu_price_at(gpu text, at timestamptz DEFAULT now()) RETURNS numeric LANGUAGE sql STABLE STRICT RETURN 1"; do
	changed=$(psql -X -q -v ON_ERROR_STOP=1 -At -d llmnum_up_changed \
		-c "BEGIN" -c "$change" -c "$fingerprint" -c "ROLLBACK" | tail -n 1)
	if [ "$changed" = "$fresh" ]; then
		fail "the fingerprint missed: $change"
	fi
done
echo "the fingerprint sees each deliberate difference"

[ "$failures" -eq 0 ]
