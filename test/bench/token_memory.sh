#!/usr/bin/env bash
# Peak memory of the token functions on a ~49 MB text (issue 14): each
# query runs in a fresh backend, which reads its own /proc/<pid>/status
# (VmHWM, the peak resident set) before and after the query.  The text is repeat('Numbers every LLM developer should know. ',
# LLMNUM_TOKMEM_REPEAT) (default 1,200,000: 49,200,000 bytes, 9,600,000
# cl100k_base tokens).  Figures go to docs/reliability.md.
# Usage: bash test/bench/token_memory.sh     (as root; takes the install lock)
source "$(dirname "$0")/../lib.sh"

rep=${LLMNUM_TOKMEM_REPEAT:-1200000}

llmnum_take_install_lock
trap 'llmnum_cluster_stop' EXIT
cd "$LLMNUM_ROOT"
llmnum_build_install
llmnum_cluster_start -c jit=off -c max_parallel_workers_per_gather=0

psql() { command psql -X -q -At -v ON_ERROR_STOP=1 -d postgres "$@"; }
psql -c 'CREATE EXTENSION IF NOT EXISTS llmnum CASCADE'

# The text is stored once, uncompressed out of line (as a large document
# would be): a query detoasts it into one 49 MB buffer.
psql <<SQL
DROP TABLE IF EXISTS tokmem;
CREATE TABLE tokmem (s text);
ALTER TABLE tokmem ALTER s SET STORAGE EXTERNAL;
INSERT INTO tokmem SELECT repeat('Numbers every LLM developer should know. ', $rep);
SQL

hwm="(SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\\s+(\\d+)'))[1]::bigint)"
run() {
	local label=$1 query=$2
	psql <<SQL
SELECT llmnum.count_tokens('warm up', 'cl100k_base') \\gset
SELECT $hwm AS before \\gset
\\timing on
$query \\gset r_
\\timing off
SELECT $hwm AS after \\gset
\\echo $label: result :r_v; VmHWM kB before :before, after the query :after
SQL
}
# length(s) alone: the detoasted input, the floor for every function
run length          "SELECT length(s)::text AS v FROM tokmem"
run count_tokens    "SELECT llmnum.count_tokens(s, 'cl100k_base') AS v FROM tokmem"
run truncate_tokens "SELECT length(llmnum.truncate_tokens(s, 1000, 'cl100k_base')) AS v FROM tokmem"
run tokenize        "SELECT cardinality(llmnum.tokenize(s, 'cl100k_base')) AS v FROM tokmem"
run chunk_tokens    "SELECT count(*) || ' chunks, ' || sum(length(c.chunk)) || ' chars' AS v FROM tokmem AS t, llmnum.chunk_tokens(t.s, 100000, 0, 'cl100k_base') AS c"
