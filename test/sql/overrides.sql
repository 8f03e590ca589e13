-- User rows: adding models, prices and GPUs, shadowing built-in rows, and
-- the constraints that keep the catalog consistent.
\set VERBOSITY terse

SET timezone = 'UTC';

-- A self-hosted model and its price.
INSERT INTO llmnum.user_models (name, provider, kind, params_total, context_window, source)
VALUES ('acme-llama-70b-ft', 'acme', 'chat', 70e9, 8192, 'internal deployment notes');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-llama-70b-ft', 'input', 0.35, '2025-01-01 00:00+00'),
	   ('ACME-Llama-70B-FT', 'output', 0.40, '2025-01-01 00:00+00');

SELECT origin, name, provider, kind, params_total, source, created_by = current_user AS mine
FROM llmnum.models WHERE name ILIKE 'acme%';

-- A user row with the name of a built-in row shadows it (names compare
-- case-insensitively); removing it brings the built-in row back.
INSERT INTO llmnum.user_models (name, provider, kind, encoding, context_window, source)
VALUES ('GPT-4', 'openai', 'chat', 'cl100k_base', 8192, 'our gateway caps GPT-4 at 8k');
SELECT origin, name, source FROM llmnum.models WHERE lower(name) = 'gpt-4';
DELETE FROM llmnum.user_models WHERE name = 'GPT-4';
SELECT origin, name FROM llmnum.models WHERE lower(name) = 'gpt-4';

-- Names are unique whatever their case, and cannot be blank or padded.
INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('Acme-Llama-70B-FT', 'acme', 'chat');
INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('', 'acme', 'chat');
INSERT INTO llmnum.user_models (name, provider, kind) VALUES (' padded', 'acme', 'chat');
INSERT INTO llmnum.user_models (name, provider, kind) VALUES (NULL, 'acme', 'chat');
INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('x', 'acme', 'oracle');
INSERT INTO llmnum.user_models (name, provider, kind, encoding) VALUES ('x', 'acme', 'chat', 'o300k_base');
INSERT INTO llmnum.user_models (name, provider, kind, params_total) VALUES ('x', 'acme', 'chat', 0);
INSERT INTO llmnum.user_models (name, provider, kind, params_total, params_active) VALUES ('x', 'acme', 'chat', 10, 20);
INSERT INTO llmnum.user_models (name, provider, kind, attention_heads, kv_heads) VALUES ('x', 'acme', 'chat', 8, 16);
INSERT INTO llmnum.user_models (name, provider, kind, params_total) VALUES ('x', 'acme', 'chat', 'NaN');
INSERT INTO llmnum.user_models (name, provider, kind, params_total) VALUES ('x', 'acme', 'chat', 'Infinity');
INSERT INTO llmnum.user_models (name, provider, kind, context_window) VALUES ('x', 'acme', 'chat', 2147483648);

-- Prices: periods of one model, component and tier may not overlap ...
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-llama-70b-ft', 'input', 0.30, '2025-06-01 00:00+00');
-- ... unless the earlier one is closed first, in the same transaction.
BEGIN;
UPDATE llmnum.user_prices SET valid_to = '2025-06-01 00:00+00'
WHERE model = 'acme-llama-70b-ft' AND component = 'input';
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-llama-70b-ft', 'input', 0.30, '2025-06-01 00:00+00');
COMMIT;
SELECT model, component, usd_per_mtok, valid_from, valid_to
FROM llmnum.prices WHERE origin = 'user' ORDER BY model, component, valid_from;

-- A different tier of the same component may cover the same period.
INSERT INTO llmnum.user_prices (model, component, tier_above_tokens, usd_per_mtok, valid_from)
VALUES ('acme-llama-70b-ft', 'input', 128000, 0.60, '2025-01-01 00:00+00');

-- A user price may override a built-in model's price (a negotiated rate).
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
VALUES ('gpt-4o-mini', 'input', 0.12, '2025-03-01 00:00+00', 'contract 2025-02');

-- Bad prices are refused.
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('no-such-model', 'input', 1, '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'reasoning', 1, '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'output', -1, '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'output', 'NaN', '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'output', 'Infinity', '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'output', NULL, '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, valid_to)
VALUES ('gpt-4o-mini', 'output', 1, '2025-01-01 00:00+00', '2025-01-01 00:00+00');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'output', 1, '-infinity');
INSERT INTO llmnum.user_prices (model, component, tier_above_tokens, usd_per_mtok, valid_from)
VALUES ('gpt-4o-mini', 'output', -1, 1, '2025-01-01 00:00+00');

-- Built-in periods are checked the same way (upgrade scripts rely on it).
INSERT INTO llmnum.builtin_prices (model, component, usd_per_mtok, valid_from, source, as_of)
VALUES ('gpt-4', 'input', 1, '2024-01-01 00:00+00', 'test', '2024-01-01');

-- GPUs and their dated rates: a rate needs a known GPU, a positive price and
-- periods that do not overlap; a user rate shadows the built-in price.
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes, available_from)
VALUES ('acme-h100', 'nvidia', 80000000000, '2024-01-01');
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes) VALUES ('zero', 'nvidia', 0);
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes, fp16_tflops) VALUES ('nan', 'nvidia', 1, 'NaN');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from, valid_to, source)
VALUES ('acme-h100', 2.10, '2025-09-01', '2026-09-01', 'reserved contract'),
       ('acme-h100', 1.90, '2026-09-01', NULL, 'renewal'),
       ('A100-80GB', 1.25, '2025-01-01', NULL, 'negotiated');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from, source)
VALUES ('acme-h100', 2.00, '2026-01-01', 'overlaps');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from) VALUES ('no-such-gpu', 1, '2025-01-01');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from) VALUES ('acme-h100', 0, '2020-01-01');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from) VALUES ('acme-h100', 'Infinity', '2020-01-01');
SELECT origin, name, memory_bytes, available_from, usd_per_hour FROM llmnum.gpus WHERE origin = 'user';
SELECT llmnum.gpu_price_at('acme-h100', '2025-12-01') AS reserved,
       llmnum.gpu_price_at('ACME-H100', '2026-10-01') AS renewal,
       llmnum.gpu_price_at('acme-h100', '2025-01-01') AS before_any_rate,
       llmnum.gpu_price_at('A100-80GB', '2024-06-01') AS builtin_2024,
       llmnum.gpu_price_at('A100-80GB', '2025-06-01') AS user_rate_2025,
       llmnum.gpu_price_at('no-such-gpu', '2025-06-01') AS unknown_gpu;

-- Clean up for the following tests.
DELETE FROM llmnum.user_prices;
DELETE FROM llmnum.user_models;
DELETE FROM llmnum.user_gpu_prices;
DELETE FROM llmnum.user_gpus;

-- Guards of issue 14: one writer cannot break pricing for everyone.
\set VERBOSITY terse
-- a $0 price only when said explicitly (free), and free only with 0
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'input', 0, '2030-01-01');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, free) VALUES ('gpt-4o', 'input', 1, '2030-01-01', true);
-- absurd values refused at insert: prices, training prices, GPU rates, parameter counts
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'input', 100001, '2030-01-01');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from) VALUES ('gpt-4o', 'training', 1e-19, '1990-01-01');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from) VALUES ('A100-80GB', 1e-1000, '2030-01-01');
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from) VALUES ('A100-80GB', 1001, '2030-01-01');
INSERT INTO llmnum.user_models (name, provider, kind, params_total) VALUES ('tiny-typo', 'acme', 'chat', 1e-30);
INSERT INTO llmnum.user_models (name, provider, kind, params_total) VALUES ('huge-typo', 'acme', 'chat', 1e16);
SELECT * FROM llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 1e-1000);
-- a free model, said so
INSERT INTO llmnum.user_models (name, provider, kind, params_total) VALUES ('acme-free', 'acme', 'chat', 1e9);
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, free) VALUES ('acme-free', 'input', 0, '2025-01-01', true);
SELECT llmnum.gen_cost('acme-free', 1000, 0, '2025-06-01');
-- a user model with prices cannot be deleted or renamed away from them
BEGIN;
DELETE FROM llmnum.user_models WHERE name = 'acme-free';
COMMIT;
UPDATE llmnum.user_models SET name = 'acme-free-2' WHERE name = 'acme-free';
BEGIN;
DELETE FROM llmnum.user_prices WHERE model = 'acme-free';
DELETE FROM llmnum.user_models WHERE name = 'acme-free';
COMMIT;
-- TRUNCATE is the owner's only, even with the privilege granted
CREATE ROLE llmnum_truncater;
GRANT ALL ON llmnum.user_prices TO llmnum_truncater;
SET ROLE llmnum_truncater;
TRUNCATE llmnum.user_prices;
RESET ROLE;
REVOKE ALL ON llmnum.user_prices FROM llmnum_truncater;
DROP ROLE llmnum_truncater;
-- gpu_numbers unchanged under a user GPU that shadows A100-80GB in another case
CREATE TEMP TABLE gpu_numbers_before AS SELECT * FROM llmnum.gpu_numbers('2025-06-01');
INSERT INTO llmnum.user_gpus (name, vendor, available_from, memory_bytes, usable_memory_bytes, memory_bandwidth_gbps, fp16_tflops, bf16_tflops, fp8_tflops)
SELECT lower(name), vendor, available_from, memory_bytes, usable_memory_bytes, memory_bandwidth_gbps, fp16_tflops, bf16_tflops, fp8_tflops
FROM llmnum.builtin_gpus WHERE name = 'A100-80GB';
SELECT count(*) AS rows_now, (SELECT count(*) FROM gpu_numbers_before) AS rows_before,
	   count(*) FILTER (WHERE (n.key, n.value) IS DISTINCT FROM (b.key, b.value)) AS differing_values
FROM llmnum.gpu_numbers('2025-06-01') n FULL JOIN gpu_numbers_before b USING (key);
DELETE FROM llmnum.user_gpus WHERE name = 'a100-80gb';
-- unpriced_usage of no table
SELECT * FROM llmnum.unpriced_usage(0::regclass);
\set VERBOSITY default

-- The catalog cache is loaded by parts (names, id rules, prices, GPUs,
-- quantizations), each on first use; a change is seen by the next call
-- whatever parts are loaded.  Each \c starts a new backend.
\set VERBOSITY terse
\c
SET timezone = 'UTC';
-- names only, then a price change, then the prices part
SELECT llmnum.count_tokens('hello world', 'gpt-4o-mini') AS tokens;
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
VALUES ('acme-parts', 'acme', 'chat', 'cl100k_base', 'test');
SELECT llmnum.count_tokens('Привет, мир!', 'ACME-parts') AS tokens_cl100k;
SELECT llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-parts', 'input', 1.25, '2025-01-01'), ('acme-parts', 'output', 2.5, '2025-01-01');
SELECT llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01') AS usd;
UPDATE llmnum.user_prices SET usd_per_mtok = 1.5 WHERE model = 'acme-parts' AND component = 'input';
SELECT llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01') AS usd;
-- a model change after the prices part was loaded
UPDATE llmnum.user_models SET encoding = 'o200k_base' WHERE name = 'acme-parts';
SELECT llmnum.count_tokens('Привет, мир!', 'acme-parts') AS tokens_o200k,
	   llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01') AS usd;
-- a rolled-back change is undone in the cache too
BEGIN;
UPDATE llmnum.user_prices SET usd_per_mtok = 9 WHERE model = 'acme-parts' AND component = 'input';
SELECT llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01') AS usd_in_transaction;
ROLLBACK;
SELECT llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01') AS usd;
-- the prices part first, then the GPU parts, then a GPU change
\c
SET timezone = 'UTC';
SELECT llmnum.gen_cost('acme-parts', 1000000, 0, '2025-06-01') AS usd;
SELECT llmnum.gpu_fits('Llama-3-8B', 'H100-80GB') AS fits;
SELECT llmnum.gpu_fits('Llama-3-8B', 'acme-gpu');
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes) VALUES ('acme-gpu', 'acme', 8e9);
SELECT llmnum.gpu_fits('Llama-3-8B', 'ACME-GPU') AS fits_8gb;
UPDATE llmnum.user_gpus SET memory_bytes = 80e9 WHERE name = 'acme-gpu';
SELECT llmnum.gpu_fits('Llama-3-8B', 'acme-gpu') AS fits_80gb;
DELETE FROM llmnum.user_gpus WHERE name = 'acme-gpu';
-- a GPU function first, then a model added
\c
SELECT llmnum.gpu_fits('acme-arch', 'H100-80GB');
INSERT INTO llmnum.user_models (name, provider, kind, params_total, layers, hidden_size,
	attention_heads, kv_heads, head_dim, context_window, source)
VALUES ('acme-arch', 'acme', 'chat', 8e9, 32, 4096, 32, 8, 128, 8192, 'test');
SELECT llmnum.gpu_fits('acme-arch', 'H100-80GB') AS fits;
DELETE FROM llmnum.user_models WHERE name = 'acme-arch';
SELECT llmnum.gpu_fits('acme-arch', 'H100-80GB');

-- A model named only by a user price (loaded with triggers disabled, as a
-- data-only restore may): priced, but not a model of llmnum.models, in
-- whichever order the parts are loaded.
SET session_replication_role = replica;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('acme-ghost', 'input', 2, '2025-01-01'), ('acme-ghost', 'output', 4, '2025-01-01');
RESET session_replication_role;
\c
SET timezone = 'UTC';
SELECT llmnum.count_tokens('hello', 'acme-ghost');
SELECT llmnum.gen_cost('ACME-ghost', 1000000, 1000000, '2025-06-01') AS usd;
SELECT model, rule FROM llmnum.resolve_model('acme-ghost', '2025-06-01');
\c
SET timezone = 'UTC';
SELECT llmnum.gen_cost('acme-ghost', 1000000, 1000000, '2025-06-01') AS usd;
SELECT llmnum.estimate_tokens('hello', 'acme-ghost');
SELECT llmnum.gpu_memory('acme-ghost');
DELETE FROM llmnum.user_prices WHERE model = 'acme-ghost';
SELECT llmnum.gen_cost('acme-ghost', 1000000, 1000000, '2025-06-01');

-- The id rules loaded by a host check, before any model: an undated alias
-- is still one that no stripped suffix may land on.
\c
SELECT * FROM llmnum.resolve_model('gemini-pro-latest-001', '2025-06-01', 'google');
SELECT * FROM llmnum.resolve_model('gemini-pro-latest-001', '2025-06-01');
SELECT * FROM llmnum.resolve_model('gemini-pro-latest', '2025-06-01', 'google');

-- User id rules are tried in order: exact, prefix (longest first), regex
-- (longest first, then by pattern), a rule with a host before one without.
INSERT INTO llmnum.user_model_aliases (match_kind, pattern, target, host) VALUES
	('prefix', 'team', 'gpt-4o-mini', NULL),
	('prefix', 'team-a', 'gpt-4o', NULL),
	('exact', 'team-a-exact', 'gpt-4-turbo', NULL),
	('regex', '^q.1', 'gpt-4o', NULL),
	('regex', '^q-.', 'gpt-4o-mini', NULL),
	('regex', '^q-[0-9]{2}', 'gpt-4-turbo', NULL),
	('exact', 'acme-dep', 'gpt-4o', 'azure'),
	('exact', 'acme-dep', 'gpt-4o-mini', NULL);
\c
SELECT id, via, (llmnum.resolve_model(id, '2025-06-01', via)).model
FROM (VALUES ('team-b', NULL), ('team-a-1', NULL), ('team-a-exact', NULL),
			 ('q-12', NULL), ('q-1', NULL), ('qx1', NULL),
			 ('acme-dep', 'azure'), ('acme-dep', NULL), ('azure/acme-dep', NULL)) v(id, via);
DELETE FROM llmnum.user_model_aliases;
BEGIN;
DELETE FROM llmnum.user_prices WHERE model = 'acme-parts';
DELETE FROM llmnum.user_models WHERE name = 'acme-parts';
COMMIT;
\set VERBOSITY default
