#!/usr/bin/env bash
# statement_timeout cancels long llmnum work:
#   - count_tokens of one value of about 70 MB (stored uncompressed,
#     STORAGE EXTERNAL, so that detoasting is cheap, and made of varied CJK
#     words, which the tokenizer takes ten to twenty times as long to count
#     as detoasting takes to read: the deadline falls well inside the
#     tokenizer whatever the noise of detoasting),
#   - a gen_cost aggregate over billions of generated rows,
#   - a gpu_fits aggregate over billions of generated rows.
# Each query must fail with SQLSTATE 57014, and stop well before the work
# would have finished: no statement ran to completion, which it could not
# do before the timeout (the deadline falls a third of the way into the
# tokenizing time measured by a first, uncancelled count; the aggregates
# have billions of rows).  The lateness (elapsed - timeout, from
# psql's \timing) is printed as a measurement for docs/reliability.md, not
# asserted: a busy machine may delay a cancel without anything being wrong.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail

db=llmnum_cancel
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION llmnum CASCADE;
CREATE TABLE big (t text);
ALTER TABLE big ALTER COLUMN t SET STORAGE EXTERNAL;
-- About 70 MB: 80,000 words of 2 to 7 CJK ideographs, chosen by a
-- multiplicative hash, space separated, 60 times over.  Repetitive prose
-- was counted at 3 GB/s (most pieces found in the piece cache): the count
-- then took a tenth of the time of detoasting, and a deadline placed after
-- detoasting could fall after the whole count (CI, 2026-11-30).
INSERT INTO big
SELECT repeat(string_agg(w, ' '), 60)
FROM (SELECT (SELECT string_agg(chr(19968 + (i * 7919 + j * 104729) % 20000), '')
			  FROM generate_series(1, 2 + i % 6) j) AS w
	  FROM generate_series(1, 80000) i) s;
SQL

# Runs SQL with \timing and prints "<sqlstate or ok> <elapsed ms>".
timed() {
	local out
	out=$(printf '\\timing on\n\\set VERBOSITY verbose\n%s\n' "$1" |
		psql -X -q -d "$db" 2>&1 || true)
	local state elapsed
	state=$(sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\): .*/\1/p' <<<"$out" | head -1)
	elapsed=$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' <<<"$out" | tail -1)
	echo "${state:-ok} $elapsed"
}

size=$(psql -X -At -d "$db" -c "SELECT pg_column_size(t) FROM big")
# Detoasted twice, the second time timed: the first read of the fresh table
# can take several times as long (it was 9 s against 1 s), and a deadline
# taken from it fell after the whole count had finished.
timed "SELECT length(t) FROM big;" >/dev/null
read -r _ detoast_ms < <(timed "SELECT length(t) FROM big;")
# The whole count, once without a deadline: how long tokenizing takes
# here and now (tens of MB/s for this text, depending on the machine and
# the build).
read -r _ full_ms < <(timed "SELECT llmnum.count_tokens(t, 'o200k_base') FROM big;")
# The deadline: after detoasting, at a third of the tokenizing time, so
# that the count is cancelled inside the tokenizer even if the checked run
# goes up to three times as fast as the measured one.
timeout_ms=$(awk -v d="$detoast_ms" -v f="$full_ms" 'BEGIN { t = (f - d) / 3; if (t < 100) t = 100; printf "%d", d + t }')
echo "value: $size bytes stored, detoasted in $detoast_ms ms, counted in $full_ms ms; statement_timeout $timeout_ms ms"

fail=0
check() {	# check LABEL SQL
	local state elapsed late
	read -r state elapsed < <(timed "SET statement_timeout = $timeout_ms;
$2")
	late=$(awk -v e="$elapsed" -v t="$timeout_ms" 'BEGIN { printf "%.1f", e - t }')
	if [ "$state" = 57014 ]; then
		echo "cancel $1: 57014 after $elapsed ms ($late ms after the deadline; measured, not asserted)"
	else
		echo "cancel $1: FAILED: state $state after $elapsed ms, expected 57014" >&2
		fail=1
	fi
}

check count_tokens "SELECT llmnum.count_tokens(t, 'o200k_base') FROM big;"
check gen_cost_aggregate "SELECT sum(llmnum.gen_cost('gpt-4o', i, i % 1000, '2025-06-01'))
FROM (SELECT generate_series(1, 2000000000) AS i) s;"
check gpu_fits_aggregate "SELECT count(*) FILTER (WHERE llmnum.gpu_fits('llama-2-13b', 'L4', 'fp16', 1 + c % 4096))
FROM (SELECT generate_series(1, 2000000000) AS c) s;"
exit $fail
