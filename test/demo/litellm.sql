-- A LiteLLM-shaped spend log of the last months (since 2025-09-01): the same
-- kind of calls, with the model ids as LiteLLM and the providers write them (router prefixes, dated snapshots,
-- Bedrock cross-region profiles, Vertex @dates, Azure deployments, case
-- and padding), priced by llmnum as they are.  Run after usage.sql.

CREATE TABLE litellm_spendlogs (
	request_id	bigint PRIMARY KEY,
	"startTime"	timestamptz NOT NULL,
	model		text NOT NULL,			-- as logged
	custom_llm_provider text,
	prompt_tokens bigint NOT NULL,
	completion_tokens bigint NOT NULL,
	team_id		text
);

-- How the ids of a few catalog models appear in real logs.
CREATE TEMP TABLE spelling (canonical text, logged text, provider text);
INSERT INTO spelling VALUES
	('gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'openai'),
	('gpt-4o-mini', 'openai/gpt-4o-mini', 'openai'),
	('gpt-4o-mini', 'azure/gpt-4o-mini', 'azure'),
	('gpt-4o', 'gpt-4o-2024-08-06', 'openai'),
	('gpt-4o', 'openai/gpt-4o', 'openai'),
	('gpt-4o', 'azure/gpt-4o', 'azure'),
	('gpt-4o', 'openrouter/openai/gpt-4o', 'openrouter'),
	('o3-mini', 'o3-mini-2025-01-31', 'openai'),
	('claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20240620', 'anthropic'),
	('claude-3-5-sonnet-20240620', 'anthropic/claude-3-5-sonnet-20240620', 'anthropic'),
	('claude-3-5-sonnet-20240620', 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', 'bedrock'),
	('claude-3-5-sonnet-20240620', 'bedrock/us-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0', 'bedrock'),
	('claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-v2@20241022', 'vertex_ai'),
	('claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-latest', 'anthropic'),
	('gemini-1.5-pro', 'gemini-1.5-pro-002', 'vertex_ai'),
	('gemini-2.5-flash', 'models/gemini-2.5-flash', 'gemini'),
	('gemini-2.5-flash', 'gemini/gemini-2.5-flash', 'gemini'),
	('gpt-4o-mini', 'ft:gpt-4o-mini-2024-07-18:acme::AbC123', 'openai'),
	('gpt-4o-mini', '  GPT-4o-Mini ', 'openai'),
	('gpt-4o', 'azure/acme-prod-gpt4o', 'azure');	-- a deployment name: unknown until mapped

INSERT INTO litellm_spendlogs
SELECT u.id, u.ts, s.logged, s.provider, u.prompt_tokens, u.completion_tokens, u.team
FROM usage u
JOIN LATERAL (SELECT logged, provider FROM spelling s
			  WHERE s.canonical = u.model
			  ORDER BY md5(u.id::text || s.logged) LIMIT 1) s ON true
WHERE u.model IN (SELECT canonical FROM spelling)
  AND u.ts >= timestamptz '2025-09-01 00:00+00';	-- a recent log: the last months
ANALYZE litellm_spendlogs;

\echo
\echo '--- A LiteLLM spend log with model ids as logged (prefixes, snapshots, regions, fine-tunes) ---'
SELECT model AS "id as logged", count(*) AS calls,
	   (llmnum.resolve_model(model, max("startTime"))).model AS "catalog model",
	   round(sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, "startTime")), 2) AS usd,
	   min(llmnum.gen_cost_error(model, prompt_tokens, completion_tokens, "startTime")) AS "cannot price"
FROM litellm_spendlogs
WHERE model <> 'azure/acme-prod-gpt4o'
GROUP BY model ORDER BY 2 DESC;

\echo
\echo '--- What it could not price: an Azure deployment name; a user rule maps it, and it is priced ---'
SELECT model, reason, requests FROM llmnum.unpriced_usage('litellm_spendlogs', 'model', 'startTime',
														'prompt_tokens', 'completion_tokens');
INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target, notes)
VALUES ('exact', 'azure/acme-prod-gpt4o', 'azure/gpt-4o', 'our production deployment of gpt-4o (Global)');
SELECT count(*) AS calls, round(sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, "startTime")), 2) AS usd,
	   count(*) FILTER (WHERE llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, "startTime") IS NULL) AS unpriced,
	   (llmnum.resolve_model('azure/acme-prod-gpt4o')).rule
FROM litellm_spendlogs WHERE model = 'azure/acme-prod-gpt4o';
