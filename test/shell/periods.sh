#!/usr/bin/env bash
# Price periods never overlap, for any row count and under every isolation
# level, because an exclusion constraint (btree_gist) says so:
#   - 20,000 user prices inserted in ONE transaction, then the database
#     through pg_dump -Fc | pg_restore: every row back (0.5.0's overlap
#     trigger took an advisory lock per row and ran out of shared memory at
#     about 12,000);
#   - two REPEATABLE READ sessions inserting overlapping open-ended prices
#     for the same model and component: the second is refused with 23P01.
#     The interleaving is forced: session A (a background psql fed through
#     a FIFO) inserts and stays open; session B's insert is started and
#     seen waiting on A's transaction (pg_stat_activity); then A commits.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail

src=llmnum_periods_src
dst=llmnum_periods_dst
work=$(mktemp -d)
a_pid=
cleanup() {
	[ -n "$a_pid" ] && kill "$a_pid" 2>/dev/null || true
	dropdb --if-exists "$src" >/dev/null 2>&1 || true
	dropdb --if-exists "$dst" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
dropdb --if-exists "$src" >/dev/null 2>&1 || true
dropdb --if-exists "$dst" >/dev/null 2>&1 || true
fail=0
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }

createdb "$src"
q "$src" "SET client_min_messages = warning; CREATE EXTENSION llmnum CASCADE"

# 20,000 user prices in one transaction: 2,000 user models x 10 monthly periods.
q "$src" "BEGIN;
INSERT INTO llmnum.user_models (name, provider, kind, params_total)
SELECT 'bulk-' || i, 'acme', 'chat', 1e9 FROM generate_series(1, 2000) i;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, valid_to)
SELECT 'bulk-' || i, 'input', 0.5 + m / 100.0,
	   timestamptz '2025-01-01 00:00+00' + (m - 1) * interval '1 month',
	   CASE WHEN m < 10 THEN timestamptz '2025-01-01 00:00+00' + m * interval '1 month' END
FROM generate_series(1, 2000) i, generate_series(1, 10) m;
COMMIT;"
n=$(q "$src" "SELECT count(*) FROM llmnum.user_prices")
echo "one transaction: $n user prices"
[ "$n" = 20000 ] || { echo "periods: expected 20000 user prices, got $n" >&2; fail=1; }

sig() { q "$1" "SELECT count(*) || ' ' || md5(string_agg(p::text, ',' ORDER BY p.model, p.valid_from))
	FROM (SELECT model, component, tier_above_tokens, usd_per_mtok, valid_from, valid_to FROM llmnum.user_prices) p"; }
before=$(sig "$src")
createdb "$dst"
pg_dump -Fc "$src" | pg_restore --exit-on-error --single-transaction -d "$dst"
after=$(sig "$dst")
echo "pg_dump -Fc | pg_restore --single-transaction: $after (source $before)"
[ "$before" = "$after" ] || { echo "periods: restored user prices differ" >&2; fail=1; }
cost=$(q "$dst" "SELECT llmnum.gen_cost('bulk-1999', 1000000, 0, '2025-10-15') = 0.6")
[ "$cost" = t ] || { echo "periods: gen_cost after restore is not 0.6 (month 10)" >&2; fail=1; }

# The REPEATABLE READ race, with a forced interleaving.
mkfifo "$work/a.in"
psql -X -q -At -d "$src" <"$work/a.in" >"$work/a.out" 2>&1 &
a_pid=$!
exec 7>"$work/a.in"
echo "BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
VALUES ('gpt-4o-mini', 'input', 0.11, '2025-03-01', 'session A');
SELECT 'A inserted';" >&7
until grep -q 'A inserted' "$work/a.out"; do sleep 0.1; done

psql -X -q -At -d "$src" -v VERBOSITY=verbose -c "SET application_name = 'periods_b'" \
	-c "BEGIN ISOLATION LEVEL REPEATABLE READ" \
	-c "SELECT count(*) FROM llmnum.user_prices WHERE model = 'gpt-4o-mini'" \
	-c "INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
		VALUES ('gpt-4o-mini', 'input', 0.13, '2025-04-01', 'session B')" \
	-c "COMMIT" >"$work/b.out" 2>&1 &
b_pid=$!
# B must be waiting on A's transaction before A commits.
until [ "$(q "$src" "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'periods_b'
	AND wait_event_type = 'Lock' AND wait_event = 'transactionid'")" = 1 ]; do sleep 0.1; done
echo "COMMIT; SELECT 'A committed';" >&7
wait "$b_pid" || true
until grep -q 'A committed' "$work/a.out"; do sleep 0.1; done
exec 7>&-
wait "$a_pid" || true
a_pid=
echo "session B: $(grep -m1 ERROR "$work/b.out" || echo 'no error')"
grep -q 'ERROR:  23P01: conflicting key value violates exclusion constraint "user_prices_no_overlap"' "$work/b.out" ||
	{ echo "periods: session B was not refused with 23P01" >&2; cat "$work/b.out" >&2; fail=1; }
rows=$(q "$src" "SELECT string_agg(usd_per_mtok || ' ' || source, ', ') FROM llmnum.user_prices WHERE model = 'gpt-4o-mini'")
echo "gpt-4o-mini user prices: $rows"
[ "$rows" = "0.11 session A" ] || { echo "periods: expected only session A's row" >&2; fail=1; }
exit $fail
