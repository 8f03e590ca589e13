#!/usr/bin/env bash
# llmnum on a real Citus cluster: a coordinator and two workers (a third is
# added on the way), each a throwaway PostgreSQL 15 cluster with
# shared_preload_libraries=citus on a Unix socket in one temporary
# directory, all stopped and removed on exit.
#
#  - CREATE EXTENSION llmnum on the coordinator reaches the workers; until
#    llmnum.citus_sync() has run, a worker refuses to price (55000);
#  - distributed gen_cost / try_gen_cost / count_tokens / gpu_fits
#    aggregates equal the same aggregates over a local copy of the data on
#    the coordinator, before and after user rows are added, changed and
#    deleted on the coordinator;
#  - user rows that differ on a worker (a rolled-back change, a row written
#    on the worker itself, a node added later, ALTER EXTENSION UPDATE) make
#    distributed pricing fail with SQLSTATE 55000 and a hint, never a
#    different number, until llmnum.citus_sync();
#  - errors raised on a worker (22023, P0002) reach the client with their
#    SQLSTATE and hint;
#  - INSERT ... SELECT storing costs, and the materialized-CTE pattern of
#    docs/citus.md.
#
# Expected output: test/shell/citus.expected.  Builds Citus through
# ../shared/citus/build.sh when it is not installed.
# Without ../shared/citus it fails, unless LLMNUM_SKIP_CITUS=1.  Run by
# test/run.sh (which holds the install lock and has installed llmnum); run
# alone, it takes the lock and installs llmnum itself.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$LLMNUM_ROOT"

if [ "${LLMNUM_SKIP_CITUS:-}" = 1 ]; then
	echo "citus test SKIPPED: LLMNUM_SKIP_CITUS=1"
	exit 0
fi

if [ -z "${LLMNUM_INSTALL_LOCKED:-}" ]; then
	llmnum_take_install_lock
	llmnum_build_install
fi
llmnum_citus_install

share=$("$PG_CONFIG" --sharedir)/extension
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" llmnum.control)
next="$current-citustest"
planted=
cleanup() {
	llmnum_citus_stop
	[ -z "$planted" ] || rm -f "$planted"
}
trap cleanup EXIT
LLMNUM_CITUS_DIR=$(mktemp -d /tmp/llmnum-citus.XXXXXX)
chmod 755 "$LLMNUM_CITUS_DIR"
D=$LLMNUM_CITUS_DIR

for n in coord w1 w2; do
	llmnum_citus_node_start "$n"
done

# on a node, output without decoration; errors as "ERROR <sqlstate>: message" and its hint
on() {
	local node=$1
	shift
	PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -h "$D/$node" -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}
c() { on coord "$@"; }
# a statement that must fail: prints its SQLSTATE, message, detail-free hint
fails() {
	local out
	if out=$(c -v VERBOSITY=default -v SHOW_CONTEXT=never -c "$1" -c '' 2>&1); then
		echo "UNEXPECTED SUCCESS: $1: $out"
		return
	fi
	out=$(printf '%s\n' "$out" | sed -n 's/^ERROR:  /ERROR: /p; s/^HINT:  /HINT: /p')
	local state
	state=$(c -v VERBOSITY=verbose -v SHOW_CONTEXT=never -c "$1" 2>&1 | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\): .*/\1/p' | head -1)
	printf '%s\n' "$out" | sed "1s/^ERROR: /ERROR $state: /; s/worker group [0-9]*/worker group N/g"
}
# the total of try_gen_cost, to the log; whether it changed since the last one, to the output
last_total=
total() {
	local t
	t=$(c -c "$Q_TOTAL")
	echo "total $t" >&2
	if [ -z "$last_total" ]; then echo "total computed"; else echo "total changed: $([ "$t" != "$last_total" ] && echo yes || echo no)"; fi
	last_total=$t
}
# the same query over the distributed table and the local copy: equal?
same() {
	local label=$1 query=$2 dist localq
	dist=$(c -c "$query")
	localq=$(c -c "${query//usage_dist/usage_local}")
	localq=${localq//usage_local/usage_dist}
	if [ "$dist" = "$localq" ] && [ -n "$dist" ]; then
		echo "$label: distributed = local ($(printf '%s\n' "$dist" | wc -l) rows)"
	else
		echo "$label: DIFFERENT"
		diff <(printf '%s\n' "$dist") <(printf '%s\n' "$localq") | head -10 | sed 's/^/    /'
	fi
}

out=$(
c -c "SELECT citus_set_coordinator_host('$D/coord', 5432)" >/dev/null
c -c "SELECT citus_add_node('$D/w1', 5432)" >/dev/null
c -c "SELECT citus_add_node('$D/w2', 5432)" >/dev/null
c -c "CREATE EXTENSION llmnum CASCADE" 2>/dev/null
echo "-- the extension on every node"
c -c "SELECT result FROM run_command_on_workers(\$\$SELECT extversion = '$current' AND (llmnum.version()).library = '$current' FROM pg_extension WHERE extname = 'llmnum'\$\$) ORDER BY nodename"

# Usage: 20,000 requests over 2024-07..2025-06 (every model priced then),
# one model of the user's own, distributed by id over 32 shards, and the
# same rows in a local table on the coordinator.
c >/dev/null <<'SQL'
CREATE TABLE usage_local (id bigint PRIMARY KEY, model text NOT NULL, ts timestamptz NOT NULL,
	prompt_tokens bigint NOT NULL, completion_tokens bigint NOT NULL, cached_tokens bigint NOT NULL,
	batch boolean NOT NULL, body text NOT NULL);
INSERT INTO usage_local
SELECT i, (ARRAY['gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo', 'claude-3-5-sonnet-20240620', 'acme-chat', 'acme-deploy-eu'])[1 + i % 6],
	   timestamptz '2024-07-01 00:00+00' + i * interval '23 minutes 17 seconds',
	   100 + (i * 7919) % 150000, 10 + (i * 104729) % 4000, (i * 31) % 90,
	   i % 7 = 0, 'Les chiffres que chaque développeur LLM devrait connaître, ligne ' || i
FROM generate_series(1, 20000) i;
CREATE TABLE usage_dist (LIKE usage_local INCLUDING ALL);
INSERT INTO usage_dist SELECT * FROM usage_local;
SELECT create_distributed_table('usage_dist', 'id', shard_count => 32);
SELECT truncate_local_data_after_distributing_table('usage_dist');
CREATE TABLE fits_local (id int PRIMARY KEY, model text, gpu text, quant text, ctx int);
INSERT INTO fits_local
SELECT row_number() OVER (), m, g, q, c
FROM unnest(ARRAY['Llama-2-13B', 'Llama-3.1-8B', 'Llama-3.1-70B', 'Mixtral-8x7B-v0.1', 'Qwen2.5-32B']) m,
	 unnest(ARRAY['L4', 'A10G', 'A100-80GB', 'RTX-4090', 'acme-48g']) g,
	 unnest(ARRAY['fp16', 'int8', 'Q4_K_M']) q,
	 unnest(ARRAY[2048, 4096]) c;
CREATE TABLE fits_dist (LIKE fits_local INCLUDING ALL);
INSERT INTO fits_dist SELECT * FROM fits_local;
SELECT create_distributed_table('fits_dist', 'id');
SELECT truncate_local_data_after_distributing_table('fits_dist');
SQL

echo "-- before llmnum.citus_sync(): the workers refuse"
fails "SELECT sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts)) FROM usage_dist"
c -c "SELECT 'synchronised: ' || length(llmnum.citus_sync()) || ' hex digits'"
c -c "SELECT 'llmnum_citus.catalog_stamp is a reference table: ' || (count(*) = 1) FROM pg_dist_partition WHERE logicalrelid = 'llmnum_citus.catalog_stamp'::regclass AND partmethod = 'n'"

Q_COST="SELECT date_trunc('month', ts AT TIME ZONE 'UTC') AS month, model,
	sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch)), count(*)
	FROM usage_dist GROUP BY 1, 2 ORDER BY 1, 2"
Q_GEN="SELECT model, sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens))
	FROM usage_dist WHERE model NOT LIKE 'acme-%' AND ts >= '2024-08-01' GROUP BY 1 ORDER BY 1"
Q_TOK="SELECT model, sum(llmnum.count_tokens(body, model)), sum(llmnum.count_tokens(body, 'cl100k_base'))
	FROM usage_dist WHERE model IN ('gpt-4o', 'gpt-3.5-turbo') GROUP BY 1 ORDER BY 1"
Q_TOK_ACME="SELECT model, sum(llmnum.count_tokens(body, model)), sum(llmnum.count_tokens(body, 'cl100k_base'))
	FROM usage_dist WHERE model IN ('gpt-4o', 'gpt-3.5-turbo', 'acme-chat') GROUP BY 1 ORDER BY 1"
Q_FIT="SELECT gpu, quant, count(*) FILTER (WHERE llmnum.gpu_fits(model, gpu, quant, ctx))
	FROM fits_dist WHERE gpu <> 'acme-48g' GROUP BY 1, 2 ORDER BY 1, 2"
Q_FIT_ACME="SELECT gpu, quant, count(*) FILTER (WHERE llmnum.gpu_fits(model, gpu, quant, ctx))
	FROM fits_dist GROUP BY 1, 2 ORDER BY 1, 2"
Q_TOTAL="SELECT sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch)),
	count(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch)) FROM usage_dist"

echo "-- built-in rows only"
same "try_gen_cost per month and model" "$Q_COST"
same "gen_cost per model" "$Q_GEN"
same "count_tokens per model" "$Q_TOK"
same "gpu_fits per GPU and format" "$Q_FIT"
total

echo "-- a negotiated price, added on the coordinator"
c -c "INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
	  VALUES ('gpt-4o-mini', 'input', 0.12, '2025-03-01', 'contract 2025-02')"
same "try_gen_cost per month and model" "$Q_COST"
total
echo "-- changed"
c -c "UPDATE llmnum.user_prices SET usd_per_mtok = 0.10 WHERE model = 'gpt-4o-mini'"
same "try_gen_cost per month and model" "$Q_COST"
total
echo "-- a model, its prices, a GPU and a model alias of the user's own"
c <<'SQL'
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
VALUES ('acme-chat', 'acme', 'chat', 'cl100k_base', 'deployment notes');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-chat', 'input', 0.05, '2024-01-01'), ('acme-chat', 'output', 0.40, '2024-01-01');
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes, source)
VALUES ('acme-48g', 'acme', 48000000000, 'datasheet');
INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target)
VALUES ('prefix', 'acme-deploy-', 'gpt-4o-mini');
SQL
same "try_gen_cost per month and model" "$Q_COST"
same "count_tokens per model" "$Q_TOK_ACME"
same "gpu_fits per GPU and format" "$Q_FIT_ACME"
total
echo "-- deleted"
c -c "DELETE FROM llmnum.user_prices WHERE model = 'gpt-4o-mini'"
same "try_gen_cost per month and model" "$Q_COST"
total

echo "-- every node has the coordinator's stamp"
c -c "SELECT count(DISTINCT result) || ' distinct, equal to the coordinator''s: ' || bool_and(result = llmnum.user_catalog_stamp())
	  FROM run_command_on_workers('SELECT llmnum.user_catalog_stamp()')"

echo "-- errors raised on a worker reach the client"
fails "SELECT sum(llmnum.gen_cost(CASE WHEN id = 12345 THEN 'gpt-4o-typo' ELSE model END, prompt_tokens, completion_tokens, ts)) FROM usage_dist WHERE model NOT LIKE 'acme-%' AND ts >= '2024-08-01'"
fails "SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts - CASE WHEN id = 12345 THEN interval '20 years' ELSE interval '0' END)) FROM usage_dist WHERE model NOT LIKE 'acme-%' AND ts >= '2024-08-01'"
fails "SELECT count(*) FROM fits_dist WHERE llmnum.gpu_fits(model, 'B300', quant, ctx)"
fails "SELECT sum(llmnum.count_tokens(body, 'gpt-4o-typo')) FROM usage_dist"

echo "-- INSERT ... SELECT storing costs"
c >/dev/null <<'SQL'
CREATE TABLE costs_dist (id bigint PRIMARY KEY, usd numeric);
SELECT create_distributed_table('costs_dist', 'id', colocate_with => 'usage_dist');
CREATE TABLE costs_local (id bigint PRIMARY KEY, usd numeric);
SQL
c -c "INSERT INTO costs_dist SELECT id, llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch) FROM usage_dist"
c -c "INSERT INTO costs_local SELECT id, llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch) FROM usage_dist"
stored_local=$(c -c "SELECT sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch)),
	count(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch)) FROM usage_local")
echo "stored in a co-located distributed table = priced locally: $([ "$(c -c 'SELECT sum(usd), count(usd) FROM costs_dist')" = "$stored_local" ] && echo yes || echo no)"
echo "stored in a local table = priced locally: $([ "$(c -c 'SELECT sum(usd), count(usd) FROM costs_local')" = "$stored_local" ] && echo yes || echo no)"

echo "-- the materialized-CTE pattern (pricing on the coordinator)"
same "CTE pattern per model" "WITH per_request_class AS MATERIALIZED (
	SELECT model, ts, prompt_tokens, completion_tokens, cached_tokens, batch, count(*) AS requests
	FROM usage_dist GROUP BY 1, 2, 3, 4, 5, 6)
	SELECT model, sum(requests * llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch))
	FROM per_request_class GROUP BY model ORDER BY model"
c -c "EXPLAIN (COSTS OFF) WITH per_request_class AS MATERIALIZED (
	SELECT model, ts, prompt_tokens, completion_tokens, cached_tokens, batch, count(*) AS requests
	FROM usage_dist GROUP BY 1, 2, 3, 4, 5, 6)
	SELECT model, sum(requests * llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts, cached_tokens, batch))
	FROM per_request_class GROUP BY model" | grep -c 'Distributed Subplan' | sed 's/^/distributed subplans: /'

echo "-- a change rolled back on the coordinator leaves the workers ahead: refused"
c -c "BEGIN; INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'input', 2, '2025-01-01'); ROLLBACK"
fails "$Q_TOTAL"
c -c "SELECT 'synchronised: ' || length(llmnum.citus_sync()) || ' hex digits'"
same "try_gen_cost per month and model" "$Q_COST"

echo "-- a user row written on a worker itself: refused"
on w1 -c "INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'output', 1, '2025-01-01')"
fails "$Q_TOTAL"
c -c "SELECT 'synchronised: ' || length(llmnum.citus_sync()) || ' hex digits'"
same "try_gen_cost per month and model" "$Q_COST"

echo "-- changed and priced in one transaction: refused, never stale"
# Which result depends on the connections Citus picks: a task on the
# connection that wrote the new stamp prices with the new rows, one on
# another connection sees the old stamp and refuses.  Never the old rows.
r=$(c -v ON_ERROR_STOP=0 -v VERBOSITY=verbose -v SHOW_CONTEXT=never 2>&1 <<SQL
BEGIN;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'input', 2, '2025-01-01');
$Q_TOTAL;
${Q_TOTAL//usage_dist/usage_local};
ROLLBACK;
SQL
)
if printf '%s\n' "$r" | grep -q '^ERROR:  55000: llmnum user rows on Citus worker group [0-9]* differ'; then
	echo "refused or priced with the new rows: yes" ; echo "in transaction: refused" >&2
elif [ "$(printf '%s\n' "$r" | wc -l)" = 2 ] && [ "$(printf '%s\n' "$r" | sort -u | wc -l)" = 1 ]; then
	echo "refused or priced with the new rows: yes" ; echo "in transaction: priced with the new rows" >&2
else
	echo "refused or priced with the new rows: NO: $r"
fi
fails "BEGIN ISOLATION LEVEL REPEATABLE READ; DELETE FROM llmnum.user_gpus"
c -c "SELECT 'synchronised: ' || length(llmnum.citus_sync()) || ' hex digits'"
same "try_gen_cost per month and model" "$Q_COST"

echo "-- a worker added later"
llmnum_citus_node_start w3
c -c "SELECT citus_add_node('$D/w3', 5432)" >/dev/null
on w3 -c "SELECT 'llmnum on the new worker: ' || (extversion = '$current') FROM pg_extension WHERE extname = 'llmnum'"
c -c "SELECT citus_rebalance_start(shard_transfer_mode => 'block_writes')" >/dev/null
c -c "SELECT citus_rebalance_wait()" >/dev/null
c -c "SELECT 'shards moved to the new worker: ' || (count(*) > 0) FROM citus_shards WHERE table_name = 'usage_dist'::regclass AND nodename = '$D/w3'"
fails "$Q_TOTAL"
c -c "SELECT 'synchronised: ' || length(llmnum.citus_sync()) || ' hex digits'"
same "try_gen_cost per month and model" "$Q_COST"
same "count_tokens per model" "$Q_TOK_ACME"
same "gpu_fits per GPU and format" "$Q_FIT_ACME"

echo "-- ALTER EXTENSION llmnum UPDATE"
printf -- '-- test/shell/citus.sh: an upgrade that changes nothing\n' > "$share/llmnum--$current--$next.sql"
planted="$share/llmnum--$current--$next.sql"
c -c "ALTER EXTENSION llmnum UPDATE TO '$next'"
c -c "SELECT result FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'llmnum'\$\$) ORDER BY nodename" | sed "s/$next/NEXT/"
fails "$Q_TOTAL" | sed "s/$next/NEXT/g; s/$current/CURRENT/g"
c -c "SELECT 'synchronised: ' || length(llmnum.citus_sync()) || ' hex digits'"
same "try_gen_cost per month and model" "$Q_COST"
)

# LLMNUM_CITUS_ACCEPT=1 writes the output as the new expected output (review the diff!)
if [ "${LLMNUM_CITUS_ACCEPT:-}" = 1 ]; then
	printf '%s\n' "$out" > "$LLMNUM_ROOT/test/shell/citus.expected"
fi
expected=$(cat "$LLMNUM_ROOT/test/shell/citus.expected")
if [ "$out" != "$expected" ]; then
	echo "citus: output differs from test/shell/citus.expected (- expected, + got):"
	diff <(printf '%s\n' "$expected") <(printf '%s\n' "$out") | sed 's/^/    /' || true
	exit 1
fi
echo "citus: $(printf '%s\n' "$out" | grep -c 'distributed = local') comparisons of distributed and local results equal, $(printf '%s\n' "$out" | grep -c '^ERROR') expected errors"
