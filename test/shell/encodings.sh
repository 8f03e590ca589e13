#!/usr/bin/env bash
# llmnum in non-UTF-8 databases: CREATE EXTENSION gives the same data as in
# UTF8, or refuses with a clear message; never wrong data.
#   - LATIN1, EUC_JP, SQL_ASCII: installed; sample_texts (as UTF-8 bytes)
#     equal the UTF8 database's; numbers_as_of tokens per word 1.150 and
#     1.158 as in UTF8; token counts and ids of accented text and names as
#     in UTF8.
#   - WIN1251: refused at CREATE EXTENSION with 0A000 and a message naming
#     the encoding; nothing is left behind.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail
export PGCLIENTENCODING=UTF8
encs=(UTF8 LATIN1 EUC_JP SQL_ASCII WIN1251)
cleanup() { for e in "${encs[@]}"; do dropdb --if-exists "llmnum_enc_$e" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT
cleanup
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }

# Accented text is sent as UTF-8 (PGCLIENTENCODING above); the server
# converts it to the database encoding (SQL_ASCII keeps the bytes).
probe="SELECT name || ' ' || md5(convert_to(body, 'UTF8')) FROM llmnum.sample_texts ORDER BY name;
SELECT key || ' ' || recomputed_low || ' ' || recomputed_high FROM llmnum.numbers_as_of('2025-01-01') WHERE key = 'tokens_per_word';
SELECT llmnum.count_tokens('Le vieux port se réveille, cafés et pêcheurs', 'o200k_base');
SELECT llmnum.tokenize('développeur', 'cl100k_base');
SELECT llmnum.detokenize(llmnum.tokenize('développeur', 'cl100k_base'), 'cl100k_base') = 'développeur';
SELECT count(*) || ' models, ' || md5(string_agg(name, ',' ORDER BY name)) FROM llmnum.models;
SELECT llmnum.gen_cost('gpt-4o', 1000, 1000, '2025-06-01') || ' ' || llmnum.gpu_fits('Llama-2-13B', 'A10G');"

fail=0
ref=
for e in "${encs[@]}"; do
	db=llmnum_enc_$e
	createdb -E "$e" --locale=C -T template0 "$db"
	if [ "$e" = WIN1251 ]; then
		out=$(psql -X -q -d "$db" -v VERBOSITY=verbose -c "CREATE EXTENSION llmnum CASCADE" 2>&1 || true)
		echo "$e: $(grep -m1 ERROR <<<"$out")"
		grep -q 'ERROR:  0A000: llmnum cannot be installed in a database with encoding WIN1251' <<<"$out" ||
			{ echo "encodings: WIN1251 not refused as expected" >&2; echo "$out" >&2; fail=1; }
		left=$(q "$db" "SELECT count(*) FROM pg_namespace WHERE nspname = 'llmnum'")
		[ "$left" = 0 ] || { echo "encodings: WIN1251 left schema llmnum behind" >&2; fail=1; }
		continue
	fi
	q "$db" "SET client_min_messages = warning; CREATE EXTENSION llmnum CASCADE"
	got=$(psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" <<<"$probe")
	echo "$e:"; sed 's/^/  /' <<<"$got"
	if [ -z "$ref" ]; then
		ref=$got
		grep -q '^tokens_per_word 1.150 1.158$' <<<"$got" || { echo "encodings: UTF8 tokens per word changed" >&2; fail=1; }
	elif [ "$got" != "$ref" ]; then
		echo "encodings: $e differs from UTF8" >&2
		diff <(echo "$ref") <(echo "$got") >&2 || true
		fail=1
	fi
done
exit $fail
