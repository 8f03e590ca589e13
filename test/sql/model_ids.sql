-- Model ids as logs write them: llmnum.resolve_model and the pricing functions.
\set VERBOSITY default
SET client_min_messages = warning;
SET TIME ZONE 'UTC';

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; m text; d text; h text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN s || ': ' || m || coalesce(E'\n  detail: ' || nullif(d, ''), '') || coalesce(E'\n  hint: ' || nullif(h, ''), '');
END $$;

-- 1. Real-world ids (test/fixtures/real_ids.tsv, two agreeing sources per cost)
CREATE TEMP TABLE real_ids_text (raw_id text, at date, model text, usd text, sources text);
\copy real_ids_text FROM 'test/fixtures/real_ids.tsv' WITH (FORMAT text, HEADER true)
CREATE TEMP TABLE real_ids AS
SELECT raw_id, at, model, nullif(usd, '')::numeric AS usd, sources FROM real_ids_text;
SELECT count(*) AS ids,
	   count(*) FILTER (WHERE model <> '') AS priceable,
	   count(*) FILTER (WHERE sources !~ ' ; ' AND model <> '') AS with_one_source
FROM real_ids;
CREATE TEMP TABLE outcome AS
-- 100,000 input and 100,000 output tokens: below every long-context tier,
-- so a tenth of the fixture's cost of a million of each
SELECT r.*, llmnum.try_gen_cost(raw_id, 100000, 100000, at::timestamptz) * 10 AS got
FROM real_ids r;
SELECT count(*) FILTER (WHERE model <> '' AND got = usd) AS priced_right,
	   count(*) FILTER (WHERE got IS NOT NULL AND (model = '' OR got <> usd)) AS priced_wrong,
	   count(*) FILTER (WHERE model <> '' AND got IS NULL) AS not_priced,
	   count(*) FILTER (WHERE model = '' AND got IS NULL) AS refused_right,
	   round(100.0 * count(*) FILTER (WHERE model <> '' AND got = usd)
			 / count(*) FILTER (WHERE model <> ''), 1) >= 95 AS at_least_95_percent
FROM outcome;
-- every wrong or missing one, named (none expected)
SELECT raw_id, at, model, usd, got FROM outcome
WHERE (model <> '' AND got IS DISTINCT FROM usd) OR (model = '' AND got IS NOT NULL);
-- resolve_model names the expected catalog model for every priceable id
SELECT count(*) AS resolved_to_expected FROM real_ids
WHERE model <> '' AND (llmnum.resolve_model(raw_id, at)).model = model;

-- 2. Each rule kind
SELECT id, (r).model, (r).host, (r).rule
FROM (SELECT id, llmnum.resolve_model(id, '2025-12-01') AS r
	  FROM unnest(ARRAY[
		'gpt-4o-mini-2024-07-18',                                   -- exact
		'  GPT-4o-Mini-2024-07-18 ',                                -- trimmed, case
		'openai/gpt-4o',                                            -- host_prefix, maker's API
		'azure/gpt-4o',                                             -- exact host id
		'azure/global-standard/gpt-4o-mini',                        -- strip_prefix
		'openrouter/openai/gpt-4o',
		'groq/llama-3.3-70b-versatile',
		'gemini/gemini-2.5-flash',
		'models/gemini-2.5-flash',                                  -- strip_prefix
		'gemini-1.5-pro-002',                                       -- exact (catalog has it)
		'us.anthropic.claude-3-5-sonnet-20240620-v1:0',             -- host_marker, region_prefix
		'bedrock/us-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0',
		'global.anthropic.claude-sonnet-4-5-20250929-v1:0',         -- global profile
		'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',             -- geographic: regional price
		'claude-3-5-sonnet-v2@20241022',                            -- Vertex @date
		'vertex_ai/claude-sonnet-4-5@20250929',                     -- strip_suffix @date
		'anthropic/claude-3.5-sonnet',                              -- router_fallback
		'z-ai/glm-4.6',                                             -- OpenRouter's Zhipu
		'amazon/nova-pro-v1',                                       -- and Amazon ids
		'claude-3-5-sonnet-latest',                                 -- alias: a catalog name
		'claude-sonnet-4-0',
		'ft:gpt-4o-mini-2024-07-18:acme::AbC123',                   -- fine_tune
		'accounts/fireworks/models/deepseek-r1',                    -- host_marker
		'llama-3.3-70b-versatile',                                  -- host_marker: Groq's own API
		'Mixtral-8x7B-32768',
		'gemma2-9b-it',
		'llama3.1:8b-instruct-q4_K_M',                              -- host_marker: Ollama's
		'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0',
		'arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
		'bedrock/arn:aws:bedrock:us-west-2::foundation-model/meta.llama3-1-70b-instruct-v1:0',
		'projects/acme/locations/us-central1/publishers/google/models/gemini-1.5-pro-002',
		'publishers/anthropic/models/claude-3-5-sonnet-v2@20241022',
		'gpt-35-turbo-0125',                                        -- host_marker: Azure's spelling
		'GPT-35-Turbo-16k'
	  ]) AS id) s;
-- a model ARN costs what its model id costs
SELECT llmnum.gen_cost('arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0',
					   1000000, 1000000, '2025-09-01') AS arn,
	   llmnum.gen_cost('anthropic.claude-3-haiku-20240307-v1:0', 1000000, 1000000, '2025-09-01') AS id;
-- a Groq id logged bare costs what LiteLLM's groq/ spelling costs
SELECT llmnum.gen_cost('llama-3.1-8b-instant', 1000000, 1000000, '2025-09-01') AS bare,
	   llmnum.gen_cost('groq/llama-3.1-8b-instant', 1000000, 1000000, '2025-09-01') AS prefixed;

-- the host argument: an id without a host prefix, billed by that host
SELECT * FROM llmnum.resolve_model('gpt-4o', '2025-09-01', 'azure');
SELECT * FROM llmnum.resolve_model('gpt-4o', '2025-09-01', 'openai');
SELECT pg_temp.err($$SELECT llmnum.resolve_model('gpt-4o', '2025-09-01', 'nowhere')$$);
SELECT llmnum.resolve_model(NULL), llmnum.resolve_model('gpt-4o', NULL) IS NULL AS null_at;

-- 3. What is refused, and the hints
SELECT pg_temp.err($$SELECT llmnum.gen_cost('ft:o3-mini-2025-01-31:acme::x1', 10, 10, '2025-09-01')$$);
SELECT pg_temp.err($$SELECT llmnum.gen_cost('global.anthropic.claude-3-5-sonnet-20240620-v1:0', 10, 10, '2025-09-01')$$);
SELECT pg_temp.err($$SELECT llmnum.gen_cost('azure/my-prod-deployment', 10, 10, '2025-09-01')$$);
SELECT pg_temp.err($$SELECT llmnum.resolve_model('claude-3-5-sonnet')$$);
-- ARNs and resource names that name no model: an application inference profile,
-- provisioned throughput, a custom Vertex endpoint
SELECT id, llmnum.try_gen_cost(id, 10, 10, '2025-09-01') AS usd
FROM unnest(ARRAY['arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6',
				  'arn:aws:bedrock:us-east-1:123456789012:provisioned-model/a1b2c3d4e5f6',
				  'projects/acme/locations/us-central1/endpoints/1234567890']) AS id;
SELECT llmnum.gen_cost_error('ft:o3-mini-2025-01-31:acme::x1', 10, 10, '2025-09-01'),
	   llmnum.gen_cost_error('azure/my-prod-deployment', 10, 10, '2025-09-01'),
	   llmnum.try_gen_cost('claude-3-5-sonnet', 10, 10, '2025-09-01');
-- the issue's example: the dated id is priced as itself, not as its fine-tune
SELECT llmnum.gen_cost('gpt-4o-mini-2024-07-18', 1000000, 1000000, '2025-09-01') AS snapshot,
	   llmnum.gen_cost('ft:gpt-4o-mini-2024-07-18:acme::AbC123', 1000000, 1000000, '2025-09-01') AS fine_tune;

-- 4. Regions: Bedrock global vs regional (Claude 4.5), Azure global vs data zone vs regional
-- (100,000-token prompts: Claude's long-context tier starts above 200,000)
SELECT id, llmnum.gen_cost(id, 100000, 100000, '2025-12-01') AS usd
FROM unnest(ARRAY['claude-sonnet-4-5-20250929',
				  'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
				  'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
				  'bedrock/eu-central-1/anthropic.claude-sonnet-4-5-20250929-v1:0',
				  'azure/gpt-4o-2024-08-06',
				  'azure/us/gpt-4o-2024-08-06',
				  'azure/eu/gpt-4o-2024-08-06',
				  'azure/regional/gpt-4o-2024-08-06']) AS id;
-- the global profiles of the later models too (genai-prices' global. ids),
-- at the list price from the model's launch; the in-Region price 10% above
SELECT id, m.model, llmnum.try_gen_cost(id, 100000, 100000, '2026-07-01') AS usd
FROM unnest(ARRAY['global.anthropic.claude-opus-4-6-v1:0', 'us.anthropic.claude-opus-4-6-v1:0',
				  'global.anthropic.claude-sonnet-4-6-v1:0', 'eu.anthropic.claude-sonnet-4-6-v1:0',
				  'arn:aws:bedrock:us-west-2:123456789012:inference-profile/global.anthropic.claude-opus-4-7-v1:0',
				  'global.anthropic.claude-sonnet-4-20250514-v1:0']) AS id,
	 LATERAL llmnum.resolve_model(id, '2026-07-01') AS m;
-- AWS's own ids of Opus 4.6 and Sonnet 4.6 (no date, no :0), as logs write
-- them: the same prices as genai-prices' -v1:0 spelling, global and in-Region
SELECT id, m.model, m.rule, llmnum.try_gen_cost(id, 100000, 100000, '2026-07-01') AS usd
FROM unnest(ARRAY['anthropic.claude-opus-4-6-v1', 'global.anthropic.claude-opus-4-6-v1',
				  'us.anthropic.claude-opus-4-6-v1', 'apac.anthropic.claude-opus-4-6-v1',
				  'bedrock/anthropic.claude-sonnet-4-6', 'global.anthropic.claude-sonnet-4-6',
				  'eu.anthropic.claude-sonnet-4-6', 'jp.anthropic.claude-sonnet-4-6',
				  'arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-sonnet-4-6']) AS id,
	 LATERAL llmnum.resolve_model(id, '2026-07-01') AS m;
-- the later models' ids have no -v1 either (Opus 4.7 and 4.8, Sonnet 5,
-- Fable 5 and 5.1); us. and eu. at the in-Region price, global. at the list
-- price; before the model's launch, no price
SELECT id, m.model, m.rule, llmnum.try_gen_cost(id, 100000, 100000, '2026-10-01') AS usd,
	   llmnum.try_gen_cost(id, 100000, 100000, '2026-03-01') AS before_launch
FROM unnest(ARRAY['anthropic.claude-opus-4-7', 'us.anthropic.claude-opus-4-7',
				  'global.anthropic.claude-opus-4-7', 'bedrock/global.anthropic.claude-opus-4-7',
				  'eu.anthropic.claude-opus-4-8', 'global.anthropic.claude-opus-4-8',
				  'us.anthropic.claude-sonnet-5', 'global.anthropic.claude-sonnet-5',
				  'us.anthropic.claude-fable-5', 'global.anthropic.claude-fable-5',
				  'eu.anthropic.claude-fable-5-1', 'global.anthropic.claude-fable-5-1',
				  'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-7']) AS id,
	 LATERAL llmnum.resolve_model(id, '2026-10-01') AS m;
-- a dated spelling AWS does not use stays unknown, as does -v1 on Opus 4.7
-- (AWS refuses it)
SELECT llmnum.gen_cost_error('anthropic.claude-sonnet-4-6-20260217-v1:0', 1000, 1000, '2026-07-01');
SELECT llmnum.gen_cost_error('us.anthropic.claude-opus-4-7-v1', 1000, 1000, '2026-07-01');
-- a 1,000,000-token prompt: Anthropic bills it at its long-context rates;
-- Bedrock's rates for it are not in the catalog, so no price (not the base one)
SELECT id, llmnum.try_gen_cost(id, 1000000, 1000000, '2025-12-01') AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, '2025-12-01') AS why_not
FROM unnest(ARRAY['claude-sonnet-4-5-20250929',
				  'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
				  'us.anthropic.claude-sonnet-4-5-20250929-v1:0']) AS id;

-- Vertex AI: Claude's global endpoint at the list price, any other location
-- 10% more from Sonnet 4.5 on, the same price for the models before; a
-- LiteLLM or SDK id names no location and is the global endpoint; Haiku 4.5
-- and Opus 4.5 (once unknown on Vertex) priced from their launch.
SELECT id, m.model, llmnum.gen_cost(id, 100000, 100000, '2025-12-01',
									cached_input_tokens => 20000,
									cache_write_tokens => 10000) AS usd
FROM unnest(ARRAY['vertex_ai/claude-sonnet-4-5@20250929',
				  'projects/p-1/locations/global/publishers/anthropic/models/claude-sonnet-4-5@20250929',
				  'projects/p-1/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929',
				  'PROJECTS/p-1/LOCATIONS/europe-west1/publishers/anthropic/models/claude-sonnet-4-5',
				  'vertex_ai/regional/claude-sonnet-4-5@20250929',
				  'claude-haiku-4-5@20251001',
				  'projects/p-1/locations/us-east5/publishers/anthropic/models/claude-haiku-4-5@20251001',
				  'google-vertex:claude-opus-4-5@20251101',
				  'projects/p-1/locations/asia-southeast1/publishers/anthropic/models/claude-opus-4-5@20251101',
				  'vertex_ai/claude-opus-4-1@20250805',
				  'projects/p-1/locations/us-east5/publishers/anthropic/models/claude-opus-4-1@20250805',
				  'projects/p-1/locations/us-east5/publishers/anthropic/models/claude-3-5-sonnet-v2@20241022']) AS id,
	 LATERAL llmnum.resolve_model(id, '2025-12-01') AS m;
-- the class is priced wherever its model is: every component 10% above
-- (11/10 exactly), tiers and dates unchanged
SELECT g.component, g.tier_above_tokens, g.valid_from, g.usd_per_mtok AS global_usd,
	   r.usd_per_mtok AS regional_usd, r.usd_per_mtok / g.usd_per_mtok AS ratio
FROM llmnum.price_history('vertex_ai/claude-sonnet-4-5') g
JOIN llmnum.price_history('vertex_ai/regional/claude-sonnet-4-5') r
  USING (component, tier_above_tokens, valid_from)
ORDER BY 1, 2, 3;
SELECT count(*) AS models,
	   count(*) FILTER (WHERE name LIKE 'vertex_ai/regional/%') AS regional
FROM llmnum.models WHERE name LIKE 'vertex_ai/%claude%';
-- no price before launch, nor a model the catalog lacks on Vertex
SELECT llmnum.gen_cost_error('projects/p-1/locations/us-east5/publishers/anthropic/models/claude-opus-4-5@20251101', 1000, 1000, '2025-11-01');
SELECT llmnum.gen_cost_error('projects/p-1/locations/us-east5/publishers/anthropic/models/claude-opus-9@20301231', 1000, 1000, '2026-11-01');

-- 5. User rules: exact, prefix, regex, dated, host; priced through gen_cost
INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target, host, valid_from, valid_to, notes) VALUES
	('exact', 'prod-gpt4o-weu', 'azure/regional/gpt-4o-2024-08-06', 'azure', '-infinity', NULL, 'West Europe Standard deployment'),
	('prefix', 'team-a-mini', 'azure/gpt-4o-mini', 'azure', '-infinity', NULL, NULL),
	('regex', '^chat-(eu|us)-[0-9]+$', 'gpt-4o-2024-08-06', NULL, '2025-01-01', '2025-07-01', 'before the move'),
	('regex', '^chat-(eu|us)-[0-9]+$', 'gpt-4o-mini-2024-07-18', NULL, '2025-07-01', NULL, 'after the move'),
	('exact', 'gpt-4o', 'azure/us/gpt-4o-2024-08-06', 'azure', '-infinity', NULL, 'all our Azure gpt-4o deployments are US data zone');
SELECT id, at, (llmnum.resolve_model(id, at)).*, llmnum.try_gen_cost(id, 1000000, 1000000, at) AS usd
FROM (VALUES ('azure/prod-gpt4o-weu', '2025-09-01'::timestamptz),
			 ('AZURE/Prod-GPT4o-WEU ', '2025-09-01'),
			 ('azure/team-a-mini-westus', '2025-09-01'),
			 ('chat-eu-17', '2025-03-01'),
			 ('chat-eu-17', '2025-09-01'),
			 ('azure/gpt-4o', '2025-09-01'),
			 ('gpt-4o', '2025-09-01')) v(id, at);
-- a user rule only applies to its host's ids, and not outside its period
SELECT pg_temp.err($$SELECT llmnum.resolve_model('prod-gpt4o-weu', '2025-09-01')$$);
SELECT pg_temp.err($$SELECT llmnum.resolve_model('chat-eu-17', '2024-09-01')$$);
SELECT (llmnum.resolve_model('prod-gpt4o-weu', '2025-09-01', 'azure')).model;
-- a rule to a model the catalog does not have
INSERT INTO llmnum.user_model_aliases (pattern, target) VALUES ('acme-bot', 'acme-model-nobody-has');
SELECT pg_temp.err($$SELECT llmnum.gen_cost('acme-bot', 10, 10, '2025-09-01')$$);
-- constraints: overlap, invalid regex, blank target, bad kind
SELECT pg_temp.err($$INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target, valid_from)
	VALUES ('regex', '^chat-(eu|us)-[0-9]+$', 'gpt-4o', '2025-06-01')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target) VALUES ('regex', '(', 'gpt-4o')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_model_aliases (pattern, target) VALUES ('x', ' ')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target) VALUES ('glob', 'x*', 'gpt-4o')$$);
-- row ownership: another role reads every rule, changes none of ours
CREATE ROLE llmnum_alias_writer;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_model_aliases TO llmnum_alias_writer;
SET ROLE llmnum_alias_writer;
SELECT count(*) AS visible FROM llmnum.user_model_aliases;
DELETE FROM llmnum.user_model_aliases;
SELECT pg_temp.err($$INSERT INTO llmnum.user_model_aliases (pattern, target, created_by) VALUES ('y', 'gpt-4o', 'postgres')$$);
INSERT INTO llmnum.user_model_aliases (pattern, target) VALUES ('writer-bot', 'gpt-4o-mini');
SELECT (llmnum.resolve_model('writer-bot', '2025-09-01')).*;
RESET ROLE;
SELECT count(*) AS rules_left FROM llmnum.user_model_aliases;
DELETE FROM llmnum.user_model_aliases;
REVOKE ALL ON llmnum.user_model_aliases FROM llmnum_alias_writer;
DROP ROLE llmnum_alias_writer;
-- the cache follows: without rules, the ids are unknown again
SELECT llmnum.try_gen_cost('azure/prod-gpt4o-weu', 10, 10, '2025-09-01');

-- 6. The built-in rules are data
SELECT kind, count(*) FROM llmnum.builtin_model_rules GROUP BY 1 ORDER BY 1;

-- 7. Dated snapshots that upstream catalogs only saw late: priced over their
-- whole history as the model name that served them (same prices when seen)
SELECT id, at::date, llmnum.price_of(id, 'input', at) AS input, llmnum.price_of(id, 'output', at) AS output
FROM (VALUES ('gpt-4o-mini-2024-07-18', timestamptz '2024-07-19 00:00+00'),
			 ('gpt-4o-mini-2024-07-18', '2025-10-01 00:00+00'),
			 ('o3-2025-04-16', '2025-05-01 00:00+00'),
			 ('o3-2025-04-16', '2025-06-11 00:00+00'),
			 ('o3-mini-2025-01-31', '2025-02-01 00:00+00')) v(id, at);
SELECT alias, target, notes FROM llmnum.builtin_model_aliases
WHERE alias IN ('gpt-4o-mini-2024-07-18', 'o3-2025-04-16') ORDER BY alias;

-- 8. A host's id of a model whose maker price had not changed when the host
-- was first seen at it is dated from the maker's launch (the maker retiring
-- the model later, or its name being an alias, changes nothing); where the
-- maker's price changed before, it is not, except on OpenRouter, which
-- passes the maker's price through: there from the maker's current price.
-- A host first seen at another price than the maker's is never backdated.
SELECT id, at::date, llmnum.try_gen_cost(id, 100000, 100000, at) AS usd,
	   llmnum.gen_cost_error(id, 100000, 100000, at) AS why_not
FROM (VALUES ('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', timestamptz '2025-06-01 00:00+00'),
			 ('us.anthropic.claude-sonnet-4-20250514-v1:0', '2025-06-01 00:00+00'),
			 ('azure/gpt-4.1', '2025-05-01 00:00+00'),
			 ('azure/gpt-4.1', '2025-04-01 00:00+00'),
			 ('bedrock/anthropic.claude-3-5-haiku-20241022-v1:0', '2025-06-01 00:00+00'),
			 ('bedrock/anthropic.claude-3-5-haiku-20241022-v1:0', '2025-09-02 00:00+00'),
			 ('bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', '2025-03-01 00:00+00'),
			 ('bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', '2024-06-19 00:00+00'),
			 ('vertex_ai/claude-opus-4', '2025-06-01 00:00+00'),
			 ('vertex_ai/claude-opus-4', '2025-05-21 00:00+00'),
			 ('openrouter/openai/gpt-4o', '2025-03-01 00:00+00'),
			 ('openrouter/openai/gpt-4o', '2024-10-01 00:00+00'),
			 ('azure/gpt-4o', '2025-03-01 00:00+00'),
			 ('bedrock/mistral.mistral-large-2407-v1:0', '2025-03-01 00:00+00'),
			 ('bedrock/mistral.mistral-large-2407-v1:0', '2025-09-01 00:00+00')) v(id, at);
SELECT model, component, usd_per_mtok, valid_from::date, notes FROM llmnum.prices
WHERE model IN ('openrouter/openai/gpt-4o', 'vertex_ai/claude-opus-4')
  AND component IN ('input', 'output') AND tier_above_tokens = 0 ORDER BY 1, 2, 4;

-- Gemini's stable versions (-001, -002) are billed at their model's price
-- over their life: gemini-1.5-pro-002 before and after the 2024-10-01 cut
-- (1M in + 1M out, a prompt above the 128K tier: 7 + 21, then 2.5 + 10;
-- Flash 0.15 + 0.6, 2.0 Flash 0.1 + 0.4), nothing after the 1.5
-- models shut down (2025-09-24) nor before the version existed; Vertex AI
-- priced Gemini otherwise and keeps its own dates.
SELECT id, at::date, llmnum.try_gen_cost(id, 1000000, 1000000, at) AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, at) AS why_not
FROM (VALUES ('gemini-1.5-pro-002', timestamptz '2024-09-30 00:00+00'),
			 ('gemini/gemini-1.5-pro-002', '2025-03-01 00:00+00'),
			 ('models/gemini-1.5-flash-002', '2025-03-01 00:00+00'),
			 ('gemini-1.5-pro-002', '2024-09-23 00:00+00'),
			 ('gemini-1.5-pro-002', '2025-09-25 00:00+00'),
			 ('gemini-1.5-flash-001', '2024-07-01 00:00+00'),
			 ('gemini/gemini-2.0-flash-001', '2025-03-01 00:00+00'),
			 ('gemini-2.0-flash-lite-001', '2025-03-01 00:00+00'),
			 ('vertex_ai/gemini-2.0-flash-001', '2025-03-01 00:00+00')) v(id, at);

-- 9. The table of ids seen grows as a backend meets new ids (256 slots
-- first, then 1,024, 4,096... up to 131,072) and starts over after 65,536
-- ids: the same answers for ids seen before the table grew, after it grew
-- and after it started over.
CREATE TEMP TABLE early AS
SELECT id, (llmnum.resolve_model(id, '2025-09-01')).* FROM (VALUES ('openai/gpt-4o'),
	('us.anthropic.claude-3-5-sonnet-20240620-v1:0'), ('claude-3-5-sonnet-v2@20241022'),
	('ft:gpt-4o-mini-2024-07-18:acme::x'), ('azure/gpt-4o')) v(id);
SELECT * FROM early ORDER BY id;
CREATE TEMP VIEW early_again AS
SELECT e.id, r.model = e.model AND r.host IS NOT DISTINCT FROM e.host AND r.rule = e.rule AS same
FROM early e, LATERAL llmnum.resolve_model(e.id, '2025-09-01') r ORDER BY e.id;
SELECT count(*) AS ids, count(*) FILTER (WHERE r.model = 'ft:gpt-4o-2024-08-06'
										AND r.rule = 'fine_tune ft:') AS fine_tunes
FROM generate_series(1, 3000) g,
	 LATERAL llmnum.resolve_model('ft:gpt-4o-2024-08-06:acme::' || g, '2025-09-01') r;
SELECT * FROM early_again;
SELECT count(*) AS ids, count(*) FILTER (WHERE r.model = 'ft:gpt-4o-2024-08-06'
										AND r.rule = 'fine_tune ft:') AS fine_tunes
FROM generate_series(1, 70000) g,
	 LATERAL llmnum.resolve_model('ft:gpt-4o-2024-08-06:acme::' || g, '2025-09-01') r;
SELECT * FROM early_again;

-- 10. Open models as self-hosted logs name them (vLLM, TGI, LiteLLM's
-- hosted_vllm/ and huggingface/ routes, DashScope's Qwen2.5 ids): exact
-- counts with the model's own encoding, the base model's architecture, and
-- no price; an API's or a host's id behind such a prefix stays unknown.
CREATE FUNCTION pg_temp.open_ids(ids text[])
RETURNS TABLE (id text, model text, host text, rule text, encoding text, exact boolean,
			   tokens integer, base_model text, params_total numeric, usd numeric, why_not text)
LANGUAGE sql AS $$
SELECT id, r.model, r.host, r.rule, t.encoding, t.exact,
	   llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', id),
	   m.base_model, m.params_total,
	   llmnum.try_gen_cost(id, 1000, 1000, '2025-12-01'),
	   llmnum.gen_cost_error(id, 1000, 1000, '2025-12-01')
FROM unnest(ids) WITH ORDINALITY AS i(id, n),
	 LATERAL llmnum.resolve_model(id, '2025-12-01') r,
	 LATERAL llmnum.tokenizer_of(id) t,
	 llmnum.models m
WHERE m.name = r.model
ORDER BY n
$$;
SELECT * FROM pg_temp.open_ids(ARRAY[
		'Qwen/Qwen2.5-72B-Instruct',
		'qwen2.5-72b-instruct',
		'deepseek-ai/DeepSeek-R1',
		'deepseek-ai/DeepSeek-V3-0324',
		'meta-llama/Meta-Llama-3.1-8B-Instruct',
		'meta-llama/Meta-Llama-3-8B',
		'meta-llama/Llama-2-7b-chat-hf',
		'hosted_vllm/meta-llama/Llama-3.1-8B-Instruct',
		'huggingface/mistralai/Mistral-7B-Instruct-v0.3',
		'hosted_vllm/google/gemma-2-9b-it',
		'gemma-2-9b-it',
		'Llama-3.3-70B-Instruct',
		'qwen3-8b',
		'hosted_vllm/Qwen/Qwen3-30B-A3B',
		'mistralai/Mistral-Nemo-Instruct-2407',
		'hosted_vllm/Qwen/Qwen2.5-Coder-32B-Instruct',
		'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8',
		'hosted_vllm/Qwen/Qwen3-4B-Thinking-2507',
		'Qwen/Qwen2.5-0.5B-Instruct',
		'Qwen/Qwen2.5-3B-Instruct',
		'Qwen/Qwen2-7B-Instruct',
		'google/gemma-7b-it',
		'microsoft/Phi-3.5-mini-instruct',
		'microsoft/Phi-3-mini-128k-instruct'
	 ]);
-- Qwen3's 2507 updates: the architecture of their first release, with the
-- 262,144-token context they were trained for
SELECT name, base_model, context_window, params_total, release_date FROM llmnum.models
WHERE name IN ('Qwen3-30B-A3B', 'Qwen3-30B-A3B-Instruct-2507', 'Qwen3-30B-A3B-Thinking-2507-FP8')
ORDER BY name;
-- a fine-tune released later than its base has its own date; the others
-- came out with their base
SELECT name, base_model, release_date, as_of FROM llmnum.models
WHERE name IN ('Qwen2.5-32B', 'Qwen2.5-32B-Instruct', 'QwQ-32B', 'QwQ-32B-Preview',
			   'Llama-3.1-70B-Instruct', 'Llama-3.3-70B-Instruct', 'DeepSeek-R1-Zero',
			   'DeepSeek-R1-0528')
ORDER BY release_date, name;
-- the OpenRouter id of the same spelling comes first, and keeps its price
SELECT * FROM llmnum.resolve_model('meta-llama/Llama-3.1-8B-Instruct', '2025-12-01');
SELECT id, llmnum.try_gen_cost(id, 1000, 1000, '2025-12-01') AS usd,
	   llmnum.gen_cost_error(id, 1000, 1000, '2025-12-01') AS why_not
FROM unnest(ARRAY['hosted_vllm/gpt-4o', 'hosted_vllm/google/gemma-2-27b-it', 'mistralai/gpt-4o',
				  'hosted_vllm/', 'acme/qwen/Qwen2.5-72B-Instruct']) AS id;
SELECT pg_temp.err($$SELECT llmnum.resolve_model('hosted_vllm/gpt-4o', '2025-12-01')$$);
SELECT pg_temp.err($$SELECT llmnum.count_tokens('x', 'hosted_vllm/gpt-4o')$$);
-- with the host given, only that host's names: not the open model
SELECT pg_temp.err($$SELECT llmnum.resolve_model('Qwen/Qwen2.5-72B-Instruct', '2025-12-01', 'together_ai')$$);
-- 10b. Open models on hosts the catalog does not price them for, as LiteLLM
-- logs them (its price file of 2025-09-01): deepinfra/, sambanova/...
-- (weights_prefix), a priced host that does not list the model
-- (vertex_ai/gemma-3-27b-it), serving suffixes (-Turbo, -FP8, -tput:
-- weights_suffix).  The token and GPU functions take the model's weights
-- (its tokenizer and architecture, the same wherever it is served); prices
-- stay unknown.
SELECT id, t.encoding, t.exact,
	   llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', id) AS tokens,
	   (llmnum.gpu_memory(id, CASE WHEN id ~* '-fp8' THEN 'fp8' ELSE 'fp16' END)).weights AS weight_bytes,
	   llmnum.try_gen_cost(id, 1000, 1000, '2025-12-01') AS usd,
	   llmnum.gen_cost_error(id, 1000, 1000, '2025-12-01') AS why_not
FROM unnest(ARRAY[
		'deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct',
		'deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo',
		'Meta-Llama-3.1-70B-Instruct',
		'DeepInfra/Qwen/Qwen2.5-72B-Instruct',
		'together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo',
		'hyperbolic/Qwen/Qwen2.5-72B-Instruct',
		'sambanova/Qwen2.5-72B-Instruct',
		'Qwen2.5-72B-Instruct',
		'lambda_ai/qwen3-32b-fp8',
		'Qwen3-32B',
		'lambda_ai/llama-4-scout-17b-16e-instruct',
		'deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-Turbo',
		'vertex_ai/gemma-3-27b-it',
		'gemma-3-27b-it',
		'deepinfra/mistralai/Mistral-Nemo-Instruct-2407',
		'snowflake/deepseek-r1'
	 ]) WITH ORDINALITY AS i(id, n),
	 LATERAL llmnum.tokenizer_of(id) t
ORDER BY n;
-- Providers' own spellings of open models' names (Cerebras, Snowflake,
-- Lambda, Perplexity, Databricks, Vertex's -maas, Vercel and Replicate's
-- <maker>/, as their APIs and LiteLLM log them): the weights pass compares
-- names by their fold key (llama3.1-8b and Llama-3.1-8B-Instruct are
-- llama3.1.8b), and takes a key only where every open model under it has
-- the same tokenizer and architecture.  Never a price.
SELECT id, t.encoding, t.exact,
	   llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', id) AS tokens,
	   (llmnum.gpu_memory(id, CASE WHEN id ~* '-fp8' THEN 'fp8' ELSE 'fp16' END)).weights AS weight_bytes,
	   llmnum.gen_cost_error(id, 1000, 1000, '2025-12-01') AS why_not
FROM unnest(ARRAY[
		'cerebras/llama3.1-8b', 'llama3.1-8b', 'snowflake/llama3.3-70b',
		'lambda_ai/llama3.1-70b-instruct-fp8', 'perplexity/llama-3.1-8b-instruct',
		'databricks/databricks-meta-llama-3-1-70b-instruct',
		'vertex_ai/meta/llama-3.1-70b-instruct-maas', 'oci/meta.llama-3.3-70b-instruct',
		'sambanova/Meta-Llama-3.3-70B-Instruct', 'vercel_ai_gateway/alibaba/qwen-3-32b',
		'replicate/mistralai/mistral-7b-instruct-v0.2', 'sagemaker/meta-textgeneration-llama-2-7b',
		'gemma2-2b', 'LLAMA_3_1_8B'
	 ]) WITH ORDINALITY AS i(id, n),
	 LATERAL llmnum.tokenizer_of(id) t
ORDER BY n;
-- no key (another separator, a size or version the catalog lacks, a
-- fine-tune of another maker), or a key whose models differ (Llama 4 Scout:
-- the base's context window is not the Instruct's): unknown
SELECT id, split_part(pg_temp.err(format('SELECT llmnum.count_tokens(%L, %L)', 'x', id)), E'\n', 1)
FROM unnest(ARRAY['llama3.18b', 'llama-31-8b', 'llama3.1/8b', 'acme/llama3.1-8b',
				  'llama3.1-9b', 'mistral-7b-instruct', 'snowflake/snowflake-llama-3.3-70b',
				  'llama4-scout-17b-16e', 'perplexity/llama-3.1-sonar-small-128k-online',
				  'cerebras/gpt-4o']) AS id;
-- a user's open-weights model without host is found by its key too
INSERT INTO llmnum.user_models (name, provider, family, kind, encoding, params_total, layers,
								hidden_size, attention_heads, kv_heads, head_dim, context_window,
								open_weights, source, as_of)
VALUES ('Acme-Llama-3.1-8B-Legal', 'Acme', 'llama-3.1', 'chat', 'llama3', 8030261248, 32, 4096,
		32, 8, 128, 131072, true, 'test', '2026-01-01');
SELECT llmnum.count_tokens('x y', 'cerebras/acme-llama3.1-8b-legal'),
	   (llmnum.tokenizer_of('acme_llama_3.1_8b_legal')).*;
DELETE FROM llmnum.user_models WHERE name = 'Acme-Llama-3.1-8B-Legal';
SELECT split_part(pg_temp.err($$SELECT llmnum.count_tokens('x', 'acme-llama3.1-8b-legal')$$), E'\n', 1);
-- Gemma 2 27B's fine-tune behind a self-hosting prefix, and gpt-oss by its
-- repository id behind routes: their tokenizers, and their architecture
SELECT id, llmnum.tokenizer_of(id),
	   llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', id)
FROM unnest(ARRAY['hosted_vllm/google/gemma-2-27b-it', 'deepinfra/openai/gpt-oss-120b',
				  'hosted_vllm/openai/gpt-oss-20b', 'cerebras/openai/gpt-oss-120b']) AS id;
SELECT id, (llmnum.gpu_memory(id)).weights
FROM unnest(ARRAY['hosted_vllm/google/gemma-2-27b-it', 'deepinfra/openai/gpt-oss-120b',
				  'openai/gpt-oss-20b', 'groq/openai/gpt-oss-20b',
				  'bedrock/openai.gpt-oss-120b-1:0', 'openai.gpt-oss-20b-1:0']) AS id;
-- Bedrock's <maker>.<model> ids without LiteLLM's bedrock/, as Bedrock logs them
SELECT id, r.model, r.host, llmnum.try_gen_cost(id, 1000, 1000, '2026-11-01') AS usd,
	   (llmnum.tokenizer_of(id)).*
FROM unnest(ARRAY['qwen.qwen3-32b-v1:0', 'google.gemma-3-27b-it', 'writer.palmyra-x5-v1:0',
				  'nvidia.nemotron-nano-9b-v2:0', 'openai.gpt-oss-120b-1:0',
				  'us.openai.gpt-oss-120b-1:0']) AS id,
	 LATERAL llmnum.resolve_model(id, '2026-11-01') r;
-- gpt-oss has no OpenAI API price: genai-prices lists it under OpenAI with
-- OpenRouter's price and says so; llmnum does not take it (nor for
-- gemma-2-27b-it, mistral-small-3.x on Mistral, Phi-4-mini on Azure, ...)
SELECT id, llmnum.try_gen_cost(id, 1000000, 1000000, '2026-10-01') AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, '2026-10-01') AS why_not
FROM unnest(ARRAY['gpt-oss-120b', 'openai/gpt-oss-120b', 'openrouter/openai/gpt-oss-120b',
				  'gemma-2-27b-it', 'azure/Phi-4-mini-instruct']) AS id;
-- hosts' own rows of open models, linked by the catalog generator to the
-- fine-tune they name (serving suffix and Fireworks's p for a dot allowed),
-- with its encoding and architecture: exact counts, GPU memory, and the
-- host's own prices where one is in force on the day
SELECT m.name, m.base_model, m.encoding, (llmnum.gpu_memory(m.name)).weights AS weight_bytes,
	   llmnum.try_gen_cost(m.name, 1000, 1000, '2025-12-01') IS NOT NULL AS priced
FROM llmnum.models m
WHERE m.name IN ('openrouter/deepseek/deepseek-r1-0528', 'together_ai/deepseek-ai/DeepSeek-R1-0528-tput',
				 'fireworks_ai/accounts/fireworks/models/deepseek-v3-0324',
				 'openrouter/meta-llama/llama-3.3-70b-instruct', 'azure/Meta-Llama-3.1-70B-Instruct',
				 'fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct')
ORDER BY m.name;
-- Every open-model id of LiteLLM's price map (test/fixtures/litellm_open_ids.tsv,
-- 572 ids): how many each provider's log would count exactly, and with which
-- encoding each id counts (ids that error are counted by estimate_tokens only:
-- API models without a public tokenizer, providers' own spellings)
CREATE TEMP TABLE litellm_ids (id text, provider text);
\copy litellm_ids FROM 'test/fixtures/litellm_open_ids.tsv' WITH (FORMAT text, HEADER true)
CREATE FUNCTION pg_temp.try_encoding(id text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	PERFORM llmnum.count_tokens('x', id);
	RETURN (llmnum.tokenizer_of(id)).encoding;
EXCEPTION WHEN invalid_parameter_value THEN
	RETURN NULL;
END $$;
CREATE TEMP TABLE litellm_counted AS
SELECT id, provider, pg_temp.try_encoding(id) AS encoding FROM litellm_ids;
SELECT provider, count(*) AS ids, count(encoding) AS counted FROM litellm_counted
GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT count(*) AS ids, count(encoding) AS counted FROM litellm_counted;
SELECT encoding, count(*) AS ids FROM litellm_counted GROUP BY 1 ORDER BY 1;
SELECT id, encoding FROM litellm_counted WHERE encoding IS NOT NULL ORDER BY id;
-- pricing does not see these rules: the ids stay unknown (or unpriced) there
SELECT pg_temp.err($$SELECT llmnum.resolve_model('deepinfra/Qwen/Qwen2.5-72B-Instruct', '2025-12-01')$$);
SELECT pg_temp.err($$SELECT llmnum.resolve_model('together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo', '2025-12-01')$$);
SELECT pg_temp.err($$SELECT llmnum.resolve_model('vertex_ai/gemma-3-27b-it', '2025-12-01')$$);
-- never a model whose weights are not open, nor what the rules cannot make a model of
SELECT id, split_part(pg_temp.err(format('SELECT llmnum.count_tokens(%L, %L)', 'x', id)), E'\n', 1) AS count_tokens
FROM unnest(ARRAY['deepinfra/gpt-4o', 'together_ai/gpt-4o-turbo', 'vertex_ai/claude-sonnet-4-5-turbo',
				  'deepinfra/', 'deepinfra/-turbo', '-turbo', 'deepinfra/acme/Qwen2.5-72B-Instruct',
				  'deepinfra/Qwen/Qwen2.5-72B-Instruct-Turbo-v2', 'ft:gpt-oss-120b:acme::x1']) AS id;
-- a rule of the user's still comes first
INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target, notes)
VALUES ('exact', 'deepinfra/qwen/qwen2.5-72b-instruct', 'Qwen2.5-7B-Instruct', 'test: a rule wins');
SELECT llmnum.tokenizer_of('deepinfra/Qwen/Qwen2.5-72B-Instruct'),
	   (llmnum.gpu_memory('deepinfra/Qwen/Qwen2.5-72B-Instruct')).weights
	   = (llmnum.gpu_memory('Qwen2.5-7B-Instruct')).weights AS the_rules_model;
DELETE FROM llmnum.user_model_aliases WHERE notes = 'test: a rule wins';
-- Qwen3's open models: weights at bf16 are two bytes per parameter, every expert included
SELECT name, params_total, params_active, (llmnum.gpu_memory(name, 'bf16', 4096)).weights = 2 * params_total AS bf16_weights
FROM llmnum.models WHERE family = 'qwen3' AND host IS NULL AND base_model IS NULL ORDER BY params_total;
-- a host's id of a Qwen3 model now names it as its base model
SELECT name, base_model FROM llmnum.models WHERE name IN ('openrouter/qwen/qwen3-8b', 'bedrock/qwen.qwen3-32b-v1:0') ORDER BY name;
-- a variant has its base model's architecture
SELECT llmnum.gpu_memory('Qwen2.5-72B-Instruct', 'bf16', 8192) =
	   llmnum.gpu_memory('Qwen2.5-72B', 'bf16', 8192) AS same_memory;
SELECT name, base_model, kind FROM llmnum.models
WHERE base_model IS NOT NULL AND host IS NULL AND open_weights ORDER BY lower(name);

-- 11. Ollama (host ollama: LiteLLM's ollama/ and ollama_chat/ routes, and
-- the name:tag of Ollama's own API): name:size, or the name alone and
-- :latest for the default size; a flavour and quantization after the size
-- are stripped, never across the colon.  Exact counts, the model's
-- architecture, no price.
SELECT * FROM pg_temp.open_ids(ARRAY[
		'ollama/llama3.1:8b-instruct-q4_K_M',
		'ollama_chat/llama3.1',
		'llama3.1:latest',
		'llama3.3:70b',
		'ollama/mistral:7b-instruct-v0.3-q4_0',
		'ollama/qwen3:30b-a3b-instruct-2507-q4_K_M',
		'gemma3:27b-it-qat',
		'ollama/gpt-oss:20b',
		'ollama_chat/deepseek-r1:671b',
		'ollama/deepseek-r1:7b-qwen-distill-q4_K_M',
		'ollama/deepseek-r1:70b',
		'ollama/phi3:mini-128k',
		'phi3:mini',
		'mistral:latest',
		'mistral:7b-instruct-q4_K_M',
		'llama4:scout',
		'ollama/llama4:maverick',
		'mixtral:8x22b-instruct-v0.1-q2_K',
		'ollama/mistral-nemo:12b-instruct-2407-q4_0',
		'ollama_chat/qwen2.5-coder'
	 ]);
-- the same weights as the Hugging Face name: the same memory
SELECT llmnum.gpu_memory('ollama/llama3.1:70b-instruct-q4_K_M', 'Q4_K_M', 8192) =
	   llmnum.gpu_memory('Llama-3.1-70B-Instruct', 'Q4_K_M', 8192) AS same_memory;
-- names and sizes the catalog does not know (Ollama's deepseek-r1 and
-- deepseek-r1:8b were the Llama 8B distill, then DeepSeek-R1-0528-Qwen3-8B;
-- fine-tunes; another namespace; an untagged name without the route's
-- prefix): unknown, never the closest model
SELECT id, llmnum.try_gen_cost(id, 1000, 1000, '2025-12-01') AS usd,
	   llmnum.gen_cost_error(id, 1000, 1000, '2025-12-01') AS why_not
FROM unnest(ARRAY['ollama/deepseek-r1', 'ollama/deepseek-r1:8b', 'ollama/llama3.1:13b',
				  'ollama/llama3.1-uncensored:8b', 'ollama/acme/llama3.1:8b', 'groq/llama3.1:8b',
				  'llama3.1']) AS id;
SELECT pg_temp.err($$SELECT llmnum.count_tokens('x', 'ollama/deepseek-r1:8b-llama-distill-q4_K_M')$$);
SELECT * FROM llmnum.resolve_model('llama3.1:8b', '2025-12-01', 'groq');

-- 12. Moonshot's Kimi API and MiniMax's API (direct hosts, bare ids; LiteLLM
-- spells Moonshot's moonshot/), against OpenRouter's maker/ ids of the same
-- models, and ids the catalog does not know.  1M in + 1M out at 2026-11-01:
-- kimi-k2-0905-preview 0.6 + 2.5, kimi-k2-turbo-preview 1.15 + 8,
-- MiniMax-M2 (and its alternative ids M2.1, M2.5) 0.3 + 1.2, minimax-m3
-- past its 512,000-token tier 0.6 + 2.4; OpenRouter's own prices apart.
SELECT id, (r).model, (r).host, (r).rule,
	   llmnum.try_gen_cost(id, 1000000, 1000000, '2026-11-01') AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, '2026-11-01') AS why_not
FROM (SELECT id, llmnum.resolve_model(id, '2026-11-01') AS r
	  FROM unnest(ARRAY[
		'kimi-k2-0905-preview',
		'moonshot/kimi-k2-0905-preview',
		'MOONSHOT/Kimi-K2-Turbo-Preview',
		'moonshot/moonshot-v1-8k',
		'moonshotai/kimi-k2-thinking',                              -- router_fallback
		'openrouter/moonshotai/kimi-k2-thinking',
		'MiniMax-M2',
		'minimax-m2.5',
		'minimax-m3',
		'minimax/minimax-m2'                                        -- router_fallback
	  ]) AS id) s;
-- unknown: a Hugging Face repo id, a model priced only by OpenRouter, a made-up id
SELECT id, llmnum.try_gen_cost(id, 1000000, 1000000, '2026-11-01') AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, '2026-11-01') AS why_not
FROM unnest(ARRAY['moonshotai/Kimi-K2-Instruct', 'minimax-m1', 'moonshot/kimi-k9']) AS id;

-- 13. Other ids genai-prices bills with a model the catalog already has: the
-- dated snapshot an OpenAI response names as its model, -codex and
-- -chat-latest ids; each priced as genai-prices prices it, from the date its
-- snapshot suffix or the first release that lists it gives.  Spellings it
-- merely tolerates (gpt-5-1, a DeepSeek id of another host) stay unknown or
-- keep their own meaning.  1M in + 1M out at 2026-09-23 (and 2025-12-01: an
-- id of a model whose price never changed is dated from that model's price).
-- grok-4-fast's 1M prompt is above the 128,000-token tier of
-- grok-4-fast-reasoning, which genai-prices' price of it lacks: no price.
SELECT id, (r).model, (r).rule,
	   llmnum.try_gen_cost(id, 1000000, 1000000, '2026-09-23') AS usd,
	   llmnum.try_gen_cost(id, 1000000, 1000000, '2025-12-01') AS usd_2025_12
FROM (SELECT id, llmnum.resolve_model(id, '2026-09-23') AS r
	  FROM unnest(ARRAY['gpt-5.1', 'gpt-5.1-2025-11-13', 'openai/gpt-5.1-codex', 'gpt-5.1-chat-latest',
						'gpt-5.2-2025-12-11', 'gpt-5.4-mini-2026-03-17', 'mistral/mistral-medium-2508',
						'xai/grok-4-fast', 'gemini/gemini-2.5-flash-preview-09-2025',
						'models/gemini-2.5-flash-lite-preview-09-2025']) AS id) s;
SELECT id, llmnum.gen_cost_error(id, 1000000, 1000000, '2026-09-23') AS why_not
FROM unnest(ARRAY['gpt-5-1', 'gpt-5-1-2025-11-13', 'deepseek-chat-v3-0324', 'deepseek/deepseek-r1-0528']) AS id;

-- 14. The provider:model strings of the agent libraries (pydantic-ai's
-- Agent('openai:gpt-4o'), LangChain's init_chat_model('anthropic:...')),
-- which apps log as their model: the prefix names the host.  1M in + 1M out
-- at 2025-11-01: gpt-4o 2.5 + 10, claude-sonnet-4-5 past 200K 6 + 22.5, gemini-2.0-flash
-- 0.1 + 0.4, groq/llama-3.3-70b-versatile 0.59 + 0.79, mistral-large-latest
-- (Mistral Large 2.1 then) 2 + 6; Ollama's own tags no price; a provider no
-- rule names is unknown
SELECT id, (r).model, (r).host, (r).rule,
	   llmnum.try_gen_cost(id, 1000000, 1000000, '2025-11-01') AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, '2025-11-01') AS why_not
FROM (SELECT id, llmnum.resolve_model(id, '2025-11-01') AS r
	  FROM unnest(ARRAY['openai:gpt-4o', 'anthropic:claude-sonnet-4-5', 'google-gla:gemini-2.0-flash',
						'google_genai:gemini-2.0-flash', 'google-vertex:gemini-2.0-flash',
						'groq:llama-3.3-70b-versatile', 'mistral:mistral-large-latest',
						'mistralai:mistral-large-latest', 'grok:grok-3', 'ollama:llama3.1:8b',
						'mistral:7b']) AS id) s;
SELECT pg_temp.err($$SELECT llmnum.resolve_model('acme:gpt-4o')$$);
-- Cloudflare Workers AI ids name their open model (tokens, memory), never a
-- price: Workers AI bills in neurons
SELECT id, llmnum.count_tokens('Hello, world!', id) AS tokens,
	   llmnum.gen_cost_error(id, 1000, 1000, '2025-11-01') AS why_not
FROM unnest(ARRAY['@cf/meta/llama-3.1-8b-instruct', 'cloudflare/@cf/meta/llama-3.3-70b-instruct-fp8-fast',
				  '@cf/qwen/qwen2.5-coder-32b-instruct']) AS id;

-- 15. Upstream prices dated by genai-prices' repository: kimi-k2-thinking
-- was first held there on 2026-03-20 (its npm release is dated 2026-08-24),
-- openrouter/deepseek/deepseek-v3.2 on 2026-04 (1M in + 1M out); where the
-- repository held another price than LiteLLM's map on 2025-09-01, LiteLLM's
-- is not used: azure/o1-mini at Azure's global 1.1 + 4.4, not 1.21 + 4.84.
SELECT id, at::date, llmnum.try_gen_cost(id, 1000000, 1000000, at) AS usd,
	   llmnum.gen_cost_error(id, 1000000, 1000000, at) AS why_not
FROM (VALUES ('kimi-k2-thinking', timestamptz '2026-03-20 00:00+00'),
			 ('kimi-k2-thinking', '2026-03-19 00:00+00'),
			 ('openrouter/deepseek/deepseek-v3.2', '2026-05-01 00:00+00'),
			 ('azure/o1-mini', '2025-09-15 00:00+00')) v(id, at);
SELECT model, component, usd_per_mtok, valid_from::date, notes FROM llmnum.prices
WHERE model = 'kimi-k2-thinking' AND component IN ('input', 'output') ORDER BY 2, 4;

-- 16. OpenRouter's permanent slugs (canonical_slug; the model field of its
-- responses, model_permaslug in its Activity API): aliases of their ids,
-- priced as them at every date (100,000 in and out, below the long-context
-- tiers, on 2026-08-22: Claude Sonnet 4 0.3 + 1.5, Grok 4 0.3 + 1.5, Qwen3
-- 235B 2507 0.009 + 0.01), where the id has no price too (nothing), and their
-- request fees of unknown price are their ids' (no price, not the tokens alone)
SELECT id, (r).model, (r).host, (r).rule,
	   llmnum.try_gen_cost(id, 100000, 100000, '2026-08-22') AS usd
FROM (SELECT id, llmnum.resolve_model(id, '2026-08-22') AS r
	  FROM unnest(ARRAY['anthropic/claude-4-sonnet-20250522',
						'openrouter/anthropic/claude-4-sonnet-20250522',
						' OpenRouter/X-AI/Grok-4-07-09', 'x-ai/grok-4-07-09',
						'qwen/qwen3-235b-a22b-07-25']) AS id) s;
SELECT a.alias, a.target,
	   count(*) AS dates,
	   count(*) FILTER (WHERE llmnum.try_gen_cost(a.alias, 100000, 100000, d)
						IS NOT DISTINCT FROM llmnum.try_gen_cost(a.target, 100000, 100000, d)) AS same_cost,
	   count(*) FILTER (WHERE llmnum.try_gen_cost(a.alias, 100000, 100000, d) IS NULL) AS no_price
FROM llmnum.builtin_model_aliases a,
	 unnest(ARRAY[timestamptz '2025-01-01 00:00+00', '2025-08-01 00:00+00', '2026-03-01 00:00+00',
				  '2026-08-22 00:00+00']) AS d
WHERE a.alias IN ('openrouter/anthropic/claude-4-sonnet-20250522', 'openrouter/x-ai/grok-4-07-09',
				  'openrouter/qwen/qwen3-235b-a22b-07-25', 'openrouter/moonshotai/kimi-k2.5-0127',
				  'openrouter/anthropic/claude-3-7-sonnet-20250219',
				  'openrouter/openai/gpt-4o-search-preview-2025-03-11')
GROUP BY 1, 2 ORDER BY 1;
SELECT llmnum.gen_cost_error('openrouter/openai/gpt-4o-search-preview-2025-03-11', 1000, 1000,
							 '2026-08-22') AS why_not;
-- two slugs that LiteLLM's map priced apart, at Claude 3.5 Haiku's launch
-- price ($1/$5), cost what OpenRouter listed their ids at ($0.80/$4)
SELECT id, llmnum.try_gen_cost(id, 100000, 100000, '2025-09-01') AS usd
FROM unnest(ARRAY['openrouter/anthropic/claude-3-5-haiku-20241022',
				  'openrouter/anthropic/claude-3.5-haiku-20241022',
				  'anthropic/claude-3-5-haiku', 'anthropic/claude-3.5-haiku']) AS id;
-- every slug alias costs what its id costs on the last day it was listed
SELECT count(*) AS slugs,
	   count(*) FILTER (WHERE llmnum.try_gen_cost(alias, 1000, 1000, as_of::timestamptz)
						IS NOT DISTINCT FROM llmnum.try_gen_cost(target, 1000, 1000, as_of::timestamptz)) AS same_cost,
	   count(*) FILTER (WHERE llmnum.try_gen_cost(alias, 1000, 1000, as_of::timestamptz) IS NULL) AS no_price
FROM llmnum.builtin_model_aliases
WHERE source = 'https://openrouter.ai/api/v1/models';
-- not taken: a slug shared by an id and its :free or :batch variant (the
-- slug does not say which was called), a :free slug, a variant of a slug,
-- a slug that is also a Hugging Face repository id (vLLM's logs: the weights,
-- no price)
SELECT id, llmnum.gen_cost_error(id, 1000000, 1000000, '2026-03-01') AS why_not
FROM unnest(ARRAY['arcee-ai/trinity-mini-20251201', 'openrouter/openai/gpt-4.1-2025-04-14',
				  'openrouter/anthropic/claude-4.1-opus-20250805',
				  'openrouter/anthropic/claude-4-sonnet-20250522:free',
				  'meta-llama/llama-4-scout-17b-16e-instruct']) AS id;
SELECT (llmnum.resolve_model('meta-llama/llama-4-scout-17b-16e-instruct')).*;

-- 17. OpenRouter prices that its own models API contradicts in the upstream
-- catalogs, kept by hand. o3 at OpenAI's price at every date (OpenRouter passes
-- it through): the launch price, then the 2025-06-10 cut (100,000 in and out:
-- 1 + 4, then 0.2 + 0.8), where genai-prices held the launch price for a year
SELECT id, at::date, llmnum.try_gen_cost(id, 100000, 100000, at) AS usd
FROM unnest(ARRAY['o3', 'openrouter/openai/o3', 'openai/o3']) AS id,
	 unnest(ARRAY[timestamptz '2025-05-01 00:00+00', '2025-08-01 00:00+00',
				  '2026-07-01 00:00+00']) AS at
ORDER BY 2, 1;
-- OpenRouter's Claude 3.5 Sonnet: Anthropic's price (0.3 + 1.5) until the last
-- saved copy at it, twice that from the first copy after Anthropic retired the
-- model (0.6 + 3), no price in between (the day of the change is not known)
SELECT at::date, llmnum.try_gen_cost('anthropic/claude-3.5-sonnet', 100000, 100000, at) AS usd,
	   llmnum.gen_cost_error('anthropic/claude-3.5-sonnet', 100000, 100000, at) AS why_not
FROM unnest(ARRAY[timestamptz '2025-01-01 00:00+00', '2025-11-10 00:00+00', '2025-11-20 00:00+00',
				  '2025-12-02 00:00+00', '2026-03-01 00:00+00']) AS at;

-- 18. OpenRouter's routing variants (:nitro, :floor, :exacto: which provider
-- serves the request): a maker's own model costs what its id costs (100,000
-- in and out, GPT-4o 0.25 + 1, Claude Sonnet 4 0.3 + 1.5); a model whose
-- providers price it apart (open weights, or an id the catalog links to no
-- maker's model) has no price, but counts its tokens; :online (a search
-- fee) and a variant of another host's id stay unknown
SELECT id, (r).model, (r).rule, llmnum.try_gen_cost(id, 100000, 100000, '2026-08-01') AS usd
FROM (SELECT id, llmnum.resolve_model(id, '2026-08-01') AS r
	  FROM unnest(ARRAY['openai/gpt-4o:nitro', 'openrouter/openai/gpt-4o:floor',
						'anthropic/claude-sonnet-4:exacto',
						'openrouter/anthropic/claude-4-sonnet-20250522:nitro']) AS id) s;
SELECT id, llmnum.gen_cost_error(id, 100000, 100000, '2026-08-01') AS why_not,
	   llmnum.count_tokens('Hello, world!', id) AS tokens
FROM unnest(ARRAY['meta-llama/llama-3.3-70b-instruct:nitro',
				  'openrouter/deepseek/deepseek-chat-v3.1:floor',
				  'openai/gpt-oss-120b:exacto']) AS id;
SELECT pg_temp.err($$SELECT llmnum.gen_cost('meta-llama/llama-3.3-70b-instruct:nitro', 1, 1, '2026-08-01')$$);
SELECT id, llmnum.gen_cost_error(id, 100000, 100000, '2026-08-01') AS why_not
FROM unnest(ARRAY['openai/gpt-4o:online', 'gpt-4o:nitro', 'openai/gpt-4o:nitro:nitro']) AS id;
SELECT pg_temp.err($$SELECT llmnum.resolve_model('openai/gpt-4o:nitro', '2026-08-01', 'azure')$$);
SELECT (llmnum.resolve_model('openai/gpt-4o:nitro', '2026-08-01', 'openrouter')).*;
