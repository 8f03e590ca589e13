/* sql/llmnum--0.4.0--0.5.0.sql: the features joined up */

\echo Use "ALTER EXTENSION llmnum UPDATE TO '0.5.0'" to load this file. \quit

/* ---------------------------------------------------------------------
 * Sample texts
 *
 * Prose written for llmnum (data/tokenizer/corpus), kept in the database so
 * that numbers_as_of() can measure tokens per word and users can compare
 * tokenizers on a known text.
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.sample_texts (
	name		text PRIMARY KEY CHECK (name ~ '^[a-z0-9_]+$'),
	language	text NOT NULL,
	body		text NOT NULL CHECK (body <> ''),
	source		text NOT NULL,
	as_of		date NOT NULL
);

COMMENT ON TABLE llmnum.sample_texts IS
'Sample documents written for llmnum (English prose and its French translation), used by numbers_as_of() to measure tokens per word.';

REVOKE ALL ON llmnum.sample_texts FROM PUBLIC;
GRANT SELECT ON llmnum.sample_texts TO PUBLIC;

INSERT INTO llmnum.sample_texts (name, language, body, source, as_of) VALUES
('prose_en', 'en', 'The old harbour wakes up before the town does. Long before the first bus crosses the bridge, the fishermen are already sorting their nets under the yellow lamps, talking quietly about the weather, the price of fuel and the son of a neighbour who left for the city and never came back. The gulls wait on the roofs of the sheds. When the boats return in the late morning, the market fills with people who have known each other for forty years, and nobody is in a hurry.

My grandmother used to say that you can read a place by listening to it. In the harbour you hear engines, ropes, laughter and the sea itself, which never stops talking. In the upper town, near the church, you hear almost nothing: a door, a dog, a radio through an open window. She walked between the two every day, with a basket on her arm, and she knew the name of every child she met.

Today the harbour is quieter. There are fewer boats, and some of the sheds have become cafés where visitors drink coffee and take photographs of the water. Still, if you arrive early enough, you can see the same gestures as fifty years ago: a man coiling a rope without looking at it, a woman counting crates, a boy running along the quay with a message that cannot wait. The town changes slowly, and then all at once, but the tide keeps its own schedule.',
 'written for llmnum: data/tokenizer/corpus/prose_en.txt', '2026-11-27'),
('prose_fr', 'fr', 'Le vieux port se réveille avant la ville. Bien avant que le premier bus ne traverse le pont, les pêcheurs trient déjà leurs filets sous les lampes jaunes, en parlant doucement du temps, du prix du carburant et du fils d''un voisin parti pour la ville et jamais revenu. Les mouettes attendent sur les toits des hangars. Quand les bateaux rentrent en fin de matinée, le marché se remplit de gens qui se connaissent depuis quarante ans, et personne n''est pressé.

Ma grand-mère disait qu''on peut lire un lieu en l''écoutant. Au port, on entend des moteurs, des cordages, des rires et la mer elle-même, qui ne cesse jamais de parler. Dans la ville haute, près de l''église, on n''entend presque rien : une porte, un chien, une radio par une fenêtre ouverte. Elle marchait chaque jour entre les deux, un panier au bras, et elle connaissait le nom de chaque enfant qu''elle croisait.

Aujourd''hui, le port est plus calme. Il y a moins de bateaux, et certains hangars sont devenus des cafés où les visiteurs boivent un café et photographient l''eau. Pourtant, si l''on arrive assez tôt, on voit les mêmes gestes qu''il y a cinquante ans : un homme qui enroule une corde sans la regarder, une femme qui compte des caisses, un garçon qui court le long du quai avec un message qui ne peut pas attendre. La ville change lentement, puis d''un seul coup, mais la marée garde son propre horaire.',
 'written for llmnum: data/tokenizer/corpus/prose_fr.txt, a translation of prose_en', '2026-11-27');

/* ---------------------------------------------------------------------
 * The cost of a request given as text
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.gen_cost(model text, prompt text, completion text,
								at timestamptz DEFAULT now())
RETURNS numeric
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT llmnum.gen_cost(m.name,
						   llmnum.estimate_tokens(gen_cost.prompt, m.name),
						   llmnum.estimate_tokens(gen_cost.completion, m.name),
						   gen_cost.at)
	FROM (SELECT llmnum.resolve_model(gen_cost.model) AS name) m;
END;

COMMENT ON FUNCTION llmnum.gen_cost(text, text, text, timestamptz) IS
'Cost in USD of a prompt and a completion given as text, at the prices in force at `at`: exact token counts where the model''s tokenizer is public, the documented cl100k_base estimate otherwise (estimate_tokens). Counts the text only, not the message framing of a chat API.';

/* ---------------------------------------------------------------------
 * Every number, recomputed
 * ------------------------------------------------------------------- */

CREATE OR REPLACE FUNCTION llmnum.numbers_as_of(at timestamptz DEFAULT now())
RETURNS TABLE (key text, ordinal smallint, section text, heading text, unit text,
			   original_low numeric, original_high numeric, original_as_of date,
			   recomputed_at timestamptz, recomputed_low numeric, recomputed_high numeric,
			   method text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH r(key, lo, hi, method) AS (
		SELECT 'gpt4_vs_gpt35_cost', trim_scale(min(x)), trim_scale(max(x)),
			   'gpt-4 and gpt-4-32k over gpt-3.5-turbo, input over input and output over output'
		FROM (VALUES
			  (llmnum.price_of('gpt-4', 'input', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'input', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4', 'output', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4-32k', 'input', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'input', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4-32k', 'output', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at), 0))) v(x)
		UNION ALL
		SELECT 'generation_vs_embedding_cost', trim_scale(x), trim_scale(x),
			   'gpt-3.5-turbo output over text-embedding-ada-002 input'
		FROM (VALUES (llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at)
					  / nullif(llmnum.price_of('text-embedding-ada-002', 'input', numbers_as_of.at), 0))) v(x)
		UNION ALL
		SELECT 'openai_vs_selfhosted_embedding_cost', trim_scale(x), trim_scale(x),
			   'text-embedding-ada-002 input over a g4dn.4xlarge at $1.20/h embedding 9,000 tokens/s'
		FROM (VALUES (llmnum.price_of('text-embedding-ada-002', 'input', numbers_as_of.at)
					  * 9000 * 3600 / (1.20 * 1000000))) v(x)
		UNION ALL
		(SELECT 'finetuned_vs_base_cost', trim_scale(least(ri, ro)), trim_scale(greatest(ri, ro)),
				ft || ' over ' || base || ', input and output'
		 FROM (SELECT pref, ft, base,
					  llmnum.price_of(ft, 'input', numbers_as_of.at)
					  / nullif(llmnum.price_of(base, 'input', numbers_as_of.at), 0) AS ri,
					  llmnum.price_of(ft, 'output', numbers_as_of.at)
					  / nullif(llmnum.price_of(base, 'output', numbers_as_of.at), 0) AS ro
			   FROM (VALUES (1, 'ft:gpt-4o-mini-2024-07-18', 'gpt-4o-mini'),
							(2, 'ft:gpt-3.5-turbo', 'gpt-3.5-turbo'),
							(3, 'ft:davinci', 'davinci')) AS pairs(pref, ft, base)) s
		 WHERE ri IS NOT NULL OR ro IS NOT NULL
		 ORDER BY pref
		 LIMIT 1)
		UNION ALL
		SELECT 'selfhosted_finetuned_vs_base_cost', 1, 1,
			   'a fine-tune has the weights and GPU cost of its base: 1 by construction'
		UNION ALL
		SELECT 'tokens_per_word', min(t), max(t),
			   'llmnum.tokens_per_word() of the English sample prose in llmnum.sample_texts, with '
			   || string_agg(e, ' and ' ORDER BY e DESC)
			   || ' (the encodings of OpenAI''s chat models at that date)'
		FROM (SELECT e, llmnum.tokens_per_word(s.body, e) AS t
			  FROM llmnum.sample_texts s,
				   unnest(CASE WHEN numbers_as_of.at < timestamptz '2024-05-13 00:00+00'
							   THEN ARRAY['cl100k_base'] ELSE ARRAY['o200k_base', 'cl100k_base'] END) AS e
			  WHERE s.name = 'prose_en') w
		UNION ALL
		SELECT g.key, g.value, g.value, g.derivation
		FROM llmnum.gpu_numbers() g
	)
	SELECT n.key, n.ordinal, n.section, n.heading, n.unit, n.value_low, n.value_high, n.as_of,
		   numbers_as_of.at, r.lo, r.hi,
		   coalesce(r.method, CASE n.key
				WHEN 'be_concise_savings' THEN 'not recomputable: unpublished experiment'
				ELSE 'no value at that date' END)
	FROM llmnum.numbers n
	LEFT JOIN r ON r.key = n.key
	ORDER BY n.ordinal;
END;


COMMENT ON FUNCTION llmnum.numbers_as_of(timestamptz) IS
'Every llm-numbers row with its published value and its value recomputed at a moment: price ratios from the dated price catalog, tokens per word from the sample prose with the encodings in use then, GPU and training numbers from the current GPU catalog (its hourly prices are not dated, so these do not depend on the moment). NULL where nothing could be recomputed.';

/* =====================================================================
 * TEMPORARY STAND-IN (branch import-fn), for testing import_prices only.
 * The lead drops this block: the 1.0 schema has llmnum.builtin_hosts
 * (from data/catalog/hosts.tsv) and user_models.host/base_model, and the
 * function itself is sql/import_prices.sql.part.
 * ===================================================================== */

ALTER TABLE llmnum.user_models ADD COLUMN host text, ADD COLUMN base_model text;

CREATE TABLE llmnum.builtin_hosts (
	host		text PRIMARY KEY,
	name_prefix	text NOT NULL,
	genai_prices_provider text NOT NULL DEFAULT '',
	litellm_providers text NOT NULL DEFAULT '',
	pricing_url	text,
	notes		text
);
COMMENT ON TABLE llmnum.builtin_hosts IS 'Stand-in for the 1.0 hosts table (branch import-fn).';
REVOKE ALL ON llmnum.builtin_hosts FROM PUBLIC;
GRANT SELECT ON llmnum.builtin_hosts TO PUBLIC;
INSERT INTO llmnum.builtin_hosts (host, name_prefix, genai_prices_provider, litellm_providers) VALUES
('openai', '', 'openai', 'openai,text-completion-openai'),
('anthropic', '', 'anthropic', 'anthropic'),
('google', '', 'google', 'gemini'),
('vertex_ai', 'vertex_ai/', '', 'vertex_ai-language-models,vertex_ai-anthropic_models,vertex_ai-llama_models,vertex_ai-mistral_models,vertex_ai-embedding-models,vertex_ai-deepseek_models,vertex_ai-qwen_models,vertex_ai-ai21_models'),
('bedrock', 'bedrock/', 'aws', 'bedrock,bedrock_converse'),
('azure', 'azure/', 'azure', 'azure,azure_text'),
('openrouter', 'openrouter/', 'openrouter', 'openrouter'),
('groq', 'groq/', 'groq', 'groq'),
('together_ai', 'together_ai/', 'together', 'together_ai'),
('fireworks_ai', 'fireworks_ai/', 'fireworks', 'fireworks_ai,fireworks_ai-embedding-models'),
('mistral', '', 'mistral', 'mistral'),
('deepseek', '', 'deepseek', 'deepseek'),
('xai', '', 'x-ai', 'xai'),
('cohere', '', 'cohere', 'cohere,cohere_chat');

/* ---------------------------------------------------------------------
 * import_prices: refresh prices between releases from an upstream catalog
 *
 * Reads a genai-prices provider list or a LiteLLM price map, maps every
 * entry to a catalog model name through llmnum.builtin_hosts, and writes
 * what differs from the price in force at `at` as user rows (see
 * docs/prices.md, "Refreshing prices between releases").
 *
 * Assumes the 1.0 schema: llmnum.builtin_hosts (host, name_prefix,
 * genai_prices_provider, litellm_providers, ...) and the columns host and
 * base_model of llmnum.user_models.  litellm_providers may be a
 * comma-separated text or a text[]: it is read through its text form.
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.import_prices(doc jsonb, format text,
									 at timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (model text, component text, tier_above_tokens integer,
			   old_usd_per_mtok numeric, new_usd_per_mtok numeric, action text)
LANGUAGE plpgsql
VOLATILE STRICT SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
	v_version	text;
	v_source	text;
	v_rows		jsonb;		-- one element per upstream price (entry, component, tier)
	v_plan		jsonb;		-- one element per row returned
	v_read		bigint;
	v_unhosted	bigint;
	v_unpriced	bigint;
	v_bad		record;
BEGIN
	IF format IS DISTINCT FROM 'genai-prices' AND format IS DISTINCT FROM 'litellm' THEN
		RAISE EXCEPTION 'unknown price catalog format "%"', format
			USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Use ''genai-prices'' (the provider list of @pydantic/genai-prices) or ''litellm'' (LiteLLM''s model_prices_and_context_window.json).';
	END IF;
	IF NOT isfinite(at) THEN
		RAISE EXCEPTION 'import time must be finite, not %', at
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	IF jsonb_typeof(doc) = 'object' AND jsonb_typeof(doc->'version') IN ('string', 'number') THEN
		v_version := doc->>'version';
	END IF;
	v_source := format || ' import' || coalesce(' ' || v_version, '');

	/*
	 * 1. Flatten the document into rows of one shape:
	 *    upstream (the entry, for messages and notes), host, name (catalog
	 *    spelling not yet resolved), bare (the id without the host's
	 *    prefix), kind, ctx (context window), component, key (the upstream
	 *    key), tier (text), price (the JSON value), scale (multiplier to USD
	 *    per million tokens), prio (lower wins when two entries give the
	 *    same name, component and tier).
	 */
	IF format = 'genai-prices' THEN
		IF jsonb_typeof(doc) = 'object' AND jsonb_typeof(doc->'providers') = 'array' THEN
			doc := doc->'providers';
		ELSIF jsonb_typeof(doc) IS DISTINCT FROM 'array' THEN
			RAISE EXCEPTION 'a genai-prices document is a JSON array of providers, not a JSON %', jsonb_typeof(doc)
				USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Pass the provider list (the data.json of genai-prices), or an object with a "providers" array.';
		END IF;

		SELECT count(*) FILTER (WHERE true),
			   count(*) FILTER (WHERE h.host IS NULL)
		INTO v_read, v_unhosted
		FROM jsonb_array_elements(doc) p
		CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p.value->'models') = 'array'
												THEN p.value->'models' ELSE '[]' END) m
		LEFT JOIN llmnum.builtin_hosts h
			   ON h.genai_prices_provider <> '' AND h.genai_prices_provider = p.value->>'id';

		WITH hosted AS (
			SELECT h.host, h.name_prefix, p.value->>'id' AS pid, m.value AS m, m.ordinality AS mn,
				   btrim(m.value->>'id') AS mid
			FROM jsonb_array_elements(doc) p
			JOIN llmnum.builtin_hosts h
			  ON h.genai_prices_provider <> '' AND h.genai_prices_provider = p.value->>'id'
			CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p.value->'models') = 'array'
													THEN p.value->'models' ELSE '[]' END)
				WITH ORDINALITY m
		), priced AS (
			/* the prices in force at `at`: for a list of conditional prices, the
			 * last one whose start_date has come, as genai-prices picks them;
			 * time-of-day discounts (off-peak) and unknown constraints are not
			 * applied */
			SELECT hosted.*,
				   CASE WHEN jsonb_typeof(hosted.m->'prices') = 'array' THEN
					   coalesce((SELECT c.value->'prices'
								 FROM jsonb_array_elements(hosted.m->'prices') WITH ORDINALITY c
								 WHERE c.value->'constraint' IS NULL
									OR jsonb_typeof(c.value->'constraint') = 'null'
									OR (c.value->'constraint'->>'type' = 'start_date'
										AND CASE WHEN c.value->'constraint'->>'start_date' ~ '^\d{4}-\d{2}-\d{2}$'
												 THEN (c.value->'constraint'->>'start_date' || ' 00:00:00+00')::timestamptz
												 ELSE (c.value->'constraint'->>'start_date')::timestamptz END <= at)
								 ORDER BY c.ordinality DESC LIMIT 1),
								hosted.m->'prices'->0->'prices')
				   ELSE hosted.m->'prices' END AS prices,
				   /* the id without the host's own prefix, if any */
				   CASE WHEN left(lower(hosted.mid), length(hosted.host) + 1) = lower(hosted.host) || '/'
						THEN substr(hosted.mid, length(hosted.host) + 2)
						WHEN left(lower(hosted.mid), length(hosted.pid) + 1) = lower(hosted.pid) || '/'
						THEN substr(hosted.mid, length(hosted.pid) + 2)
						ELSE hosted.mid END AS bare
			FROM hosted
			WHERE coalesce(hosted.mid, '') <> ''
		), comp AS (
			SELECT priced.*, k.key, k.value AS v, map.component
			FROM priced
			CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(priced.prices) = 'object'
										  THEN priced.prices ELSE '{}' END) k
			JOIN (VALUES ('input_mtok', 'input'), ('output_mtok', 'output'),
						 ('cache_read_mtok', 'cached_input'), ('cache_write_mtok', 'cache_write'),
						 ('cache_write_1h_mtok', 'cache_write_1h')) map(key, component)
			  ON map.key = k.key
		), flat AS (
			SELECT comp.*, '0'::text AS tier,
				   CASE WHEN jsonb_typeof(comp.v) = 'object' THEN comp.v->'base' ELSE comp.v END AS price
			FROM comp
			UNION ALL
			SELECT comp.*, t.value->>'start', t.value->'price'
			FROM comp
			CROSS JOIN LATERAL jsonb_array_elements(
				CASE WHEN jsonb_typeof(comp.v) = 'object' AND jsonb_typeof(comp.v->'tiers') = 'array'
					 THEN comp.v->'tiers' ELSE '[]' END) t
		)
		SELECT coalesce(jsonb_agg(jsonb_build_object(
				'upstream', 'provider "' || flat.pid || '" model "' || flat.mid || '"',
				'host', flat.host,
				'name', flat.name_prefix || flat.bare,
				'bare', flat.bare,
				'kind', CASE WHEN flat.mid ~* 'rerank' THEN 'rerank'
							 WHEN flat.mid ~* 'embed' THEN 'embedding'
							 WHEN flat.mid ~* 'moderation' THEN 'moderation'
							 ELSE 'chat' END,
				'ctx', CASE WHEN jsonb_typeof(flat.m->'context_window') = 'number'
								 AND (flat.m->>'context_window') ~ '^[1-9][0-9]{0,8}$'
							THEN (flat.m->>'context_window')::integer END,
				'component', flat.component,
				'key', flat.key,
				'tier', flat.tier,
				'price', flat.price,
				'scale', 1,
				'prio', flat.mn)), '[]')
		INTO v_rows
		FROM flat;

		/* models of a known host with no per-token price (images, audio...) */
		WITH names AS (SELECT DISTINCT r.upstream
					   FROM jsonb_to_recordset(v_rows) AS r(upstream text))
		SELECT (v_read - v_unhosted) - count(*) INTO v_unpriced FROM names;
	ELSE
		IF jsonb_typeof(doc) IS DISTINCT FROM 'object' THEN
			RAISE EXCEPTION 'a LiteLLM document is a JSON object of models, not a JSON %', jsonb_typeof(doc)
				USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Pass LiteLLM''s model_prices_and_context_window.json.';
		END IF;

		SELECT count(*), count(*) FILTER (WHERE h.host IS NULL)
		INTO v_read, v_unhosted
		FROM jsonb_each(doc) e
		LEFT JOIN LATERAL (
			SELECT h.host FROM llmnum.builtin_hosts h
			WHERE (e.value->>'litellm_provider') = ANY (
				string_to_array(btrim(h.litellm_providers::text, '{} '), ','))
			LIMIT 1) h ON true
		WHERE jsonb_typeof(e.value) = 'object' AND e.key <> 'sample_spec';

		WITH hosted AS (
			SELECT h.host, h.name_prefix, e.value->>'litellm_provider' AS lp,
				   btrim(e.key) AS ekey, e.value AS m,
				   CASE coalesce(e.value->>'mode', 'chat')
						WHEN 'chat' THEN 'chat' WHEN 'responses' THEN 'chat'
						WHEN 'completion' THEN 'completion' WHEN 'embedding' THEN 'embedding'
						WHEN 'rerank' THEN 'rerank' WHEN 'moderation' THEN 'moderation' END AS kind
			FROM jsonb_each(doc) e
			CROSS JOIN LATERAL (
				SELECT h.host, h.name_prefix FROM llmnum.builtin_hosts h
				WHERE (e.value->>'litellm_provider') = ANY (
					string_to_array(btrim(h.litellm_providers::text, '{} '), ','))
				ORDER BY h.host LIMIT 1) h
			WHERE jsonb_typeof(e.value) = 'object' AND e.key <> 'sample_spec'
		), named AS (
			SELECT hosted.*,
				   CASE WHEN left(lower(hosted.ekey), length(hosted.host) + 1) = lower(hosted.host) || '/'
						THEN substr(hosted.ekey, length(hosted.host) + 2)
						WHEN left(lower(hosted.ekey), length(hosted.lp) + 1) = lower(hosted.lp) || '/'
						THEN substr(hosted.ekey, length(hosted.lp) + 2)
						ELSE hosted.ekey END AS bare
			FROM hosted
			WHERE hosted.kind IS NOT NULL AND hosted.ekey <> ''
		), comp AS (
			SELECT named.*, k.key, k.value AS price, mm[1] AS base_key, mm[3] AS kilo
			FROM named
			CROSS JOIN LATERAL jsonb_each(named.m) k
			CROSS JOIN LATERAL regexp_match(k.key,
				'^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|'
				'cache_creation_input_token_cost|cache_creation_input_token_cost_above_1hr|'
				'input_cost_per_token_cache_hit|input_cost_per_token_batches|output_cost_per_token_batches)'
				'(_above_([0-9]{1,6})k_tokens)?$') mm
			WHERE mm IS NOT NULL AND jsonb_typeof(k.value) IS DISTINCT FROM 'null'
		)
		SELECT coalesce(jsonb_agg(jsonb_build_object(
				'upstream', 'key "' || comp.ekey || '"',
				'host', comp.host,
				'name', comp.name_prefix || comp.bare,
				'bare', comp.bare,
				'kind', comp.kind,
				'ctx', CASE WHEN (comp.m->>'max_input_tokens') ~ '^[1-9][0-9]{0,8}$'
							THEN (comp.m->>'max_input_tokens')::integer
							WHEN (comp.m->>'max_tokens') ~ '^[1-9][0-9]{0,8}$'
							THEN (comp.m->>'max_tokens')::integer END,
				'component', CASE comp.base_key
					WHEN 'input_cost_per_token' THEN 'input'
					WHEN 'output_cost_per_token' THEN 'output'
					WHEN 'cache_read_input_token_cost' THEN 'cached_input'
					WHEN 'input_cost_per_token_cache_hit' THEN 'cached_input'
					WHEN 'cache_creation_input_token_cost' THEN 'cache_write'
					WHEN 'cache_creation_input_token_cost_above_1hr' THEN 'cache_write_1h'
					WHEN 'input_cost_per_token_batches' THEN 'batch_input'
					WHEN 'output_cost_per_token_batches' THEN 'batch_output' END,
				'key', comp.key,
				'tier', coalesce(comp.kilo || '000', '0'),
				'price', comp.price,
				'scale', 1000000,
				/* the entry spelled like the catalog name first, then the
				 * usual key of a component before its synonym */
				'prio', CASE WHEN comp.ekey = comp.name_prefix || comp.bare THEN 0 ELSE 2 END
						+ CASE WHEN comp.base_key = 'input_cost_per_token_cache_hit' THEN 1 ELSE 0 END)),
				'[]')
		INTO v_rows
		FROM comp;

		WITH names AS (SELECT DISTINCT r.upstream
					   FROM jsonb_to_recordset(v_rows) AS r(upstream text))
		SELECT (v_read - v_unhosted) - count(*) INTO v_unpriced FROM names;
	END IF;

	/* 2. Every price must be a non-negative JSON number, every tier an integer. */
	SELECT r.upstream, r.key, r.price, r.tier INTO v_bad
	FROM jsonb_to_recordset(v_rows) AS r(upstream text, key text, price jsonb, tier text)
	WHERE CASE WHEN jsonb_typeof(r.price) = 'number' THEN (r.price)::numeric < 0 ELSE true END
	   OR r.tier IS NULL OR r.tier !~ '^[0-9]{1,9}$'
	LIMIT 1;
	IF FOUND THEN
		IF v_bad.tier IS NULL OR v_bad.tier !~ '^[0-9]{1,9}$' THEN
			RAISE EXCEPTION 'bad tier start % for % of % %', coalesce(v_bad.tier, 'null'), v_bad.key, format, v_bad.upstream
				USING ERRCODE = 'invalid_parameter_value',
				HINT = 'A tier start is a whole number of tokens; nothing was imported.';
		END IF;
		RAISE EXCEPTION 'bad price % for % of % %', coalesce(v_bad.price::text, 'null'), v_bad.key, format, v_bad.upstream
			USING ERRCODE = 'invalid_parameter_value',
			HINT = 'A price is a non-negative JSON number; nothing was imported.';
	END IF;

	RAISE NOTICE 'import_prices: % % entries read, % skipped (% of providers not in llmnum.builtin_hosts, % without a per-token price)',
		v_read, format, v_unhosted + v_unpriced, v_unhosted, v_unpriced;

	/* 3. Compare with the prices in force at `at` and decide. */
	WITH up AS (
		SELECT r.upstream, r.host, r.name, r.bare, r.kind, r.ctx, r.component,
			   r.tier::integer AS tier, trim_scale((r.price)::numeric * r.scale) AS price, r.prio
		FROM jsonb_to_recordset(v_rows) AS r(upstream text, host text, name text, bare text, kind text,
											 ctx integer, component text, tier text, price jsonb,
											 scale numeric, prio integer)
	), ded AS (
		SELECT DISTINCT ON (lower(up.name), up.component, up.tier) up.*
		FROM up
		ORDER BY lower(up.name), up.component, up.tier, up.prio, up.upstream
	), keyed AS (
		SELECT ded.*, coalesce(k.name, ded.name) AS mname, k.name IS NULL AS is_new
		FROM ded
		LEFT JOIN llmnum.models k ON lower(k.name) = lower(ded.name)
	), cur AS (
		SELECT DISTINCT ON (lower(p.model), p.component, p.tier_above_tokens)
			   lower(p.model) AS lm, p.component, p.tier_above_tokens AS tier, p.usd_per_mtok,
			   p.origin, p.valid_from, p.valid_to, p.source, p.created_by
		FROM llmnum.prices p
		WHERE p.valid_from <= at AND (p.valid_to IS NULL OR p.valid_to > at)
		  AND lower(p.model) IN (SELECT lower(keyed.mname) FROM keyed WHERE NOT keyed.is_new)
		ORDER BY lower(p.model), p.component, p.tier_above_tokens, (p.origin = 'user') DESC
	), retired AS (
		/* catalog models whose every price period ended by `at` */
		SELECT lower(p.model) AS lm
		FROM llmnum.prices p
		WHERE lower(p.model) IN (SELECT lower(keyed.mname) FROM keyed WHERE NOT keyed.is_new)
		GROUP BY lower(p.model)
		HAVING bool_and(p.valid_to IS NOT NULL AND p.valid_to <= at)
	), decided AS (
		SELECT keyed.*, cur.usd_per_mtok AS old, cur.origin, cur.valid_from AS cur_from,
			   CASE
				WHEN cur.usd_per_mtok = keyed.price THEN NULL
				WHEN EXISTS (SELECT 1 FROM retired WHERE retired.lm = lower(keyed.mname)) THEN 'retired'
				WHEN cur.origin = 'user'
					 AND NOT (cur.created_by = current_user AND cur.valid_to IS NULL
							  AND (cur.source LIKE 'genai-prices import%' OR cur.source LIKE 'litellm import%'))
					THEN 'kept user price'
				WHEN EXISTS (SELECT 1 FROM llmnum.user_prices f
							 WHERE lower(f.model) = lower(keyed.mname) AND f.component = keyed.component
							   AND f.tier_above_tokens = keyed.tier AND f.valid_from > at)
					THEN 'kept user price'
				WHEN cur.usd_per_mtok IS NULL THEN 'added'
				ELSE 'changed' END AS act
		FROM keyed
		LEFT JOIN cur ON cur.lm = lower(keyed.mname) AND cur.component = keyed.component
					 AND cur.tier = keyed.tier
	)
	SELECT coalesce(jsonb_agg(to_jsonb(d) ORDER BY d.ord, lower(d.model), d.component, d.tier), '[]')
	INTO v_plan
	FROM (
		SELECT nm.* FROM (
		SELECT DISTINCT ON (lower(decided.mname)) 0 AS ord, decided.mname AS model,
			   NULL::text AS component, NULL::integer AS tier, NULL::numeric AS old,
			   NULL::numeric AS new, 'new model' AS act, decided.host, decided.bare,
			   decided.kind, decided.ctx, decided.upstream, NULL::text AS origin,
			   NULL::timestamptz AS cur_from
		FROM decided
		WHERE decided.is_new AND decided.act IS NOT NULL
		ORDER BY lower(decided.mname), decided.prio, decided.upstream) nm
		UNION ALL
		SELECT 1, decided.mname, decided.component, decided.tier, decided.old, decided.price,
			   decided.act, decided.host, decided.bare, decided.kind, decided.ctx,
			   decided.upstream, decided.origin, decided.cur_from
		FROM decided
		WHERE decided.act IS NOT NULL
	) d;

	/* 4. Write (only when there is something to write, so that a role
	 *    without write privileges can still check a document). */
	IF EXISTS (SELECT 1 FROM jsonb_array_elements(v_plan) e
			   WHERE e.value->>'act' IN ('new model', 'added', 'changed')) THEN
	INSERT INTO llmnum.user_models (name, provider, host, base_model, kind, context_window,
									source, as_of, notes)
	SELECT p.model,
		   CASE WHEN h.name_prefix = '' THEN p.host
				WHEN lower(p.bare) ~ 'claude|anthropic' THEN 'anthropic'
				WHEN lower(p.bare) ~ 'gemini|gemma|palm|bison|gecko' THEN 'google'
				WHEN lower(p.bare) ~ 'llama' THEN 'meta'
				WHEN lower(p.bare) ~ 'mistral|mixtral|codestral|ministral|magistral|pixtral|devstral' THEN 'mistral'
				WHEN lower(p.bare) ~ 'deepseek' THEN 'deepseek'
				WHEN lower(p.bare) ~ 'grok|x-ai|xai' THEN 'xai'
				WHEN lower(p.bare) ~ 'command|cohere' THEN 'cohere'
				WHEN lower(p.bare) ~ 'qwen|qwq' THEN 'alibaba'
				WHEN lower(p.bare) ~ 'kimi|moonshot' THEN 'moonshot'
				WHEN lower(p.bare) ~ 'gpt|openai|davinci|babbage|(^|[/.])o[1-9]|text-embedding|whisper|dall-e' THEN 'openai'
				ELSE p.host END,
		   p.host,
		   CASE WHEN h.name_prefix <> '' THEN
				coalesce((SELECT b.name FROM llmnum.models b WHERE lower(b.name) = lower(p.bare)),
						 (SELECT b.name FROM llmnum.models b
						  WHERE lower(b.name) = lower(regexp_replace(p.bare, '^.*/', ''))))
				END,
		   p.kind, p.ctx, v_source, current_date,
		   'Added by llmnum.import_prices from ' || format || ' ' || p.upstream || '.'
	FROM jsonb_to_recordset(v_plan) AS p(model text, act text, host text, bare text, kind text,
										 ctx integer, upstream text)
	JOIN llmnum.builtin_hosts h ON h.host = p.host
	WHERE p.act = 'new model';

	/* the caller's open imported row: closed at `at`, or replaced in place
	 * when it starts at `at` (a second import in the same transaction) */
	UPDATE llmnum.user_prices u
	SET valid_to = at
	FROM jsonb_to_recordset(v_plan) AS p(model text, component text, tier integer, act text,
										 origin text, cur_from timestamptz)
	WHERE p.act = 'changed' AND p.origin = 'user' AND p.cur_from < at
	  AND lower(u.model) = lower(p.model) AND u.component = p.component
	  AND u.tier_above_tokens = p.tier AND u.valid_from = p.cur_from;

	UPDATE llmnum.user_prices u
	SET usd_per_mtok = p.new, source = v_source, as_of = current_date,
		notes = 'Imported by llmnum.import_prices from ' || format || ' ' || p.upstream || '.'
	FROM jsonb_to_recordset(v_plan) AS p(model text, component text, tier integer, act text,
										 origin text, cur_from timestamptz, new numeric, upstream text)
	WHERE p.act = 'changed' AND p.origin = 'user' AND p.cur_from = at
	  AND lower(u.model) = lower(p.model) AND u.component = p.component
	  AND u.tier_above_tokens = p.tier AND u.valid_from = p.cur_from;

	INSERT INTO llmnum.user_prices (model, component, tier_above_tokens, usd_per_mtok,
									valid_from, valid_to, source, as_of, notes)
	SELECT p.model, p.component, p.tier, p.new, at, NULL, v_source, current_date,
		   'Imported by llmnum.import_prices from ' || format || ' ' || p.upstream || '.'
	FROM jsonb_to_recordset(v_plan) AS p(model text, component text, tier integer, act text,
										 origin text, cur_from timestamptz, new numeric, upstream text)
	WHERE p.act = 'added' OR (p.act = 'changed' AND NOT (p.origin = 'user' AND p.cur_from = at));
	END IF;

	RETURN QUERY
	SELECT p.model, p.component, p.tier, p.old, p.new, p.act
	FROM jsonb_array_elements(v_plan) WITH ORDINALITY e
	CROSS JOIN LATERAL jsonb_to_record(e.value) AS p(model text, component text, tier integer,
													 old numeric, new numeric, act text)
	ORDER BY e.ordinality;
END;
$fn$;

COMMENT ON FUNCTION llmnum.import_prices(jsonb, text, timestamptz) IS
'Loads a newer price catalog (format ''genai-prices'' or ''litellm'') into user rows: for each price of a model of a host in llmnum.builtin_hosts that differs from the price in force at `at`, closes the caller''s imported user row and opens one from `at`; adds user_models rows for unknown models; leaves manual user prices and retired models alone. Returns what it did (or would have done: ''kept user price'', ''retired''); a re-import writes nothing.';
/* END OF TEMPORARY STAND-IN */
