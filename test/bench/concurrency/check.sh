# Concurrency check, shared by test/bench/concurrency.sh (60 s) and
# test/shell/concurrency.sh (CI, a few seconds); sourced, not run.
#
# llmnum_concurrency_check SECONDS: on the running cluster (PGHOST...),
#   1. database A: pgbench, 16 clients (LLMNUM_PGBENCH_CLIENTS) for SECONDS
#      over the Unix socket, each running client.sql as the role
#      llmnum_bench_writer on its own model names;
#   2. database B: the same script serially, client after client, each
#      for LLMNUM_SERIAL_TRANSACTIONS (default 20) transactions;
#   3. results.sql in both databases must be identical, and pgbench must
#      report no error and no aborted client.
# Returns non-zero on any difference or error.
llmnum_concurrency_check() {
	local seconds=$1
	local clients=${LLMNUM_PGBENCH_CLIENTS:-16}
	local serial_tx=${LLMNUM_SERIAL_TRANSACTIONS:-20}
	local dir
	local work
	local db
	local c
	local npoints
	local ngpu
	local rc=0
	dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
	work=$(mktemp -d /tmp/llmnum-concurrency.XXXXXX)
	for db in llmnum_conc_a llmnum_conc_b; do
		dropdb --if-exists "$db" >/dev/null 2>&1
		createdb "$db"
		psql -X -q -v ON_ERROR_STOP=1 -v nclients="$clients" -d "$db" -f "$dir/setup.sql"
	done
	npoints=$(psql -X -At -d llmnum_conc_a -c "SELECT count(*) FROM bench_points")
	ngpu=$(psql -X -At -d llmnum_conc_a -c "SELECT count(*) FROM bench_gpu")
	echo "reference points: $npoints priced (model, moment) pairs, $ngpu (model, GPU) pairs"

	"$PG_BIN/pgbench" -n -U llmnum_bench_writer -c "$clients" -j 2 -T "$seconds" \
		-D offset=0 -D npoints="$npoints" -D ngpu="$ngpu" \
		-f "$dir/client.sql" llmnum_conc_a >"$work/pgbench.out" 2>&1 || rc=1
	grep -E 'number of clients|duration|number of transactions actually processed|number of failed|latency average|tps' \
		"$work/pgbench.out" || true
	if grep -qiE 'error|abort' "$work/pgbench.out"; then
		echo "pgbench reported errors:"
		grep -iE 'error|abort' "$work/pgbench.out" | head -20
		rc=1
	fi
	for c in $(seq 0 $((clients - 1))); do
		"$PG_BIN/pgbench" -n -U llmnum_bench_writer -c 1 -t "$serial_tx" \
			-D offset="$c" -D npoints="$npoints" -D ngpu="$ngpu" \
			-f "$dir/client.sql" llmnum_conc_b >"$work/serial.out" 2>&1 || { cat "$work/serial.out"; rc=1; }
	done
	echo "serial run: $clients clients x $serial_tx transactions"

	psql -X -q -v ON_ERROR_STOP=1 -d llmnum_conc_a -f "$dir/results.sql" >"$work/a.txt"
	psql -X -q -v ON_ERROR_STOP=1 -d llmnum_conc_b -f "$dir/results.sql" >"$work/b.txt"
	if diff -u "$work/b.txt" "$work/a.txt"; then
		echo "results after the concurrent run equal the serial run ($(wc -l <"$work/a.txt") lines)"
	else
		echo "results differ between the concurrent and the serial run"
		rc=1
	fi
	dropdb llmnum_conc_a
	dropdb llmnum_conc_b
	psql -X -q -d postgres -c "DROP ROLE llmnum_bench_writer"
	rm -rf "$work"
	return $rc
}
