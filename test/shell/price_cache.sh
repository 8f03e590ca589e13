#!/usr/bin/env bash
# The per-backend price cache follows changes made by other sessions: a
# session that has already priced usage sees another session's new override,
# its deletion, and a new built-in-shadowing model at its next statement.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail

db=llmnum_price_cache
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION llmnum CASCADE"

# One long-lived session (the heredoc) and, through \!, a second one.
out=$(psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" <<'SQL'
SELECT 'before ' || llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'input', 2, '2025-01-01'), ('gpt-4o', 'output', 8, '2025-01-01')"
SELECT 'override ' || llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "DELETE FROM llmnum.user_prices"
SELECT 'deleted ' || llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01');
SELECT 'unknown ' || coalesce(llmnum.try_gen_cost('house-model', 1000000, 0, '2025-06-01')::text, 'null');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('house-model', 'self-hosted', 'chat'); INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('house-model', 'input', 0.05, '2025-01-01')"
SELECT 'added ' || llmnum.gen_cost('house-model', 1000000, 0, '2025-06-01');
SQL
)
expected='before 12.5000000
override 10.000000
deleted 12.5000000
unknown null
added 0.05000000'
if [ "$out" != "$expected" ]; then
	printf 'expected:\n%s\ngot:\n%s\n' "$expected" "$out" >&2
	exit 1
fi

# A session whose first lookup happens inside a REPEATABLE READ transaction
# that started before another session's change: the cache must not be
# filled from the old snapshot and then kept after the transaction.
out=$(psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" <<'SQL'
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT 'snapshot ' || count(*) FROM llmnum.user_prices WHERE model = 'house-model';
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "UPDATE llmnum.user_prices SET usd_per_mtok = 0.04 WHERE model = 'house-model'"
SELECT 'in transaction ' || llmnum.gen_cost('house-model', 1000000, 0, '2025-06-01');
COMMIT;
SELECT 'after commit ' || llmnum.gen_cost('house-model', 1000000, 0, '2025-06-01');
SQL
)
expected='snapshot 1
in transaction 0.04000000
after commit 0.04000000'
if [ "$out" != "$expected" ]; then
	printf 'expected:\n%s\ngot:\n%s\n' "$expected" "$out" >&2
	exit 1
fi
