# Shared shell functions of the test and demo scripts (sourced, not run).
#
# Everything runs as root on a Debian 12 machine: initdb refuses root, so
# each throwaway cluster is owned by the postgres user, lives in a
# temporary directory and listens only on a Unix socket in that directory.

set -euo pipefail

LLMNUM_PG_MAJOR=${LLMNUM_PG_MAJOR:-15}
# PG_BIN may name a private copy of the installation (developers running
# several worktrees at once); by default the Debian packages'.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$LLMNUM_PG_MAJOR/bin}
export PG_CONFIG=${PG_CONFIG:-$PG_BIN/pg_config}
LLMNUM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '==> %s\n' "$*" >&2; }

# Installs the Debian packages the build and the tests need, once.
llmnum_install_deps() {
	local pkgs=(make gcc "postgresql-$LLMNUM_PG_MAJOR" "postgresql-server-dev-$LLMNUM_PG_MAJOR" "$@")
	local missing=()
	local p
	for p in "${pkgs[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		log "installing ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

# Several worktrees on one machine share the PostgreSQL installation
# directory: serialise "make install" and the tests that use it.
llmnum_take_install_lock() {
	exec 9>"${LLMNUM_INSTALL_LOCK:-/tmp/llmnum-install.lock}"
	flock 9
}

# Builds and installs the extension into the PostgreSQL of $PG_CONFIG.
# Scripts of other checkouts installed earlier are removed first, so the
# upgrade test sees exactly the versions of this tree.
llmnum_build_install() {
	log "building llmnum"
	make -C "$LLMNUM_ROOT" -s with_llvm=no PG_CONFIG="$PG_CONFIG" >/dev/null
	rm -f "$("$PG_CONFIG" --sharedir)"/extension/llmnum--*.sql
	make -C "$LLMNUM_ROOT" -s with_llvm=no PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# Starts a throwaway cluster; exports PGHOST/PGPORT/PGUSER for clients.
# The caller must arrange for llmnum_cluster_stop to run (trap).  The
# server does not inherit the install lock (fd 9): a server left running
# must not hold it.
llmnum_cluster_start() {
	LLMNUM_CLUSTER_DIR=$(mktemp -d /tmp/llmnum-cluster.XXXXXX)
	chown postgres: "$LLMNUM_CLUSTER_DIR"
	chmod 700 "$LLMNUM_CLUSTER_DIR"
	runuser -u postgres -- "$PG_BIN/initdb" -D "$LLMNUM_CLUSTER_DIR/data" -A trust -U postgres \
		-E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
	runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$LLMNUM_CLUSTER_DIR/data" -l "$LLMNUM_CLUSTER_DIR/server.log" -w \
		-o "-k $LLMNUM_CLUSTER_DIR -c listen_addresses='' -p 5432 -c fsync=off -c max_parallel_workers_per_gather=2 $*" \
		start >/dev/null 9>&-
	export PGHOST=$LLMNUM_CLUSTER_DIR PGPORT=5432 PGUSER=postgres
	unset PGDATABASE PGPASSWORD PGSERVICE
	log "cluster running in $LLMNUM_CLUSTER_DIR"
}

# Stops the throwaway cluster and removes every file of it.
llmnum_cluster_stop() {
	if [ -n "${LLMNUM_CLUSTER_DIR:-}" ] && [ -d "$LLMNUM_CLUSTER_DIR" ]; then
		runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$LLMNUM_CLUSTER_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
		rm -rf "$LLMNUM_CLUSTER_DIR"
	fi
	LLMNUM_CLUSTER_DIR=
}

# --- Citus (test/shell/citus.sh, test/bench/citus.sh) ---------------------

# Installs Citus through ../shared/citus/build.sh (which does nothing when
# that version is installed).  A Citus already installed in this
# PostgreSQL is used as it is, wherever the repository was cloned; without
# it and without ../shared/citus the caller fails, unless
# LLMNUM_SKIP_CITUS=1 says to skip.
llmnum_citus_install() {
	local script control
	script=$(cd "$LLMNUM_ROOT/.." && pwd)/shared/citus/build.sh
	control=$("$PG_CONFIG" --sharedir)/extension/citus.control
	if [ ! -f "$script" ] && [ -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ] && [ -f "$control" ]; then
		echo "citus installed ($(sed -n "s/^default_version = //p" "$control")); ../shared/citus not needed" >&2
		return 0
	fi
	if [ ! -f "$script" ]; then
		echo "Citus build script $script not found: the Citus test needs ../shared/citus beside the repository (set LLMNUM_SKIP_CITUS=1 to skip it)" >&2
		return 1
	fi
	bash "$script" >&2
}

# Starts one Citus node NAME in $LLMNUM_CITUS_DIR/NAME, on a Unix socket in
# that directory (which is also its node name for Citus), port 5432.
llmnum_citus_node_start() {
	local name=$1
	local dir=$LLMNUM_CITUS_DIR/$name
	shift
	mkdir -p "$dir"
	chown postgres: "$dir"
	chmod 700 "$dir"
	runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres \
		-E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
	runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-k $dir -c listen_addresses='' -p 5432 -c fsync=off -c shared_preload_libraries=citus -c citus.local_hostname=$dir -c max_prepared_transactions=20 $*" \
		start >/dev/null 9>&-
	psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p 5432 -U postgres -d postgres -c 'CREATE EXTENSION citus' >/dev/null
}

# Stops every node of $LLMNUM_CITUS_DIR and removes the directory.
llmnum_citus_stop() {
	local d
	if [ -n "${LLMNUM_CITUS_DIR:-}" ] && [ -d "$LLMNUM_CITUS_DIR" ]; then
		for d in "$LLMNUM_CITUS_DIR"/*/data; do
			[ -d "$d" ] || continue
			runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1 || true
		done
		rm -rf "$LLMNUM_CITUS_DIR"
	fi
	LLMNUM_CITUS_DIR=
}

# The common start of a benchmark: the install lock, a fresh build and
# install of this tree, and a throwaway cluster with the given server
# options, stopped on exit; the caller works from the repository root.
llmnum_bench_start() {
	llmnum_take_install_lock
	trap llmnum_cluster_stop EXIT
	cd "$LLMNUM_ROOT"
	llmnum_build_install
	llmnum_cluster_start "$@"
}

# --- the tokenizer benchmarks (test/bench/tokenizer.sh, tokenizer_ab.sh) -----

# A table TABLE of the rows of a corpus (one text per line of ROWS_FILE, in
# COPY format), with COMPRESSION if given.
llmnum_bench_load_rows() {
	psql -X -q -d postgres <<SQL
CREATE TABLE "$1" (body text ${3:+COMPRESSION $3});
\copy "$1" FROM '$2'
VACUUM ANALYZE "$1";
SQL
}

# psql's output (\timing on) for SETUP, then QUERY PASSES times, in one
# backend: llmnum_bench_timed PASSES SETUP QUERY
llmnum_bench_timed() {
	local i
	{
		echo "$2"
		echo '\timing on'
		for i in $(seq "$1"); do
			echo "$3"
		done
	} | psql -X -q -d postgres -At
}

# "tokens<TAB>seconds" of SELECT sum(count_tokens(body, ENCODING)) FROM
# TABLE in one backend: psql's \timing, best of PASSES after one untimed
# pass that reads the table into shared buffers.
llmnum_bench_best_count() {
	llmnum_bench_timed "$3" "SET max_parallel_workers_per_gather = 0; SELECT sum(length(body)) FROM \"$1\";" \
		"SELECT sum(llmnum.count_tokens(body, '$2')) FROM \"$1\";" |
		awk '/^Time:/ {t=$2/1000; if (best == "" || t < best) best = t} /^[0-9]+$/ {n=$1} END {printf "%s\t%.6f\n", n, best}'
}
