#!/usr/bin/env bash
# Short variant of test/bench/concurrency.sh for CI: 16 pgbench clients for
# LLMNUM_PGBENCH_SECONDS (default 8) calling the main functions mixed with
# override writes; no pgbench error, and the same results as a serial run.
# Needs PGHOST/PGPORT/PGUSER of a running cluster (test/run.sh sets them).
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/${LLMNUM_PG_MAJOR:-15}/bin}
source "$(dirname "$0")/../bench/concurrency/check.sh"
LLMNUM_SERIAL_TRANSACTIONS=${LLMNUM_SERIAL_TRANSACTIONS:-5} \
	llmnum_concurrency_check "${LLMNUM_PGBENCH_SECONDS:-8}"
