#!/usr/bin/env bash
# Builds every libFuzzer target and runs each for a bounded time, starting
# from its seed corpus (copied, so the repository is not modified).
# Usage: test/fuzz/run.sh [seconds per target, default 30]
# Prints "fuzz <target> ... ok|FAILED" per target; exits non-zero on a crash.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}

make -s all >/dev/null
targets=$(make -s list)
status=0
for t in $targets; do
	work=$(mktemp -d)
	if [ -d "corpus/$t" ]; then cp -r "corpus/$t/." "$work/"; fi
	if "bin/$t" -max_total_time="$seconds" -print_final_stats=1 "$work" >"$work.log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work.log")
		echo "fuzz $t ... ok (${execs:-?} executions in ${seconds}s)"
	else
		echo "fuzz $t ... FAILED"
		tail -40 "$work.log"
		status=1
	fi
	rm -rf "$work" "$work.log"
done
exit $status
