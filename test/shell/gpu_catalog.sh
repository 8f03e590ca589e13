#!/usr/bin/env bash
# The GPU/model/quantization catalog in the upgrade script is the one the
# TSV files in data/catalog generate, and the installed catalog agrees
# with the TSV row counts.  Needs PGHOST/PGPORT/PGUSER (test/run.sh sets them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

if command -v python3 >/dev/null; then
	python3 "$root/data/catalog/gen_hardware.py" --check
else
	echo "python3 not installed: generator check skipped"
fi

db=llmnum_gpu_catalog
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION llmnum CASCADE"

rows() { echo $(( $(wc -l < "$root/data/catalog/$1") - 1 )); }
check() {	# check LABEL SQL EXPECTED
	got=$(psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "$2")
	if [ "$got" != "$3" ]; then
		echo "$1: got $got, expected $3" >&2
		exit 1
	fi
}
check gpus "SELECT count(*) FROM llmnum.builtin_gpus" "$(rows gpus.tsv)"
check quantizations "SELECT count(*) FROM llmnum.quantizations" "$(rows quantizations.tsv)"
check models "SELECT count(*) FROM llmnum.builtin_models WHERE layers IS NOT NULL" "$(rows open_models.tsv)"
# every architecture row is usable by the memory model
check usable "SELECT count(*) FROM llmnum.models m, llmnum.gpu_memory(m.name, 'fp16', least(512, m.context_window)) g WHERE m.layers IS NOT NULL AND g.total > 0" "$(rows open_models.tsv)"
