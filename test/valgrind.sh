#!/usr/bin/env bash
# Runs the pg_regress suite against a server running under valgrind
# memcheck and fails if any valgrind error has a frame in llmnum.so.
# Errors that are PostgreSQL's own (Debian's server is not built for
# valgrind) are counted and reported, not judged.
# Slow (minutes); not part of test/run.sh.  Usage: bash test/valgrind.sh

source "$(dirname "$0")/lib.sh"
llmnum_install_deps valgrind
llmnum_take_install_lock
cd "$LLMNUM_ROOT"
llmnum_build_install

dir=$(mktemp -d /tmp/llmnum-valgrind.XXXXXX)
chown postgres: "$dir"
stop() {
	if [ -f "$dir/data/postmaster.pid" ]; then
		kill -INT "$(head -1 "$dir/data/postmaster.pid")" 2>/dev/null || true
		for _ in $(seq 1 120); do [ -f "$dir/data/postmaster.pid" ] || break; sleep 1; done
	fi
}
trap 'stop; rm -rf "$dir"' EXIT

runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
mkdir "$dir/vg" && chown postgres: "$dir/vg"
runuser -u postgres -- valgrind --quiet --trace-children=yes --track-origins=yes \
	--leak-check=no --num-callers=30 --error-limit=no \
	--log-file="$dir/vg/%p.log" \
	"$PG_BIN/postgres" -D "$dir/data" -k "$dir" -c listen_addresses='' -p 5432 -c fsync=off \
	>"$dir/server.log" 2>&1 &
export PGHOST=$dir PGPORT=5432 PGUSER=postgres
for _ in $(seq 1 120); do pg_isready -q && break; sleep 1; done

set +e
make -s with_llvm=no PG_CONFIG="$PG_CONFIG" installcheck
regress=$?
set -e
stop

ours=$( (grep -l 'llmnum\.so' "$dir"/vg/*.log 2>/dev/null || true) | wc -l)
total=$( (grep -h '^==[0-9]*== [A-Z]' "$dir"/vg/*.log 2>/dev/null || true) | grep -c -E 'Invalid|uninitialised|Conditional|Mismatched|overlap' || true)
echo "valgrind: $total error reports in the server, $ours process logs with a frame in llmnum.so"
if [ "$ours" -gt 0 ]; then
	grep -l 'llmnum\.so' "$dir"/vg/*.log | head -3 | xargs cat
fi
[ "$regress" -eq 0 ] && [ "$ours" -eq 0 ]
