-- Recipes of docs/recipes.md on small generated fixtures in the shapes real
-- tools write, and the cases of issue 10.  Every expected cost is worked out
-- by hand in the comments (prices in USD per million tokens).
SET client_min_messages = warning;
SET TimeZone = 'America/New_York';  -- timestamp arguments must not depend on it

-- 1. Anthropic console daily export: one row per day, model and context
-- window; input_tokens_no_cache excludes cache reads and writes.
-- claude-sonnet-4-5-20250929: base 3 / 15, cache read 0.3, write 3.75 (5m)
-- and 6 (1h); above 200K: 6 / 22.5, read 0.6; web search 10 per 1,000.
CREATE TEMP TABLE anthropic_export (usage_date_utc date, model text, context_window text,
	input_tokens_no_cache bigint, cache_read_input_tokens bigint,
	cache_write_5m_input_tokens bigint, cache_write_1h_input_tokens bigint,
	output_tokens bigint, web_search_count bigint);
INSERT INTO anthropic_export VALUES
-- 4M x 3 + 10M x 0.3 + 0.5M x 3.75 + 0.1M x 6 + 0.3M x 15 + 20 x 0.01
-- = 12 + 3 + 1.875 + 0.6 + 4.5 + 0.2 = 22.175
('2025-10-10', 'claude-sonnet-4-5-20250929', '0-200k', 4000000, 10000000, 500000, 100000, 300000, 20),
-- 1M x 6 + 2M x 0.6 + 0.05M x 22.5 = 6 + 1.2 + 1.125 = 8.325
('2025-10-10', 'claude-sonnet-4-5-20250929', '200k-1M', 1000000, 2000000, 0, 0, 50000, 0);
SELECT context_window,
	   llmnum.gen_cost(model,
			input_tokens_no_cache + cache_read_input_tokens + cache_write_5m_input_tokens
				+ cache_write_1h_input_tokens,
			output_tokens, usage_date_utc,
			cached_input_tokens => cache_read_input_tokens,
			cache_write_tokens => cache_write_5m_input_tokens,
			cache_write_1h_tokens => cache_write_1h_input_tokens,
			web_search_calls => web_search_count,
			tier_policy => CASE context_window WHEN '0-200k' THEN 'base' ELSE 'long' END) AS usd
FROM anthropic_export ORDER BY 1;
-- the issue's +14.4%: the day's 14.6M input read as one request bills the
-- long tier: 4M x 6 + 10M x 0.6 + 0.5M x 7.5 + 0.1M x 12 + 0.3M x 22.5 + 0.2 = 41.9
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929', 14600000, 300000, '2025-10-10', 10000000,
					   cache_write_tokens => 500000, cache_write_1h_tokens => 100000,
					   web_search_calls => 20) AS one_request_usd;
-- with the number of requests the row stands for, the default strict policy
-- refuses to guess, try_ is NULL, gen_cost_error says why
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929', 14600000, 300000, '2025-10-10', 10000000,
					   cache_write_tokens => 500000, requests => 150);
SELECT llmnum.try_gen_cost('claude-sonnet-4-5-20250929', 14600000, 300000, '2025-10-10', 10000000,
						   cache_write_tokens => 500000, requests => 150) IS NULL AS try_null,
	   llmnum.gen_cost_error('claude-sonnet-4-5-20250929', 14600000, 300000, '2025-10-10', 10000000,
							 cache_write_tokens => 500000, requests => 150) AS why;
-- average: 150 requests of 97,333 tokens on average, base tier:
-- text 14M - 10M - 0.5M = 3.5M: 3.5M x 3 + 10M x 0.3 + 0.5M x 3.75 + 0.3M x 15
-- = 10.5 + 3 + 1.875 + 4.5 = 19.875
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929', 14000000, 300000, '2025-10-10', 10000000,
					   cache_write_tokens => 500000, requests => 150, tier_policy => 'average');
-- a row whose sum is at most the threshold is decided: every request is below
-- 150,000 x 3 + 1,000 x 15 = 450,000 + 15,000 -> 0.465
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929', 150000, 1000, '2025-10-10', requests => 7);
-- long contradicts an average below the threshold
SELECT llmnum.gen_cost_error('claude-sonnet-4-5-20250929', 300000, 1000, '2025-10-10',
							 requests => 2, tier_policy => 'long');

-- 2. Cache writes, scalar and as Anthropic usage objects.
-- 1,000 x 3 + 2,000 x 0.3 + 3,000 x 3.75 + 100 x 15 = 3,000 + 600 + 11,250 + 1,500 -> 0.01635
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929', 6000, 100, '2025-10-10', 2000,
					   cache_write_tokens => 3000);
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929',
	'{"input_tokens": 1000, "output_tokens": 100, "cache_read_input_tokens": 2000,
	  "cache_creation_input_tokens": 3000}'::jsonb, '2025-10-10');
-- 5-minute and 1-hour writes apart: 3,000 + 600 + 1,000 x 3.75 + 2,000 x 6 + 1,500 -> 0.02085
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929',
	'{"input_tokens": 1000, "output_tokens": 100, "cache_read_input_tokens": 2000,
	  "cache_creation_input_tokens": 3000,
	  "cache_creation": {"ephemeral_5m_input_tokens": 1000, "ephemeral_1h_input_tokens": 2000},
	  "server_tool_use": {"web_search_requests": 0}, "service_tier": "standard"}'::jsonb,
	'2025-10-10');
SELECT * FROM llmnum.cost_breakdown('claude-sonnet-4-5-20250929',
	'{"input_tokens": 1000, "output_tokens": 100, "cache_read_input_tokens": 2000,
	  "cache_creation": {"ephemeral_5m_input_tokens": 1000, "ephemeral_1h_input_tokens": 2000},
	  "server_tool_use": {"web_search_requests": 3}}'::jsonb, '2025-10-10');
-- Bedrock Converse counts like Anthropic: 1,000 x 3 + 2,000 x 0.3 + 3,000 x 3.75 + 1,500 -> 0.01635
SELECT llmnum.gen_cost('claude-sonnet-4-5-20250929',
	'{"inputTokens": 1000, "outputTokens": 100, "cacheReadInputTokens": 2000,
	  "cacheWriteInputTokens": 3000, "totalTokens": 6100}'::jsonb, '2025-10-10');
-- cacheDetails splits Bedrock's writes by duration (1h before 5m):
-- 3,000 + 600 + 1,000 x 3.75 + 2,000 x 6 + 1,500 -> 0.02085, as Anthropic's;
-- refused: a split that does not make up the writes, a duration it does not
-- name, a key Bedrock does not write (AI SDK 5's cachedInputTokens and
-- OpenAI Codex's camelCase usage look like Bedrock's, but count cache reads
-- inside inputTokens: never dropped); 0 under such a key changes nothing
SELECT u ->> 'cacheDetails' AS cache_details, llmnum.try_gen_cost('claude-sonnet-4-5-20250929', u, '2025-10-10') AS usd,
	   (llmnum.usage_counts(u)).problem
FROM (VALUES ('{"inputTokens": 1000, "outputTokens": 100, "cacheReadInputTokens": 2000, "cacheWriteInputTokens": 3000,
				"cacheDetails": [{"ttl": "1h", "inputTokens": 2000}, {"ttl": "5m", "inputTokens": 1000}]}'::jsonb),
			 ('{"inputTokens": 1000, "outputTokens": 100, "cacheReadInputTokens": 2000, "cacheWriteInputTokens": 3000,
				"cacheDetails": [{"ttl": "1h", "inputTokens": 2000}]}'),
			 ('{"inputTokens": 1000, "outputTokens": 100, "cacheWriteInputTokens": 3000,
				"cacheDetails": [{"ttl": "24h", "inputTokens": 3000}]}'),
			 ('{"inputTokens": 1000, "outputTokens": 100, "cacheWriteInputTokens": 3000, "cacheDetails": {"ttl": "5m"}}'),
			 ('{"inputTokens": 3000, "outputTokens": 100, "cachedInputTokens": 2000, "reasoningTokens": 0, "totalTokens": 3100}'),
			 ('{"inputTokens": 3000, "outputTokens": 100, "cachedInputTokens": 0, "totalTokens": 3100}')) v(u);
-- The AI SDK's usage (AI SDK 6): inputTokens and outputTokens whole, the
-- details inside; its cache writes, of no stated duration, as 5-minute ones:
-- 1,000 x 3 + 2,000 x 0.3 + 3,000 x 3.75 + 100 x 15 -> 0.01635 (as above);
-- refused: details beyond the totals, a deprecated alias that disagrees (a
-- deprecated name given alone is read: 200 reasoning tokens in the 100 of
-- output are too many); AI SDK 5's usage named vercel_ai, without details,
-- is read only when its cache reads are 0 (its inputTokens left Anthropic's
-- cache out): 3,000 x 3 + 100 x 15 -> 0.0105
SELECT llmnum.try_gen_cost('claude-sonnet-4-5-20250929', u, '2025-10-10', f) AS usd, (llmnum.usage_counts(u, f)).format,
	   (llmnum.usage_counts(u, f)).problem
FROM (VALUES ('{"inputTokens": 6000, "outputTokens": 100, "totalTokens": 6100,
				"inputTokenDetails": {"noCacheTokens": 1000, "cacheReadTokens": 2000, "cacheWriteTokens": 3000},
				"outputTokenDetails": {"textTokens": 100, "reasoningTokens": 0},
				"cachedInputTokens": 2000, "reasoningTokens": 0, "raw": {"input_tokens": 1000}}'::jsonb, NULL),
			 ('{"inputTokens": 6000, "outputTokens": 100,
				"inputTokenDetails": {"noCacheTokens": 3000, "cacheReadTokens": 2000, "cacheWriteTokens": 3000}}', NULL),
			 ('{"inputTokens": 6000, "outputTokens": 100,
				"inputTokenDetails": {"cacheReadTokens": 2000}, "cachedInputTokens": 0}', NULL),
			 ('{"inputTokens": 6000, "outputTokens": 100, "inputTokenDetails": {},
				"outputTokenDetails": {"reasoningTokens": 20}, "reasoningTokens": 30}', NULL),
			 ('{"inputTokens": 6000, "outputTokens": 100, "inputTokenDetails": {}, "reasoningTokens": 200}', NULL),
			 ('{"inputTokens": 3000, "outputTokens": 100, "cachedInputTokens": 2000, "totalTokens": 3100}', 'vercel_ai'),
			 ('{"inputTokens": 3000, "outputTokens": 100, "cachedInputTokens": 0, "totalTokens": 3100}', 'vercel_ai')) v(u, f);

-- 3. Audio: gpt-4o-mini-audio-preview, text 0.15 / 0.6, audio 10 / 20.
-- 200 x 0.15 + 1,000 x 10 + 100 x 0.6 + 700 x 20 = 30 + 10,000 + 60 + 14,000 -> 0.02409
SELECT llmnum.gen_cost('gpt-4o-mini-audio-preview',
	'{"prompt_tokens": 1200, "completion_tokens": 800,
	  "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 1000},
	  "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 700}}'::jsonb,
	'2025-01-15');
SELECT * FROM llmnum.cost_breakdown('gpt-4o-mini-audio-preview', 1200, 800, '2025-01-15',
									audio_input_tokens => 1000, audio_output_tokens => 700);
-- audio tokens on the text model are an error, never text prices (-97%)
SELECT llmnum.gen_cost('gpt-4o-mini', 1200, 800, '2025-01-15',
					   audio_input_tokens => 1000, audio_output_tokens => 700);
-- the undated alias is priced only where its snapshot is known:
-- 2024-11-01: 200 x 2.5 + 1,000 x 100 + 100 x 10 + 700 x 200 = 500 + 100,000 + 1,000 + 140,000 -> 0.2415
SELECT llmnum.gen_cost('gpt-4o-audio-preview', 1200, 800, '2024-11-01',
					   audio_input_tokens => 1000, audio_output_tokens => 700);
SELECT llmnum.gen_cost_error('gpt-4o-audio-preview', 1200, 800, '2025-03-01',
							 audio_input_tokens => 1000);
-- gpt-audio (2025-08-28), text 2.5 / 10, audio 32 / 64, as LiteLLM logs it:
-- 200 x 2.5 + 1,000 x 32 + 200 x 10 + 600 x 64 = 500 + 32,000 + 2,000 + 38,400 -> 0.0729;
-- gpt-audio-mini (text 0.6 / 2.4, audio 10 / 20): 120 + 10,000 + 480 + 12,000 -> 0.0226;
-- not before its release
SELECT model, at::date, llmnum.try_gen_cost(model,
	'{"prompt_tokens": 1200, "completion_tokens": 800,
	  "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 1000},
	  "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 600}}'::jsonb, at) AS usd
FROM (VALUES ('openai/gpt-audio', timestamptz '2025-09-15'), ('gpt-audio-2025-08-28', '2025-09-15'),
			 ('gpt-audio-mini-2025-12-15', '2026-01-10'), ('gpt-audio-mini', '2025-10-01')) v(model, at);
-- Speech to text and text to speech billed per token, as the Audio API's
-- usage gives it.  gpt-4o-transcribe (text 2.5 in, audio 6 in, 10 out), a
-- transcription's usage: 14 x 6 + 45 x 10 = 84 + 450 -> 0.000534; with a
-- prompt, 20 x 2.5 + 14 x 6 + 45 x 10 -> 0.000584; gpt-4o-mini-transcribe
-- (1.25, 3, 5): 14 x 3 + 45 x 5 -> 0.000267.  gpt-4o-mini-tts (text 0.6 in,
-- every output token audio at 12), the speech stream's usage:
-- 14 x 0.6 + 101 x 12 -> 0.0012204, the same with the audio named.  Not
-- before their release (2025-03-20); a usage in seconds (whisper-1) is not read.
SELECT model, at::date, llmnum.try_gen_cost(model, u, at) AS usd, (llmnum.usage_counts(u)).format,
	   llmnum.gen_cost_error(model, u, at) AS why_not
FROM (VALUES ('gpt-4o-transcribe', timestamptz '2025-06-01', '{"type": "tokens", "input_tokens": 14,
				"input_token_details": {"text_tokens": 0, "audio_tokens": 14}, "output_tokens": 45, "total_tokens": 59}'::jsonb),
			 ('openai/gpt-4o-transcribe', '2025-06-01', '{"type": "tokens", "input_tokens": 34,
				"input_token_details": {"text_tokens": 20, "audio_tokens": 14}, "output_tokens": 45, "total_tokens": 79}'),
			 ('gpt-4o-mini-transcribe-2025-03-20', '2025-06-01', '{"type": "tokens", "input_tokens": 14,
				"input_token_details": {"text_tokens": 0, "audio_tokens": 14}, "output_tokens": 45, "total_tokens": 59}'),
			 ('gpt-4o-mini-tts', '2025-06-01', '{"input_tokens": 14, "output_tokens": 101, "total_tokens": 115}'),
			 ('gpt-4o-mini-tts-2025-12-15', '2026-01-10', '{"input_tokens": 14, "output_tokens": 101,
				"input_token_details": {"text_tokens": 14, "audio_tokens": 0},
				"output_token_details": {"text_tokens": 0, "audio_tokens": 101}}'),
			 ('gpt-4o-transcribe', '2025-03-19', '{"type": "tokens", "input_tokens": 14,
				"input_token_details": {"text_tokens": 0, "audio_tokens": 14}, "output_tokens": 45, "total_tokens": 59}'),
			 ('whisper-1', '2025-06-01', '{"type": "duration", "seconds": 3}')) v(model, at, u);
SELECT name, kind, encoding, context_window FROM llmnum.models
WHERE name IN ('gpt-4o-transcribe', 'gpt-4o-mini-tts', 'computer-use-preview') ORDER BY name;
-- computer-use-preview, 3 / 12: 1,000 x 3 + 100 x 12 -> 0.0042
SELECT llmnum.gen_cost('openai/computer-use-preview', 1000, 100, '2025-06-01');

-- gpt-realtime, cached audio (OpenAI realtime: cached audio is part of the audio count):
-- text 100 x 4 + audio (1,000 - 400) x 32 + 400 x 0.4 + out 50 x 16 + 500 x 64
-- = 400 + 19,200 + 160 + 800 + 32,000 -> 0.05256
SELECT llmnum.gen_cost('gpt-realtime', 1100, 550, '2025-09-01', audio_input_tokens => 1000,
					   cached_audio_input_tokens => 400, audio_output_tokens => 500);

-- Realtime API usage objects (input_token_details, singular): audio and
-- cached audio apart.  gpt-4o-realtime-preview-2024-12-17, text 5 / 20
-- (cached 2.5), audio 40 / 80 (cached 2.5); a usage block from OpenAI's forum:
-- text (313 - 256) x 5 + 256 x 2.5 + audio (476 - 384) x 40 + 384 x 2.5
-- + out 9 x 20 + 23 x 80 = 285 + 640 + 3,680 + 960 + 180 + 1,840 -> 0.007585
CREATE TEMP TABLE realtime_usage (model text, at timestamptz, usage jsonb);
INSERT INTO realtime_usage VALUES
('gpt-4o-realtime-preview-2024-12-17', '2025-01-15', '{"total_tokens": 821, "input_tokens": 789, "output_tokens": 32,
  "input_token_details": {"text_tokens": 313, "audio_tokens": 476, "cached_tokens": 640,
                          "cached_tokens_details": {"text_tokens": 256, "audio_tokens": 384}},
  "output_token_details": {"text_tokens": 9, "audio_tokens": 23}}'),
-- the same on the 2024-10-01 snapshot: audio 100 / 200, cached audio 20
-- 285 + 640 + 92 x 100 + 384 x 20 + 180 + 23 x 200 = 285 + 640 + 9,200 + 7,680 + 180 + 4,600 -> 0.022585
('gpt-4o-realtime-preview-2024-10-01', '2024-11-15', '{"total_tokens": 821, "input_tokens": 789, "output_tokens": 32,
  "input_token_details": {"text_tokens": 313, "audio_tokens": 476, "cached_tokens": 640,
                          "cached_tokens_details": {"text_tokens": 256, "audio_tokens": 384}},
  "output_token_details": {"text_tokens": 9, "audio_tokens": 23}}'),
-- gpt-realtime (GA), a whole response.done event's response: text 4 / 16, cached 0.4;
-- audio 32 / 64, cached 0.4: 300 x 4 + 200 x 0.4 + 600 x 32 + 400 x 0.4 + 100 x 16 + 200 x 64
-- = 1,200 + 80 + 19,200 + 160 + 1,600 + 12,800 -> 0.03504
('gpt-realtime', '2025-09-01', '{"object": "realtime.response", "usage": {"total_tokens": 1800,
  "input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 500, "audio_tokens": 1000, "image_tokens": 0, "cached_tokens": 600,
                          "cached_tokens_details": {"text_tokens": 200, "audio_tokens": 400, "image_tokens": 0}},
  "output_token_details": {"text_tokens": 100, "audio_tokens": 200}}}'),
-- text only, no split needed: (120 - 64) x 0.6 + 64 x 0.3 + 40 x 2.4 = 33.6 + 19.2 + 96 -> 0.0001488
('gpt-4o-mini-realtime-preview-2024-12-17', '2025-02-01', '{"total_tokens": 160, "input_tokens": 120, "output_tokens": 40,
  "input_token_details": {"text_tokens": 120, "audio_tokens": 0, "cached_tokens": 64},
  "output_token_details": {"text_tokens": 40, "audio_tokens": 0}}'),
-- gpt-realtime-mini, the gpt-realtime response above: text 0.6 / 2.4, cached 0.06;
-- audio 10 / 20, cached 0.3: 300 x 0.6 + 200 x 0.06 + 600 x 10 + 400 x 0.3 + 100 x 2.4
-- + 200 x 20 = 180 + 12 + 6,000 + 120 + 240 + 4,000 -> 0.010552 (the snapshot, and the
-- undated name as LiteLLM logs it)
('gpt-realtime-mini-2025-12-15', '2026-01-10', '{"input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 500, "audio_tokens": 1000, "cached_tokens": 600,
                          "cached_tokens_details": {"text_tokens": 200, "audio_tokens": 400}},
  "output_token_details": {"text_tokens": 100, "audio_tokens": 200}}'),
('openai/gpt-realtime-mini', '2025-11-01', '{"input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 500, "audio_tokens": 1000, "cached_tokens": 600,
                          "cached_tokens_details": {"text_tokens": 200, "audio_tokens": 400}},
  "output_token_details": {"text_tokens": 100, "audio_tokens": 200}}'),
-- refused: image input (no price), cached tokens that cannot be split, parts
-- that do not make up the totals, audio on the undated alias after its
-- certain period
('gpt-realtime', '2025-09-01', '{"input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 500, "audio_tokens": 700, "image_tokens": 300, "cached_tokens": 0},
  "output_token_details": {"text_tokens": 300, "audio_tokens": 0}}'),
('gpt-realtime', '2025-09-01', '{"input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 500, "audio_tokens": 1000, "cached_tokens": 600},
  "output_token_details": {"text_tokens": 100, "audio_tokens": 200}}'),
('gpt-realtime', '2025-09-01', '{"input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 400, "audio_tokens": 1000, "cached_tokens": 0},
  "output_token_details": {"text_tokens": 100, "audio_tokens": 200}}'),
('gpt-realtime', '2025-09-01', '{"input_tokens": 1500, "output_tokens": 300,
  "input_token_details": {"text_tokens": 500, "audio_tokens": 1000, "cached_tokens": 600,
                          "cached_tokens_details": {"text_tokens": 100, "audio_tokens": 400}},
  "output_token_details": {"text_tokens": 100, "audio_tokens": 200}}'),
('gpt-4o-realtime-preview', '2025-03-01', '{"input_tokens": 789, "output_tokens": 32,
  "input_token_details": {"text_tokens": 313, "audio_tokens": 476, "cached_tokens": 0},
  "output_token_details": {"text_tokens": 9, "audio_tokens": 23}}');
SELECT model, (llmnum.usage_counts(usage)).format, llmnum.try_gen_cost(model, usage, at) AS usd,
	   llmnum.gen_cost_error(model, usage, at) AS why_not
FROM realtime_usage;
-- the alias, in the period it certainly served the 2024-10-01 snapshot
SELECT llmnum.gen_cost('gpt-4o-realtime-preview', usage, '2024-11-15') AS alias_2024_11
FROM realtime_usage WHERE model = 'gpt-4o-realtime-preview-2024-10-01';

-- LiteLLM's usage objects of Anthropic calls (OpenAI's shape, with the cache
-- writes inside prompt_tokens and named apart, by duration in
-- prompt_tokens_details, and web searches in server_tool_use), and
-- DeepSeek's and Moonshot's cache hits (prompt_cache_hit_tokens, cached_tokens).
-- claude-sonnet-4-5: 3 / 15, read 0.3, write 3.75, 1h 6, search 10,000 per million:
-- 100 x 3 + 5,000 x 0.3 + 500 x 3.75 + 1,500 x 6 + 300 x 15 + 2 x 10,000
-- = 300 + 1,500 + 1,875 + 9,000 + 4,500 + 20,000 -> 0.037175
CREATE TEMP TABLE litellm_usage (model text, at timestamptz, usage jsonb);
INSERT INTO litellm_usage VALUES
('claude-sonnet-4-5-20250929', '2025-10-15', '{"prompt_tokens": 7100, "completion_tokens": 300, "total_tokens": 7400,
  "prompt_tokens_details": {"cached_tokens": 5000, "cache_creation_tokens": 2000, "text_tokens": 100,
                            "cache_creation_token_details": {"ephemeral_5m_input_tokens": 500, "ephemeral_1h_input_tokens": 1500}},
  "cache_creation_input_tokens": 2000, "cache_read_input_tokens": 5000, "server_tool_use": {"web_search_requests": 2}}'),
-- an older LiteLLM: the writes only at the top level (5-minute writes):
-- 100 x 3 + 5,000 x 0.3 + 2,000 x 3.75 + 300 x 15 = 300 + 1,500 + 7,500 + 4,500 -> 0.0138
('claude-sonnet-4-5-20250929', '2025-10-15', '{"prompt_tokens": 7100, "completion_tokens": 300,
  "prompt_tokens_details": {"cached_tokens": 5000}, "cache_creation_input_tokens": 2000, "cache_read_input_tokens": 5000}'),
-- DeepSeek: 0.27 / 1.1, cache hit 0.07: 200 x 0.27 + 800 x 0.07 + 200 x 1.1 = 54 + 56 + 220 -> 0.00033
('deepseek-chat', '2025-09-01', '{"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200,
  "prompt_cache_hit_tokens": 800, "prompt_cache_miss_tokens": 200}'),
-- Moonshot's Kimi API, as LiteLLM names it: 0.6 / 2.5, cache hit 0.15, cached_tokens
-- beside prompt_tokens: 200 x 0.6 + 800 x 0.15 + 200 x 2.5 = 120 + 120 + 500 -> 0.00074
('moonshot/kimi-k2-0905-preview', '2026-09-01', '{"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200,
  "cached_tokens": 800}'),
-- refused: Moonshot's count and OpenAI's name for it disagree
('kimi-k2-0905-preview', '2026-09-01', '{"prompt_tokens": 1000, "completion_tokens": 200,
  "cached_tokens": 800, "prompt_tokens_details": {"cached_tokens": 0}}'),
-- null parts in prompt_tokens_details: the top-level names count (-> 0.0138, as above)
('claude-sonnet-4-5-20250929', '2025-10-15', '{"prompt_tokens": 7100, "completion_tokens": 300,
  "prompt_tokens_details": {"cached_tokens": null, "cache_creation_tokens": null},
  "cache_creation_input_tokens": 2000, "cache_read_input_tokens": 5000}'),
-- refused: one count under two names that disagree
('claude-sonnet-4-5-20250929', '2025-10-15', '{"prompt_tokens": 7100, "completion_tokens": 300,
  "prompt_tokens_details": {"cached_tokens": 5000, "cache_creation_tokens": 0}, "cache_creation_input_tokens": 2000}'),
('claude-sonnet-4-5-20250929', '2025-10-15', '{"prompt_tokens": 7100, "completion_tokens": 300,
  "prompt_tokens_details": {"cached_tokens": 4000}, "cache_read_input_tokens": 5000}'),
-- refused: durations that do not make up the writes
('claude-sonnet-4-5-20250929', '2025-10-15', '{"prompt_tokens": 7100, "completion_tokens": 300,
  "prompt_tokens_details": {"cached_tokens": 5000, "cache_creation_tokens": 2000,
                            "cache_creation_token_details": {"ephemeral_5m_input_tokens": 500, "ephemeral_1h_input_tokens": 1000}}}');
SELECT model, (c).format, (c).cached_input_tokens AS cached, (c).cache_write_tokens AS writes_5m,
	   (c).cache_write_1h_tokens AS writes_1h, (c).web_search_calls AS searches,
	   llmnum.try_gen_cost(model, usage, at) AS usd, llmnum.gen_cost_error(model, usage, at) AS why_not
FROM (SELECT *, llmnum.usage_counts(usage) AS c FROM litellm_usage) l;
-- Inside OpenAI's chat details, a count llmnum does not know is refused when
-- it is not 0: image output tokens (Gemini's image models through LiteLLM or
-- OpenRouter) cost far more than text output.  Fields LiteLLM and OpenRouter
-- add beside the counts (cost) are not counts.  gemini-2.0-flash: 100 x 0.1 + 1,300 x 0.4 -> 0.00053
SELECT llmnum.try_gen_cost('gemini-2.0-flash', u, '2025-09-01') AS usd, (llmnum.usage_counts(u)).problem
FROM (VALUES ('{"prompt_tokens": 100, "completion_tokens": 1300, "cost": 0.039,
				"completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 1290}}'::jsonb),
			 ('{"prompt_tokens": 100, "completion_tokens": 1300, "cost": 0.00053, "is_byok": false,
				"prompt_tokens_details": {"text_tokens": 50, "image_tokens": 50, "cached_tokens": null},
				"completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0}}')) v(u);

-- Usage billed otherwise than per token at on-demand rates, or with parts
-- that have no price here: xAI's Live Search sources, Mistral's audio input
-- (Voxtral, per minute), Vertex AI's
-- provisioned throughput, a whole Gemini response grounded with Google
-- Search (billed per grounded prompt or search query beyond a daily free
-- allowance).  Problems, never a lower number.
SELECT u, (llmnum.usage_counts(u::jsonb)).problem
FROM (VALUES ('{"prompt_tokens": 900, "completion_tokens": 100, "num_sources_used": 3}'),
			 ('{"prompt_tokens": 900, "completion_tokens": 100, "num_sources_used": 0}'),
			 ('{"prompt_tokens": 900, "completion_tokens": 100, "total_tokens": 1000, "prompt_audio_seconds": 42}'),
			 ('{"prompt_tokens": 900, "completion_tokens": 100, "total_tokens": 1000, "prompt_audio_seconds": null}'),
			 ('{"promptTokenCount": 900, "candidatesTokenCount": 100, "trafficType": "PROVISIONED_THROUGHPUT"}'),
			 ('{"promptTokenCount": 900, "candidatesTokenCount": 100, "trafficType": "ON_DEMAND"}'),
			 ('{"candidates": [{"groundingMetadata": {"webSearchQueries": ["weather in Lyon"]}}],
			   "usageMetadata": {"promptTokenCount": 900, "candidatesTokenCount": 100}}'),
			 ('{"candidates": [{"groundingMetadata": {"retrievalQueries": ["refund policy"]}}],
			   "usageMetadata": {"promptTokenCount": 900, "candidatesTokenCount": 100}}'),
			 ('{"candidates": [{"groundingMetadata": {"webSearchQueries": []}}],
			   "usageMetadata": {"promptTokenCount": 900, "candidatesTokenCount": 100}}')) v(u);

-- Anthropic's inference_geo: "us" is billed at 1.1 times the standard rates
-- (Opus 4.6 and later), which the catalog does not hold: refused, not priced
-- at the global rates.  claude-opus-4-6, 5 / 25: 25 x 5 + 150 x 25 -> 0.003875
SELECT geo, llmnum.try_gen_cost('claude-opus-4-6', u, '2026-06-01') AS usd,
	   llmnum.gen_cost_error('claude-opus-4-6', u, '2026-06-01') AS why_not
FROM (VALUES ('us'), ('global'), (NULL)) g(geo),
	 LATERAL (SELECT jsonb_strip_nulls(jsonb_build_object('input_tokens', 25, 'output_tokens', 150,
														  'inference_geo', geo)) AS u) x;

-- A whole Responses API response: its web searches are output items, billed
-- per call; the catalog has no OpenAI web_search price, so a response that
-- searched is refused rather than priced without its searches.
-- 300 x 2.5 + 100 x 10 = 750 + 1,000 -> 0.00175 without a search
SELECT n AS searches, (llmnum.usage_counts(r)).web_search_calls,
	   llmnum.try_gen_cost('gpt-4o-2024-08-06', r, '2025-09-01') AS usd,
	   llmnum.gen_cost_error('gpt-4o-2024-08-06', r, '2025-09-01') AS why_not
FROM (SELECT n, jsonb_build_object('object', 'response',
			'output', (SELECT coalesce(jsonb_agg(jsonb_build_object('type', 'web_search_call', 'status', 'completed')), '[]')
					   FROM generate_series(1, n)) || '[{"type": "message"}]'::jsonb,
			'usage', '{"input_tokens": 300, "output_tokens": 100, "total_tokens": 400,
					   "input_tokens_details": {"cached_tokens": 0},
					   "output_tokens_details": {"reasoning_tokens": 0}}'::jsonb) AS r
	  FROM generate_series(0, 2) n) s;
-- the tools billed apart at prices llmnum does not hold (file search per
-- call, code interpreter per container, image generation at image rates)
-- are refused too; function calls and reasoning items cost only tokens
SELECT item, llmnum.try_gen_cost('gpt-4o-2024-08-06', r, '2025-09-01') AS usd,
	   (llmnum.usage_counts(r)).problem
FROM unnest(ARRAY['file_search_call', 'code_interpreter_call', 'image_generation_call',
				  'function_call', 'reasoning']) item,
	 LATERAL (SELECT jsonb_build_object('object', 'response',
			'output', jsonb_build_array(jsonb_build_object('type', item), '{"type": "message"}'::jsonb),
			'usage', '{"input_tokens": 300, "output_tokens": 100, "total_tokens": 400}'::jsonb) AS r) x;

-- OpenAI Codex's session logs (token_count events) write the Responses usage
-- with the cached and reasoning counts beside the totals: gpt-5-codex,
-- 1.25 / 10, cached 0.125: 109 x 1.25 + 2,432 x 0.125 + 12 x 10 = 136.25 + 304 + 120 -> 0.00056025.
-- An OpenRouter usage's cost fields are not counts.  Refused: the two names of
-- the cached count disagree; a detail llmnum does not know (audio input of a
-- Responses usage; Anthropic's code execution, billed per container hour);
-- more reasoning than output
SELECT llmnum.try_gen_cost(m, u, '2025-10-01') AS usd, (llmnum.usage_counts(u)).problem
FROM (VALUES ('gpt-5-codex', '{"input_tokens": 2541, "cached_input_tokens": 2432, "output_tokens": 12,
								"reasoning_output_tokens": 5, "total_tokens": 2553}'::jsonb),
			 ('gpt-5-codex', '{"input_tokens": 2541, "output_tokens": 12, "total_tokens": 2553,
							   "input_tokens_details": {"cached_tokens": 2432}, "output_tokens_details": {"reasoning_tokens": 5},
							   "cost": 0.00056, "is_byok": false, "cost_details": {"upstream_inference_cost": null}}'),
			 ('gpt-5-codex', '{"input_tokens": 2541, "cached_input_tokens": 2432, "output_tokens": 12,
							   "input_tokens_details": {"cached_tokens": 2000}}'),
			 ('gpt-5-codex', '{"input_tokens": 2541, "output_tokens": 12, "input_tokens_details": {"audio_tokens": 500}}'),
			 ('claude-sonnet-4-5', '{"input_tokens": 100, "output_tokens": 12,
									 "server_tool_use": {"web_search_requests": 0, "code_execution_requests": 1}}'),
			 ('gpt-5-codex', '{"input_tokens": 100, "output_tokens": 12, "total_tokens": 112, "reasoning_output_tokens": 50}')) v(m, u);

-- Lines of a batch's results, as OpenAI's output file and Anthropic's results
-- give them: OpenAI's body says service_tier default, yet the batch rate
-- applies: gpt-4o-2024-08-06 batch 1.25 / 5: 1,000 x 1.25 + 100 x 5 -> 0.00175;
-- claude-sonnet-4-5 batch 1.5 / 7.5: 1,500 + 750 -> 0.00225.  A request that
-- failed has no usage: refused, not 0.
SELECT u ->> 'custom_id' AS custom_id, (llmnum.usage_counts(u)).service_tier,
	   llmnum.try_gen_cost(m, u, '2025-11-01') AS usd, (llmnum.usage_counts(u)).problem
FROM (VALUES ('gpt-4o-2024-08-06', '{"id": "batch_req_1", "custom_id": "r1", "error": null,
			   "response": {"status_code": 200, "request_id": "req_1", "body": {"object": "chat.completion",
				 "model": "gpt-4o-2024-08-06", "service_tier": "default",
				 "usage": {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100}}}}'::jsonb),
			 ('gpt-4o-2024-08-06', '{"id": "batch_req_2", "custom_id": "r2", "error": null,
			   "response": {"status_code": 400, "request_id": "req_2", "body": {"error": {"message": "invalid"}}}}'),
			 ('claude-sonnet-4-5', '{"custom_id": "a1", "result": {"type": "succeeded", "message": {"type": "message",
			   "model": "claude-sonnet-4-5-20250929",
			   "usage": {"input_tokens": 1000, "output_tokens": 100, "service_tier": "batch"}}}}'),
			 ('claude-sonnet-4-5', '{"custom_id": "a2", "result": {"type": "errored", "error": {"type": "invalid_request_error"}}}')) v(m, u);

-- Gemini usageMetadata (Gemini API and Vertex AI): promptTokenCount holds the
-- cached tokens, thoughts are outside the candidates, and the *TokensDetails
-- lists split each count by modality; audio has its own price (image and
-- video are billed at the input price).
CREATE TEMP TABLE gemini_usage (model text, at timestamptz, usage jsonb);
INSERT INTO gemini_usage VALUES
-- gemini-2.0-flash, text 0.1 / 0.4, audio 0.7: 500 x 0.1 + 1,000 x 0.7 + 200 x 0.4 = 50 + 700 + 80 -> 0.00083
('gemini-2.0-flash', '2025-09-01', '{"promptTokenCount": 1500, "candidatesTokenCount": 200, "totalTokenCount": 1700,
  "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 500}, {"modality": "AUDIO", "tokenCount": 1000}],
  "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": 200}]}'),
-- a whole response, gemini-2.5-flash 0.3 / 2.5, audio 1, cached 0.03 (from 2025-11-24):
-- (1,000 - 400) x 0.3 + 400 x 0.03 + 2,000 x 1 + (400 + 100) x 2.5 = 180 + 12 + 2,000 + 1,250 -> 0.003442
('gemini-2.5-flash', '2025-12-01', '{"candidates": [], "usageMetadata": {"promptTokenCount": 3000,
  "candidatesTokenCount": 400, "thoughtsTokenCount": 100, "cachedContentTokenCount": 400,
  "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 1000}, {"modality": "AUDIO", "tokenCount": 2000}],
  "cacheTokensDetails": [{"modality": "TEXT", "tokenCount": 400}]}}'),
-- images at the input price: 1,300 x 0.1 + 100 x 0.4 = 130 + 40 -> 0.00017
('gemini-2.0-flash', '2025-09-01', '{"promptTokenCount": 1300, "candidatesTokenCount": 100,
  "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 300}, {"modality": "IMAGE", "tokenCount": 1000}]}'),
-- refused: audio where the catalog has no audio price (never the text one),
-- cached audio without a price, details beyond the totals, a list that is not one
('gemini-2.5-pro', '2025-09-01', '{"promptTokenCount": 1500, "candidatesTokenCount": 200,
  "promptTokensDetails": [{"modality": "AUDIO", "tokenCount": 1000}, {"modality": "TEXT", "tokenCount": 500}]}'),
('gemini-2.0-flash', '2025-09-01', '{"promptTokenCount": 1500, "candidatesTokenCount": 200, "cachedContentTokenCount": 800,
  "promptTokensDetails": [{"modality": "AUDIO", "tokenCount": 1000}, {"modality": "TEXT", "tokenCount": 500}],
  "cacheTokensDetails": [{"modality": "AUDIO", "tokenCount": 800}]}'),
('gemini-2.0-flash', '2025-09-01', '{"promptTokenCount": 1500, "candidatesTokenCount": 200,
  "promptTokensDetails": [{"modality": "AUDIO", "tokenCount": 2000}]}'),
('gemini-2.0-flash', '2025-09-01', '{"promptTokenCount": 1500, "candidatesTokenCount": 200,
  "promptTokensDetails": {"modality": "AUDIO", "tokenCount": 1000}}');
SELECT model, (c).format, (c).input_tokens, (c).audio_input_tokens AS audio, (c).cached_input_tokens AS cached,
	   (c).cached_audio_input_tokens AS cached_audio, llmnum.try_gen_cost(model, usage, at) AS usd,
	   llmnum.gen_cost_error(model, usage, at) AS why_not
FROM (SELECT *, llmnum.usage_counts(usage) AS c FROM gemini_usage) g;
-- Google's Python SDK writes the same usage in snake_case
-- (response.usage_metadata.model_dump()): the whole response above -> 0.003442;
-- the Live API names the candidates response (responseTokenCount,
-- responseTokensDetails): gemini-2.0-flash, 500 x 0.1 + 1,000 x 0.7 + 200 x 0.4 -> 0.00083,
-- as the first row above.  Refused: a key Gemini does not write (a count
-- llmnum would drop), the two names of the candidates count disagreeing.
SELECT m, (llmnum.usage_counts(u)).format, (llmnum.usage_counts(u)).output_tokens,
	   llmnum.try_gen_cost(m, u, '2025-12-01') AS usd, (llmnum.usage_counts(u)).problem
FROM (VALUES ('gemini-2.5-flash', '{"prompt_token_count": 3000, "candidates_token_count": 400, "thoughts_token_count": 100,
			   "cached_content_token_count": 400, "total_token_count": 3500, "traffic_type": "ON_DEMAND",
			   "prompt_tokens_details": [{"modality": "TEXT", "token_count": 1000}, {"modality": "AUDIO", "token_count": 2000}],
			   "cache_tokens_details": [{"modality": "TEXT", "token_count": 400}]}'::jsonb),
			 ('gemini-2.0-flash', '{"promptTokenCount": 1500, "responseTokenCount": 200, "totalTokenCount": 1700,
			   "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 500}, {"modality": "AUDIO", "tokenCount": 1000}],
			   "responseTokensDetails": [{"modality": "TEXT", "tokenCount": 200}]}'),
			 ('gemini-2.0-flash', '{"prompt_token_count": 1500, "response_token_count": 200,
			   "prompt_tokens_details": [{"modality": "AUDIO", "token_count": 1000}]}'),
			 ('gemini-2.0-flash', '{"promptTokenCount": 1500, "candidatesTokenCount": 200, "imageOutputTokenCount": 50}'),
			 ('gemini-2.0-flash', '{"promptTokenCount": 1500, "candidatesTokenCount": 200, "responseTokenCount": 150}')) v(m, u);

-- 4. Langfuse observations: usage_details buckets do not overlap (input
-- excludes the cached bucket, output the reasoning bucket): read them all.
-- o4-mini: 1.1 / 4.4, cached 0.275.
-- 500 x 1.1 + 1,500 x 0.275 + (300 + 900) x 4.4 = 550 + 412.5 + 5,280 -> 0.0062425
CREATE TEMP TABLE langfuse_observations (id text, model text, start_time timestamp, usage_details jsonb);
INSERT INTO langfuse_observations VALUES
('obs-1', 'o4-mini', '2025-09-01 12:00',
 '{"input": 500, "input_cached_tokens": 1500, "output": 300, "output_reasoning_tokens": 900, "total": 3200}');
SELECT id,
	   llmnum.gen_cost(model,
			(coalesce(usage_details ->> 'input', '0')::bigint
			 + coalesce(usage_details ->> 'input_cached_tokens', '0')::bigint),
			(coalesce(usage_details ->> 'output', '0')::bigint
			 + coalesce(usage_details ->> 'output_reasoning_tokens', '0')::bigint),
			start_time,
			cached_input_tokens => (usage_details ->> 'input_cached_tokens')::bigint,
			reasoning_tokens => (usage_details ->> 'output_reasoning_tokens')::bigint) AS usd,
	   -- reading input and output only: 550 + 1,320 -> 0.00187 (-70% here)
	   llmnum.gen_cost(model, (usage_details ->> 'input')::bigint,
					   (usage_details ->> 'output')::bigint, start_time) AS input_output_only
FROM langfuse_observations;

-- The same observation as a usage object: usage_counts reads Langfuse's
-- buckets itself (-> 0.0062425), and refuses what it cannot read whole.
-- Langfuse's server names the details of an OpenAI usage input_<name> and
-- output_<name>; its LangChain handler does the same with LangChain's details
-- (input_cache_read, output_reasoning...); its Anthropic models use
-- Anthropic's names.  A whole observation (usageDetails) is accepted too.
-- claude-sonnet-4-5, 3 / 15, read 0.3, write 3.75, 1h write 6.
-- obs-2: 200 x 3 + 1,000 x 0.3 + 100 x 3.75 + 300 x 15 = 600 + 300 + 375 + 4,500 -> 0.005775
-- obs-3, LangChain's 1-hour and 5-minute writes through Langfuse's handler,
-- which takes them off the input bucket as well as their sum (cutting it at
-- 0): total tells the whole prompt, 1,450 - 300 = 1,150, uncached 50:
-- 50 x 3 + 1,000 x 0.3 + 40 x 3.75 + 60 x 6 + 300 x 15 = 150 + 300 + 150 + 360 + 4,500 -> 0.00546
-- obs-4, the same with 250 uncached (the input bucket 150, not cut):
-- 250 x 3 + 300 + 150 + 360 + 4,500 -> 0.00606
INSERT INTO langfuse_observations VALUES
('obs-2', 'claude-sonnet-4-5', '2025-11-01 09:00',
 '{"input": 200, "cache_read_input_tokens": 1000, "cache_creation_input_tokens": 100, "output": 300}'),
('obs-3', 'claude-sonnet-4-5', '2025-11-01 09:00',
 '{"input": 0, "input_cache_read": 1000, "input_cache_creation": 100, "input_ephemeral_5m_input_tokens": 40,
   "input_ephemeral_1h_input_tokens": 60, "output": 300, "total": 1450}'),
('obs-4', 'claude-sonnet-4-5', '2025-11-01 09:00',
 '{"input": 150, "input_cache_read": 1000, "input_cache_creation": 100, "input_ephemeral_5m_input_tokens": 40,
   "input_ephemeral_1h_input_tokens": 60, "output": 300, "total": 1650}'),
-- refused: a bucket llmnum does not know (OpenAI's text_tokens detail, which
-- overlaps the others), one count under two names, buckets that do not make
-- up total (overlapping ones: input_cached_tokens inside input), durations
-- without total, an ambiguous cut (the uncached prompt equal to the writes,
-- or a total summed from overlapping buckets), usage not in tokens, cached
-- tokens over audio input (not split)
('obs-5', 'gpt-4o-2024-08-06', '2025-09-01 12:00', '{"input": 0, "input_text_tokens": 900, "input_cached_tokens": 100, "output": 50}'),
('obs-6', 'claude-sonnet-4-5', '2025-11-01 09:00', '{"input": 200, "input_cache_read": 1000, "cache_read_input_tokens": 1000, "output": 300}'),
('obs-7', 'o4-mini', '2025-09-01 12:00', '{"input": 2000, "input_cached_tokens": 1500, "output": 1200, "output_reasoning_tokens": 900, "total": 3200}'),
('obs-8', 'claude-sonnet-4-5', '2025-11-01 09:00',
 '{"input": 0, "input_cache_read": 1000, "input_cache_creation": 100, "input_ephemeral_5m_input_tokens": 40,
   "input_ephemeral_1h_input_tokens": 60, "output": 300}'),
('obs-9', 'claude-sonnet-4-5', '2025-11-01 09:00',
 '{"input": 0, "input_cache_read": 1000, "input_cache_creation": 100, "input_ephemeral_5m_input_tokens": 40,
   "input_ephemeral_1h_input_tokens": 60, "output": 300, "total": 1500}'),
('obs-10', 'o4-mini', '2025-09-01 12:00', '{"input": 100, "output": 20, "unit": "CHARACTERS"}'),
('obs-11', 'gpt-4o-audio-preview-2024-12-17', '2025-09-01 12:00', '{"input": 100, "input_audio_tokens": 500, "input_cached_tokens": 50, "output": 20}'),
-- zero and null buckets of any name change nothing (-> 0.0062425)
('obs-12', 'o4-mini', '2025-09-01 12:00',
 '{"input": 500, "input_cached_tokens": 1500, "input_image_tokens": 0, "input_audio_tokens": null,
   "output": 300, "output_reasoning_tokens": 900, "output_accepted_prediction_tokens": 0, "total": 3200, "unit": "TOKENS"}');
SELECT id, (c).format, (c).input_tokens, (c).output_tokens, (c).cached_input_tokens AS cached,
	   (c).cache_write_tokens AS writes_5m, (c).cache_write_1h_tokens AS writes_1h,
	   llmnum.try_gen_cost(model, usage_details, start_time) AS usd, (c).problem
FROM (SELECT *, llmnum.usage_counts(usage_details) AS c FROM langfuse_observations) o
ORDER BY substr(id, 5)::int;
SELECT llmnum.gen_cost('o4-mini', '{"id": "obs-1", "type": "GENERATION", "usage": {"input": 500, "output": 300},
	"usageDetails": {"input": 500, "input_cached_tokens": 1500, "output": 300, "output_reasoning_tokens": 900}}'::jsonb,
	'2025-09-01 12:00') AS whole_observation;

-- LangChain's usage_metadata (AIMessage.usage_metadata, as LangSmith and many
-- apps log it): input_tokens and output_tokens are whole for every provider
-- (its Anthropic adapter adds the cache reads and writes back), the details
-- inside; under the priority or flex tier the details carry the tier's name.
-- Before 1.1.0 this shape was taken for OpenAI Realtime's and its cache
-- reads, writes and reasoning were dropped.
-- claude-sonnet-4-5: 50 x 3 + 1,000 x 0.3 + 100 x 3.75 + 300 x 15 -> 0.005325;
-- with the writes by duration -> 0.00546 (as obs-3)
-- gpt-5 at the priority tier (2.5 / 20, cached 0.25): 200 x 2.5 + 1,000 x 0.25
-- + 300 x 20 = 500 + 250 + 6,000 -> 0.00675; flex (0.625 / 5, cached 0.0625):
-- 125 + 62.5 + 1,500 -> 0.0016875; standard (1.25 / 10, cached 0.125):
-- 250 + 125 + 3,000 -> 0.003375
CREATE TEMP TABLE langchain_runs (run text, model text, at timestamptz, usage_metadata jsonb);
INSERT INTO langchain_runs VALUES
('anthropic', 'claude-sonnet-4-5', '2025-11-01', '{"input_tokens": 1150, "output_tokens": 300, "total_tokens": 1450,
  "input_token_details": {"cache_read": 1000, "cache_creation": 100}}'),
('anthropic 1h', 'claude-sonnet-4-5', '2025-11-01', '{"input_tokens": 1150, "output_tokens": 300, "total_tokens": 1450,
  "input_token_details": {"cache_read": 1000, "cache_creation": 100, "ephemeral_5m_input_tokens": 40,
                          "ephemeral_1h_input_tokens": 60}}'),
('openai', 'gpt-5', '2025-11-01', '{"input_tokens": 1200, "output_tokens": 300, "total_tokens": 1500,
  "input_token_details": {"audio": 0, "cache_read": 1000}, "output_token_details": {"audio": 0, "reasoning": 100}}'),
('openai priority', 'gpt-5', '2025-11-01', '{"input_tokens": 1200, "output_tokens": 300, "total_tokens": 1500,
  "input_token_details": {"priority_cache_read": 1000, "priority": 200},
  "output_token_details": {"priority_reasoning": 100, "priority": 200}}'),
('openai flex', 'gpt-5', '2025-11-01', '{"input_tokens": 1200, "output_tokens": 300, "total_tokens": 1500,
  "input_token_details": {"flex_cache_read": 1000, "flex": 200},
  "output_token_details": {"flex_reasoning": 100, "flex": 200}}'),
-- refused: durations that do not make up the writes, details beyond the
-- totals, a detail llmnum does not know, two tiers, a detail with and
-- without the tier's name, cached audio not split
('bad durations', 'claude-sonnet-4-5', '2025-11-01', '{"input_tokens": 1150, "output_tokens": 300,
  "input_token_details": {"cache_read": 1000, "cache_creation": 100, "ephemeral_5m_input_tokens": 40,
                          "ephemeral_1h_input_tokens": 50}}'),
('beyond', 'gpt-5', '2025-11-01', '{"input_tokens": 900, "output_tokens": 300,
  "input_token_details": {"cache_read": 1000}}'),
('unknown', 'gpt-5', '2025-11-01', '{"input_tokens": 1200, "output_tokens": 300,
  "input_token_details": {"cache_read": 1000, "image": 50}}'),
('two tiers', 'gpt-5', '2025-11-01', '{"input_tokens": 1200, "output_tokens": 300,
  "input_token_details": {"priority": 200}, "output_token_details": {"flex": 300}}'),
('tier and not', 'gpt-5', '2025-11-01', '{"input_tokens": 1200, "output_tokens": 300,
  "input_token_details": {"priority_cache_read": 1000, "cache_read": 1000, "priority": 200}}'),
('cached audio', 'gpt-4o-audio-preview-2024-12-17', '2025-09-01', '{"input_tokens": 1200, "output_tokens": 300,
  "input_token_details": {"audio": 500, "cache_read": 100}}');
SELECT run, (c).format, (c).cached_input_tokens AS cached, (c).cache_write_tokens AS writes_5m,
	   (c).cache_write_1h_tokens AS writes_1h, (c).reasoning_tokens AS reasoning, (c).service_tier,
	   llmnum.try_gen_cost(model, usage_metadata, at) AS usd, (c).problem
FROM (SELECT *, llmnum.usage_counts(usage_metadata) AS c FROM langchain_runs) r;
-- a Realtime object with a detail of another shape is refused, not read in part
SELECT (llmnum.usage_counts('{"input_tokens": 1200, "output_tokens": 300,
	"input_token_details": {"text_tokens": 1200, "cache_read": 1000}}')).problem;

-- 5. LiteLLM spend logs: startTime is a timestamp without time zone in UTC;
-- the usage object (metadata.usage_object) has the cached tokens.
-- gpt-4o-2024-08-06 on 2025-03-01: 2.5 / 10, cached 1.25.
-- row 1: 400 x 2.5 + 600 x 1.25 + 200 x 10 = 1,000 + 750 + 2,000 -> 0.00375
-- row 2 (no usage object): 1,000 x 2.5 + 200 x 10 -> 0.0045
CREATE TEMP TABLE litellm_spend_logs (request_id text, model text, "startTime" timestamp,
	prompt_tokens bigint, completion_tokens bigint, spend double precision, metadata jsonb);
INSERT INTO litellm_spend_logs VALUES
('r1', 'gpt-4o-2024-08-06', '2025-03-01 10:00', 1000, 200, 0.00375,
 '{"usage_object": {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200,
   "prompt_tokens_details": {"cached_tokens": 600}}}'),
('r2', 'gpt-4o-2024-08-06', '2025-03-01 23:30', 1000, 200, 0.0045, '{}');
SELECT request_id,
	   coalesce(llmnum.gen_cost(model, metadata -> 'usage_object', "startTime"),
				llmnum.gen_cost(model, prompt_tokens, completion_tokens, "startTime")) AS usd
FROM litellm_spend_logs ORDER BY 1;
-- a timestamp is read as UTC whatever the session TimeZone: gpt-4o was
-- repointed at 2024-10-02 00:00 UTC (5 / 15 -> 2.5 / 10)
SELECT llmnum.gen_cost('gpt-4o', 1000000, 0, '2024-10-01 23:30'::timestamp) AS before_utc_midnight,
	   llmnum.gen_cost('gpt-4o', 1000000, 0, '2024-10-02 00:30'::timestamp) AS after_utc_midnight;

-- 6. OpenAI organization usage export (completions buckets): input_tokens
-- counts text input including cached tokens; audio is counted apart.
-- gpt-5: 1.25 / 10, cached 0.125, batch 0.625 / 5.
-- day 1: 1.5M x 1.25 + 0.5M x 0.125 + 0.8M x 10 = 1.875 + 0.0625 + 8 -> 9.9375
-- day 1 batch: 1M x 0.625 + 0.2M x 5 = 0.625 + 1 -> 1.625
CREATE TEMP TABLE openai_usage (start_time bigint, model text, input_tokens bigint,
	input_cached_tokens bigint, input_audio_tokens bigint, output_tokens bigint,
	output_audio_tokens bigint, num_model_requests bigint, batch boolean, service_tier text);
INSERT INTO openai_usage VALUES
(1757030400, 'gpt-5', 2000000, 500000, 0, 800000, 0, 1000, false, NULL),
(1757030400, 'gpt-5', 1000000, 0, 0, 200000, 0, 40, true, NULL),
-- flex: 1M x 0.625 + 0.1M x 0.0625 ... here 0.9M x 0.625 + 0.1M x 0.0625 + 0.5M x 5
-- = 0.5625 + 0.00625 + 2.5 -> 3.06875
(1757030400, 'gpt-5', 1000000, 100000, 0, 500000, 0, 10, false, 'flex'),
-- priority: 0.9M x 2.5 + 0.1M x 0.25 + 0.5M x 20 = 2.25 + 0.025 + 10 -> 12.275
(1757030400, 'gpt-5', 1000000, 100000, 0, 500000, 0, 10, false, 'priority');
SELECT service_tier, batch,
	   llmnum.gen_cost(model, input_tokens + input_audio_tokens, output_tokens,
					   to_timestamp(start_time), input_cached_tokens, batch,
					   audio_input_tokens => input_audio_tokens,
					   audio_output_tokens => output_audio_tokens,
					   requests => num_model_requests, service_tier => service_tier) AS usd
FROM openai_usage ORDER BY 1 NULLS FIRST, 2;
-- a model without flex prices cannot be billed as flex
SELECT llmnum.gen_cost_error('gpt-4o', 1000, 10, '2025-09-05', service_tier => 'flex');

-- 7. try_gen_cost never raises on row data: every bad row is NULL, and
-- gen_cost_error says why.
CREATE TEMP TABLE bad_rows (label text, model text, ts timestamptz, i numeric, o numeric,
	cached numeric, reasoning numeric, requests numeric, tier text, policy text, batch boolean);
INSERT INTO bad_rows VALUES
('null model', NULL, '2025-01-01', 10, 10, 0, 0, 1, NULL, NULL, false),
('null time', 'gpt-4o', NULL, 10, 10, 0, 0, 1, NULL, NULL, false),
('null input', 'gpt-4o', '2025-01-01', NULL, 10, 0, 0, 1, NULL, NULL, false),
('null output', 'gpt-4o', '2025-01-01', 10, NULL, 0, 0, 1, NULL, NULL, false),
('cached > input', 'gpt-4o', '2025-01-01', 12, 10, 20480, 0, 1, NULL, NULL, false),
('negative', 'gpt-4o', '2025-01-01', -1, 10, 0, 0, 1, NULL, NULL, false),
('fraction', 'gpt-4o', '2025-01-01', 1.5, 10, 0, 0, 1, NULL, NULL, false),
('NaN', 'gpt-4o', '2025-01-01', 'NaN', 10, 0, 0, 1, NULL, NULL, false),
('Infinity', 'gpt-4o', '2025-01-01', 'Infinity', 10, 0, 0, 1, NULL, NULL, false),
('too large', 'gpt-4o', '2025-01-01', 1e30, 10, 0, 0, 1, NULL, NULL, false),
('huge but priced', 'gpt-4o', '2025-01-01', 9223372036854775807, 9223372036854775807, 0, 0, 1, NULL, NULL, false),
('unknown model', 'gpt-4o-typo', '2025-01-01', 10, 10, 0, 0, 1, NULL, NULL, false),
('before launch', 'gpt-4o', '2020-01-01', 10, 10, 0, 0, 1, NULL, NULL, false),
('infinity time', 'gpt-4o', 'infinity', 10, 10, 0, 0, 1, NULL, NULL, false),
('reasoning > output', 'o3', '2025-07-01', 10, 10, 0, 11, 1, NULL, NULL, false),
('zero requests', 'gpt-4o', '2025-01-01', 10, 10, 0, 0, 0, NULL, NULL, false),
('unknown tier', 'gpt-4o', '2025-01-01', 10, 10, 0, 0, 1, 'turbo', NULL, false),
('batch and flex', 'gpt-5', '2025-09-01', 10, 10, 0, 0, 1, 'flex', NULL, true),
('no flex price', 'gpt-4o', '2025-09-01', 10, 10, 0, 0, 1, 'flex', NULL, false),
('unknown policy', 'gpt-4o', '2025-01-01', 10, 10, 0, 0, 1, NULL, 'guess', false),
('undecidable tier', 'gemini-2.5-pro', '2025-09-01', 3000000, 10, 0, 0, 5, NULL, NULL, false),
('no batch price', 'gpt-4', '2023-06-01', 10, 10, 0, 0, 1, NULL, NULL, true),
('null batch ok', 'gpt-4o', '2025-01-01', 10, 10, NULL, NULL, NULL, NULL, NULL, NULL);
SELECT label,
	   llmnum.try_gen_cost(model, i, o, ts, cached, batch, reasoning_tokens => reasoning,
						   requests => requests, service_tier => tier, tier_policy => policy) AS try_numeric,
	   llmnum.try_gen_cost(model, i::float8, o::float8, ts, cached::float8, batch,
						   reasoning_tokens => reasoning::float8, requests => requests::float8,
						   service_tier => tier, tier_policy => policy) AS try_float8,
	   llmnum.gen_cost_error(model, i, o, ts, cached, batch, reasoning_tokens => reasoning,
							 requests => requests, service_tier => tier, tier_policy => policy) AS why
FROM bad_rows ORDER BY label;
-- the same through bigint where the value fits
SELECT count(*) AS null_without_error
FROM bad_rows
WHERE i IS NULL OR i = trunc(i) AND abs(i) < 1e18
  AND llmnum.try_gen_cost(model, i::bigint, o::bigint, ts, cached::bigint, batch,
						  reasoning_tokens => reasoning::bigint, requests => requests::bigint,
						  service_tier => tier, tier_policy => policy) IS NULL;
-- usage objects that cannot be read
SELECT u, llmnum.try_gen_cost('gpt-4o', u, '2025-01-01') AS try, llmnum.gen_cost_error('gpt-4o', u, '2025-01-01') AS why
FROM (VALUES ('[]'::jsonb), ('{"prompt_tokens": "12", "completion_tokens": 1}'),
			 ('{"prompt_tokens": -1, "completion_tokens": 1}'),
			 ('{"prompt_tokens": 1.5, "completion_tokens": 1}'), ('{"foo": 1}'),
			 ('{"prompt_tokens": 10, "completion_tokens": 1, "prompt_tokens_details": {"cached_tokens": 20}}'),
			 (NULL)) v(u);
-- unpriced_usage lists the NULL rows too
CREATE TEMP TABLE usage_with_nulls (model text, ts timestamptz, prompt_tokens bigint, completion_tokens bigint);
INSERT INTO usage_with_nulls VALUES (NULL, '2025-01-01', 1, 1), ('gpt-4o', NULL, 1, 1),
	('gpt-4o', '2025-01-01', NULL, 1), ('gpt-4o', '2025-01-01', 1, 1);
SELECT model, reason, requests FROM llmnum.unpriced_usage('usage_with_nulls') ORDER BY 2;

-- 8. A count given as text is never a prompt.
SELECT llmnum.gen_cost('gpt-4o', ('{"tokens": "1000"}'::jsonb ->> 'tokens'), 0, '2025-01-01');
SELECT llmnum.gen_cost('gpt-4o', '1000', '0', '2025-01-01');
SELECT llmnum.gen_cost('gpt-4o', 1000, 0, '2025-01-01') AS int4_form,
	   llmnum.gen_cost('gpt-4o', 1000::numeric, 0::numeric, '2025-01-01') AS numeric_form,
	   llmnum.gen_cost('gpt-4o', 1000::float8, 0::float8, '2025-01-01') AS float8_form,
	   llmnum.gen_cost_of_text('gpt-4o', '1000', '', '2025-01-01') AS text_form;
SELECT llmnum.gen_cost('gpt-4o', 1.5, 0, '2025-01-01');
-- the breakdown sums to gen_cost
SELECT sum(usd) = llmnum.gen_cost('gpt-5', 2000, 700, '2025-09-01', 500, reasoning_tokens => 400,
								  service_tier => 'priority') AS sums_exactly
FROM llmnum.cost_breakdown('gpt-5', 2000, 700, '2025-09-01', 500, reasoning_tokens => 400,
						   service_tier => 'priority');

-- usage_counts never raises, and what it reads always fits: 5,000 objects
-- made of the keys and values of every shape it reads (nested one level,
-- numbers of every kind, strings, nulls, arrays), from a fixed seed
SELECT setseed(0.42);
CREATE TEMP TABLE usage_fuzz AS
SELECT o FROM (
	SELECT i, jsonb_object_agg(k, CASE WHEN r < 0.25 THEN jsonb_build_object(k2, v2) ELSE v END) AS o
	FROM (SELECT i, d,
				 (ARRAY['input','output','total','unit','input_cached_tokens','input_cache_read','input_ephemeral_5m_input_tokens',
						'input_cache_creation','input_tokens','output_tokens','total_tokens','input_token_details','output_token_details',
						'cache_read','cache_creation','ephemeral_5m_input_tokens','priority','flex_cache_read','reasoning','audio',
						'inputTokens','outputTokens','inputTokenDetails','outputTokenDetails','cacheReadTokens','cacheWriteTokens',
						'noCacheTokens','cacheDetails','cacheWriteInputTokens','prompt_token_count','candidates_token_count',
						'response_token_count','prompt_tokens_details','promptTokenCount','responseTokenCount','prompt_tokens',
						'completion_tokens','completion_tokens_details','image_tokens','custom_id','response','body','usage','result',
						'message','usageDetails','cached_input_tokens','reasoning_output_tokens','text_tokens','cached_tokens_details'])
					[1 + floor(random() * 50)::int] AS k,
				 (ARRAY['cached_tokens','audio_tokens','usage','body','inputTokens','token_count','cache_read','text_tokens'])
					[1 + floor(random() * 8)::int] AS k2,
				 (ARRAY['0','1','-1','1.5','1e30','null','"x"','true','[]','{}','[{"ttl":"1h","inputTokens":1}]',
						'[{"modality":"AUDIO","token_count":3}]','9223372036854775807','100']::jsonb[])[1 + floor(random() * 14)::int] AS v,
				 (ARRAY['0','7','-3','null','"y"','{"prompt_tokens":5}']::jsonb[])[1 + floor(random() * 6)::int] AS v2,
				 random() AS r
		  FROM generate_series(1, 5000) i, generate_series(1, 6) d) g
	GROUP BY i) s;
SELECT count(*) AS objects, count(*) FILTER (WHERE (c).problem IS NULL) AS read,
	   count(*) FILTER (WHERE (c).problem IS NULL AND ((c).input_tokens < (c).cached_input_tokens + (c).cache_write_tokens
			+ (c).cache_write_1h_tokens + (c).audio_input_tokens
			OR (c).output_tokens < (c).reasoning_tokens + (c).audio_output_tokens)) AS beyond_totals
FROM (SELECT llmnum.usage_counts(o) AS c FROM usage_fuzz) f;
