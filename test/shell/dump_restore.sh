#!/usr/bin/env bash
# User rows survive pg_dump and restore, in custom and plain format, and the
# built-in catalog is recreated by CREATE EXTENSION, not duplicated.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail

work=$(mktemp -d)
cleanup() {
	for db in llmnum_dump_src llmnum_dump_custom llmnum_dump_plain; do
		dropdb --if-exists "$db" >/dev/null 2>&1 || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }

createdb llmnum_dump_src
q llmnum_dump_src "CREATE EXTENSION llmnum CASCADE"
q llmnum_dump_src "
INSERT INTO llmnum.user_models (name, provider, kind, params_total, context_window, source)
VALUES ('acme-llama-70b-ft', 'acme', 'chat', 70e9, 8192, 'deployment notes');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, valid_to, source)
VALUES ('acme-llama-70b-ft', 'output', 0.40, '2025-01-01 00:00+00', '2025-07-01 00:00+00', 'GPU bill'),
       ('acme-llama-70b-ft', 'output', 0.32, '2025-07-01 00:00+00', NULL, 'GPU bill'),
       ('gpt-4o-mini', 'input', 0.12, '2025-03-01 00:00+00', NULL, 'contract 2025-02');
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes)
VALUES ('lab-a6000', 'nvidia', 48000000000);
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from, source)
VALUES ('lab-a6000', 0.80, '2025-01-01', 'amortised purchase'),
       ('A100-80GB', 1.10, '2025-06-01', 'reserved instance');
INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target, host, valid_from, notes)
VALUES ('exact', 'prod-gpt4o-weu', 'azure/regional/gpt-4o-2024-08-06', 'azure', '2025-01-01', 'regional deployment'),
       ('regex', '^acme-llama-.*', 'acme-llama-70b-ft', NULL, '-infinity', 'in-house');
INSERT INTO llmnum.user_budgets (scope_key, scope_value, period, amount, currency, valid_from, valid_to, notes)
VALUES ('team', 'search', 'month', 1200, 'EUR', '2025-01-01', '2025-07-01', 'H1'),
       ('team', 'search', 'month', 1500, 'EUR', '2025-07-01', NULL, 'H2'),
       ('*', '*', 'range', 50000, 'USD', '2025-01-01', '2026-01-01', 'fiscal 2025');
SELECT llmnum.load_ecb_rates(E'Date,USD,JPY,\n2025-04-25,1.1357,162.8,\n2025-04-24,1.1376,N/A,\n');"

snapshot() {
	q "$1" "SELECT string_agg(x, E'\n' ORDER BY x) FROM (
	  SELECT t::text AS x FROM llmnum.user_models t
	  UNION ALL SELECT t::text FROM llmnum.user_prices t
	  UNION ALL SELECT t::text FROM llmnum.user_gpus t
	  UNION ALL SELECT t::text FROM llmnum.user_gpu_prices t
	  UNION ALL SELECT t::text FROM llmnum.user_model_aliases t
	  UNION ALL SELECT t::text FROM llmnum.user_budgets t
	  UNION ALL SELECT t::text FROM llmnum.user_exchange_rates t
	  UNION ALL SELECT 'usd_to ' || llmnum.usd_to(100, 'JPY', '2025-04-27')
	  UNION ALL SELECT 'resolves ' || (llmnum.resolve_model('azure/prod-gpt4o-weu', '2025-09-01')).model
	  UNION ALL SELECT 'resolves ' || (llmnum.resolve_model('acme-llama-v2', '2025-09-01')).model
	  UNION ALL SELECT 'builtin models ' || count(*) FROM llmnum.builtin_models
	  UNION ALL SELECT 'builtin prices ' || count(*) FROM llmnum.builtin_prices
	  UNION ALL SELECT 'numbers ' || count(*) FROM llmnum.numbers
	  UNION ALL SELECT 'version ' || v::text FROM llmnum.version() v) s"
}

expected=$(snapshot llmnum_dump_src)
pg_dump -Fc -f "$work/dump.custom" llmnum_dump_src
pg_dump -Fp -f "$work/dump.sql" llmnum_dump_src

createdb llmnum_dump_custom
pg_restore --exit-on-error -d llmnum_dump_custom "$work/dump.custom"
createdb llmnum_dump_plain
psql -X -q -v ON_ERROR_STOP=1 -d llmnum_dump_plain -f "$work/dump.sql" >/dev/null

status=0
for db in llmnum_dump_custom llmnum_dump_plain; do
	got=$(snapshot "$db")
	if [ "$got" != "$expected" ]; then
		echo "dump_restore: $db differs from the source database" >&2
		diff <(echo "$expected") <(echo "$got") >&2 || true
		status=1
	fi
	# The restored rows are live: the effective catalog uses them.
	n=$(q "$db" "SELECT count(*) FROM llmnum.prices WHERE origin = 'user'")
	if [ "$n" != 3 ]; then
		echo "dump_restore: $db has $n user prices in llmnum.prices, expected 3" >&2
		status=1
	fi
done

# The dump holds the user rows and none of the built-in ones.
if ! grep -q 'acme-llama-70b-ft' "$work/dump.sql"; then
	echo "dump_restore: user rows missing from the plain dump" >&2
	status=1
fi
if grep -q 'text-embedding-ada-002' "$work/dump.sql"; then
	echo "dump_restore: built-in rows were dumped" >&2
	status=1
fi
exit $status
