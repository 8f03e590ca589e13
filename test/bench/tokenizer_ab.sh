#!/usr/bin/env bash
# The speed of one change to the tokenizer through SQL, measured so that the
# host's noise between runs does not decide it: the llmnum libraries of two
# revisions are installed in turn in one throwaway cluster, ROUNDS times,
# and each time SELECT sum(count_tokens(body, enc)) is timed (best of 5,
# one backend) over the rows of test/bench/tokenizer.sh (English, code,
# multilingual; 64 KiB and 1 KiB rows), for o200k_base and cl100k_base.
# Prints, per table and encoding, each revision's best time over the rounds
# (ms) and the change from A to B.  The SQL scripts installed are this
# tree's: both revisions must have the functions it declares.
#
# Usage: bash test/bench/tokenizer_ab.sh REV_A REV_B [ROUNDS, default 4]
#   (as root; run test/bench/tokenizer.sh once first for the rows).
# docs/benchmarks.md records its runs.
source "$(dirname "$0")/../lib.sh"
set -euo pipefail

rev_a=${1:?usage: tokenizer_ab.sh REV_A REV_B [ROUNDS]}
rev_b=${2:?usage: tokenizer_ab.sh REV_A REV_B [ROUNDS]}
rounds=${3:-4}
work=$LLMNUM_ROOT/test/bench/work
tables="en_64k en_1k code_64k code_1k multi_64k multi_1k"
for t in $tables; do
	[ -s "$work/rows_$t.copy" ] || { echo "no $work/rows_$t.copy: run test/bench/tokenizer.sh first" >&2; exit 1; }
done

builds=$(mktemp -d /tmp/llmnum-ab.XXXXXX)
times=$builds/times.tsv
pkglib=$("$PG_CONFIG" --pkglibdir)
finish() {
	llmnum_cluster_stop
	# leave this tree's library installed, as llmnum_build_install did
	cp "$LLMNUM_ROOT/llmnum.so" "$pkglib/llmnum.so"
	git -C "$LLMNUM_ROOT" worktree remove --force "$builds/a" 2>/dev/null || true
	git -C "$LLMNUM_ROOT" worktree remove --force "$builds/b" 2>/dev/null || true
	rm -rf "$builds"
}

llmnum_bench_start -c shared_buffers=1GB -c jit=off
trap finish EXIT
for side in a b; do
	rev=rev_$side
	git -C "$LLMNUM_ROOT" worktree add -q --detach "$builds/$side" "${!rev}"
	log "building $side = ${!rev} ($(git -C "$builds/$side" log -1 --format=%h))"
	make -s -C "$builds/$side" with_llvm=no PG_CONFIG="$PG_CONFIG" >/dev/null
done

psql -X -q -d postgres -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION llmnum CASCADE'
for t in $tables; do
	llmnum_bench_load_rows "$t" "$work/rows_$t.copy"
done

for round in $(seq "$rounds"); do
	for side in a b; do
		# a new backend per measurement loads the library installed now
		cp "$builds/$side/llmnum.so" "$pkglib/llmnum.so"
		for t in $tables; do
			for enc in o200k_base cl100k_base; do
				IFS=$'\t' read -r n s < <(llmnum_bench_best_count "$t" "$enc" 5)
				printf '%s\t%s\t%s\t%s\t%s\n' "$side" "$t" "$enc" "$n" "$s" >> "$times"
			done
		done
	done
	log "round $round of $rounds done"
done

echo "A = $rev_a, B = $rev_b; best of 5 per round, best of $rounds rounds (ms):"
awk -F'\t' '
	{ k = $2 " " $3; if (!(k in seen)) { seen[k] = 1; order[++nk] = k }
	  if (!((k, $1) in best) || $5 < best[k, $1]) best[k, $1] = $5
	  tokens[k, $1] = $4 }
	END {
		printf "%-26s %10s %10s %8s\n", "table encoding", "A", "B", "change"
		for (i = 1; i <= nk; i++) {
			k = order[i]
			if (tokens[k, "a"] != tokens[k, "b"]) printf "%s: token counts differ (%s, %s)\n", k, tokens[k, "a"], tokens[k, "b"]
			printf "%-26s %10.2f %10.2f %+7.1f%%\n", k, 1000 * best[k, "a"], 1000 * best[k, "b"], 100 * (best[k, "b"] / best[k, "a"] - 1)
		}
	}' "$times"
