#!/usr/bin/env bash
# Tokenizer benchmark, in one run on the same machine:
#   - four corpora of Debian text (test/bench/make_corpus.sh): English
#     (licences and man pages, 10 MB), code (C headers and the Python
#     library, 10 MB) and multilingual (the Japanese, Korean, Chinese,
#     Russian and Ukrainian man pages, all of them: about 2 MB), and the
#     scripts that one leaves out (Thai, Hindi, Bengali, Tamil, Arabic,
#     Hebrew, Greek, Georgian: the installed gettext catalogs' translated
#     messages, about 6 MB);
#   - each cut into rows of about 64 KiB and of about 1 KiB (at line ends);
#   - counted through SQL, SELECT sum(llmnum.count_tokens(body, enc)) FROM t
#     (one backend: max_parallel_workers_per_gather = 0), by the C engine
#     alone (test/bench/tokcli, whole corpus in one call), and by the npm
#     peers ai-tokenizer, gpt-tokenizer, tiktoken and js-tiktoken on the
#     same rows (test/bench/peers.cjs; skipped without Node);
#   - for o200k_base and cl100k_base, the best of LLMNUM_BENCH_PASSES
#     passes (default 5) everywhere, in
#     LLMNUM_BENCH_ROUNDS rounds (default 3): each round counts every
#     corpus with the C engine, then each table with the peers (after the
#     first round ai-tokenizer alone) and right after through SQL, so
#     that the compared figures are minutes apart at most; the table takes
#     each implementation's best round and prints the per-round ratios to
#     ai-tokenizer (the host's noise);
#   - for the open-model encodings (LLMNUM_BENCH_OPEN, default every one
#     with a reference in test/bench/peers_open.cjs): SQL and the C engine
#     best of LLMNUM_BENCH_PASSES, and the model's own tokenizer.json run by @lenml/tokenizers
#     (the reference the expected ids come from) on the same rows, one pass
#     (LLMNUM_BENCH_OPEN_PASSES; it is 50-100 times slower);
# then the worst cases through SQL (and the first count of distinct short
# words in a fresh connection), model names that change from row to
# row, the first call in a fresh connection, the planner's choice for a
# token aggregate over 1,000,000 rows, and a backend's private memory.
# Prints every figure, then a table of MB/s and of ratios SQL / peer.
#
# Usage: bash test/bench/tokenizer.sh   (as root; takes the install lock
# for the SQL part only).  LLMNUM_BENCH_PEERS: comma-separated peers to run
# (default all four; "none" skips them, and the open-model references too);
# LLMNUM_BENCH_ENCS: the OpenAI encodings (default "o200k_base cl100k_base";
# empty for the open models only); LLMNUM_BENCH_CORPORA: the corpora
# (default "en code multi scripts").
# docs/benchmarks.md records a run.
source "$(dirname "$0")/../lib.sh"
set -euo pipefail

work=$LLMNUM_ROOT/test/bench/work
mkdir -p "$work"
results=$work/results.tsv
: > "$results"
corpora=${LLMNUM_BENCH_CORPORA:-en code multi scripts}
encs=${LLMNUM_BENCH_ENCS-o200k_base cl100k_base}
peers=${LLMNUM_BENCH_PEERS:-ai-tokenizer,gpt-tokenizer,tiktoken,js-tiktoken}
open_encs=${LLMNUM_BENCH_OPEN-$(node "$LLMNUM_ROOT/test/bench/peers_open.cjs" --list 2>/dev/null | cut -f1 | paste -sd' ')}
open_passes=${LLMNUM_BENCH_OPEN_PASSES:-1}
rounds=${LLMNUM_BENCH_ROUNDS:-3}
passes=${LLMNUM_BENCH_PASSES:-5}

for kind in $corpora; do
	[ -s "$work/corpus_$kind.txt" ] || bash "$LLMNUM_ROOT/test/bench/make_corpus.sh" "$work/corpus_$kind.txt" 10000000 "$kind" >&2
done

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
for kind in $corpora; do
	echo "corpus $kind: $(wc -c < "$work/corpus_$kind.txt") bytes, $(wc -l < "$work/corpus_$kind.txt") lines"
done

# Rows of about 64 KiB and 1 KiB, cut at line ends, in COPY text format:
# the same rows for SQL and for the peers.
for kind in $corpora; do
	python3 - "$work/corpus_$kind.txt" "$work/rows_${kind}" <<'PY'
import sys
data = open(sys.argv[1], encoding='utf-8').read()
esc = lambda s: s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')
for size, tag in ((65536, '64k'), (1024, '1k')):
	rows, cur, n = [], [], 0
	for line in data.splitlines(keepends=True):
		cur.append(line)
		n += len(line.encode())
		if n >= size:
			rows.append(''.join(cur)); cur, n = [], 0
	if cur:
		rows.append(''.join(cur))
	with open(f'{sys.argv[2]}_{tag}.copy', 'w', encoding='utf-8') as f:
		f.write(''.join(esc(r) + '\n' for r in rows))
PY
done

# results.tsv: corpus, rows, encoding, implementation, tokens, seconds,
# round (0: the open-model encodings, measured once)
round=0
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$round" >> "$results"; }

make -s -C "$LLMNUM_ROOT/test/unit" tokcli >/dev/null

# Prints and records the lines "tool<TAB>tokens<TAB>seconds" a peer script
# writes for corpus $1, rows $2, encoding $3.
record_peers() {
	local tool n t
	while IFS=$'\t' read -r tool n t; do
		echo "peer $1 $2 $3 $tool: $n tokens, $t s"
		record "$1" "$2" "$3" "$tool" "$n" "$t"
	done
}
have_node=
if [ "$peers" != none ] && command -v node >/dev/null && command -v npm >/dev/null; then
	have_node=1
	if [ ! -d "$work/node/node_modules/ai-tokenizer" ] || [ ! -d "$work/node/node_modules/js-tiktoken" ]; then
		mkdir -p "$work/node"
		(cd "$work/node" && npm init -y >/dev/null && npm install --no-audit --no-fund \
			ai-tokenizer@1.0.6 gpt-tokenizer@4.0.0 tiktoken@1.0.22 js-tiktoken@1.0.21 >/dev/null 2>&1)
	fi
	# the open models' references: the packages peers_open.cjs names
	for pkg in $(node "$LLMNUM_ROOT/test/bench/peers_open.cjs" --list | cut -f2 | tr ' ' '\n' | sort -u); do
		[ -d "$work/node/node_modules/${pkg%@*}" ] ||
			(cd "$work/node" && npm install --no-audit --no-fund "$pkg" >/dev/null 2>&1)
	done
	echo "node $(node --version); $(cd "$work/node" && npm ls --depth=0 2>/dev/null | sed -n 's/^[├└]── //p' | paste -sd' ')"
else
	echo "node/npm not found: JavaScript peers skipped"
fi

llmnum_take_install_lock
trap llmnum_cluster_stop EXIT
llmnum_build_install
llmnum_cluster_start
psql -X -q -d postgres -c 'CREATE EXTENSION llmnum CASCADE'
for kind in $corpora; do
	for rows in 64k 1k; do
		llmnum_bench_load_rows "${kind}_$rows" "$work/rows_${kind}_$rows.copy"
	done
done

# The peers of this round: all of them in the first, then ai-tokenizer
# alone (the ratios that matter are to the fastest peer; the others take
# seconds per pass on the 10 MB corpora).
round_peers() {
	if [ "$round" -le 1 ] || [[ ",$peers," != *,ai-tokenizer,* ]]; then
		echo "$peers"
	else
		echo ai-tokenizer
	fi
}

# One corpus, rows and encoding: the peers (the open models' reference
# for an open encoding), then SQL.
measure_table() {	# measure_table KIND ROWS ENCODING OPEN
	local n t
	if [ -n "$have_node" ]; then
		if [ -z "$4" ]; then
			node "$LLMNUM_ROOT/test/bench/peers.cjs" "$work/node/node_modules" \
				"$work/rows_$1_$2.copy" "$3" "$(round_peers)" "$passes" | record_peers "$1" "$2" "$3"
		else
			node "$LLMNUM_ROOT/test/bench/peers_open.cjs" "$work/node/node_modules" \
				"$work/rows_$1_$2.copy" "$3" "$open_passes" | record_peers "$1" "$2" "$3"
		fi
	fi
	IFS=$'\t' read -r n t < <(llmnum_bench_best_count "$1_$2" "$3" "$passes")
	echo "sql $1 $2 $3: $n tokens, $t s"
	record "$1" "$2" "$3" "llmnum SQL" "$n" "$t"
}

# The C engine alone: the whole corpus in one call.
measure_engine() {	# measure_engine KIND ENCODING
	"$work/tokcli" bench "$2" "$work/corpus_$1.txt" "$passes" |
		while IFS=$'\t' read -r e b n t r; do
			echo "engine $1 $2: $n, $t, $r"
			record "$1" whole "$2" "C engine" "${n% tokens}" "${t% s}"
		done
}

for round in $(seq "$rounds"); do
	echo "round $round of $rounds"
	for kind in $corpora; do
		for enc in $encs; do
			measure_engine "$kind" "$enc"
		done
		for rows in 64k 1k; do
			for enc in $encs; do
				measure_table "$kind" "$rows" "$enc" ""
			done
		done
	done
done
round=0
for kind in $corpora; do
	for enc in $open_encs; do
		measure_engine "$kind" "$enc"
		for rows in 64k 1k; do
			measure_table "$kind" "$rows" "$enc" open
		done
	done
done

# --- the 64 KiB rows again, stored with lz4 instead of the default pglz:
# what decompressing out-of-line values costs (the peers' figures are
# those of the same rows)
for kind in $corpora; do
	llmnum_bench_load_rows "${kind}_64k_lz4" "$work/rows_${kind}_64k.copy" lz4
	for enc in $encs; do
		IFS=$'\t' read -r n t < <(llmnum_bench_best_count "${kind}_64k_lz4" "$enc" "$passes")
		echo "sql $kind 64k lz4 $enc: $n tokens, $t s"
		record "$kind" "64k" "$enc" "llmnum SQL, lz4" "$n" "$t"
	done
done

# --- worst cases through SQL: one value each, generated in the query
# (psql's \timing, best of LLMNUM_BENCH_PASSES), in ms per MB, for
# o200k_base and the SentencePiece encodings (where a text without a space
# is one word): a megabyte of one piece (the eighth value: pseudo-random
# letters), then pieces of a few kilobytes, which the piece cache does not
# keep and the merges of long pieces take one by one: '!' and 'x' runs of
# 1,000 and 5,000, distinct pseudo-random letter words of 256, 512,
# 1,024, 2,048, 4,096 and 10,240, and distinct URLs of about 90 bytes (one word each in
# SentencePiece)
worst_exprs=("repeat('x', 1000000)" "repeat(' ', 1000000)" "repeat('ab', 500000)"
	"repeat('中', 333334)" "repeat('1', 1000000)" "repeat('!', 1000000)"
	"(SELECT string_agg(chr(32 + i * 37 % 95), '') FROM generate_series(1, 1000000) i)"
	"(SELECT string_agg(translate(md5(i::text), '0123456789', 'ghijklmnop'), '') FROM generate_series(1, 31250) i)"
	"(SELECT string_agg(repeat('!', 1000), ' ') FROM generate_series(1, 1000) i)"
	"(SELECT string_agg(repeat('x', 5000), ' ') FROM generate_series(1, 200) i)")
for md5s in 8 16 32 64 128 320; do	# words of 32 letters per md5
	worst_exprs+=("(SELECT string_agg(translate(md5(i::text), '0123456789', 'ghijklmnop') || CASE WHEN i % $md5s = 0 THEN ' ' ELSE '' END, '') FROM generate_series(1, 31250) i)")
done
worst_exprs+=("(SELECT string_agg('https://www.example' || i % 50 || '.com/docs/api/v2/items?id=' || md5(i::text) || '&ref=search', ' ') FROM generate_series(1, 12000) i)")
echo "worst cases through SQL (ms per MB of input, best of $passes):"
for wenc in ${LLMNUM_BENCH_WORST_ENCS:-o200k_base llama2 mistral_v1 gemma2}; do
echo " $wenc:"
for expr in "${worst_exprs[@]}"; do
	llmnum_bench_timed "$passes" "CREATE TEMP TABLE v AS SELECT $expr AS body;" \
		"SELECT llmnum.count_tokens(body, '$wenc') || ' ' || octet_length(body) FROM v;" |
		awk -v e="$expr" '/^Time:/ {t=$2; if (best == "" || t < best) best = t} /^[0-9]+ [0-9]+$/ {n=$1; b=$2} END {printf "  %-40s %7d tokens  %7.1f ms/MB\n", e, n, best / (b / 1e6)}'
done
done

# --- worst cases the best of several passes cannot show: pieces under 128 bytes
# are merged once and then found in the piece cache, so distinct
# pseudo-random words (about 1 MB each) are counted once per fresh
# connection (its caches empty), best of 3 connections, in ms per MB:
# Latin letters, words of 12 to 100, and Cyrillic ones (two bytes each),
# words of 10 and 32
echo "first count in a fresh connection, distinct pseudo-random words (ms per MB, best of 3 connections):"
for len in 12 16 32 64 100; do
	psql -X -q -d postgres -c "CREATE TABLE IF NOT EXISTS words_$len AS SELECT string_agg(left(translate(md5(i::text) || md5(i || 'b') || md5(i || 'c') || md5(i || 'd'), '0123456789', 'ghijklmnop'), $len), ' ') AS body FROM generate_series(1, 1000000 / $len) i"
done
for len in 10 32; do
	psql -X -q -d postgres -c "CREATE TABLE IF NOT EXISTS words_cyrillic_$len AS SELECT string_agg(chr(1072 + ('x' || substr(md5(i::text), 1, 6))::bit(24)::int % 32) || CASE WHEN i % $len = 0 THEN ' ' ELSE '' END, '') AS body FROM generate_series(1, 500000) i"
done
for wenc in ${LLMNUM_BENCH_WORST_ENCS:-o200k_base llama2 mistral_v1 gemma2}; do
	echo " $wenc:"
	for words in 12 16 32 64 100 cyrillic_10 cyrillic_32; do
		for c in 1 2 3; do
			psql -X -q -d postgres -At -c "SELECT llmnum.count_tokens('x', '$wenc')" -c '\timing on' \
				-c "SELECT llmnum.count_tokens(body, '$wenc') || ' ' || octet_length(body) FROM words_$words"
		done | awk -v w="$words" '/^Time:/ {t=$2; if (best == "" || t < best) best = t} /^[0-9]+ [0-9]+$/ {n=$1; b=$2} END {s = sub(/^cyrillic_/, "", w) ? "Cyrillic" : "Latin"; printf "  words of %3d %-8s letters %7d tokens  %7.1f ms/MB\n", w, s, n, best / (b / 1e6)}'
	done
done

# --- model names: the same 40,000 calls with an encoding name, one model
# name, four model names taking turns row by row, 30 model ids as usage
# logs write them (host prefixes, Hugging Face repositories, Bedrock ids,
# Ollama tags, snapshots) taking turns, and the same 30 rows with the
# encoding of each id by name: the last two differ by the resolution of
# the ids alone
logged_ids="'meta-llama/Llama-3.1-8B-Instruct','openai/gpt-4o','bedrock/meta.llama3-1-70b-instruct-v1:0',\
'ollama/llama3.1:8b','Qwen/Qwen2.5-7B-Instruct','deepseek-ai/DeepSeek-V3','mistralai/Mistral-7B-Instruct-v0.3',\
'google/gemma-2-9b-it','openai/gpt-oss-120b','gpt-4o-2024-08-06','azure/gpt-4o','gpt-4.1-nano','gpt-3.5-turbo-0125',\
'llama3.1:8b','qwen3:8b','groq/openai/gpt-oss-120b','together_ai/openai/gpt-oss-120b','meta-llama/llama-4-maverick',\
'microsoft/phi-4','o3-mini','gpt-5','chatgpt-4o-latest','ft:gpt-4o-mini-2024-07-18:org::abc',\
'us.meta.llama3-2-11b-instruct-v1:0','deepseek/deepseek-r1','gemma3:27b','vertex_ai/gemma-3-27b-it',\
'open-mistral-nemo','mistral/mistral-small-2503','qwen2.5-coder:7b'"
name_labels=("'o200k_base'" "'gpt-4o'" "'gpt-4o','gpt-4','gpt-4o-mini','gpt-3.5-turbo'"
	"30 model ids as logged" "their 30 encodings by name")
name_arrays=("ARRAY['o200k_base']" "ARRAY['gpt-4o']" "ARRAY['gpt-4o','gpt-4','gpt-4o-mini','gpt-3.5-turbo']"
	"ARRAY[$logged_ids]" "ARRAY(SELECT (llmnum.tokenizer_of(x)).encoding FROM unnest(ARRAY[$logged_ids]) x)")
echo "40,000 calls of count_tokens('hello world', name) (ms, best of 3):"
for k in "${!name_arrays[@]}"; do
	q="SELECT sum(llmnum.count_tokens('hello world', a[1 + i % cardinality(a)])) FROM (SELECT ${name_arrays[$k]} AS a) n, generate_series(1, 40000) i;"
	psql -X -q -d postgres -At <<SQL | awk -v e="${name_labels[$k]}" '/^Time:/ {t=$2; if (best == "" || t < best) best = t} END {printf "  %-50s %7.1f ms\n", e, best}'
SET max_parallel_workers_per_gather = 0;
$q
\timing on
$q
$q
$q
SQL
done

# --- first call in a fresh connection (loads the library; with a model
# name also the catalog cache), then the second call
for name in o200k_base gpt-4o; do
	for i in 1 2 3; do
		psql -X -q -d postgres -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste -sd' ' | awk -v n="$name" '{printf "first call (%s) %s ms, second call %s ms\n", n, $1, $2}'
\timing on
SELECT llmnum.count_tokens('hello world', '$name');
SELECT llmnum.count_tokens('hello world', '$name');
SQL
	done
done

# --- the planner and token aggregates (default settings: up to 2
# workers), with the declared COST and with COST 1: the 1 KiB-row English
# table (10 MB of heap), the 64 KiB-row one (values out of line: a heap of
# one page) and 1,000,000 short rows; then the last one timed serial and
# parallel
psql -X -q -d postgres <<'SQL'
CREATE TABLE par AS
SELECT 'Row ' || i || ': the numbers every LLM developer should know, counted in SQL.' AS body
FROM generate_series(1, 1000000) i;
VACUUM ANALYZE par;
CREATE FUNCTION pg_temp.plan(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE l text; r text := '';
BEGIN
	FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		r := r || CASE WHEN r = '' THEN '' ELSE ' / ' END || trim(l);
	END LOOP;
	RETURN r;
END $$;
SELECT c AS cost, t AS "table", pg_temp.plan(format('SELECT sum(llmnum.count_tokens(body, %L)) FROM %I', 'o200k_base', t)) AS plan
FROM (SELECT procost AS c FROM pg_proc WHERE oid = 'llmnum.count_tokens(text, text)'::regprocedure) p,
	 unnest('{en_1k,en_64k,par}'::text[]) t;
BEGIN;
ALTER FUNCTION llmnum.count_tokens(text, text) COST 1;
SELECT 1 AS cost, t AS "table", pg_temp.plan(format('SELECT sum(llmnum.count_tokens(body, %L)) FROM %I', 'o200k_base', t)) AS plan
FROM unnest('{en_1k,en_64k,par}'::text[]) t;
ROLLBACK;
SQL
psql -X -q -d postgres -At <<'SQL' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste -sd' ' | awk '{printf "sum(count_tokens) over 1,000,000 short rows: serial %s ms, 2 workers %s ms\n", $1, $3}'
SET max_parallel_workers_per_gather = 0;
SELECT sum(length(body)) FROM par;
\timing on
SELECT sum(llmnum.count_tokens(body, 'o200k_base')) FROM par;
SET max_parallel_workers_per_gather = 2;
SELECT sum(llmnum.count_tokens(body, 'o200k_base')) FROM par;
SQL

# --- a backend's private memory: Anonymous memory (heap and anonymous
# mappings: what palloc and the piece cache use) of /proc/PID/smaps_rollup
# before the first llmnum call, after 400 calls on 21 kB texts with every
# encoding, and after counting the whole multilingual corpus.  The
# vocabularies are read-only file pages of llmnum.so, shared through the
# page cache (smaps counts them as "Private_Dirty" while a freshly installed
# file is still dirty in the page cache, which is why that field is not used).
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
SET max_parallel_workers_per_gather = 0;
SELECT sum(llmnum.count_tokens(body, e)) FROM multi_1k, unnest('{o200k_base,cl100k_base}'::text[]) e;
INSERT INTO mem SELECT 'multi', pg_temp.anon_kb();
SELECT 'private anonymous memory: before ' || min(anon_kb) FILTER (WHERE stage = 'before')
	   || ' kB, after every encoding ' || min(anon_kb) FILTER (WHERE stage = 'after')
	   || ' kB, after the multilingual corpus ' || min(anon_kb) FILTER (WHERE stage = 'multi') || ' kB' FROM mem;
SQL

# --- summary: MB/s (MB = 10^6 bytes of the corpus) and SQL / peer ratios
python3 - "$results" "$work" "$open_encs" "$encs" "$corpora" <<'PY'
import sys, collections
res = collections.defaultdict(dict)
by_round = collections.defaultdict(dict)
for line in open(sys.argv[1]):
	kind, rows, enc, impl, n, t, rnd = line.rstrip('\n').split('\t')
	v = (int(n), float(t))
	old = res[(kind, rows, enc)].get(impl)
	if old is None or v[1] < old[1]:
		res[(kind, rows, enc)][impl] = v
	by_round[(kind, rows, enc, rnd)][impl] = v
kinds = sys.argv[5].split()
size = {k: len(open(f'{sys.argv[2]}/corpus_{k}.txt', 'rb').read()) for k in kinds}
impls = ['llmnum SQL', 'C engine', 'ai-tokenizer', 'gpt-tokenizer', 'tiktoken', 'js-tiktoken']
print('\nMB/s (corpus bytes / best time):')
print('%-6s %-5s %-12s' % ('corpus', 'rows', 'encoding') + ''.join('%14s' % i for i in impls))
for kind in kinds:
	for rows in ('64k', '1k'):
		for enc in sys.argv[4].split():
			r = dict(res[(kind, rows, enc)])
			r.update({'C engine': res[(kind, 'whole', enc)].get('C engine')} if (kind, 'whole', enc) in res else {})
			cells = ['%14s' % ('%.1f' % (size[kind] / r[i][1] / 1e6) if r.get(i) else '-') for i in impls]
			counts = {r[i][0] for i in impls if r.get(i) and i != 'C engine'}
			agree = 'counts agree' if len(counts) == 1 else 'COUNTS DIFFER %s' % sorted(counts)
			print('%-6s %-5s %-12s' % (kind, rows, enc) + ''.join(cells) + '  ' + agree)
print('\nratio llmnum SQL / peer (same rows, same run):')
peers = impls[2:]
print('%-6s %-5s %-12s' % ('corpus', 'rows', 'encoding') + ''.join('%14s' % i for i in peers))
for kind in kinds:
	for rows in ('64k', '1k'):
		for enc in sys.argv[4].split():
			r = res[(kind, rows, enc)]
			if 'llmnum SQL' not in r:
				continue
			s = r['llmnum SQL'][1]
			print('%-6s %-5s %-12s' % (kind, rows, enc) + ''.join('%14s' % ('%.1fx' % (r[p][1] / s) if p in r else '-') for p in peers))
print('\nratio llmnum SQL / ai-tokenizer in each round (the host\'s noise):')
for kind in kinds:
	for rows in ('64k', '1k'):
		for enc in sys.argv[4].split():
			rs = []
			for (k, r, e, rnd), v in sorted(by_round.items()):
				if (k, r, e) == (kind, rows, enc) and rnd != '0' and 'llmnum SQL' in v and 'ai-tokenizer' in v:
					rs.append('%.1fx' % (v['ai-tokenizer'][1] / v['llmnum SQL'][1]))
			if rs:
				print('%-6s %-5s %-12s %s' % (kind, rows, enc, ' '.join(rs)))
print('\n64 KiB rows stored with lz4 (the default is pglz): llmnum SQL MB/s and ratio to ai-tokenizer:')
for kind in kinds:
	for enc in sys.argv[4].split():
		r = res[(kind, '64k', enc)]
		if 'llmnum SQL, lz4' in r:
			t = r['llmnum SQL, lz4'][1]
			print('%-6s %-12s %10.1f MB/s  pglz %6.1f MB/s  ai-tokenizer %s' % (kind, enc, size[kind] / t / 1e6,
				  size[kind] / r['llmnum SQL'][1] / 1e6 if 'llmnum SQL' in r else 0,
				  '%.1fx' % (r['ai-tokenizer'][1] / t) if 'ai-tokenizer' in r else '-'))
open_encs = sys.argv[3].split()
if open_encs:
	print('\nopen-model encodings, MB/s and ratio llmnum SQL / reference (same rows, same run):')
	print('%-6s %-5s %-14s%14s%14s%14s%10s' % ('corpus', 'rows', 'encoding', 'llmnum SQL', 'C engine', 'reference', 'ratio'))
	for enc in open_encs:
		for kind in kinds:
			for rows in ('64k', '1k'):
				r = res[(kind, rows, enc)]
				c = res[(kind, 'whole', enc)].get('C engine')
				mbs = lambda v: '%.1f' % (size[kind] / v[1] / 1e6) if v else '-'
				sql, ref = r.get('llmnum SQL'), r.get('reference')
				agree = '' if not (sql and ref) else ('  counts agree' if sql[0] == ref[0] else '  COUNTS DIFFER %d %d' % (sql[0], ref[0]))
				print('%-6s %-5s %-14s%14s%14s%14s%10s' % (kind, rows, enc, mbs(sql), mbs(c), mbs(ref),
					  '%.0fx' % (ref[1] / sql[1]) if sql and ref else '-') + agree)
PY
