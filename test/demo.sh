#!/usr/bin/env bash
# The main job: builds and installs llmnum, starts a throwaway PostgreSQL
# cluster, creates the extension, loads a generated usage log (about 1.2
# million API calls from 2023-03 to today) and prints the budget report.
# Usage: bash test/demo.sh [rows]     (as root on Debian 12)

source "$(dirname "$0")/lib.sh"
rows=${1:-1200000}

llmnum_install_deps
llmnum_take_install_lock
trap llmnum_cluster_stop EXIT
cd "$LLMNUM_ROOT"
llmnum_build_install
llmnum_cluster_start -c work_mem=64MB -c max_wal_size=4GB

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE llmnum_demo'
export PGDATABASE=llmnum_demo
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION llmnum CASCADE;
-- A negotiated rate, to show user prices taking over from list prices.
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
VALUES ('gpt-4o-mini', 'input', 0.12, '2025-03-01 00:00+00', 'example: negotiated contract 2025-02');
SQL
log "generating about $rows usage rows"
psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -f test/demo/usage.sql
log "report"
psql -X -q -v ON_ERROR_STOP=1 -f test/demo/report.sql
log "a LiteLLM spend log with ids as logged"
psql -X -q -v ON_ERROR_STOP=1 -f test/demo/litellm.sql
log "budgets, forecast and the month-over-month explanation"
psql -X -q -v ON_ERROR_STOP=1 -f test/demo/budgets.sql
