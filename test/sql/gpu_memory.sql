-- GPU memory model: the list's numbers, GQA, MoE, quantization, tensor
-- parallelism, the inverse questions, and errors.
\set VERBOSITY default

-- "2x number of parameters": 7B in fp16 is about 14 GB of weights.
SELECT weights, round(weights / 1e9, 2) AS weights_gb,
       weights BETWEEN 13e9 AND 15e9 AS about_14_gb
FROM llmnum.gpu_memory('Llama-2-7B');

-- The whole row, and the parts add up.
SELECT *, total = weights + kv_cache + activations + overhead AS adds_up
FROM llmnum.gpu_memory('Llama-2-13B', 'fp16', 2048);

-- Llama-2-13B in fp16: not on an A10G (24 GB), yes on an A100-40GB at 2k.
SELECT llmnum.gpu_fits('Llama-2-13B', 'A10G', 'fp16', 2048) AS a10g,
       llmnum.gpu_fits('Llama-2-13B', 'A100-40GB', 'fp16', 2048) AS a100_40gb,
       llmnum.gpu_fits('llama-2-13b', 'a100-40gb', context_tokens => 4096, batch => 8) AS a100_40gb_batch8;

-- Usable memory: a T4 has 16 GiB but the driver leaves 15,360 MiB (ECC).
SELECT name, memory_bytes, usable_memory_bytes
FROM llmnum.gpus WHERE usable_memory_bytes IS NOT NULL ORDER BY memory_bytes, name;
SELECT (llmnum.gpu_memory('Llama-2-7B', 'fp16', 4096)).per_gpu_total AS needs_4k,
       llmnum.gpu_fits('Llama-2-7B', 'T4', 'fp16', 4096) AS t4_4k,
       llmnum.gpu_fits('Llama-2-7B', 'T4', 'fp16', 2048) AS t4_2k;

-- KV cache per token: ~1 MB for a 13B MHA model, far less with GQA.
SELECT name, llmnum.kv_cache_bytes_per_token(name) AS fp16,
       llmnum.kv_cache_bytes_per_token(name, 'fp8') AS fp8
FROM (VALUES ('Llama-2-13B'), ('OPT-13B'), ('Llama-3-8B'), ('Llama-3-70B'),
             ('Llama-2-70B'), ('falcon-7b'), ('Mixtral-8x7B-v0.1'),
             ('DeepSeek-V3'), ('all-MiniLM-L6-v2')) v(name);

-- Mixtral: weights come from the total (46.7B), not the active (12.9B).
SELECT m.params_total, m.params_active, g.weights,
       g.weights = ceil(m.params_total * 2) AS uses_total
FROM llmnum.models m, llmnum.gpu_memory('Mixtral-8x7B-v0.1', 'bf16') g
WHERE m.name = 'Mixtral-8x7B-v0.1';

-- Q4_K_M uses llama.cpp's measured 4.8944 bits per weight.
SELECT q.bits_per_weight, g.weights,
       g.weights = ceil(8030261248 * q.bits_per_weight / 8) AS uses_llamacpp_bpw
FROM llmnum.quantizations q, llmnum.gpu_memory('Llama-3.1-8B', 'q4_k_m') g
WHERE q.name = 'Q4_K_M';

-- Every format on one model.
SELECT q.name, q.bits_per_weight, round(g.weights / 1e9, 2) AS weights_gb
FROM llmnum.quantizations q, llmnum.gpu_memory('Llama-3-70B', q.name) g
ORDER BY q.bits_per_weight, q.name;

-- Tensor parallel: weights split, 8 KV heads split over up to 8 GPUs and
-- replicated beyond, overhead on every GPU.
SELECT n_gpus, weights, kv_cache, overhead, per_gpu_total,
       llmnum.gpu_fits('Llama-3-70B', 'H100-80GB', 'bf16', 8192, 1, n_gpus) AS fits_h100
FROM generate_series(1, 16) n_gpus, llmnum.gpu_memory('Llama-3-70B', 'bf16', 8192, 1, n_gpus)
WHERE n_gpus IN (1, 2, 4, 8, 16);

-- Sliding windows: the windowed layers stop growing at 4,096 tokens.
SELECT name, kv_cache
FROM (VALUES ('gemma-2-9b'), ('Mistral-7B-v0.1'), ('Mistral-7B-v0.3')) v(name),
     llmnum.gpu_memory(name, 'bf16', 8192)
ORDER BY name;
-- Gemma 3: five layers in six keep a 1,024-token window (512 for 1B), so at
-- 131,072 tokens the 27B's cache is the 10 global layers' 131,072 tokens
-- plus the 52 others' 1,024 (2 x 16 KV heads x 128 x 2 bytes each).
SELECT name, context, kv_cache
FROM (VALUES ('gemma-3-27b-it', 131072), ('gemma-3-27b-it', 1024), ('gemma-3-1b-it', 32768)) v(name, context),
     llmnum.gpu_memory(name, 'bf16', context);
SELECT llmnum.gpu_memory('gemma-3-1b-it', 'bf16', 32769);

-- Embedding models: no KV cache; the list's ~1 GB holds for small encoders only.
SELECT name, weights, kv_cache, round(total / 1e9, 2) AS total_gb
FROM (VALUES ('all-MiniLM-L6-v2'), ('bge-large-en-v1.5'), ('e5-mistral-7b-instruct')) v(name),
     llmnum.gpu_memory(name, 'fp16', 512, 32)
ORDER BY weights;

-- The raw-parameter form: weights plus runtime overhead only.
SELECT llmnum.gpu_fits(7e9, 'T4') AS "7b_fp16_t4",
       llmnum.gpu_fits(7e9, 'T4', 'int8') AS "7b_int8_t4",
       llmnum.gpu_fits(13e9, 'RTX-4090', 'fp16') AS "13b_fp16_4090",
       llmnum.gpu_fits(70e9, 'H100-80GB', 'fp16', 2) AS "70b_fp16_2xh100",
       llmnum.gpu_fits(405e9, 'MI300X', 'fp8') AS "405b_fp8_mi300x";

-- The inverse questions.
SELECT llmnum.max_context_tokens('Llama-3.1-8B', 'L4') AS l4_fp16,
       llmnum.max_context_tokens('Llama-3.1-8B', 'L4', 'fp8') AS l4_fp8,
       llmnum.max_context_tokens('Llama-3.1-8B', 'A100-80GB') AS a100_capped_at_window,
       llmnum.max_context_tokens('Llama-2-13B', 'A10G') AS does_not_fit;
SELECT llmnum.max_batch('Llama-3-8B', 'A10G', 'fp16', 8192) AS a10g,
       llmnum.max_batch('Llama-3-8B', 'H100-80GB', 'fp16', 8192) AS h100,
       llmnum.max_batch('Llama-3-8B', 'H100-80GB', 'fp16', 8192, 1, 'fp8') AS h100_fp8_kv,
       llmnum.max_batch('Llama-3-70B', 'H100-80GB', 'bf16', 8192, 2) AS h100x2_70b;
-- max_batch's answer fits, one more does not.
SELECT llmnum.gpu_fits('Llama-3-8B', 'A10G', 'fp16', 8192, b) AS fits,
       llmnum.gpu_fits('Llama-3-8B', 'A10G', 'fp16', 8192, b + 1) AS one_more
FROM llmnum.max_batch('Llama-3-8B', 'A10G', 'fp16', 8192) b;

-- A user model shadows nothing here but is found by every function.
INSERT INTO llmnum.user_models (name, provider, kind, params_total, layers, hidden_size,
                                attention_heads, kv_heads, head_dim, context_window)
VALUES ('in-house-3b', 'us', 'chat', 3e9, 26, 3072, 24, 8, 128, 16384);
SELECT llmnum.kv_cache_bytes_per_token('In-House-3B') AS kv,
       llmnum.gpu_fits('in-house-3b', 'T4', 'fp16', 16384) AS t4;
DELETE FROM llmnum.user_models WHERE name = 'in-house-3b';

-- An id that names its checkpoint's format (a quantized repository, an Ollama
-- tag, a GGUF file) sizes those weights: a quant that the id contradicts,
-- the default fp16 included, is an error, and the agreeing one is the
-- same memory as the base model in that format.
SELECT llmnum.gpu_memory('llama3.1:8b-instruct-q4_K_M');
SELECT llmnum.gpu_memory('Qwen/Qwen2.5-72B-Instruct-AWQ', 'gptq-int4-g128');
SELECT llmnum.gpu_fits('neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8', 'L4', 'int8');
SELECT llmnum.max_batch('unsloth/Llama-3.2-3B-Instruct-bnb-4bit', 'T4');
SELECT llmnum.max_context_tokens('gpt-oss:20b-mxfp4', 'L4', 'int4');
SELECT (llmnum.gpu_memory('llama3.1:8b-instruct-q4_K_M', 'Q4_K_M')).total
       = (llmnum.gpu_memory('Llama-3.1-8B-Instruct', 'Q4_K_M')).total AS same_as_base,
       (llmnum.gpu_memory('Qwen/Qwen2.5-72B-Instruct-AWQ', 'awq-int4-g128')).weights AS awq_weights,
       llmnum.gpu_fits('hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M', 'T4', 'q4_k_m') AS gguf_on_t4,
       llmnum.gpu_fits('RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w8a8', 'L4', 'int8') AS w8a8_on_l4,
       (llmnum.gpu_memory('llama3.1:8b-instruct-fp16', 'F16')).total
       = (llmnum.gpu_memory('Llama-3.1-8B-Instruct', 'F16')).total AS fp16_tag;
-- Ollama runs GGUF files: a tag without a type needs one, any GGUF type will do
SELECT llmnum.gpu_fits('ollama/llama3.1:8b', 'T4');
SELECT llmnum.gpu_memory('llama3.1:8b-instruct-fp16', 'bf16');
SELECT llmnum.gpu_fits('ollama/llama3.1:8b', 'T4', 'Q4_K_M') AS q4_k_m_on_t4,
       llmnum.gpu_fits('ollama/llama3.1:8b', 'T4', 'F16') AS f16_on_t4;
-- token counts take the base model's own tokenizer
SELECT llmnum.count_tokens('Quantized weights count the same tokens.', 'Qwen/Qwen2.5-72B-Instruct-AWQ')
       = llmnum.count_tokens('Quantized weights count the same tokens.', 'Qwen2.5-72B-Instruct') AS same_tokens;

-- Errors: unknown and ambiguous names, with hints.
SELECT llmnum.gpu_memory('Llama-2-13');
SELECT llmnum.gpu_fits('Llama-2-13B', 'A100');
SELECT llmnum.gpu_fits('Llama-2-13B', 'H100');
SELECT llmnum.gpu_fits('Llama-2-13B', 'L40');
SELECT llmnum.gpu_memory('Llama-2-13B', 'q4_k');
SELECT llmnum.kv_cache_bytes_per_token('Llama-2-13B', 'fp6');
-- (the hints for these two depend on every name in the catalog: terse)
\set VERBOSITY terse
SELECT llmnum.gpu_memory('');
SELECT llmnum.gpu_memory(repeat('x', 100000));
\set VERBOSITY default
SELECT llmnum.gpu_memory('Llama-2-13B ');
SELECT llmnum.gpu_memory('Llamä-2-13B');

-- Errors: zero, negative, out-of-window and absurd sizes.
SELECT llmnum.gpu_memory('Llama-2-13B', context_tokens => 0);
SELECT llmnum.gpu_memory('Llama-2-13B', context_tokens => -1);
SELECT llmnum.gpu_memory('Llama-2-13B', context_tokens => 8192);
SELECT llmnum.gpu_memory('Llama-2-13B', batch => 0);
SELECT llmnum.gpu_memory('Llama-2-13B', n_gpus => -2);
SELECT llmnum.gpu_memory('Llama-2-13B', n_gpus => 2000000);
SELECT llmnum.gpu_fits(0, 'T4');
SELECT llmnum.gpu_fits(-7e9, 'T4');
SELECT llmnum.gpu_fits('NaN'::numeric, 'T4');
SELECT llmnum.gpu_fits('Infinity'::numeric, 'T4');
SELECT llmnum.gpu_fits(1e30, 'T4');
SELECT llmnum.max_batch('Llama-2-13B', 'A100', 'fp16');

SELECT llmnum.max_context_tokens('Llama-2-13B', 'A100-80GB', 'fp16', 0);
SELECT llmnum.max_batch('Llama-2-13B', 'A100-80GB', 'fp16', 0);
SELECT llmnum.gpu_fits(7e9, 'T4', 'int3');
SELECT llmnum.kv_cache_bytes_per_token('Llama-3-8B', 'FP8_E4M3') AS dtype_case_insensitive;

-- Huge but countable: 2^31-1 sequences of 131,072 tokens overflow cleanly.
SELECT llmnum.gpu_memory('Llama-3.1-405B', 'fp32', 131072, 2147483647, 1, 'fp32');
SELECT llmnum.gpu_fits('Llama-3.1-405B', 'B200', 'fp32', 131072, 2147483647, 1, 'fp32');

-- A model without an architecture (as API models have) is a clear error.
INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('some-api-model', 'x', 'chat');
SELECT llmnum.gpu_memory('some-api-model');
DELETE FROM llmnum.user_models WHERE name = 'some-api-model';

-- NULL in, NULL out.
SELECT llmnum.gpu_memory(NULL) IS NULL AS null_model,
       llmnum.gpu_fits('Llama-2-7B', NULL) IS NULL AS null_gpu,
       llmnum.kv_cache_bytes_per_token('Llama-2-7B', NULL) IS NULL AS null_dtype,
       llmnum.max_batch('Llama-2-7B', 'T4', NULL) IS NULL AS null_quant;
