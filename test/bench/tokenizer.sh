#!/usr/bin/env bash
# Tokenizer benchmark: the same ~10 MB of English text, in the same run,
# through
#   - SQL:   SELECT sum(llmnum.count_tokens(body, enc)) FROM corpus
#            (64 KiB rows, one backend: max_parallel_workers_per_gather = 0)
#   - the C engine alone (test/bench/tokcli, no SQL)
#   - npm gpt-tokenizer 4.0.0 countTokens and npm tiktoken 1.0.22
#     encode_ordinary (Node is used here only; skipped if absent)
# for o200k_base and cl100k_base, best of 3 runs each; then the first-call
# latency in a fresh connection and the private memory of a backend.
#
# Usage: bash test/bench/tokenizer.sh   (as root; takes the install lock)
# Results go to stdout; docs/benchmarks.md records a run.
source "$(dirname "$0")/../lib.sh"

work=$LLMNUM_ROOT/test/bench/work
mkdir -p "$work"
corpus=$work/corpus.txt
[ -s "$corpus" ] || bash "$LLMNUM_ROOT/test/bench/make_corpus.sh" "$corpus"
bytes=$(wc -c < "$corpus")
log "corpus: $bytes bytes"

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "corpus: $bytes bytes ($(wc -l < "$corpus") lines)"

# --- the C engine alone
make -s -C "$LLMNUM_ROOT/test/unit" tokcli >/dev/null
for enc in o200k_base cl100k_base; do
	"$work/tokcli" bench "$enc" "$corpus" 3 | awk -F'\t' '{printf "engine  %-12s %s  %s  %s\n", $1, $3, $4, $5}'
done

# --- the JavaScript peers
if command -v node >/dev/null && command -v npm >/dev/null; then
	if [ ! -d "$work/node/node_modules/gpt-tokenizer" ] || [ ! -d "$work/node/node_modules/tiktoken" ]; then
		mkdir -p "$work/node"
		(cd "$work/node" && npm init -y >/dev/null && npm install --no-audit --no-fund \
			gpt-tokenizer@4.0.0 tiktoken@1.0.22 >/dev/null 2>&1)
	fi
	cat > "$work/node/peers.cjs" <<'JS'
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const { get_encoding } = require('tiktoken');
function best(f) {
	let t = Infinity, n = 0;
	for (let i = 0; i < 3; i++) {
		const t0 = process.hrtime.bigint();
		n = f();
		t = Math.min(t, Number(process.hrtime.bigint() - t0) / 1e9);
	}
	return [n, t];
}
for (const enc of ['o200k_base', 'cl100k_base']) {
	const gpt = require(`gpt-tokenizer/cjs/encoding/${enc}`);
	let [n, t] = best(() => gpt.countTokens(text));
	console.log(`gpt-tokenizer ${enc}  ${n} tokens  ${t.toFixed(3)} s  ${(bytes / t / 1e6).toFixed(1)} MB/s`);
	const e = get_encoding(enc);
	[n, t] = best(() => e.encode_ordinary(text).length);
	console.log(`tiktoken ${enc}  ${n} tokens  ${t.toFixed(3)} s  ${(bytes / t / 1e6).toFixed(1)} MB/s`);
	e.free();
}
JS
	node "$work/node/peers.cjs" "$corpus"
else
	echo "node/npm not found: JavaScript peers skipped"
fi

# --- SQL
llmnum_take_install_lock
trap llmnum_cluster_stop EXIT
llmnum_build_install
llmnum_cluster_start
python3 - "$corpus" > "$work/corpus.copy" <<'PY'
import sys
data = open(sys.argv[1], encoding='utf-8').read()
rows, cur, size = [], [], 0
for line in data.splitlines(keepends=True):
	cur.append(line)
	size += len(line.encode())
	if size >= 65536:
		rows.append(''.join(cur)); cur, size = [], 0
if cur:
	rows.append(''.join(cur))
esc = lambda s: s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')
sys.stdout.write(''.join(esc(r) + '\n' for r in rows))
PY
psql -X -q -d postgres <<SQL
CREATE EXTENSION llmnum CASCADE;
CREATE TABLE corpus (body text);
\copy corpus FROM '$work/corpus.copy'
SELECT count(*) AS rows, sum(octet_length(body)) AS bytes FROM corpus;
SQL
for enc in o200k_base cl100k_base; do
	psql -X -q -d postgres -At <<SQL | awk -v b="$bytes" -v e="$enc" '/^Time:/ {t=$2/1000; if (best == "" || t < best) best = t} /^[0-9]+$/ {n=$1} END {printf "sql     %-12s %s tokens  %.3f s  %.1f MB/s\n", e, n, best, b/best/1e6}'
SET max_parallel_workers_per_gather = 0;
SELECT 1 FROM corpus LIMIT 1;
\timing on
SELECT sum(llmnum.count_tokens(body, '$enc')) FROM corpus;
SELECT sum(llmnum.count_tokens(body, '$enc')) FROM corpus;
SELECT sum(llmnum.count_tokens(body, '$enc')) FROM corpus;
SQL
done

# --- first call in a fresh connection, and a backend's private memory:
# Anonymous memory (heap and anonymous mappings: what palloc uses) of
# /proc/PID/smaps_rollup before the first llmnum call and after 400 calls
# on 21 kB texts with every encoding.  The text is generated, not read from
# the table, so shared buffers do not count.  The vocabularies are
# read-only file pages of llmnum.so, shared through the page cache (smaps
# counts them as "Private_Dirty" while a freshly installed file is still
# dirty in the page cache, which is why that field is not used).
for i in 1 2 3; do
	psql -X -q -d postgres -At <<'SQL' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste -sd' ' | awk '{printf "first call %s ms, second call %s ms\n", $1, $2}'
\timing on
SELECT llmnum.count_tokens('hello world', 'o200k_base');
SELECT llmnum.count_tokens('hello world', 'o200k_base');
SQL
done
psql -X -q -d postgres -At <<'SQL'
CREATE TEMP TABLE mem (stage text, anon_kb bigint);
CREATE FUNCTION pg_temp.anon_kb() RETURNS bigint LANGUAGE sql AS $$
	SELECT sum(split_part(regexp_replace(l, '\s+', ' ', 'g'), ' ', 2)::bigint)
	FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/smaps_rollup'), E'\n') AS l
	WHERE l ~ '^Anonymous:' $$;
INSERT INTO mem SELECT 'before', pg_temp.anon_kb();
SELECT sum(llmnum.count_tokens(repeat('The quick brown fox jumps over the lazy dog; ünïcödé 中文 👍 ', 300) || n, e))
FROM unnest('{o200k_base,cl100k_base,p50k_base,r50k_base}'::text[]) e, generate_series(1, 100) n;
INSERT INTO mem SELECT 'after', pg_temp.anon_kb();
SELECT 'private anonymous memory: before ' || min(anon_kb) FILTER (WHERE stage = 'before')
	   || ' kB, after every encoding ' || min(anon_kb) FILTER (WHERE stage = 'after') || ' kB' FROM mem;
SQL
