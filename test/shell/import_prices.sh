#!/usr/bin/env bash
# llmnum.import_prices over real catalogs: the small fixture files of
# test/fixtures, the full LiteLLM map of ../shared/data/prices (or its
# vendored copy) and the full genai-prices data when it is vendored in
# data/vendor/genai-prices/data.json.  The first import of a fixture writes
# rows (the fixtures hold a model no catalog has); the real files, which the
# built-in catalog is made from, may write little or nothing; a second
# import of any file writes none.  Every imported price can
# be used by gen_cost.  Needs PGHOST/PGPORT/PGUSER (test/run.sh sets them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

db=llmnum_import_prices
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION llmnum CASCADE"

q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

writes() {	# rows of the user tables
	q -c "SELECT (SELECT count(*) FROM llmnum.user_prices) + (SELECT count(*) FROM llmnum.user_models)"
}

# import FILE FORMAT -> prints "action count" lines of the import's result
import() {
	q -v file="$1" -v format="$2" <<'SQL'
SET client_min_messages = warning;
\set doc `cat :'file'`
SELECT action || ' ' || count(*)
FROM llmnum.import_prices(:'doc'::jsonb, :'format') GROUP BY action ORDER BY action;
SQL
}

check_file() {	# check_file LABEL FILE FORMAT MUST_WRITE
	local label=$1 file=$2 format=$3 must_write=$4 before after first second
	before=$(writes)
	first=$(import "$file" "$format")
	after=$(writes)
	echo "$label, first import: $(echo "$first" | paste -sd, -) ($((after - before)) rows written)"
	if [ "$must_write" = yes ] && { [ "$after" -le "$before" ] || ! grep -q '^added [1-9]' <<<"$first"; }; then
		echo "$label: the first import wrote nothing" >&2
		exit 1
	fi
	second=$(import "$file" "$format")
	echo "$label, second import: $(echo "$second" | paste -sd, -)"
	if [ "$(writes)" != "$after" ] || grep -Eq '^(added|changed|new model) ' <<<"$second"; then
		echo "$label: the second import wrote rows: $second" >&2
		exit 1
	fi
}

check_file "fixture genai-prices" "$root/test/fixtures/genai-prices-small.json" genai-prices yes
check_file "fixture litellm" "$root/test/fixtures/litellm-small.json" litellm yes

litellm=
if [ -d "$root/../shared" ]; then
	litellm=$root/../shared/data/prices/litellm-model-prices-2025-09-01.json
elif [ -f "$root/data/vendor/litellm/model_prices_and_context_window.json" ]; then
	litellm=$root/data/vendor/litellm/model_prices_and_context_window.json
fi
if [ -n "$litellm" ]; then
	check_file "LiteLLM $(basename "$litellm")" "$litellm" litellm no
else
	echo "SKIPPED: no ../shared directory beside the repository and no vendored LiteLLM file"
fi

if [ -f "$root/data/vendor/genai-prices/data.json" ]; then
	check_file "genai-prices data/vendor" "$root/data/vendor/genai-prices/data.json" genai-prices no
else
	echo "SKIPPED: data/vendor/genai-prices/data.json is not in this tree"
fi

# LiteLLM again after genai-prices: where the two catalogs disagree the
# later import wins (reported, not a failure); a repeat is again a no-op.
if [ -n "$litellm" ] && [ -f "$root/data/vendor/genai-prices/data.json" ]; then
	echo "LiteLLM after genai-prices: $(import "$litellm" litellm | paste -sd, -)"
	before=$(writes)
	import "$litellm" litellm >/dev/null
	if [ "$(writes)" != "$before" ]; then
		echo "a repeated LiteLLM import wrote rows" >&2
		exit 1
	fi
fi

# Every imported input price prices a request (no unusable numeric).
bad=$(q -c "SELECT count(*) FROM llmnum.user_prices u
	WHERE u.component = 'input' AND u.tier_above_tokens = 0 AND u.valid_to IS NULL
	  AND llmnum.try_gen_cost(u.model, 1000, 0, u.valid_from) IS NULL")
if [ "$bad" != 0 ]; then
	echo "$bad imported input prices cannot be used by gen_cost" >&2
	exit 1
fi
echo "imported: $(q -c "SELECT count(*) FROM llmnum.user_models") models, $(q -c "SELECT count(*) FROM llmnum.user_prices") prices"
