#!/usr/bin/env bash
# Runs every llmnum test suite on a fresh throwaway cluster:
#   - the pure-C unit tests (no server) in test/unit,
#   - the pg_regress suite (test/sql, expected/),
#   - the shell tests in test/shell (dump/restore, upgrade path, a 3-node
#     Citus cluster: test/shell/citus.sh builds Citus from ../shared/citus
#     when it is missing, and fails without it unless LLMNUM_SKIP_CITUS=1).
# Ends with "N passed, N failed"; exits non-zero if anything failed or no
# test ran.  Usage: bash test/run.sh   (as root on Debian 12)

source "$(dirname "$0")/lib.sh"

passed=0
failed=0
failures=()

record() {	# record NAME STATUS
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		failures+=("$1")
	fi
}

finish() {
	llmnum_cluster_stop
	echo
	if [ ${#failures[@]} -gt 0 ]; then
		printf 'failed: %s\n' "${failures[@]}"
	fi
	echo "$passed passed, $failed failed"
}

llmnum_install_deps clang libclang-rt-14-dev python3
llmnum_take_install_lock
export LLMNUM_INSTALL_LOCKED=1	# for test/shell/citus.sh, which needs the installed llmnum
trap finish EXIT
cd "$LLMNUM_ROOT"
llmnum_build_install

# Generated files are current: the catalog SQL is what its generator makes
# of the catalog sources.
log "generated files"
# ... and so is the catalog part of the upgrade scripts to the current
# version while it is unreleased (released scripts are frozen).
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" llmnum.control)
upgrade_checks=true
if [ ! -f "sql/released/llmnum--$current.sql" ]; then
	for f in sql/llmnum--*--"$current".sql; do
		[ -f "$f" ] || continue
		python3 data/catalog/gen_catalog.py --check --upgrade "$f" || upgrade_checks=false
	done
fi
if python3 data/catalog/gen_catalog.py --check && $upgrade_checks; then
	echo "generated catalog ... ok"
	record "generated/catalog" 0
else
	echo "generated catalog ... FAILED"
	record "generated/catalog" 1
fi
# The unit test's copy of the id rules (test/unit/model_id_rules.h).
if python3 test/unit/gen_model_id_rules.py --check; then
	echo "generated model id rules ... ok"
	record "generated/model_id_rules" 0
else
	echo "generated model id rules ... FAILED"
	record "generated/model_id_rules" 1
fi

# Pure-C unit tests: each program is one test.
if [ -f test/unit/Makefile ]; then
	log "unit tests"
	make -s -C test/unit SANITIZE=1 >/dev/null
	for t in test/unit/bin/*; do
		[ -x "$t" ] || continue
		if "$t" >"/tmp/llmnum-unit.$$.log" 2>&1; then
			echo "unit $(basename "$t") ... ok"
			record "unit/$(basename "$t")" 0
		else
			echo "unit $(basename "$t") ... FAILED"
			sed 's/^/    /' "/tmp/llmnum-unit.$$.log" | tail -20
			record "unit/$(basename "$t")" 1
		fi
	done
	rm -f "/tmp/llmnum-unit.$$.log"
fi

# Fuzzers, each for a bounded time (LLMNUM_FUZZ_SECONDS, default 20).
if ls test/fuzz/*.mk >/dev/null 2>&1; then
	log "fuzzing"
	set +e
	bash test/fuzz/run.sh "${LLMNUM_FUZZ_SECONDS:-20}" >/tmp/llmnum-fuzz.$$.log 2>&1
	set -e
	cat /tmp/llmnum-fuzz.$$.log
	while read -r name; do record "fuzz/$name" 0; done < <(sed -n 's/^fuzz \([a-z0-9_]*\) \.\.\. ok.*/\1/p' /tmp/llmnum-fuzz.$$.log)
	while read -r name; do record "fuzz/$name" 1; done < <(sed -n 's/^fuzz \([a-z0-9_]*\) \.\.\. FAILED.*/\1/p' /tmp/llmnum-fuzz.$$.log)
	if ! grep -q '^fuzz ' /tmp/llmnum-fuzz.$$.log; then record "fuzz/build" 1; fi
	rm -f /tmp/llmnum-fuzz.$$.log
fi

llmnum_cluster_start

log "pg_regress suite"
rm -rf results regression.diffs regression.out
set +e
make -s with_llvm=no PG_CONFIG="$PG_CONFIG" installcheck >/tmp/llmnum-regress.$$.log 2>&1
set -e
cat /tmp/llmnum-regress.$$.log
while read -r name; do record "regress/$name" 0; done < <(sed -n 's/^[ ]*\(test \)\{0,1\}\([a-z0-9_]*\)  *\.\.\. ok .*/\2/p' /tmp/llmnum-regress.$$.log)
while read -r name; do record "regress/$name" 1; done < <(sed -n 's/^[ ]*\(test \)\{0,1\}\([a-z0-9_]*\)  *\.\.\. FAILED.*/\2/p' /tmp/llmnum-regress.$$.log)
if grep -q 'FAILED\|failed' /tmp/llmnum-regress.$$.log && [ -f regression.diffs ]; then
	head -200 regression.diffs
fi
rm -f /tmp/llmnum-regress.$$.log

for t in test/shell/*.sh; do
	[ -f "$t" ] || continue
	log "shell test $(basename "$t")"
	if bash "$t"; then
		echo "shell $(basename "$t" .sh) ... ok"
		record "shell/$(basename "$t" .sh)" 0
	else
		echo "shell $(basename "$t" .sh) ... FAILED"
		record "shell/$(basename "$t" .sh)" 1
	fi
done

[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
