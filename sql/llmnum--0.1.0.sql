/* sql/llmnum--0.1.0.sql: the reference schema and the first seeded catalog */

\echo Use "CREATE EXTENSION llmnum" to load this file. \quit

/*
 * Refuse to install into a schema somebody else prepared.  CREATE EXTENSION
 * reuses an existing schema "llmnum" as it is, and this script resolves
 * names in it: an operator or function planted there beforehand would run
 * with the installing superuser's rights.  The schema must therefore be new
 * (PostgreSQL creates it owned by the installing role) or empty and owned by
 * a superuser or the installing role.  Every operator below is qualified so
 * that the check itself cannot be subverted.
 */
DO $guard$
DECLARE
	target oid := (SELECT n.oid FROM pg_catalog.pg_namespace n
				   WHERE n.nspname OPERATOR(pg_catalog.=) 'llmnum');
	owner_ok boolean;
	empty boolean;
BEGIN
	SELECT r.rolsuper OR r.rolname OPERATOR(pg_catalog.=) current_user
	INTO owner_ok
	FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
	WHERE n.oid OPERATOR(pg_catalog.=) target;

	empty := NOT EXISTS (SELECT FROM pg_catalog.pg_class WHERE relnamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_proc WHERE pronamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_operator WHERE oprnamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_type WHERE typnamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_collation WHERE collnamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_conversion WHERE connamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_opfamily WHERE opfnamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_ts_config WHERE cfgnamespace OPERATOR(pg_catalog.=) target)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_ts_dict WHERE dictnamespace OPERATOR(pg_catalog.=) target);

	IF NOT owner_ok OR NOT empty THEN
		RAISE EXCEPTION 'schema "llmnum" was prepared by another role'
			USING ERRCODE = 'insufficient_privilege',
			DETAIL = 'llmnum installs only into a new schema, or an empty one owned by a superuser or the installing role.',
			HINT = 'Inspect and drop schema llmnum (or move its objects away), then run CREATE EXTENSION llmnum again.';
	END IF;
END
$guard$;

/*
 * Layout of the catalog
 *
 * Every kind of reference data comes as two tables with the same columns:
 *
 *   llmnum.builtin_<kind>  rows shipped and maintained by the extension.
 *                          Only extension scripts change them, so that an
 *                          upgrade script can correct or add rows.  They are
 *                          not dumped by pg_dump: CREATE EXTENSION recreates
 *                          them at the installed version.
 *   llmnum.user_<kind>     rows added by users (a negotiated price, an
 *                          in-house model, a GPU at your cloud's rate).
 *                          Registered with pg_extension_config_dump, so
 *                          pg_dump keeps them, and no extension script ever
 *                          touches their rows.
 *
 * and one view, llmnum.<kind>, which is the single lookup path: user rows
 * first, then the built-in rows that no user row shadows.  A user row
 * shadows a built-in row with the same name (compared case-insensitively);
 * for prices it shadows the built-in price of the same model, component
 * and tier over the user row's validity period only.
 */

/* ---------------------------------------------------------------------
 * Shared validation
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.check_price_overlap()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	clash record;
BEGIN
	/*
	 * Serialise writers of the same (model, component, tier) so that two
	 * concurrent inserts cannot both miss each other.
	 */
	PERFORM pg_advisory_xact_lock(hashtextextended(
		TG_TABLE_NAME || '/' || lower(NEW.model) || '/' || NEW.component
		|| '/' || NEW.tier_above_tokens, 0));

	EXECUTE format(
		'SELECT model, valid_from, valid_to FROM %I.%I '
		'WHERE lower(model) = lower($1) AND component = $2 '
		'AND tier_above_tokens = $3 AND NOT (model = $1 AND valid_from = $4) '
		'AND tstzrange(valid_from, valid_to) && tstzrange($4, $5) LIMIT 1',
		TG_TABLE_SCHEMA, TG_TABLE_NAME)
	INTO clash
	USING NEW.model, NEW.component, NEW.tier_above_tokens,
		NEW.valid_from, NEW.valid_to;

	/* EXECUTE ... INTO leaves FOUND alone: test the row itself */
	IF clash.model IS NOT NULL THEN
		RAISE EXCEPTION 'price period overlaps an existing % price of model "%"',
			NEW.component, NEW.model
			USING ERRCODE = 'exclusion_violation',
			DETAIL = format('The new period [%s, %s) overlaps [%s, %s) in %I.%I.',
				NEW.valid_from, coalesce(NEW.valid_to::text, 'open'),
				clash.valid_from, coalesce(clash.valid_to::text, 'open'),
				TG_TABLE_SCHEMA, TG_TABLE_NAME),
			HINT = 'Close the earlier period by setting its valid_to, or change valid_from.';
	END IF;
	RETURN NULL;
END;
$$;

COMMENT ON FUNCTION llmnum.check_price_overlap() IS
'Constraint trigger: rejects a price whose validity period overlaps another price of the same model, component and tier in the same table.';

CREATE FUNCTION llmnum.check_price_model()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM llmnum.builtin_models m
				   WHERE lower(m.name) = lower(NEW.model))
	   AND NOT EXISTS (SELECT 1 FROM llmnum.user_models m
					   WHERE lower(m.name) = lower(NEW.model)) THEN
		RAISE EXCEPTION 'model "%" is not in the catalog', NEW.model
			USING ERRCODE = 'foreign_key_violation',
			HINT = 'Add the model to llmnum.user_models first.';
	END IF;
	RETURN NULL;
END;
$$;

COMMENT ON FUNCTION llmnum.check_price_model() IS
'Constraint trigger: a user price must name a model of llmnum.models.';

/* ---------------------------------------------------------------------
 * The numbers of "Numbers every LLM developer should know"
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.numbers (
	key			text PRIMARY KEY CHECK (key ~ '^[a-z0-9_]+$'),
	ordinal		smallint NOT NULL UNIQUE CHECK (ordinal > 0),
	section		text NOT NULL
		CHECK (section IN ('prompts', 'prices', 'training', 'gpu_memory')),
	heading		text NOT NULL,
	value_low	numeric NOT NULL,
	value_high	numeric NOT NULL,
	unit		text NOT NULL,
	as_of		date NOT NULL,
	source		text NOT NULL,
	explanation text NOT NULL,
	known_issues text NOT NULL,
	CONSTRAINT values_finite CHECK (value_high < 'Infinity' AND value_low > '-Infinity'),
	CONSTRAINT low_not_above_high CHECK (value_low <= value_high)
);

COMMENT ON TABLE llmnum.numbers IS
'The 14 numbers of ray-project/llm-numbers (2023-05), each as data: original heading, value range and unit, the date it was true, its source, an explanation in llmnum''s words and what is known to be wrong with it today.';
COMMENT ON COLUMN llmnum.numbers.key IS 'Stable identifier used by the functions that recompute the number.';
COMMENT ON COLUMN llmnum.numbers.ordinal IS 'Position in the original list (1 to 14).';
COMMENT ON COLUMN llmnum.numbers.heading IS 'The original heading, a short factual label.';
COMMENT ON COLUMN llmnum.numbers.value_low IS 'Lower end of the value as published (equal to value_high for a point value).';
COMMENT ON COLUMN llmnum.numbers.value_high IS 'Upper end of the value as published.';
COMMENT ON COLUMN llmnum.numbers.as_of IS 'The date on which the published value was true.';
COMMENT ON COLUMN llmnum.numbers.known_issues IS 'What is known to be wrong or outdated about the number.';

/* ---------------------------------------------------------------------
 * Models
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.builtin_models (
	name		text NOT NULL PRIMARY KEY
		CONSTRAINT name_not_blank CHECK (name <> '' AND name = btrim(name)),
	provider	text NOT NULL,
	family		text,
	kind		text NOT NULL
		CONSTRAINT kind_known
		CHECK (kind IN ('chat', 'completion', 'embedding', 'reasoning', 'base', 'moderation', 'rerank')),
	encoding	text CONSTRAINT encoding_known CHECK (encoding IN ('r50k_base', 'p50k_base', 'cl100k_base', 'o200k_base')),
	params_total numeric CHECK (params_total > 0 AND params_total < 'Infinity'),
	params_active numeric
		CONSTRAINT params_active_within_total CHECK (params_active > 0 AND params_active <= params_total),
	layers		integer CHECK (layers > 0),
	hidden_size integer CHECK (hidden_size > 0),
	attention_heads integer CHECK (attention_heads > 0),
	kv_heads	integer
		CONSTRAINT kv_heads_within_heads CHECK (kv_heads > 0 AND kv_heads <= attention_heads),
	head_dim	integer CHECK (head_dim > 0),
	context_window integer CHECK (context_window > 0),
	release_date date,
	open_weights boolean NOT NULL DEFAULT false,
	source		text NOT NULL CHECK (source <> ''),
	as_of		date NOT NULL,
	notes		text
);
CREATE UNIQUE INDEX builtin_models_lower_name_key ON llmnum.builtin_models (lower(name));

CREATE TABLE llmnum.user_models (
	name		text NOT NULL PRIMARY KEY
		CONSTRAINT name_not_blank CHECK (name <> '' AND name = btrim(name)),
	provider	text NOT NULL,
	family		text,
	kind		text NOT NULL
		CONSTRAINT kind_known
		CHECK (kind IN ('chat', 'completion', 'embedding', 'reasoning', 'base', 'moderation', 'rerank')),
	encoding	text CONSTRAINT encoding_known CHECK (encoding IN ('r50k_base', 'p50k_base', 'cl100k_base', 'o200k_base')),
	params_total numeric CHECK (params_total > 0 AND params_total < 'Infinity'),
	params_active numeric
		CONSTRAINT params_active_within_total CHECK (params_active > 0 AND params_active <= params_total),
	layers		integer CHECK (layers > 0),
	hidden_size integer CHECK (hidden_size > 0),
	attention_heads integer CHECK (attention_heads > 0),
	kv_heads	integer
		CONSTRAINT kv_heads_within_heads CHECK (kv_heads > 0 AND kv_heads <= attention_heads),
	head_dim	integer CHECK (head_dim > 0),
	context_window integer CHECK (context_window > 0),
	release_date date,
	open_weights boolean NOT NULL DEFAULT false,
	source		text NOT NULL DEFAULT 'user' CHECK (source <> ''),
	as_of		date NOT NULL DEFAULT current_date,
	notes		text,
	created_by	name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX user_models_lower_name_key ON llmnum.user_models (lower(name));

COMMENT ON TABLE llmnum.builtin_models IS
'Models shipped with llmnum (changed only by extension scripts). Query llmnum.models, which also sees user rows.';
COMMENT ON TABLE llmnum.user_models IS
'Your own models, or corrections that shadow a built-in model of the same name. Kept by pg_dump and by extension upgrades.';
COMMENT ON COLUMN llmnum.builtin_models.kind IS 'chat, completion, embedding, reasoning, base, moderation or rerank.';
COMMENT ON COLUMN llmnum.builtin_models.encoding IS 'OpenAI BPE encoding of the model''s tokenizer; NULL when no public tokenizer is known.';
COMMENT ON COLUMN llmnum.builtin_models.params_total IS 'Parameter count including every expert of a mixture-of-experts model.';
COMMENT ON COLUMN llmnum.builtin_models.params_active IS 'Parameters used per token (differs from params_total for mixture-of-experts models).';
COMMENT ON COLUMN llmnum.builtin_models.kv_heads IS 'Key/value heads (smaller than attention_heads with grouped-query attention).';
COMMENT ON COLUMN llmnum.builtin_models.source IS 'Where the row''s facts come from (URL or document).';
COMMENT ON COLUMN llmnum.builtin_models.as_of IS 'Date of the source (publication, or snapshot of a page or file) the facts were checked against.';

CREATE VIEW llmnum.models AS
SELECT 'user'::text AS origin, u.name, u.provider, u.family, u.kind, u.encoding,
	   u.params_total, u.params_active, u.layers, u.hidden_size, u.attention_heads,
	   u.kv_heads, u.head_dim, u.context_window, u.release_date, u.open_weights,
	   u.source, u.as_of, u.notes, u.created_by
FROM llmnum.user_models u
UNION ALL
SELECT 'builtin'::text, b.name, b.provider, b.family, b.kind, b.encoding,
	   b.params_total, b.params_active, b.layers, b.hidden_size, b.attention_heads,
	   b.kv_heads, b.head_dim, b.context_window, b.release_date, b.open_weights,
	   b.source, b.as_of, b.notes, NULL::name
FROM llmnum.builtin_models b
WHERE NOT EXISTS (SELECT 1 FROM llmnum.user_models u WHERE lower(u.name) = lower(b.name));

COMMENT ON VIEW llmnum.models IS
'Every model llmnum knows: user rows, then built-in rows not shadowed by a user row of the same name.';

/* ---------------------------------------------------------------------
 * Dated prices
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.builtin_prices (
	model		text NOT NULL REFERENCES llmnum.builtin_models (name) ON UPDATE CASCADE,
	component	text NOT NULL
		CONSTRAINT component_known CHECK (component IN ('input', 'output', 'cached_input', 'cache_write', 'cache_write_1h',
							 'batch_input', 'batch_output', 'training')),
	tier_above_tokens integer NOT NULL DEFAULT 0 CONSTRAINT tier_non_negative CHECK (tier_above_tokens >= 0),
	usd_per_mtok numeric NOT NULL
		CONSTRAINT price_finite_non_negative CHECK (usd_per_mtok >= 0 AND usd_per_mtok < 'Infinity'),
	valid_from	timestamptz NOT NULL CONSTRAINT valid_from_finite CHECK (isfinite(valid_from)),
	valid_to	timestamptz
		CONSTRAINT valid_to_after_valid_from CHECK (valid_to > valid_from AND isfinite(valid_to)),
	source		text NOT NULL CHECK (source <> ''),
	as_of		date NOT NULL,
	notes		text,
	PRIMARY KEY (model, component, tier_above_tokens, valid_from)
);

CREATE TABLE llmnum.user_prices (
	model		text NOT NULL,
	component	text NOT NULL
		CONSTRAINT component_known CHECK (component IN ('input', 'output', 'cached_input', 'cache_write', 'cache_write_1h',
							 'batch_input', 'batch_output', 'training')),
	tier_above_tokens integer NOT NULL DEFAULT 0 CONSTRAINT tier_non_negative CHECK (tier_above_tokens >= 0),
	usd_per_mtok numeric NOT NULL
		CONSTRAINT price_finite_non_negative CHECK (usd_per_mtok >= 0 AND usd_per_mtok < 'Infinity'),
	valid_from	timestamptz NOT NULL CONSTRAINT valid_from_finite CHECK (isfinite(valid_from)),
	valid_to	timestamptz
		CONSTRAINT valid_to_after_valid_from CHECK (valid_to > valid_from AND isfinite(valid_to)),
	source		text NOT NULL DEFAULT 'user' CHECK (source <> ''),
	as_of		date NOT NULL DEFAULT current_date,
	notes		text,
	created_by	name NOT NULL DEFAULT current_user,
	PRIMARY KEY (model, component, tier_above_tokens, valid_from)
);

CREATE CONSTRAINT TRIGGER builtin_prices_no_overlap
	AFTER INSERT OR UPDATE ON llmnum.builtin_prices
	FOR EACH ROW EXECUTE FUNCTION llmnum.check_price_overlap();
CREATE CONSTRAINT TRIGGER user_prices_no_overlap
	AFTER INSERT OR UPDATE ON llmnum.user_prices
	FOR EACH ROW EXECUTE FUNCTION llmnum.check_price_overlap();
CREATE CONSTRAINT TRIGGER user_prices_known_model
	AFTER INSERT OR UPDATE ON llmnum.user_prices
	FOR EACH ROW EXECUTE FUNCTION llmnum.check_price_model();

CREATE INDEX builtin_prices_lookup ON llmnum.builtin_prices (lower(model), component, valid_from);
CREATE INDEX user_prices_lookup ON llmnum.user_prices (lower(model), component, valid_from);

COMMENT ON TABLE llmnum.builtin_prices IS
'Dated list prices shipped with llmnum, in USD per million tokens; valid from valid_from (inclusive) to valid_to (exclusive, NULL while current). Periods of one model, component and tier never overlap.';
COMMENT ON TABLE llmnum.user_prices IS
'Your own prices (negotiated rates, self-hosted models). Over its period a user price shadows the built-in price of the same model, component and tier. Kept by pg_dump and by extension upgrades.';
COMMENT ON COLUMN llmnum.builtin_prices.component IS
'input, output, cached_input (cache read), cache_write (5-minute cache write), cache_write_1h, batch_input, batch_output, or training (fine-tuning, per training token).';
COMMENT ON COLUMN llmnum.builtin_prices.tier_above_tokens IS
'Long-context tier: the price applies to requests whose prompt exceeds this many tokens (0 for the base tier).';
COMMENT ON COLUMN llmnum.builtin_prices.usd_per_mtok IS 'US dollars per million tokens.';
COMMENT ON COLUMN llmnum.builtin_prices.source IS 'Provider page or announcement the price comes from.';
COMMENT ON COLUMN llmnum.builtin_prices.as_of IS 'Date of the source (publication, or snapshot of a pricing page or catalog) the value was checked against.';
COMMENT ON COLUMN llmnum.builtin_prices.notes IS 'Caveats, e.g. when the exact date of a change is not known.';

CREATE VIEW llmnum.prices AS
SELECT 'user'::text AS origin, u.model, u.component, u.tier_above_tokens, u.usd_per_mtok,
	   u.valid_from, u.valid_to, u.source, u.as_of, u.notes, u.created_by
FROM llmnum.user_prices u
UNION ALL
SELECT 'builtin'::text, b.model, b.component, b.tier_above_tokens, b.usd_per_mtok,
	   b.valid_from, b.valid_to, b.source, b.as_of, b.notes, NULL::name
FROM llmnum.builtin_prices b;

COMMENT ON VIEW llmnum.prices IS
'Every price period, user and built-in. Where a user price and a built-in price of the same model, component and tier cover the same moment, the user price is the one in force.';

/* ---------------------------------------------------------------------
 * GPUs
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.builtin_gpus (
	name		text NOT NULL PRIMARY KEY
		CONSTRAINT name_not_blank CHECK (name <> '' AND name = btrim(name)),
	vendor		text NOT NULL,
	memory_bytes bigint NOT NULL CHECK (memory_bytes > 0),
	memory_bandwidth_gbps numeric CHECK (memory_bandwidth_gbps > 0 AND memory_bandwidth_gbps < 'Infinity'),
	fp16_tflops numeric CHECK (fp16_tflops > 0 AND fp16_tflops < 'Infinity'),
	bf16_tflops numeric CHECK (bf16_tflops > 0 AND bf16_tflops < 'Infinity'),
	fp8_tflops	numeric CHECK (fp8_tflops > 0 AND fp8_tflops < 'Infinity'),
	usd_per_hour numeric CHECK (usd_per_hour > 0 AND usd_per_hour < 'Infinity'),
	usd_per_hour_source text,
	usd_per_hour_as_of date,
	source		text NOT NULL CHECK (source <> ''),
	as_of		date NOT NULL,
	notes		text,
	CONSTRAINT hourly_price_sourced CHECK ((usd_per_hour IS NULL) = (usd_per_hour_source IS NULL)
		AND (usd_per_hour IS NULL) = (usd_per_hour_as_of IS NULL))
);
CREATE UNIQUE INDEX builtin_gpus_lower_name_key ON llmnum.builtin_gpus (lower(name));

CREATE TABLE llmnum.user_gpus (
	name		text NOT NULL PRIMARY KEY
		CONSTRAINT name_not_blank CHECK (name <> '' AND name = btrim(name)),
	vendor		text NOT NULL,
	memory_bytes bigint NOT NULL CHECK (memory_bytes > 0),
	memory_bandwidth_gbps numeric CHECK (memory_bandwidth_gbps > 0 AND memory_bandwidth_gbps < 'Infinity'),
	fp16_tflops numeric CHECK (fp16_tflops > 0 AND fp16_tflops < 'Infinity'),
	bf16_tflops numeric CHECK (bf16_tflops > 0 AND bf16_tflops < 'Infinity'),
	fp8_tflops	numeric CHECK (fp8_tflops > 0 AND fp8_tflops < 'Infinity'),
	usd_per_hour numeric CHECK (usd_per_hour > 0 AND usd_per_hour < 'Infinity'),
	usd_per_hour_source text,
	usd_per_hour_as_of date,
	source		text NOT NULL DEFAULT 'user' CHECK (source <> ''),
	as_of		date NOT NULL DEFAULT current_date,
	notes		text,
	created_by	name NOT NULL DEFAULT current_user,
	CONSTRAINT hourly_price_sourced CHECK ((usd_per_hour IS NULL) = (usd_per_hour_source IS NULL)
		AND (usd_per_hour IS NULL) = (usd_per_hour_as_of IS NULL))
);
CREATE UNIQUE INDEX user_gpus_lower_name_key ON llmnum.user_gpus (lower(name));

COMMENT ON TABLE llmnum.builtin_gpus IS
'GPUs shipped with llmnum: memory as the vendor states it, bandwidth, dense FP16/BF16/FP8 TFLOPS and a typical on-demand price per GPU-hour with its own source and date.';
COMMENT ON TABLE llmnum.user_gpus IS
'Your own GPUs or rates; a row shadows the built-in GPU of the same name. Kept by pg_dump and by extension upgrades.';
COMMENT ON COLUMN llmnum.builtin_gpus.memory_bytes IS 'Device memory in bytes, as the vendor states it (80 GB = 80e9 or 80 GiB, per datasheet).';
COMMENT ON COLUMN llmnum.builtin_gpus.memory_bandwidth_gbps IS 'Memory bandwidth in GB/s.';
COMMENT ON COLUMN llmnum.builtin_gpus.fp16_tflops IS 'Dense (no sparsity) FP16 tensor TFLOPS.';

CREATE VIEW llmnum.gpus AS
SELECT 'user'::text AS origin, u.name, u.vendor, u.memory_bytes, u.memory_bandwidth_gbps,
	   u.fp16_tflops, u.bf16_tflops, u.fp8_tflops, u.usd_per_hour, u.usd_per_hour_source,
	   u.usd_per_hour_as_of, u.source, u.as_of, u.notes, u.created_by
FROM llmnum.user_gpus u
UNION ALL
SELECT 'builtin'::text, b.name, b.vendor, b.memory_bytes, b.memory_bandwidth_gbps,
	   b.fp16_tflops, b.bf16_tflops, b.fp8_tflops, b.usd_per_hour, b.usd_per_hour_source,
	   b.usd_per_hour_as_of, b.source, b.as_of, b.notes, NULL::name
FROM llmnum.builtin_gpus b
WHERE NOT EXISTS (SELECT 1 FROM llmnum.user_gpus u WHERE lower(u.name) = lower(b.name));

COMMENT ON VIEW llmnum.gpus IS
'Every GPU llmnum knows: user rows, then built-in rows not shadowed by a user row of the same name.';

/* ---------------------------------------------------------------------
 * Quantization formats
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.quantizations (
	name		text NOT NULL PRIMARY KEY
		CONSTRAINT name_not_blank CHECK (name <> '' AND name = btrim(name)),
	kind		text NOT NULL CHECK (kind IN ('float', 'integer', 'gptq', 'awq', 'gguf')),
	bits_per_weight numeric NOT NULL CHECK (bits_per_weight > 0 AND bits_per_weight <= 64),
	source		text NOT NULL CHECK (source <> ''),
	as_of		date NOT NULL,
	notes		text
);
CREATE UNIQUE INDEX quantizations_lower_name_key ON llmnum.quantizations (lower(name));

COMMENT ON TABLE llmnum.quantizations IS
'Weight formats and their storage cost in bits per weight, scales and group overhead included.';

/* ---------------------------------------------------------------------
 * Dump, privileges, row ownership
 * ------------------------------------------------------------------- */

SELECT pg_catalog.pg_extension_config_dump('llmnum.user_models', '');
SELECT pg_catalog.pg_extension_config_dump('llmnum.user_prices', '');
SELECT pg_catalog.pg_extension_config_dump('llmnum.user_gpus', '');

REVOKE ALL ON llmnum.numbers, llmnum.builtin_models, llmnum.builtin_prices,
	llmnum.builtin_gpus, llmnum.quantizations,
	llmnum.user_models, llmnum.user_prices, llmnum.user_gpus FROM PUBLIC;
GRANT SELECT ON llmnum.numbers, llmnum.builtin_models, llmnum.builtin_prices,
	llmnum.builtin_gpus, llmnum.quantizations,
	llmnum.user_models, llmnum.user_prices, llmnum.user_gpus,
	llmnum.models, llmnum.prices, llmnum.gpus TO PUBLIC;
GRANT USAGE ON SCHEMA llmnum TO PUBLIC;

/*
 * A role that has been granted write access to a user table may change only
 * the rows it created; everybody may read every row.
 */
ALTER TABLE llmnum.user_models ENABLE ROW LEVEL SECURITY;
ALTER TABLE llmnum.user_prices ENABLE ROW LEVEL SECURITY;
ALTER TABLE llmnum.user_gpus ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON llmnum.user_models FOR SELECT USING (true);
CREATE POLICY write_own ON llmnum.user_models FOR ALL
	USING (created_by = current_user) WITH CHECK (created_by = current_user);
CREATE POLICY read_all ON llmnum.user_prices FOR SELECT USING (true);
CREATE POLICY write_own ON llmnum.user_prices FOR ALL
	USING (created_by = current_user) WITH CHECK (created_by = current_user);
CREATE POLICY read_all ON llmnum.user_gpus FOR SELECT USING (true);
CREATE POLICY write_own ON llmnum.user_gpus FOR ALL
	USING (created_by = current_user) WITH CHECK (created_by = current_user);

/* ---------------------------------------------------------------------
 * Version
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.library_version()
RETURNS text
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_library_version';

COMMENT ON FUNCTION llmnum.library_version() IS
'Version of the loaded llmnum shared library (differs from the SQL version until ALTER EXTENSION llmnum UPDATE is run after an upgrade).';

CREATE FUNCTION llmnum.version(OUT extension text, OUT library text, OUT catalog date)
RETURNS record
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT e.extversion,
		   llmnum.library_version(),
		   greatest((SELECT max(as_of) FROM llmnum.builtin_models),
					(SELECT max(as_of) FROM llmnum.builtin_prices),
					(SELECT max(as_of) FROM llmnum.builtin_gpus),
					(SELECT max(as_of) FROM llmnum.quantizations),
					(SELECT max(as_of) FROM llmnum.numbers))
	FROM pg_catalog.pg_extension e
	WHERE e.extname = 'llmnum';
END;

COMMENT ON FUNCTION llmnum.version() IS
'The installed SQL version of llmnum, the version of the loaded library, and the catalog date (the newest date at which a built-in row was checked against its source).';

/* ---------------------------------------------------------------------
 * Seed: the 14 numbers
 *
 * Headings are the list's own short labels; explanations are llmnum's.
 * Source of the list: https://github.com/ray-project/llm-numbers (README,
 * "Last updates: 2023-05-17"; prices footnoted as retrieved 2023-05-08).
 * ------------------------------------------------------------------- */

INSERT INTO llmnum.numbers
	(key, ordinal, section, heading, value_low, value_high, unit, as_of, source, explanation, known_issues)
VALUES
('be_concise_savings', 1, 'prompts',
 '40-90%: Amount saved by appending "Be Concise" to your prompt',
 0.40, 0.90, 'fraction of output tokens saved', '2023-05-08',
 'https://github.com/ray-project/llm-numbers footnote 1 (unpublished Anyscale experiment with gpt-3.5-turbo, 2023-05-08)',
 'Completions are billed per output token, so an instruction that shortens answers lowers the bill roughly in proportion to the tokens it removes.',
 'The prompt suite and model snapshot were never published (llm-numbers issue #24), so the range cannot be reproduced; the saving depends entirely on the task.'),
('tokens_per_word', 2, 'prompts',
 '1.3:1 -- Average tokens per word',
 1.3, 1.3, 'tokens per word', '2023-05-17',
 'OpenAI Help Center, "What are tokens and how to count them" (1 token is about 3/4 of an English word), as used by https://github.com/ray-project/llm-numbers',
 'Models read and bill tokens, not words; for English prose with the GPT-3.5/GPT-4 tokenizer about four tokens cover three words, so 750 words come to roughly 1,000 tokens.',
 'The list''s footnote 5 calls 0.75 "tokens/word" although it is words per token. The ratio depends on the tokenizer (o200k_base needs fewer tokens than cl100k_base for most languages), on the language (French, German, CJK and code need more) and on formatting. Measure it with tokens_per_word() on your own text.'),
('gpt4_vs_gpt35_cost', 3, 'prices',
 '~50:1 -- Cost Ratio of GPT-4 to GPT-3.5 Turbo',
 50, 50, 'price ratio', '2023-05-08',
 'https://openai.com/pricing as retrieved 2023-05-08 (llm-numbers footnotes 2 and 3): gpt-4 $0.03/$0.06, gpt-4-32k $0.06/$0.12, gpt-3.5-turbo $0.002 per 1K tokens',
 'On 2023-05-08 GPT-4 cost between 15 and 60 times as much per token as gpt-3.5-turbo, depending on the context variant and on prompt versus completion, so GPT-4 was best kept for one-off work such as evaluation or producing training data.',
 'The published 50 is the upper part of a 15x-60x range (the list''s author said "somewhere around 30x-60x" in issue #4). Prices of both families moved many times since; recompute the ratio for the models and date you care about.'),
('generation_vs_embedding_cost', 4, 'prices',
 '5:1 -- Cost Ratio of generation of text using GPT-3.5-Turbo vs OpenAI embedding',
 5, 5, 'price ratio', '2023-05-08',
 'https://openai.com/pricing as retrieved 2023-05-08 (llm-numbers footnote 2): gpt-3.5-turbo $0.002 and text-embedding-ada-002 $0.0004 per 1K tokens',
 'Per token, generating text with gpt-3.5-turbo cost five times as much as embedding it with text-embedding-ada-002, which is why retrieval from a vector store is cheaper than asking a model to produce the answer.',
 'Five weeks later (2023-06-13) ada-002 dropped to $0.0001/1K, making the ratio 15x-40x (llm-numbers issue #18, never corrected). It compares list prices per token, not the cost of answering one question.'),
('openai_vs_selfhosted_embedding_cost', 5, 'prices',
 '10:1 -- Cost Ratio of OpenAI embedding to Self-Hosted embedding',
 10, 10, 'price ratio', '2023-05-08',
 'https://github.com/ray-project/llm-numbers (Anyscale measurement: g4dn.4xlarge at $1.20/hour embedding about 9,000 tokens/s with SentenceTransformers) against text-embedding-ada-002 at $0.0004/1K',
 'A g4dn.4xlarge at $1.20 an hour embedding 9,000 tokens a second costs about $0.037 per million tokens, roughly a tenth of what ada-002 cost at the time.',
 'Sensitive to load and batch size, as the list itself warns. At later API prices the ratio shrinks and inverts: against text-embedding-3-small at $0.02/M the API is cheaper than that self-hosted setup.'),
('finetuned_vs_base_cost', 6, 'prices',
 '6:1 -- Cost Ratio of OpenAI fine tuned vs base model queries',
 6, 6, 'price ratio', '2023-05-08',
 'https://openai.com/pricing as retrieved 2023-05-08: davinci $0.02/1K tokens, fine-tuned davinci usage $0.12/1K tokens (llm-numbers issue #2)',
 'Querying a fine-tuned davinci cost six times as much per token as querying the base model, so improving the prompt of a base model was usually cheaper than fine-tuning.',
 'Refers to the legacy GPT-3 models retired on 2024-01-04. For gpt-4o-mini and gpt-4o the fine-tuned premium is 1.5x-2x; for gpt-3.5-turbo it was 6x on input and 4x on output.'),
('selfhosted_finetuned_vs_base_cost', 7, 'prices',
 '1:1 -- Cost Ratio of Self-Hosted base vs fine-tuned model queries',
 1, 1, 'price ratio', '2023-05-17',
 'https://github.com/ray-project/llm-numbers',
 'A fine-tuned model has the same architecture and parameter count as its base, so serving it on your own GPUs costs the same.',
 'Holds for full fine-tunes and merged LoRA adapters; serving many unmerged adapters on one base adds some overhead.'),
('train_13b_cost', 8, 'training',
 '~$1 million: Cost to train a 13 billion parameter model on 1.4 trillion tokens',
 1000000, 1000000, 'USD', '2023-05-17',
 'https://github.com/ray-project/llm-numbers citing the LLaMA paper (Touvron et al., arXiv:2302.13971)',
 'Training from scratch costs on the order of a million dollars of GPU time even for a 13B model, and weeks of wall-clock time, so starting from a pre-trained model is far cheaper.',
 'The text cites the 21 days on 2048 A100s of the 65B run; LLaMA-13B was trained on 1.0T tokens in 135,168 A100-hours. The figure reproduces with 6*N*D FLOPs at about 50% utilisation of an A100 priced at $5 per hour.'),
('finetune_vs_train_cost', 9, 'training',
 '< 0.001: Cost ratio of fine tuning vs training from scratch',
 0, 0.001, 'cost ratio (upper bound)', '2023-05-17',
 'https://github.com/ray-project/llm-numbers (a 6B-parameter fine-tune for about $7; davinci fine-tuning at $0.03 per 1K training tokens, footnote 5)',
 'Fine-tuning touches a tiny number of tokens compared with pre-training, so its cost is negligible next to training from scratch: about $7 for a 6B model against about $1M.',
 'Footnote 5 divides by "0.75 tokens/word" where it means words per token; the $40 Shakespeare example is for a single epoch. The link to the $7 post is broken (PR #28).'),
('gpu_memory_capacity', 10, 'gpu_memory',
 'V100: 16GB, A10G: 24GB, A100: 40/80GB: GPU Memory Capacities',
 16, 80, 'GB per GPU', '2023-05-17',
 'https://github.com/ray-project/llm-numbers (vendor datasheets)',
 'The memory of one GPU bounds the size of the model it can serve; in 2023 an A10G (24 GB) rented for about $1.50-$2 an hour on AWS and an A100 for about $5.',
 'The list omits V100 32GB and every later GPU (L4, L40S, H100, H200, B200, MI300X); its hourly prices carry no source or date.'),
('serving_memory_per_parameter', 11, 'gpu_memory',
 '2x number of parameters: Typical GPU memory requirements of an LLM for serving',
 2, 2, 'bytes per parameter', '2023-05-17',
 'https://github.com/ray-project/llm-numbers',
 'Weights stored as 16-bit floats take two bytes per parameter, so a 7B model needs about 14 GB before anything else is loaded.',
 'Counts weights only: the KV cache, activations and the CUDA context come on top. 8-bit and 4-bit formats (GGUF, GPTQ, AWQ) are now common and need about 1 or 0.5-0.6 bytes per parameter.'),
('embedding_model_memory', 12, 'gpu_memory',
 '~1GB: Typical GPU memory requirements of an embedding model',
 1, 1, 'GB', '2023-05-17',
 'https://github.com/ray-project/llm-numbers',
 'Sentence-embedding models of 2023 have tens to hundreds of millions of parameters and fit in about a gigabyte, small enough to share a GPU with an LLM.',
 'Many current embedding models are built on 7-8B LLMs and need 15 GB or more in fp16; compute it from the parameter count.'),
('batching_throughput_gain', 13, 'gpu_memory',
 '>10x: Throughput improvement from batching LLM requests',
 10, 10, 'throughput multiplier (lower bound)', '2023-05-17',
 'https://github.com/ray-project/llm-numbers',
 'Decoding is bound by memory bandwidth, so running many requests together costs little extra time per step; batching 25 requests turned 0.2 into 2.5 queries a second in the list''s example.',
 'The example gives 12.5x; continuous batching reported up to 23x (Anyscale, 2023). The gain is limited by KV-cache memory, see the next number.'),
('kv_cache_per_token_13b', 14, 'gpu_memory',
 '~1 MB: GPU Memory required for 1 token of output with a 13B parameter model',
 1, 1, 'MB per token', '2023-05-17',
 'https://github.com/ray-project/llm-numbers; the vLLM paper (Kwon et al., 2023) gives about 800 KB per token for OPT-13B',
 'Every token in the context keeps a key and a value vector per layer: 2 x 40 layers x 5120 x 2 bytes = 819,200 bytes for a 13B model in fp16, so 512 tokens take about 400 MB and batches multiply it.',
 'It applies to every context token (prompt and output), not only output. It is exact only for multi-head attention; grouped-query models need far less (Llama-3-8B: 131,072 bytes per token) and fp8 KV caches halve it.');

/* ---------------------------------------------------------------------
 * Seed: a first set of models and their dated prices
 *
 * Prices are USD per million tokens.  valid_from of a model's first
 * period is its public release; where a change date is approximate the
 * row's notes say so.
 * ------------------------------------------------------------------- */

INSERT INTO llmnum.builtin_models
	(name, provider, family, kind, encoding, context_window, release_date, source, as_of, notes)
VALUES
('gpt-4', 'openai', 'gpt-4', 'chat', 'cl100k_base', 8192, '2023-03-14',
 'https://openai.com/research/gpt-4', '2023-03-14', NULL),
('gpt-4-32k', 'openai', 'gpt-4', 'chat', 'cl100k_base', 32768, '2023-03-14',
 'https://openai.com/research/gpt-4', '2023-03-14', NULL),
('gpt-3.5-turbo', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 16385, '2023-03-01',
 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01',
 'Alias: pointed to gpt-3.5-turbo-0301, then -0613, then -0125; context 4,096 until the 0125 snapshot.'),
('text-embedding-ada-002', 'openai', 'ada-002', 'embedding', 'cl100k_base', 8191, '2022-12-15',
 'https://openai.com/blog/new-and-improved-embedding-model', '2022-12-15', NULL),
('text-davinci-003', 'openai', 'gpt-3.5', 'completion', 'p50k_base', 4097, '2022-11-28',
 'https://platform.openai.com/docs/deprecations', '2023-07-06', 'Shut down on 2024-01-04.'),
('davinci', 'openai', 'gpt-3', 'base', 'r50k_base', 2049, '2020-06-11',
 'https://platform.openai.com/docs/deprecations', '2023-07-06', 'GPT-3 base model; shut down on 2024-01-04.'),
('ft:davinci', 'openai', 'gpt-3', 'completion', 'r50k_base', 2049, '2020-06-11',
 'https://platform.openai.com/docs/deprecations', '2023-07-06',
 'Usage of a fine-tuned davinci (legacy fine-tuning); shut down on 2024-01-04.'),
('gpt-4-1106-preview', 'openai', 'gpt-4-turbo', 'chat', 'cl100k_base', 128000, '2023-11-06',
 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-4-turbo', 'openai', 'gpt-4-turbo', 'chat', 'cl100k_base', 128000, '2024-04-09',
 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', NULL),
('text-embedding-3-small', 'openai', 'embedding-3', 'embedding', 'cl100k_base', 8191, '2024-01-25',
 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('text-embedding-3-large', 'openai', 'embedding-3', 'embedding', 'cl100k_base', 8191, '2024-01-25',
 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('gpt-4o', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-05-13',
 'https://openai.com/index/hello-gpt-4o/', '2024-05-13',
 'Alias: gpt-4o-2024-05-13 until 2024-10-02, then gpt-4o-2024-08-06.'),
('gpt-4o-2024-08-06', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-08-06',
 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-mini', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-07-18',
 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('claude-3-haiku-20240307', 'anthropic', 'claude-3', 'chat', NULL, 200000, '2024-03-13',
 'https://www.anthropic.com/news/claude-3-haiku', '2024-03-13', NULL),
('claude-3-5-sonnet-20240620', 'anthropic', 'claude-3.5', 'chat', NULL, 200000, '2024-06-20',
 'https://www.anthropic.com/news/claude-3-5-sonnet', '2024-06-20', NULL);

INSERT INTO llmnum.builtin_prices
	(model, component, usd_per_mtok, valid_from, valid_to, source, as_of, notes)
VALUES
('gpt-4', 'input', 30, '2023-03-14 00:00+00', NULL,
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers footnote 3)', '2023-05-08', NULL),
('gpt-4', 'output', 60, '2023-03-14 00:00+00', NULL,
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers footnote 3)', '2023-05-08', NULL),
('gpt-4-32k', 'input', 60, '2023-03-14 00:00+00', NULL,
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers footnote 3)', '2023-05-08', NULL),
('gpt-4-32k', 'output', 120, '2023-03-14 00:00+00', NULL,
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers footnote 3)', '2023-05-08', NULL),
('gpt-3.5-turbo', 'input', 2, '2023-03-01 00:00+00', '2023-06-13 00:00+00',
 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', NULL),
('gpt-3.5-turbo', 'input', 1.5, '2023-06-13 00:00+00', '2024-02-16 00:00+00',
 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', NULL),
('gpt-3.5-turbo', 'input', 0.5, '2024-02-16 00:00+00', NULL,
 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25',
 'Alias moved to gpt-3.5-turbo-0125 "two weeks after" that snapshot launched; 2024-02-16 is the commonly reported date, not confirmed by OpenAI.'),
('gpt-3.5-turbo', 'output', 2, '2023-03-01 00:00+00', '2024-02-16 00:00+00',
 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', NULL),
('gpt-3.5-turbo', 'output', 1.5, '2024-02-16 00:00+00', NULL,
 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25',
 'Alias moved to gpt-3.5-turbo-0125 "two weeks after" that snapshot launched; 2024-02-16 is the commonly reported date, not confirmed by OpenAI.'),
('text-embedding-ada-002', 'input', 0.4, '2022-12-15 00:00+00', '2023-06-13 00:00+00',
 'https://openai.com/blog/new-and-improved-embedding-model', '2022-12-15', NULL),
('text-embedding-ada-002', 'input', 0.1, '2023-06-13 00:00+00', NULL,
 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', NULL),
('text-davinci-003', 'input', 20, '2022-11-28 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08)', '2023-05-08', NULL),
('text-davinci-003', 'output', 20, '2022-11-28 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08)', '2023-05-08', NULL),
('davinci', 'input', 20, '2022-09-01 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers issue #2)', '2023-05-08',
 'Start is the 2022-09-01 GPT-3 price cut.'),
('davinci', 'output', 20, '2022-09-01 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers issue #2)', '2023-05-08',
 'Start is the 2022-09-01 GPT-3 price cut.'),
('ft:davinci', 'input', 120, '2023-01-01 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers issue #2)', '2023-05-08',
 'In force on 2023-05-08; the start of the period is not known and is set to 2023-01-01.'),
('ft:davinci', 'output', 120, '2023-01-01 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers issue #2)', '2023-05-08',
 'In force on 2023-05-08; the start of the period is not known and is set to 2023-01-01.'),
('ft:davinci', 'training', 30, '2023-01-01 00:00+00', '2024-01-04 00:00+00',
 'https://openai.com/pricing (retrieved 2023-05-08, llm-numbers footnote 5)', '2023-05-08',
 'In force on 2023-05-08; the start of the period is not known and is set to 2023-01-01.'),
('gpt-4-1106-preview', 'input', 10, '2023-11-06 00:00+00', NULL,
 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-4-1106-preview', 'output', 30, '2023-11-06 00:00+00', NULL,
 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-4-turbo', 'input', 10, '2024-04-09 00:00+00', NULL,
 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', NULL),
('gpt-4-turbo', 'output', 30, '2024-04-09 00:00+00', NULL,
 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', NULL),
('text-embedding-3-small', 'input', 0.02, '2024-01-25 00:00+00', NULL,
 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('text-embedding-3-large', 'input', 0.13, '2024-01-25 00:00+00', NULL,
 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('gpt-4o', 'input', 5, '2024-05-13 00:00+00', '2024-10-02 00:00+00',
 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', NULL),
('gpt-4o', 'output', 15, '2024-05-13 00:00+00', '2024-10-02 00:00+00',
 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', NULL),
('gpt-4o', 'input', 2.5, '2024-10-02 00:00+00', NULL,
 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02',
 'The alias was repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o', 'output', 10, '2024-10-02 00:00+00', NULL,
 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02',
 'The alias was repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o', 'cached_input', 1.25, '2024-10-02 00:00+00', NULL,
 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('gpt-4o-2024-08-06', 'input', 2.5, '2024-08-06 00:00+00', NULL,
 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-08-06', 'output', 10, '2024-08-06 00:00+00', NULL,
 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-08-06', 'cached_input', 1.25, '2024-10-01 00:00+00', NULL,
 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('gpt-4o-mini', 'input', 0.15, '2024-07-18 00:00+00', NULL,
 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('gpt-4o-mini', 'output', 0.6, '2024-07-18 00:00+00', NULL,
 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('gpt-4o-mini', 'cached_input', 0.075, '2024-10-01 00:00+00', NULL,
 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('claude-3-haiku-20240307', 'input', 0.25, '2024-03-13 00:00+00', NULL,
 'https://www.anthropic.com/news/claude-3-haiku', '2024-03-13', NULL),
('claude-3-haiku-20240307', 'output', 1.25, '2024-03-13 00:00+00', NULL,
 'https://www.anthropic.com/news/claude-3-haiku', '2024-03-13', NULL),
('claude-3-haiku-20240307', 'cache_write', 0.3, '2024-08-14 00:00+00', NULL,
 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-haiku-20240307', 'cached_input', 0.03, '2024-08-14 00:00+00', NULL,
 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-5-sonnet-20240620', 'input', 3, '2024-06-20 00:00+00', NULL,
 'https://www.anthropic.com/news/claude-3-5-sonnet', '2024-06-20', NULL),
('claude-3-5-sonnet-20240620', 'output', 15, '2024-06-20 00:00+00', NULL,
 'https://www.anthropic.com/news/claude-3-5-sonnet', '2024-06-20', NULL),
('claude-3-5-sonnet-20240620', 'cache_write', 3.75, '2024-08-14 00:00+00', NULL,
 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-5-sonnet-20240620', 'cached_input', 0.3, '2024-08-14 00:00+00', NULL,
 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL);
