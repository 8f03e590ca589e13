#!/usr/bin/env bash
# The installed GPU, architecture and quantization catalog agrees with the
# TSV files of data/catalog (row counts; that sql/builtin_catalog.sql is current is
# checked by test/run.sh), every architecture row is usable by the memory
# model, and GPU prices are dated: none before the GPU was available.
# Needs PGHOST/PGPORT/PGUSER (test/run.sh sets them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

db=llmnum_gpu_catalog
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION llmnum CASCADE"

rows() { echo $(( $(grep -vc '^#' "$root/data/catalog/$1") - 1 )); }
check() {	# check LABEL SQL EXPECTED
	got=$(psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "$2")
	if [ "$got" != "$3" ]; then
		echo "$1: got $got, expected $3" >&2
		exit 1
	fi
}
check gpus "SELECT count(*) FROM llmnum.builtin_gpus" "$(rows gpus.tsv)"
check quantizations "SELECT count(*) FROM llmnum.quantizations" "$(rows quantizations.tsv)"
# one architecture row per line; the Hugging Face names of a row (variants) have it as base_model,
# its architecture and its encoding, or one with the same vocabulary (name=encoding: other
# special tokens, the same counts of text)
check models "SELECT count(*) FROM llmnum.builtin_models WHERE layers IS NOT NULL AND base_model IS NULL" "$(rows open_models.tsv)"
check variants "SELECT count(*) FROM llmnum.builtin_models v JOIN llmnum.builtin_models b ON b.name = v.base_model WHERE v.host IS NULL AND v.open_weights AND (v.layers, v.hidden_size, v.kv_heads, v.params_total) IS NOT DISTINCT FROM (b.layers, b.hidden_size, b.kv_heads, b.params_total) AND (v.encoding IS NOT DISTINCT FROM b.encoding OR llmnum.tokenize(E'Les chiffres 12345, 每个开发者, числа <think>', v.encoding) = llmnum.tokenize(E'Les chiffres 12345, 每个开发者, числа <think>', b.encoding))" "$(psql -X -At -d "$db" -c "SELECT count(*) FROM llmnum.builtin_models WHERE host IS NULL AND open_weights AND base_model IS NOT NULL")"
check variants_with_own_encoding "SELECT count(*) FROM llmnum.builtin_models v JOIN llmnum.builtin_models b ON b.name = v.base_model WHERE v.host IS NULL AND v.encoding IS DISTINCT FROM b.encoding" "$(grep -v '^#' "$root/data/catalog/open_models.tsv" | awk -F'\t' 'NR > 1 { print $NF }' | tr ' ' '\n' | grep -c '=')"
# every architecture row is usable by the memory model
# (in the format its weights are stored in: FP8 releases in fp8, Ollama's tags in a GGUF type)
check usable "SELECT count(*) FROM llmnum.models m, llmnum.gpu_memory(m.name, CASE WHEN m.name ~* '(^|[-_.:/])fp8([-_.:/]|\$)' THEN 'fp8' WHEN m.host = 'ollama' THEN 'Q4_K_M' ELSE 'fp16' END, least(512, m.context_window)) g WHERE m.layers IS NOT NULL AND g.total > 0" "$(psql -X -At -d "$db" -c "SELECT count(*) FROM llmnum.models WHERE layers IS NOT NULL")"
check gpu_prices "SELECT count(*) FROM llmnum.builtin_gpu_prices" "$(rows gpu_prices.tsv)"
check prices_after_availability "SELECT count(*) FROM llmnum.builtin_gpu_prices p JOIN llmnum.builtin_gpus g ON g.name = p.gpu WHERE p.valid_from < g.available_from" "0"
check available_on_2023_05_08 "SELECT max(memory_bytes) FROM llmnum.gpus WHERE available_from <= '2023-05-08'" "$((80 << 30))"
