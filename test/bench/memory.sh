#!/usr/bin/env bash
# Backend memory over a long aggregate: one query sums count_tokens (by
# model name and by encoding) and gen_cost (built-in and user prices, dated)
# over LLMNUM_MEMORY_ROWS rows (default 10,000,000) of generate_series, while
# this script samples the backend's /proc/<pid>/status (VmRSS, RssAnon) and
# smaps_rollup (Private_Dirty) every 0.5 s.  pg_backend_memory_contexts is
# summed before and after.  A warm-up of 100,000 rows comes first, so that
# one-time loads (library pages, price cache) are not counted as growth.
#
# Fails if RssAnon grows by more than LLMNUM_MEMORY_SLACK_KB (default
# 2048 kB) between the sample taken at 10% of the query and the last
# sample, or if the memory contexts grow by more than that.
# Usage: bash test/bench/memory.sh     (as root; takes the install lock)
source "$(dirname "$0")/../lib.sh"

rows=${LLMNUM_MEMORY_ROWS:-10000000}
slack=${LLMNUM_MEMORY_SLACK_KB:-2048}
out=$(mktemp -d /tmp/llmnum-memory.XXXXXX)
chmod 777 "$out"

llmnum_take_install_lock
trap 'llmnum_cluster_stop; rm -rf "$out"' EXIT
cd "$LLMNUM_ROOT"
llmnum_build_install
llmnum_cluster_start -c jit=off -c max_parallel_workers_per_gather=0

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

psql <<'SQL'
CREATE EXTENSION llmnum CASCADE;
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
VALUES ('acme-memtest', 'acme', 'chat', 'cl100k_base', 'memory benchmark');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-memtest', 'input', 0.30, '2020-01-01'), ('acme-memtest', 'output', 1.20, '2020-01-01'),
       ('gpt-4o-mini', 'input', 0.12, '2025-03-01');
SQL

# The query: n rows, four models (one a user model) over 2025-01 .. 2025-06
# where each is priced, texts of 40-60 bytes with non-ASCII characters.
query() {
	cat <<SQL
SELECT sum(llmnum.count_tokens('request ' || i || ': héllo wörld, 東京 🙂 ' || (i % 997), 'gpt-4o'))
     + sum(llmnum.count_tokens('prompt #' || i || ' for the memory test', 'cl100k_base')) AS tokens,
       sum(llmnum.gen_cost((ARRAY['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'acme-memtest'])[1 + i % 4],
                           i % 8000, i % 2000,
                           '2025-01-01'::timestamptz + (i % 180) * interval '1 day')) AS usd
FROM generate_series(1, $1) AS i;
SQL
}

contexts() {
	cat <<SQL
SELECT '$1' AS at, count(*) AS contexts, sum(total_bytes) AS total_bytes, sum(used_bytes) AS used_bytes,
       coalesce(sum(total_bytes) FILTER (WHERE name LIKE 'llmnum%'), 0) AS llmnum_bytes
FROM pg_backend_memory_contexts \gset ctx_$1_
\echo contexts $1: :ctx_$1_contexts contexts, total :ctx_$1_total_bytes bytes, used :ctx_$1_used_bytes, llmnum caches :ctx_$1_llmnum_bytes
SQL
}

log "running the aggregate over $rows rows"
{
	echo "SELECT pg_backend_pid() AS pid \\gset"
	echo "\\o $out/pid"
	echo "\\qecho :pid"
	echo "\\o"
	query 100000 | sed 's/^SELECT/SELECT \/* warm-up *\//'
	contexts before
	echo "\\o $out/start"
	echo "\\qecho start"
	echo "\\o"
	echo "\\timing on"
	query "$rows"
	echo "\\timing off"
	contexts after
} | psql >"$out/result" 2>&1 &
client=$!

while [ ! -s "$out/pid" ]; do sleep 0.1; done
pid=$(cat "$out/pid")
while [ ! -e "$out/start" ] && kill -0 "$client" 2>/dev/null; do sleep 0.1; done
t0=$(date +%s.%N)
while kill -0 "$client" 2>/dev/null && [ -r "/proc/$pid/status" ]; do
	grep -q 'contexts after' "$out/result" 2>/dev/null && break
	rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null) || break
	anon=$(awk '/^RssAnon:/ {print $2}' "/proc/$pid/status" 2>/dev/null) || break
	dirty=$(awk '/^Private_Dirty:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null) || break
	printf '%.1f %s %s %s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$rss" "$anon" "$dirty" >>"$out/samples"
	sleep 0.5
done
wait "$client"
cat "$out/result"
test -s "$out/samples"

# Summary: min/max of each column, and RssAnon at 10% of the samples,
# at the end, and its least-squares slope in kB per minute.
awk -v slack="$slack" '
	{ t[NR] = $1; rss[NR] = $2; anon[NR] = $3; dirty[NR] = $4 }
	END {
		n = NR; if (n < 4) { print "too few samples"; exit 1 }
		minr = maxr = rss[1]; mina = maxa = anon[1]; mind = maxd = dirty[1]
		for (i = 1; i <= n; i++) {
			if (rss[i] < minr) minr = rss[i]; if (rss[i] > maxr) maxr = rss[i]
			if (anon[i] < mina) mina = anon[i]; if (anon[i] > maxa) maxa = anon[i]
			if (dirty[i] < mind) mind = dirty[i]; if (dirty[i] > maxd) maxd = dirty[i]
		}
		k = int(n / 10) + 1
		sx = sy = sxx = sxy = 0; m = 0
		for (i = k; i <= n; i++) { m++; sx += t[i]; sy += anon[i]; sxx += t[i] * t[i]; sxy += t[i] * anon[i] }
		slope = (m * sxx - sx * sx) > 0 ? (m * sxy - sx * sy) / (m * sxx - sx * sx) * 60 : 0
		printf "samples: %d over %.1f s (every 0.5 s)\n", n, t[n]
		printf "VmRSS kB:         min %d, max %d\n", minr, maxr
		printf "RssAnon kB:       min %d, max %d; at 10%% %d, last %d, growth %+d; slope after 10%%: %+.1f kB/min\n", mina, maxa, anon[k], anon[n], anon[n] - anon[k], slope
		printf "Private_Dirty kB: min %d, max %d; first %d, at 10%% %d, last %d\n", mind, maxd, dirty[1], dirty[k], dirty[n]
		if (anon[n] - anon[k] > slack) { printf "FAILED: RssAnon grew by more than %d kB\n", slack; exit 1 }
		print "memory flat"
	}' "$out/samples"

before=$(sed -n 's/^contexts before: .* total \([0-9]*\) bytes.*/\1/p' "$out/result")
after=$(sed -n 's/^contexts after: .* total \([0-9]*\) bytes.*/\1/p' "$out/result")
echo "memory contexts: $before bytes before, $after after ($(( (after - before) / 1024 )) kB)"
if [ $(( after - before )) -gt $(( slack * 1024 )) ]; then
	echo "FAILED: memory contexts grew by more than $slack kB"
	exit 1
fi
