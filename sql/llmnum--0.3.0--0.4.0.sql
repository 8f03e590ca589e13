/* sql/llmnum--0.3.0--0.4.0.sql: GPU memory model, training cost, and the GPU, architecture and quantization catalog */

\echo Use "ALTER EXTENSION llmnum UPDATE TO '0.4.0'" to load this file. \quit

/* ---------------------------------------------------------------------
 * Architecture columns the memory model needs beyond 0.1.0
 * ------------------------------------------------------------------- */

ALTER TABLE llmnum.builtin_models
	ADD COLUMN intermediate_size integer CHECK (intermediate_size > 0),
	ADD COLUMN vocab_size integer CHECK (vocab_size > 0),
	ADD COLUMN experts_total integer CHECK (experts_total > 0),
	ADD COLUMN experts_active integer
		CONSTRAINT experts_active_within_total CHECK (experts_active > 0 AND experts_active <= experts_total),
	ADD COLUMN sliding_window integer CHECK (sliding_window > 0),
	ADD COLUMN sliding_window_layers integer
		CONSTRAINT sliding_window_layers_valid CHECK (sliding_window_layers IS NULL OR
			(sliding_window_layers > 0 AND sliding_window_layers <= layers AND sliding_window IS NOT NULL)),
	ADD COLUMN kv_latent_dim integer CHECK (kv_latent_dim > 0);

ALTER TABLE llmnum.user_models
	ADD COLUMN intermediate_size integer CHECK (intermediate_size > 0),
	ADD COLUMN vocab_size integer CHECK (vocab_size > 0),
	ADD COLUMN experts_total integer CHECK (experts_total > 0),
	ADD COLUMN experts_active integer
		CONSTRAINT experts_active_within_total CHECK (experts_active > 0 AND experts_active <= experts_total),
	ADD COLUMN sliding_window integer CHECK (sliding_window > 0),
	ADD COLUMN sliding_window_layers integer
		CONSTRAINT sliding_window_layers_valid CHECK (sliding_window_layers IS NULL OR
			(sliding_window_layers > 0 AND sliding_window_layers <= layers AND sliding_window IS NOT NULL)),
	ADD COLUMN kv_latent_dim integer CHECK (kv_latent_dim > 0);

COMMENT ON COLUMN llmnum.builtin_models.intermediate_size IS 'Feed-forward width per layer (per expert for a mixture of experts), from the model''s config.json.';
COMMENT ON COLUMN llmnum.builtin_models.vocab_size IS 'Vocabulary size, from the model''s config.json.';
COMMENT ON COLUMN llmnum.builtin_models.experts_total IS 'Experts per layer of a mixture-of-experts model (NULL when dense); all of them occupy GPU memory.';
COMMENT ON COLUMN llmnum.builtin_models.experts_active IS 'Experts each token is routed to.';
COMMENT ON COLUMN llmnum.builtin_models.sliding_window IS 'Attention window in tokens of the layers that use sliding-window attention (NULL when every layer attends to the whole context).';
COMMENT ON COLUMN llmnum.builtin_models.sliding_window_layers IS 'How many layers use the sliding window; their KV cache stops growing at sliding_window tokens.';
COMMENT ON COLUMN llmnum.builtin_models.kv_latent_dim IS 'Multi-head latent attention (DeepSeek): values cached per layer and token instead of 2 x kv_heads x head_dim.';
COMMENT ON COLUMN llmnum.user_models.intermediate_size IS 'Feed-forward width per layer (per expert for a mixture of experts).';
COMMENT ON COLUMN llmnum.user_models.vocab_size IS 'Vocabulary size.';
COMMENT ON COLUMN llmnum.user_models.experts_total IS 'Experts per layer of a mixture-of-experts model (NULL when dense).';
COMMENT ON COLUMN llmnum.user_models.experts_active IS 'Experts each token is routed to.';
COMMENT ON COLUMN llmnum.user_models.sliding_window IS 'Attention window in tokens of the sliding-window layers.';
COMMENT ON COLUMN llmnum.user_models.sliding_window_layers IS 'How many layers use the sliding window.';
COMMENT ON COLUMN llmnum.user_models.kv_latent_dim IS 'Multi-head latent attention: values cached per layer and token.';

/* 0.1.0's view with the new columns appended (the only change OR REPLACE allows) */
CREATE OR REPLACE VIEW llmnum.models AS
SELECT 'user'::text AS origin, u.name, u.provider, u.family, u.kind, u.encoding,
	   u.params_total, u.params_active, u.layers, u.hidden_size, u.attention_heads,
	   u.kv_heads, u.head_dim, u.context_window, u.release_date, u.open_weights,
	   u.source, u.as_of, u.notes, u.created_by,
	   u.intermediate_size, u.vocab_size, u.experts_total, u.experts_active,
	   u.sliding_window, u.sliding_window_layers, u.kv_latent_dim
FROM llmnum.user_models u
UNION ALL
SELECT 'builtin'::text, b.name, b.provider, b.family, b.kind, b.encoding,
	   b.params_total, b.params_active, b.layers, b.hidden_size, b.attention_heads,
	   b.kv_heads, b.head_dim, b.context_window, b.release_date, b.open_weights,
	   b.source, b.as_of, b.notes, NULL::name,
	   b.intermediate_size, b.vocab_size, b.experts_total, b.experts_active,
	   b.sliding_window, b.sliding_window_layers, b.kv_latent_dim
FROM llmnum.builtin_models b
WHERE NOT EXISTS (SELECT 1 FROM llmnum.user_models u WHERE lower(u.name) = lower(b.name));

/* ---------------------------------------------------------------------
 * Usable GPU memory: what the driver leaves to applications
 * ------------------------------------------------------------------- */

ALTER TABLE llmnum.builtin_gpus
	ADD COLUMN usable_memory_bytes bigint
		CONSTRAINT usable_within_memory CHECK (usable_memory_bytes > 0 AND usable_memory_bytes <= memory_bytes);
ALTER TABLE llmnum.user_gpus
	ADD COLUMN usable_memory_bytes bigint
		CONSTRAINT usable_within_memory CHECK (usable_memory_bytes > 0 AND usable_memory_bytes <= memory_bytes);

COMMENT ON COLUMN llmnum.builtin_gpus.usable_memory_bytes IS 'Memory the driver reports as total (nvidia-smi), below memory_bytes when ECC or firmware reserve part of it; NULL when unknown. gpu_fits() and friends compare against it, falling back to memory_bytes.';
COMMENT ON COLUMN llmnum.user_gpus.usable_memory_bytes IS 'Memory the driver reports as total; NULL to use memory_bytes.';

/* 0.1.0's view with the new column appended */
CREATE OR REPLACE VIEW llmnum.gpus AS
SELECT 'user'::text AS origin, u.name, u.vendor, u.memory_bytes, u.memory_bandwidth_gbps,
	   u.fp16_tflops, u.bf16_tflops, u.fp8_tflops, u.usd_per_hour, u.usd_per_hour_source,
	   u.usd_per_hour_as_of, u.source, u.as_of, u.notes, u.created_by,
	   u.usable_memory_bytes
FROM llmnum.user_gpus u
UNION ALL
SELECT 'builtin'::text, b.name, b.vendor, b.memory_bytes, b.memory_bandwidth_gbps,
	   b.fp16_tflops, b.bf16_tflops, b.fp8_tflops, b.usd_per_hour, b.usd_per_hour_source,
	   b.usd_per_hour_as_of, b.source, b.as_of, b.notes, NULL::name,
	   b.usable_memory_bytes
FROM llmnum.builtin_gpus b
WHERE NOT EXISTS (SELECT 1 FROM llmnum.user_gpus u WHERE lower(u.name) = lower(b.name));

/* ---------------------------------------------------------------------
 * Seed: GPUs, open-model architectures, quantization formats
 *
 * Generated from the TSV files in data/catalog; sources are in
 * docs/gpu-memory.md.
 * Rows that already exist (same name, case-insensitively) get their
 * architecture or specification updated instead.
 * ------------------------------------------------------------------- */

-- BEGIN GENERATED by data/catalog/gen_hardware.py from data/catalog/*.tsv: do not edit by hand

INSERT INTO llmnum.builtin_models
	(name, provider, family, kind, params_total, params_active, layers, hidden_size, attention_heads, kv_heads, head_dim, context_window, release_date, open_weights, source, as_of, notes, intermediate_size, vocab_size, experts_total, experts_active, sliding_window, sliding_window_layers, kv_latent_dim)
VALUES
('Llama-2-7B', 'Meta', 'llama-2', 'base', 6738415616, NULL, 32, 4096, 32, 32, 128, 4096, '2023-07-18', true, 'https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-07-18', 'Multi-head attention (kv_heads = attention_heads).', 11008, 32000, NULL, NULL, NULL, NULL, NULL),
('Llama-2-13B', 'Meta', 'llama-2', 'base', 13015864320, NULL, 40, 5120, 40, 40, 128, 4096, '2023-07-18', true, 'https://huggingface.co/meta-llama/Llama-2-13b-hf/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-07-18', 'Multi-head attention: 819,200 bytes of fp16 KV cache per token, the list''s ~1 MB.', 13824, 32000, NULL, NULL, NULL, NULL, NULL),
('Llama-2-70B', 'Meta', 'llama-2', 'base', 68976648192, NULL, 80, 8192, 64, 8, 128, 4096, '2023-07-18', true, 'https://huggingface.co/meta-llama/Llama-2-70b-hf/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-07-18', 'Grouped-query attention, 8 KV heads.', 28672, 32000, NULL, NULL, NULL, NULL, NULL),
('Llama-3-8B', 'Meta', 'llama-3', 'base', 8030261248, NULL, 32, 4096, 32, 8, 128, 8192, '2024-04-18', true, 'https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-04-18', 'Grouped-query attention, 8 KV heads.', 14336, 128256, NULL, NULL, NULL, NULL, NULL),
('Llama-3-70B', 'Meta', 'llama-3', 'base', 70553706496, NULL, 80, 8192, 64, 8, 128, 8192, '2024-04-18', true, 'https://huggingface.co/meta-llama/Meta-Llama-3-70B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-04-18', 'Grouped-query attention, 8 KV heads.', 28672, 128256, NULL, NULL, NULL, NULL, NULL),
('Llama-3.1-8B', 'Meta', 'llama-3.1', 'base', 8030261248, NULL, 32, 4096, 32, 8, 128, 131072, '2024-07-23', true, 'https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-07-23', 'Same shapes as Llama-3-8B with a 128k context (RoPE scaling).', 14336, 128256, NULL, NULL, NULL, NULL, NULL),
('Llama-3.1-70B', 'Meta', 'llama-3.1', 'base', 70553706496, NULL, 80, 8192, 64, 8, 128, 131072, '2024-07-23', true, 'https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-07-23', 'Same shapes as Llama-3-70B with a 128k context.', 28672, 128256, NULL, NULL, NULL, NULL, NULL),
('Llama-3.1-405B', 'Meta', 'llama-3.1', 'base', 405853388800, NULL, 126, 16384, 128, 8, 128, 131072, '2024-07-23', true, 'https://huggingface.co/meta-llama/Llama-3.1-405B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-07-23', 'Grouped-query attention, 8 KV heads.', 53248, 128256, NULL, NULL, NULL, NULL, NULL),
('Llama-3.2-1B', 'Meta', 'llama-3.2', 'base', 1235814400, NULL, 16, 2048, 32, 8, 64, 131072, '2024-09-25', true, 'https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-09-25', 'Tied input and output embeddings.', 8192, 128256, NULL, NULL, NULL, NULL, NULL),
('Llama-3.2-3B', 'Meta', 'llama-3.2', 'base', 3212749824, NULL, 28, 3072, 24, 8, 128, 131072, '2024-09-25', true, 'https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-09-25', 'Tied input and output embeddings.', 8192, 128256, NULL, NULL, NULL, NULL, NULL),
('Mistral-7B-v0.1', 'Mistral AI', 'mistral', 'base', 7241732096, NULL, 32, 4096, 32, 8, 128, 32768, '2023-09-27', true, 'https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-09-27', 'Sliding-window attention (4,096 tokens) on every layer, so the KV cache stops growing past 4,096 tokens.', 14336, 32000, NULL, NULL, 4096, 32, NULL),
('Mistral-7B-v0.3', 'Mistral AI', 'mistral', 'base', 7248023552, NULL, 32, 4096, 32, 8, 128, 32768, '2024-05-22', true, 'https://huggingface.co/mistralai/Mistral-7B-v0.3/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-05-22', 'No sliding window (full attention to 32k).', 14336, 32768, NULL, NULL, NULL, NULL, NULL),
('Mixtral-8x7B-v0.1', 'Mistral AI', 'mixtral', 'base', 46702792704, 12879925248, 32, 4096, 32, 8, 128, 32768, '2023-12-11', true, 'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-12-11', 'Mixture of experts: every expert must be in memory (46.7B), 12.9B are used per token.', 14336, 32000, 8, 2, NULL, NULL, NULL),
('Mixtral-8x22B-v0.1', 'Mistral AI', 'mixtral', 'base', 140620634112, 39152031744, 56, 6144, 48, 8, 128, 65536, '2024-04-17', true, 'https://huggingface.co/mistralai/Mixtral-8x22B-v0.1/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-04-17', 'Mixture of experts: 141B in memory, 39B used per token.', 16384, 32000, 8, 2, NULL, NULL, NULL),
('Qwen2.5-7B', 'Alibaba', 'qwen2.5', 'base', 7615616512, NULL, 28, 3584, 28, 4, 128, 131072, '2024-09-19', true, 'https://huggingface.co/Qwen/Qwen2.5-7B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-09-19', 'Grouped-query attention, 4 KV heads; QKV biases.', 18944, 152064, NULL, NULL, NULL, NULL, NULL),
('Qwen2.5-14B', 'Alibaba', 'qwen2.5', 'base', 14770033664, NULL, 48, 5120, 40, 8, 128, 131072, '2024-09-19', true, 'https://huggingface.co/Qwen/Qwen2.5-14B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-09-19', 'Grouped-query attention, 8 KV heads.', 13824, 152064, NULL, NULL, NULL, NULL, NULL),
('Qwen2.5-32B', 'Alibaba', 'qwen2.5', 'base', 32763876352, NULL, 64, 5120, 40, 8, 128, 131072, '2024-09-19', true, 'https://huggingface.co/Qwen/Qwen2.5-32B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-09-19', 'Grouped-query attention, 8 KV heads.', 27648, 152064, NULL, NULL, NULL, NULL, NULL),
('Qwen2.5-72B', 'Alibaba', 'qwen2.5', 'base', 72706203648, NULL, 80, 8192, 64, 8, 128, 131072, '2024-09-19', true, 'https://huggingface.co/Qwen/Qwen2.5-72B/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-09-19', 'Grouped-query attention, 8 KV heads.', 29568, 152064, NULL, NULL, NULL, NULL, NULL),
('gemma-2-2b', 'Google', 'gemma-2', 'base', 2614341888, NULL, 26, 2304, 8, 4, 256, 8192, '2024-07-31', true, 'https://huggingface.co/google/gemma-2-2b/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-07-31', 'Every other layer uses a 4,096-token sliding window; tied embeddings.', 9216, 256000, NULL, NULL, 4096, 13, NULL),
('gemma-2-9b', 'Google', 'gemma-2', 'base', 9241705984, NULL, 42, 3584, 16, 8, 256, 8192, '2024-06-27', true, 'https://huggingface.co/google/gemma-2-9b/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-06-27', 'Every other layer uses a 4,096-token sliding window; head_dim 256 (not hidden/heads).', 14336, 256000, NULL, NULL, 4096, 21, NULL),
('gemma-2-27b', 'Google', 'gemma-2', 'base', 27227128320, NULL, 46, 4608, 32, 16, 128, 8192, '2024-06-27', true, 'https://huggingface.co/google/gemma-2-27b/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-06-27', 'Every other layer uses a 4,096-token sliding window.', 36864, 256000, NULL, NULL, 4096, 23, NULL),
('Phi-3-mini-4k-instruct', 'Microsoft', 'phi-3', 'chat', 3821079552, NULL, 32, 3072, 32, 32, 96, 4096, '2024-04-23', true, 'https://huggingface.co/microsoft/Phi-3-mini-4k-instruct/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-04-23', 'Multi-head attention.', 8192, 32064, NULL, NULL, NULL, NULL, NULL),
('Phi-3-medium-4k-instruct', 'Microsoft', 'phi-3', 'chat', 13960238080, NULL, 40, 5120, 40, 10, 128, 4096, '2024-05-21', true, 'https://huggingface.co/microsoft/Phi-3-medium-4k-instruct/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-05-21', 'Grouped-query attention, 10 KV heads.', 17920, 32064, NULL, NULL, NULL, NULL, NULL),
('falcon-7b', 'TII', 'falcon', 'base', 6921720704, NULL, 32, 4544, 71, 1, 64, 2048, '2023-04-24', true, 'https://huggingface.co/tiiuae/falcon-7b/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-04-24', 'Multi-query attention: one KV head shared by 71 query heads.', 18176, 65024, NULL, NULL, NULL, NULL, NULL),
('falcon-40b', 'TII', 'falcon', 'base', 41303293952, NULL, 60, 8192, 128, 8, 64, 2048, '2023-05-24', true, 'https://huggingface.co/tiiuae/falcon-40b/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-05-24', 'Grouped attention with 8 KV heads (new decoder architecture).', 32768, 65024, NULL, NULL, NULL, NULL, NULL),
('OPT-13B', 'Meta', 'opt', 'base', 12853473280, NULL, 40, 5120, 40, 40, 128, 2048, '2022-05-03', true, 'https://huggingface.co/facebook/opt-13b/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2022-05-03', 'The model of the vLLM paper''s ~800 KB per token (multi-head attention).', 20480, 50272, NULL, NULL, NULL, NULL, NULL),
('DeepSeek-V3', 'DeepSeek', 'deepseek-v3', 'chat', 671026419200, 37000000000, 61, 7168, 128, 128, 128, 163840, '2024-12-26', true, 'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-12-26', 'Mixture of experts (256 routed experts, 8 per token, plus one shared). Multi-head latent attention caches one 576-value latent per layer and token (kv_lora_rank 512 + rope 64), not per-head keys and values. params_total excludes the 14B multi-token-prediction module; active parameters as published (37B). intermediate_size is the per-expert moe_intermediate_size (2048); the first 3 dense layers use 18432.', 2048, 129280, 256, 8, NULL, NULL, 576),
('DeepSeek-R1', 'DeepSeek', 'deepseek-v3', 'reasoning', 671026419200, 37000000000, 61, 7168, 128, 128, 128, 163840, '2025-01-20', true, 'https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2025-01-20', 'Same architecture as DeepSeek-V3 (multi-head latent attention, 256 experts). intermediate_size is the per-expert moe_intermediate_size (2048); the first 3 dense layers use 18432.', 2048, 129280, 256, 8, NULL, NULL, 576),
('all-MiniLM-L6-v2', 'sentence-transformers', 'minilm', 'embedding', 22713216, NULL, 6, 384, 12, 12, 32, 512, '2021-08-30', true, 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2021-08-30', 'BERT-style encoder; sentence-transformers truncates input at 256 tokens. Encoders keep no KV cache.', 1536, 30522, NULL, NULL, NULL, NULL, NULL),
('bge-base-en-v1.5', 'BAAI', 'bge', 'embedding', 109482240, NULL, 12, 768, 12, 12, 64, 512, '2023-09-12', true, 'https://huggingface.co/BAAI/bge-base-en-v1.5/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-09-12', 'BERT-base encoder.', 3072, 30522, NULL, NULL, NULL, NULL, NULL),
('bge-large-en-v1.5', 'BAAI', 'bge', 'embedding', 335141888, NULL, 24, 1024, 16, 16, 64, 512, '2023-09-12', true, 'https://huggingface.co/BAAI/bge-large-en-v1.5/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-09-12', 'BERT-large encoder.', 4096, 30522, NULL, NULL, NULL, NULL, NULL),
('bge-m3', 'BAAI', 'bge', 'embedding', 567754752, NULL, 24, 1024, 16, 16, 64, 8192, '2024-01-30', true, 'https://huggingface.co/BAAI/bge-m3/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2024-01-30', 'XLM-RoBERTa-large encoder with an 8k context.', 4096, 250002, NULL, NULL, NULL, NULL, NULL),
('e5-large-v2', 'Microsoft', 'e5', 'embedding', 335141888, NULL, 24, 1024, 16, 16, 64, 512, '2023-05-19', true, 'https://huggingface.co/intfloat/e5-large-v2/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-05-19', 'BERT-large encoder.', 4096, 30522, NULL, NULL, NULL, NULL, NULL),
('multilingual-e5-large', 'Microsoft', 'e5', 'embedding', 559890432, NULL, 24, 1024, 16, 16, 64, 512, '2023-06-30', true, 'https://huggingface.co/intfloat/multilingual-e5-large/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-06-30', 'XLM-RoBERTa-large encoder.', 4096, 250002, NULL, NULL, NULL, NULL, NULL),
('e5-mistral-7b-instruct', 'Microsoft', 'e5', 'embedding', 7110660096, NULL, 32, 4096, 32, 8, 128, 32768, '2023-12-31', true, 'https://huggingface.co/intfloat/e5-mistral-7b-instruct/blob/main/config.json (architecture); params_total: the safetensors total on the model page (for dense models also recomputed from the config''s tensor shapes)', '2023-12-31', 'Mistral-7B decoder used as an embedder: 14 GB in fp16, far above the list''s ~1 GB for embedding models.', 14336, 32000, NULL, NULL, NULL, NULL, NULL)
ON CONFLICT ((lower(name))) DO UPDATE SET
	params_total = EXCLUDED.params_total,
	params_active = EXCLUDED.params_active,
	layers = EXCLUDED.layers,
	hidden_size = EXCLUDED.hidden_size,
	attention_heads = EXCLUDED.attention_heads,
	kv_heads = EXCLUDED.kv_heads,
	head_dim = EXCLUDED.head_dim,
	context_window = EXCLUDED.context_window,
	intermediate_size = EXCLUDED.intermediate_size,
	vocab_size = EXCLUDED.vocab_size,
	experts_total = EXCLUDED.experts_total,
	experts_active = EXCLUDED.experts_active,
	sliding_window = EXCLUDED.sliding_window,
	sliding_window_layers = EXCLUDED.sliding_window_layers,
	kv_latent_dim = EXCLUDED.kv_latent_dim,
	release_date = coalesce(builtin_models.release_date, EXCLUDED.release_date),
	open_weights = true,
	notes = concat_ws(' ', builtin_models.notes, 'Architecture: ' || EXCLUDED.source || ' (' || EXCLUDED.as_of || ').');

INSERT INTO llmnum.builtin_gpus
	(name, vendor, memory_bytes, usable_memory_bytes, memory_bandwidth_gbps, fp16_tflops, bf16_tflops, fp8_tflops, usd_per_hour, usd_per_hour_source, usd_per_hour_as_of, source, as_of, notes)
VALUES
('V100-16GB', 'NVIDIA', 17179869184, NULL, 900, 125, NULL, NULL, NULL, NULL, NULL, 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf (V100 SXM2 16GB); same values in cli99/llm-analysis gpu_configs/v100-sxm-32gb.json (d841e40)', '2017-05-10', 'Memory: the datasheet''s 16 GB taken as GiB (17179869184 bytes). SXM2 part; the PCIe part has 112 dense FP16 tensor TFLOPS. No BF16 or FP8. llm-analysis''s v100-sxm-16gb.json wrongly lists 32 GB. No dated on-demand price found in a stored source.'),
('V100-32GB', 'NVIDIA', 34359738368, NULL, 900, 125, NULL, NULL, NULL, NULL, NULL, 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf (V100 SXM2 32GB); cli99/llm-analysis gpu_configs/v100-sxm-32gb.json (d841e40)', '2018-03-27', 'Memory: the datasheet''s 32 GB taken as GiB (34359738368 bytes). SXM2 part. No BF16 or FP8. No dated on-demand price found in a stored source.'),
('T4', 'NVIDIA', 17179869184, 16106127360, 320, 65, NULL, NULL, 0.5904, 'Modal list price for T4, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://www.nvidia.com/en-us/data-center/tesla-t4/ (T4 datasheet: 16 GB GDDR6, 320 GB/s, 65 FP16 tensor TFLOPS)', '2018-09-12', 'Memory: the datasheet''s 16 GB taken as GiB (17179869184 bytes). Mixed-precision FP16 tensor peak. No BF16. ECC on GDDR6 leaves about 15 GiB usable. Usable: 15360 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('A10G', 'NVIDIA', 25769803776, NULL, 600, 70, 70, NULL, 1.006, 'AWS EC2 g5.xlarge (1x A10G) us-east-1 Linux on-demand, as quoted by https://www.factualminds.com/blog/amazon-ec2-on-demand-pricing-instance-families-2026/ (2026-06-17)', '2026-06-17', 'https://aws.amazon.com/ec2/instance-types/g5/ (A10G, 24 GB); bandwidth and tensor peak as in cli99/llm-analysis gpu_configs/a10g-pcie-24gb.json (d841e40)', '2021-11-11', 'Memory: the datasheet''s 24 GB taken as GiB (25769803776 bytes). AWS-only variant of the A10. The g5.xlarge price includes 4 vCPUs and 16 GiB of host memory. ECC leaves about 22.5 GiB usable.'),
('A10', 'NVIDIA', 25769803776, 24146608128, 600, 125, 125, NULL, 0.86, 'Lambda on-demand 1x A10, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/ (A10 datasheet: 24 GB GDDR6, 600 GB/s, 125 dense FP16/BF16 tensor TFLOPS)', '2021-04-12', 'Memory: the datasheet''s 24 GB taken as GiB (25769803776 bytes). Dense peak; 250 with structured sparsity. Usable: 23028 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('L4', 'NVIDIA', 25769803776, 24152899584, 300, 121, 121, 242.5, 0.7992, 'Modal list price for L4, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://www.nvidia.com/en-us/data-center/l4/ (L4 datasheet: 24 GB GDDR6, 300 GB/s; 242 FP16 and 485 FP8 TFLOPS with sparsity, halved here for dense)', '2023-03-21', 'Memory: the datasheet''s 24 GB taken as GiB (25769803776 bytes). Dense figures are half the datasheet''s sparsity figures. Usable: 23034 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('L40S', 'NVIDIA', 51539607552, 48305799168, 864, 362.05, 362.05, 733, 1.9512, 'Modal list price for L40S, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://www.nvidia.com/en-us/data-center/l40s/ (L40S datasheet: 48 GB GDDR6, 864 GB/s; 733 FP16 and 1,466 FP8 TFLOPS with sparsity, halved here for dense)', '2023-08-08', 'Memory: the datasheet''s 48 GB taken as GiB (51539607552 bytes). Dense figures are half the datasheet''s sparsity figures. Usable: 46068 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('A100-40GB', 'NVIDIA', 42949672960, 42949672960, 1555, 312, 312, NULL, 1.48, 'Lambda on-demand 1x A100 40GB, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf (A100 SXM4 40GB); cli99/llm-analysis gpu_configs/a100-sxm-40gb.json (d841e40)', '2020-05-14', 'Memory: the datasheet''s 40 GB taken as GiB (42949672960 bytes). SXM4; the PCIe part has the same memory and TFLOPS. AWS p4d.24xlarge is $32.77/h for 8 (about $4.10 per GPU-hour). Usable: 40960 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('A100-80GB', 'NVIDIA', 85899345920, 85899345920, 2039, 312, 312, NULL, 2.4984, 'Modal list price for A100 80GB, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf (A100 SXM4 80GB); cli99/llm-analysis gpu_configs/a100-sxm-80gb.json (d841e40)', '2020-11-16', 'Memory: the datasheet''s 80 GB taken as GiB (85899345920 bytes). SXM4; the PCIe 80GB part has 1,935 GB/s. Usable: 81920 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('H100-80GB', 'NVIDIA', 85899345920, 85520809984, 3350, 989, 989, 1979, 3.78, 'Lambda on-demand 1x H100 SXM, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet (H100 SXM5 80GB: 3.35 TB/s; 1,979 FP16 and 3,958 FP8 TFLOPS with sparsity); cli99/llm-analysis gpu_configs/h100-sxm-80gb.json (d841e40)', '2022-03-22', 'Memory: the datasheet''s 80 GB taken as GiB (85899345920 bytes). SXM5. Dense figures are half the datasheet''s sparsity figures. Usable: 81559 MiB as nvidia-smi reports it (modal-labs/modal-client#2797, 2025-01-23).'),
('H100-PCIe', 'NVIDIA', 85899345920, NULL, 2000, 756, 756, 1513, 2.86, 'Lambda on-demand 1x H100 PCIe, as tabulated by https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/ (prices verified 2026-05-07)', '2026-05-07', 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet (H100 PCIe 80GB); cli99/llm-analysis gpu_configs/h100-pcie-80gb.json (d841e40)', '2022-03-22', 'Memory: the datasheet''s 80 GB taken as GiB (85899345920 bytes). Dense figures are half the datasheet''s sparsity figures.'),
('H100-NVL', 'NVIDIA', 100931731456, NULL, 3900, 835, 835, 1671, NULL, NULL, NULL, 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet (H100 NVL: 94 GB HBM3, 3.9 TB/s; 1,671 FP16 and 3,341 FP8 TFLOPS with sparsity)', '2023-03-21', 'Memory: the datasheet''s 94 GB taken as GiB (100931731456 bytes). Per GPU of the NVLink-bridged pair. Dense figures are half the datasheet''s sparsity figures. No dated on-demand price found in a stored source.'),
('H200', 'NVIDIA', 151397597184, NULL, 4800, 989, 989, 1979, 6.35, 'RunPod on-demand H200, as tabulated by https://deploybase.ai/articles/runpod-gpu-pricing (data as of March 2026)', '2026-03-10', 'https://www.nvidia.com/en-us/data-center/h200/ (H200 SXM: 141 GB HBM3e, 4.8 TB/s; same tensor peaks as H100 SXM)', '2023-11-13', 'Memory: the datasheet''s 141 GB taken as GiB (151397597184 bytes). Dense figures are half the datasheet''s sparsity figures. Prices vary widely between clouds.'),
('B200', 'NVIDIA', 193273528320, NULL, 8000, 2250, 2250, 4500, 10.57, 'RunPod on-demand B200, as tabulated by https://deploybase.ai/articles/runpod-gpu-pricing (data as of March 2026)', '2026-03-10', 'https://www.nvidia.com/en-us/data-center/dgx-b200/ (DGX B200: 8 GPUs, 1,440 GB, 64 TB/s, 72 PFLOPS FP8 training and 36 PFLOPS FP16 with sparsity; divided by 8 and halved for dense)', '2024-03-18', 'Memory: the datasheet''s 180 GB taken as GiB (193273528320 bytes). HGX/DGX B200 configuration (180 GB usable per GPU of 192 GB). Specialized clouds list on-demand B200 at about $4.50-$6.00 (lyceum.technology, 2026-03-11).'),
('MI300X', 'AMD', 206158430208, NULL, 5300, 1307.4, 1307.4, 2614.9, 1.99, 'Median MI300X on-demand rate across providers, https://www.cliffcenter.com/research/amd-inference-economics (2026-05-18)', '2026-05-18', 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html (MI300X: 192 GB HBM3, 5.3 TB/s, 1,307.4 dense FP16/BF16 and 2,614.9 dense FP8 TFLOPS)', '2023-12-06', 'Memory: the datasheet''s 192 GB taken as GiB (206158430208 bytes). Rates range from $1.50 (TensorWave) to $6 (Azure, Oracle) in the same note.'),
('RTX-3090', 'NVIDIA', 25769803776, NULL, 936, 71, 71, NULL, 0.39, 'RunPod on-demand RTX 3090, as tabulated by https://deploybase.ai/articles/runpod-gpu-pricing (data as of March 2026)', '2026-03-10', 'https://images.nvidia.com/aem-dam/en-zz/Solutions/geforce/ampere/pdf/NVIDIA-ampere-GA102-GPU-Architecture-Whitepaper-V1.pdf (RTX 3090: 24 GB GDDR6X, 936 GB/s; 71 dense FP16 tensor TFLOPS with FP32 accumulate)', '2020-09-01', 'Memory: the datasheet''s 24 GB taken as GiB (25769803776 bytes). Consumer card: FP16 with FP16 accumulate reaches 142 TFLOPS; training uses FP32 accumulate (71).'),
('RTX-4090', 'NVIDIA', 25769803776, NULL, 1008, 165.2, 165.2, 330.3, 0.6, 'RunPod on-demand RTX 4090, as tabulated by https://deploybase.ai/articles/runpod-gpu-pricing (data as of March 2026)', '2026-03-10', 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf (RTX 4090: 24 GB GDDR6X, 1,008 GB/s; 165.2 dense FP16/BF16 and 330.3 dense FP8 tensor TFLOPS with FP32 accumulate)', '2022-09-20', 'Memory: the datasheet''s 24 GB taken as GiB (25769803776 bytes). Consumer card; FP16 accumulate doubles the FP16 figure.')
ON CONFLICT ((lower(name))) DO UPDATE SET
	vendor = EXCLUDED.vendor,
	memory_bytes = EXCLUDED.memory_bytes,
	usable_memory_bytes = EXCLUDED.usable_memory_bytes,
	memory_bandwidth_gbps = EXCLUDED.memory_bandwidth_gbps,
	fp16_tflops = EXCLUDED.fp16_tflops,
	bf16_tflops = EXCLUDED.bf16_tflops,
	fp8_tflops = EXCLUDED.fp8_tflops,
	usd_per_hour = EXCLUDED.usd_per_hour,
	usd_per_hour_source = EXCLUDED.usd_per_hour_source,
	usd_per_hour_as_of = EXCLUDED.usd_per_hour_as_of,
	source = EXCLUDED.source,
	as_of = EXCLUDED.as_of,
	notes = EXCLUDED.notes;

INSERT INTO llmnum.quantizations
	(name, kind, bits_per_weight, source, as_of, notes)
VALUES
('fp32', 'float', 32, 'https://pytorch.org/docs/stable/tensor_attributes.html (IEEE 754 single precision)', '2026-11-27', 'Four bytes per weight.'),
('fp16', 'float', 16, 'https://pytorch.org/docs/stable/tensor_attributes.html (IEEE 754 half precision)', '2026-11-27', 'Two bytes per weight: the list''s 2x parameters rule.'),
('bf16', 'float', 16, 'https://pytorch.org/docs/stable/tensor_attributes.html (bfloat16)', '2026-11-27', 'Two bytes per weight; the usual dtype of published checkpoints.'),
('fp8', 'float', 8, 'https://docs.vllm.ai/en/latest/features/quantization/fp8.html (FP8 E4M3 weights with per-tensor or per-channel scales)', '2026-11-27', 'Scales add a negligible fraction of a bit per weight.'),
('int8', 'integer', 8, 'https://arxiv.org/abs/2208.07339 (LLM.int8(), per-row scales)', '2022-08-15', 'Per-row or per-channel scales add a negligible fraction of a bit.'),
('int4', 'integer', 4, 'Plain 4-bit weights without group scales, the x0.5-of-fp16 rule used by accelerate estimate-memory and can-it-run-llm', '2026-11-27', 'A lower bound: real 4-bit formats store scales (see the gptq, awq, nf4 and gguf rows).'),
('nf4', 'integer', 4.5, 'https://arxiv.org/abs/2305.14314 (QLoRA: 4-bit NormalFloat, one fp32 absmax per 64 weights)', '2023-05-23', 'bitsandbytes 4-bit without double quantization: 4 + 32/64 bits.'),
('nf4-dq', 'integer', 4.127, 'https://arxiv.org/abs/2305.14314 (QLoRA: double quantization lowers the scale cost to 0.127 bits per weight)', '2023-05-23', 'bitsandbytes 4-bit with double quantization (QLoRA default).'),
('gptq-int4-g128', 'gptq', 4.15625, 'https://arxiv.org/abs/2210.17323 (GPTQ); layout of AutoGPTQ/exllama checkpoints: fp16 scale and 4-bit zero point per group of 128', '2022-10-31', '4 + 16/128 + 4/128 bits. Embeddings and lm_head usually stay in fp16, which adds a little more.'),
('gptq-int4-g32', 'gptq', 4.625, 'https://arxiv.org/abs/2210.17323 (GPTQ), group size 32', '2022-10-31', '4 + 16/32 + 4/32 bits.'),
('gptq-int8-g128', 'gptq', 8.1875, 'https://arxiv.org/abs/2210.17323 (GPTQ), 8-bit, group size 128', '2022-10-31', '8 + 16/128 + 8/128 bits.'),
('awq-int4-g128', 'awq', 4.15625, 'https://arxiv.org/abs/2306.00978 (AWQ); AutoAWQ GEMM layout: fp16 scale and 4-bit zero point per group of 128', '2023-06-01', '4 + 16/128 + 4/128 bits. Embeddings and lm_head usually stay in fp16.'),
('Q2_K', 'gguf', 3.1593, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (bits/weight measured on Llama-3.1-8B; stored copy at commit 311c2c9f)', '2026-11-27', 'Whole-file average, mixed tensor types.'),
('Q3_K_S', 'gguf', 3.6429, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('Q3_K_M', 'gguf', 3.91, 'https://github.com/ggerganov/llama.cpp/blob/master/examples/quantize/README.md (older table, Llama-2-7B; commit 02240912)', '2026-11-27', 'Not in the current Llama-3.1-8B table; Llama-2-13B measured 3.89 and 70B 3.85.'),
('Q3_K_L', 'gguf', 4.2979, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('IQ4_XS', 'gguf', 4.4597, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('Q4_0', 'gguf', 4.5, 'ggml block layout (block_q4_0: 32 weights in 16 bytes plus an fp16 scale = 18 bytes), https://github.com/ggml-org/llama.cpp/blob/master/ggml/src/ggml-common.h', '2026-11-27', 'Exact for the block type; a file also carries its output tensor in Q6_K.'),
('Q4_1', 'gguf', 5.0, 'ggml block layout (block_q4_1: 32 weights, fp16 scale and min = 20 bytes), ggml-common.h', '2026-11-27', 'Exact for the block type.'),
('Q4_K_S', 'gguf', 4.6672, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('Q4_K_M', 'gguf', 4.8944, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average: attn_v and ffn_down are kept at Q6_K, hence more than Q4_K''s 4.5. The older Llama-2-7B table gave 4.84.'),
('Q5_0', 'gguf', 5.5, 'ggml block layout (block_q5_0: 32 weights in 22 bytes), ggml-common.h', '2026-11-27', 'Exact for the block type.'),
('Q5_1', 'gguf', 6.0, 'ggml block layout (block_q5_1: 32 weights in 24 bytes), ggml-common.h', '2026-11-27', 'Exact for the block type.'),
('Q5_K_S', 'gguf', 5.5704, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('Q5_K_M', 'gguf', 5.7036, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('Q6_K', 'gguf', 6.5633, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average.'),
('Q8_0', 'gguf', 8.5008, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'Whole-file average (block: 32 weights in 34 bytes = 8.5).'),
('F16', 'gguf', 16.0005, 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md (Llama-3.1-8B; commit 311c2c9f)', '2026-11-27', 'GGUF file in fp16; norms are kept in fp32.')
ON CONFLICT ((lower(name))) DO UPDATE SET
	kind = EXCLUDED.kind,
	bits_per_weight = EXCLUDED.bits_per_weight,
	source = EXCLUDED.source,
	as_of = EXCLUDED.as_of,
	notes = EXCLUDED.notes;

-- END GENERATED

/* ---------------------------------------------------------------------
 * GPU memory
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.gpu_memory(
	model text,
	quant text DEFAULT 'fp16',
	context_tokens integer DEFAULT 4096,
	batch integer DEFAULT 1,
	n_gpus integer DEFAULT 1,
	kv_dtype text DEFAULT 'fp16',
	OUT weights bigint,
	OUT kv_cache bigint,
	OUT activations bigint,
	OUT overhead bigint,
	OUT total bigint,
	OUT per_gpu_total bigint)
RETURNS record
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_gpu_memory';

COMMENT ON FUNCTION llmnum.gpu_memory(text, text, integer, integer, integer, text) IS
'GPU memory in bytes to serve a catalog model: weights (params_total x bits per weight of quant / 8), KV cache (2 x layers x kv_heads x head_dim x kv_dtype bytes per token, for context_tokens x batch), activations, runtime overhead, their total over all GPUs, and what each of n_gpus tensor-parallel GPUs must hold. See docs/gpu-memory.md.';

CREATE FUNCTION llmnum.gpu_fits(
	model text,
	gpu text,
	quant text DEFAULT 'fp16',
	context_tokens integer DEFAULT 4096,
	batch integer DEFAULT 1,
	n_gpus integer DEFAULT 1,
	kv_dtype text DEFAULT 'fp16')
RETURNS boolean
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_gpu_fits';

COMMENT ON FUNCTION llmnum.gpu_fits(text, text, text, integer, integer, integer, text) IS
'True when gpu_memory(...).per_gpu_total fits in the memory of the named GPU (each of n_gpus in tensor parallel): its usable_memory_bytes where known, else memory_bytes.';

CREATE FUNCTION llmnum.gpu_fits(
	params numeric,
	gpu text,
	quant text DEFAULT 'fp16',
	n_gpus integer DEFAULT 1)
RETURNS boolean
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_gpu_fits_params';

COMMENT ON FUNCTION llmnum.gpu_fits(numeric, text, text, integer) IS
'Weights-only check for a model outside the catalog: params x bits per weight / 8, split over n_gpus, plus the runtime overhead, against the GPU''s memory. In fp16 this is the list''s "2x number of parameters" rule; it ignores the KV cache.';

CREATE FUNCTION llmnum.kv_cache_bytes_per_token(model text, kv_dtype text DEFAULT 'fp16')
RETURNS bigint
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_kv_cache_bytes_per_token';

COMMENT ON FUNCTION llmnum.kv_cache_bytes_per_token(text, text) IS
'KV-cache bytes one token of context costs: 2 x layers x kv_heads x head_dim x bytes of kv_dtype (layers x kv_latent_dim x bytes for multi-head latent attention; 0 for embedding models). 819,200 for Llama-2-13B in fp16, the list''s "~1 MB per token".';

CREATE FUNCTION llmnum.max_context_tokens(
	model text,
	gpu text,
	quant text DEFAULT 'fp16',
	batch integer DEFAULT 1,
	n_gpus integer DEFAULT 1,
	kv_dtype text DEFAULT 'fp16')
RETURNS integer
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_max_context_tokens';

COMMENT ON FUNCTION llmnum.max_context_tokens(text, text, text, integer, integer, text) IS
'Longest context (tokens per sequence) for which gpu_fits() holds, at most the model''s context window; 0 when not even one token fits.';

CREATE FUNCTION llmnum.max_batch(
	model text,
	gpu text,
	quant text DEFAULT 'fp16',
	context_tokens integer DEFAULT 4096,
	n_gpus integer DEFAULT 1,
	kv_dtype text DEFAULT 'fp16')
RETURNS integer
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_max_batch';

COMMENT ON FUNCTION llmnum.max_batch(text, text, text, integer, integer, text) IS
'Largest number of concurrent sequences of context_tokens each for which gpu_fits() holds; 0 when not even one fits.';

/* ---------------------------------------------------------------------
 * Training and fine-tuning cost
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.train_cost(
	params numeric,
	tokens numeric,
	gpu text DEFAULT 'A100-80GB',
	mfu numeric DEFAULT 0.5,
	usd_per_gpu_hour numeric DEFAULT NULL,
	n_gpus integer DEFAULT 1,
	OUT flops numeric,
	OUT gpu_hours numeric,
	OUT days numeric,
	OUT usd numeric)
RETURNS record
LANGUAGE C STABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_train_cost';

COMMENT ON FUNCTION llmnum.train_cost(numeric, numeric, text, numeric, numeric, integer) IS
'Cost of training from scratch: flops = 6 x params x tokens; gpu_hours = flops / (dense BF16 (else FP16) peak of the GPU x mfu x 3600); days of wall clock on n_gpus; usd = gpu_hours x usd_per_gpu_hour (NULL: the GPU''s catalog price), rounded to cents. flops, gpu_hours and days carry 15 significant digits.';

CREATE FUNCTION llmnum.finetune_cost(
	params numeric,
	tokens numeric,
	epochs numeric DEFAULT 1,
	method text DEFAULT 'full',
	gpu text DEFAULT 'A100-80GB',
	mfu numeric DEFAULT 0.5,
	usd_per_gpu_hour numeric DEFAULT NULL,
	n_gpus integer DEFAULT 1,
	OUT flops numeric,
	OUT gpu_hours numeric,
	OUT days numeric,
	OUT usd numeric)
RETURNS record
LANGUAGE C STABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_finetune_cost';

COMMENT ON FUNCTION llmnum.finetune_cost(numeric, numeric, numeric, text, text, numeric, numeric, integer) IS
'Cost of fine-tuning on tokens for epochs passes: like train_cost with 6 FLOPs per parameter and token for a full fine-tune and 4 for LoRA (the frozen weights need no gradient).';

/* ---------------------------------------------------------------------
 * The GPU and training numbers of the list, recomputed
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.gpu_numbers(OUT key text, OUT value numeric, OUT unit text, OUT derivation text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT 'train_13b_cost',
		   t.usd,
		   'USD',
		   format('6 x 13e9 params x 1.4e12 tokens = %s FLOPs; at 50%% MFU of an A100-80GB (%s dense BF16 TFLOPS) that is %s GPU-hours, $%s at the catalog''s $%s per GPU-hour, and $%s at the list''s own $5 (the "~$1M" reproduces).',
				  t.flops::float8, g.bf16_tflops, round(t.gpu_hours), t.usd, g.usd_per_hour, l.usd)
	FROM llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5) t,
		 llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 5) l,
		 llmnum.gpus g
	WHERE g.name = 'A100-80GB'
	UNION ALL
	SELECT 'finetune_vs_train_cost',
		   round(f.gpu_hours / t.gpu_hours, 9),
		   'cost ratio',
		   format('Full fine-tune of a 13B model on 1.33M tokens (1M words of Shakespeare at 0.75 words per token) for 3 epochs: %s GPU-hours ($%s) against %s GPU-hours ($%s) to train it on 1.4T tokens; same GPU, so the ratio is 3 x 1.33e6 / 1.4e12.',
				  round(f.gpu_hours, 2), f.usd, round(t.gpu_hours), t.usd)
	FROM llmnum.finetune_cost(13e9, round(1e6 / 0.75), 3) f,
		 llmnum.train_cost(13e9, 1.4e12) t
	UNION ALL
	SELECT 'gpu_memory_capacity',
		   round(max(g.memory_bytes) / 1073741824.0, 1),
		   'GB per GPU (datasheet GB, which are GiB; largest in the catalog)',
		   format('Catalog memory per GPU, in the datasheets'' GB (GiB): %s. The list''s V100 16, A10G 24 and A100 40/80 are unchanged; newer GPUs reach %s.',
				  string_agg(format('%s %s', g.name, round(g.memory_bytes / 1073741824.0)), ', '
							 ORDER BY g.memory_bytes, g.name),
				  round(max(g.memory_bytes) / 1073741824.0))
	FROM llmnum.gpus g
	UNION ALL
	SELECT 'serving_memory_per_parameter',
		   round(m.total::numeric / mo.params_total, 2),
		   'bytes per parameter',
		   format('Llama-2-7B in fp16 at 4,096 tokens of context: weights %s GB (2.00 bytes per parameter), KV cache %s GB, activations %s GB and runtime overhead %s GB, %s GB in all. In Q4_K_M the same setup needs %s GB.',
				  round(m.weights / 1e9, 2), round(m.kv_cache / 1e9, 2),
				  round(m.activations / 1e9, 2), round(m.overhead / 1e9, 2),
				  round(m.total / 1e9, 2), round(q.total / 1e9, 2))
	FROM llmnum.gpu_memory('Llama-2-7B', 'fp16', 4096) m,
		 llmnum.gpu_memory('Llama-2-7B', 'Q4_K_M', 4096) q,
		 llmnum.models mo
	WHERE mo.name = 'Llama-2-7B'
	UNION ALL
	SELECT 'embedding_model_memory',
		   round(s.total / 1e9, 2),
		   'GB',
		   format('all-MiniLM-L6-v2 in fp16, batch of 32 x 256 tokens: weights %s GB, %s GB in all with activations and the runtime overhead. An LLM-based embedder such as e5-mistral-7b-instruct needs %s GB for the same batch.',
				  round(s.weights / 1e9, 3), round(s.total / 1e9, 2), round(e.total / 1e9, 1))
	FROM llmnum.gpu_memory('all-MiniLM-L6-v2', 'fp16', 256, 32) s,
		 llmnum.gpu_memory('e5-mistral-7b-instruct', 'fp16', 256, 32) e
	UNION ALL
	SELECT 'batching_throughput_gain',
		   round(x.b * x.t1 / x.tb, 1),
		   'throughput multiplier (roofline bound)',
		   format('Llama-2-13B in fp16 on an A100-80GB, 1,024 tokens of context: decoding one sequence reads the %s GB of weights and its KV cache for every token, %s ms per step at %s GB/s; the %s sequences that fit (max_batch) share each read of the weights, so a step takes %s ms and yields %s tokens, %sx the throughput. A memory-bandwidth/compute roofline, hence an upper bound; Anyscale measured up to 23x with continuous batching.',
				  round(x.w / 1e9, 1), round(x.t1 * 1000, 1), round(x.bw / 1e9), x.b,
				  round(x.tb * 1000, 1), x.b, round(x.b * x.t1 / x.tb, 1))
	FROM (SELECT s.b, s.w, s.bw,
				 greatest((s.w + s.kv) / s.bw, 2 * s.pa / s.peak) AS t1,
				 greatest((s.w + s.b * s.kv) / s.bw, 2 * s.pa * s.b / s.peak) AS tb
		  FROM (SELECT llmnum.max_batch('Llama-2-13B', 'A100-80GB', 'fp16', 1024) AS b,
					   (llmnum.gpu_memory('Llama-2-13B', 'fp16', 1024)).weights::numeric AS w,
					   llmnum.kv_cache_bytes_per_token('Llama-2-13B')::numeric * 1024 AS kv,
					   g.memory_bandwidth_gbps * 1e9 AS bw,
					   g.fp16_tflops * 1e12 AS peak,
					   coalesce(m.params_active, m.params_total) AS pa
				FROM llmnum.gpus g, llmnum.models m
				WHERE g.name = 'A100-80GB' AND m.name = 'Llama-2-13B') s) x
	UNION ALL
	SELECT 'kv_cache_per_token_13b',
		   round(llmnum.kv_cache_bytes_per_token('Llama-2-13B') / 1e6, 6),
		   'MB per token',
		   format('2 x 40 layers x 40 KV heads x 128 x 2 bytes = %s bytes per token of context for Llama-2-13B in fp16 (OPT-13B: %s). Grouped-query models need far less: Llama-3-8B %s, Llama-3-70B %s bytes; fp8 KV halves each.',
				  llmnum.kv_cache_bytes_per_token('Llama-2-13B'),
				  llmnum.kv_cache_bytes_per_token('OPT-13B'),
				  llmnum.kv_cache_bytes_per_token('Llama-3-8B'),
				  llmnum.kv_cache_bytes_per_token('Llama-3-70B'));
END;

COMMENT ON FUNCTION llmnum.gpu_numbers() IS
'The training and GPU-memory numbers of the list (keys of llmnum.numbers: train_13b_cost, finetune_vs_train_cost, gpu_memory_capacity, serving_memory_per_parameter, embedding_model_memory, batching_throughput_gain, kv_cache_per_token_13b) recomputed from the catalog: value, unit and the derivation in words.';
