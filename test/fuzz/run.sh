#!/usr/bin/env bash
# Builds every libFuzzer target and runs each for a bounded time, starting
# from its seed corpus (copied, so the repository is not modified).
# Usage: test/fuzz/run.sh [seconds per target, default 30] [target...]
#   LLMNUM_FUZZ_MERGE=1  afterwards merge what the run found into
#                        corpus/<target> (-merge=1 keeps only inputs that add
#                        coverage); used for the documented long run.
# Prints "fuzz <target> ... ok|FAILED" per target with the executions and
# libFuzzer's final coverage (cov: edges, ft: features); exits non-zero on
# a crash.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
shift || true

make -s all >/dev/null
targets=${*:-$(make -s list)}
status=0
for t in $targets; do
	work=$(mktemp -d)
	if [ -d "corpus/$t" ]; then cp -r "corpus/$t/." "$work/"; fi
	if "bin/$t" -max_total_time="$seconds" -print_final_stats=1 "$work" >"$work.log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work.log")
		cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$work.log" | tail -1 || true)
		echo "fuzz $t ... ok (${execs:-?} executions in ${seconds}s, ${cov:-no coverage line})"
		if [ "${LLMNUM_FUZZ_MERGE:-0}" = 1 ]; then
			mkdir -p "corpus/$t"
			"bin/$t" -merge=1 "corpus/$t" "$work" >"$work.merge.log" 2>&1
			echo "fuzz $t merged: $(ls "corpus/$t" | wc -l) files, $(du -sk "corpus/$t" | cut -f1) kB"
			rm -f "$work.merge.log"
		fi
	else
		echo "fuzz $t ... FAILED"
		tail -40 "$work.log"
		status=1
	fi
	rm -rf "$work" "$work.log"
done
exit $status
