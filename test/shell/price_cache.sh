#!/usr/bin/env bash
# The per-backend catalog cache follows changes made by other sessions: a
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

# The same cache holds GPUs, quantizations and model encodings: a change by
# another session is seen at the next statement, the writing session's own
# change at its next command (also inside one PL/pgSQL call, whose call
# sites keep their state for the whole transaction), and a rollback undoes
# it.  fits() turns the unknown-name error into 'unknown'.
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE FUNCTION fits(m text, g text, q text DEFAULT 'fp16') RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN llmnum.gpu_fits(m, g, q)::text;
EXCEPTION WHEN invalid_parameter_value THEN
	RETURN 'unknown';
END $$;
SQL
out=$(psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" <<'SQL'
SELECT 'gpu before ' || fits('Llama-2-13B', 'house-gpu');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes) VALUES ('house-gpu', 'acme', 80e9)"
SELECT 'gpu added ' || fits('Llama-2-13B', 'house-gpu');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "UPDATE llmnum.user_gpus SET memory_bytes = 8e9 WHERE name = 'house-gpu'"
SELECT 'gpu shrunk ' || fits('Llama-2-13B', 'house-gpu');
SELECT 'quant before ' || fits('Llama-2-13B', 'A10G', 'house-q3');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "INSERT INTO llmnum.quantizations (name, kind, bits_per_weight, source, as_of) VALUES ('house-q3', 'integer', 3, 'test', '2025-01-01')"
SELECT 'quant added ' || fits('Llama-2-13B', 'A10G', 'house-q3');
\! psql -X -q -v ON_ERROR_STOP=1 -d llmnum_price_cache -c "DELETE FROM llmnum.quantizations WHERE name = 'house-q3'"
SELECT 'quant deleted ' || fits('Llama-2-13B', 'A10G', 'house-q3');
BEGIN;
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes) VALUES ('house-gpu-2', 'acme', 80e9);
SELECT 'own change ' || fits('Llama-2-13B', 'house-gpu-2');
ROLLBACK;
SELECT 'rolled back ' || fits('Llama-2-13B', 'house-gpu-2');
-- one PL/pgSQL call: the same call sites before and after a change
INSERT INTO llmnum.user_models (name, provider, kind, encoding) VALUES ('house-tok', 'acme', 'chat', 'o200k_base');
CREATE TEMP TABLE seen (step int, tokens int, fits text);
DO $$
DECLARE
	n int;
	f text;
BEGIN
	FOR i IN 1..2 LOOP
		IF i = 2 THEN
			UPDATE llmnum.user_models SET encoding = 'r50k_base' WHERE name = 'house-tok';
			UPDATE llmnum.user_gpus SET memory_bytes = 80e9 WHERE name = 'house-gpu';
		END IF;
		-- simple expressions: PL/pgSQL keeps their call sites (fn_extra)
		n := llmnum.count_tokens('東京 Ünïcödé', 'house-tok');
		f := fits('Llama-2-13B', 'house-gpu');
		INSERT INTO seen VALUES (i, n, f);
	END LOOP;
END $$;
SELECT 'plpgsql ' || step || ' '
	   || (tokens = llmnum.count_tokens_enc('東京 Ünïcödé', CASE step WHEN 1 THEN 'o200k_base' ELSE 'r50k_base' END))
	   || ' ' || fits
FROM seen ORDER BY step;
SQL
)
expected='gpu before unknown
gpu added true
gpu shrunk false
quant before unknown
quant added true
quant deleted unknown
own change true
rolled back unknown
plpgsql 1 true false
plpgsql 2 true true'
if [ "$out" != "$expected" ]; then
	printf 'expected:\n%s\ngot:\n%s\n' "$expected" "$out" >&2
	exit 1
fi
