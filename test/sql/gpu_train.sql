-- Training and fine-tuning cost, and the recomputed GPU/training numbers.
\set VERBOSITY default

-- "~$1M to train 13B on 1.4T tokens": 6ND at 50% MFU of an A100 at $5/h.
SELECT flops, round(gpu_hours) AS gpu_hours, usd,
       abs(usd - 1e6) / 1e6 < 0.05 AS within_5pct_of_1m
FROM llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 5);

-- The same run on 2048 GPUs, LLaMA's cluster size: wall-clock days.
SELECT round(days, 2) AS days FROM llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 5, 2048);

-- At the catalog's price, and on other GPUs (BF16 peak).
SELECT g, round(t.gpu_hours) AS gpu_hours, t.usd
FROM unnest(ARRAY['A100-80GB', 'H100-80GB', 'MI300X', 'L40S']) g,
     llmnum.train_cost(13e9, 1.4e12, g) t;

-- Fine-tuning: full and LoRA, and the "< 0.001" ratio.
SELECT 'full' AS method, round(gpu_hours, 3) AS gpu_hours, usd
FROM llmnum.finetune_cost(13e9, 1333333, 3, 'full', 'A100-80GB', 0.5, 5)
UNION ALL
SELECT 'lora', round(gpu_hours, 3), usd
FROM llmnum.finetune_cost(13e9, 1333333, 3, 'LoRA', 'A100-80GB', 0.5, 5);
SELECT f.usd / t.usd < 0.001 AS below_one_thousandth
FROM llmnum.finetune_cost(6e9, 1e8, 1, 'full', 'A100-80GB', 0.5, 5) f,
     llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 5) t;

-- Every recomputed number, keyed like llmnum.numbers.
SELECT key, value, unit FROM llmnum.gpu_numbers() ORDER BY key;
SELECT key, derivation FROM llmnum.gpu_numbers() ORDER BY key;
SELECT count(*) AS keys_known_to_numbers
FROM llmnum.gpu_numbers() g JOIN llmnum.numbers n USING (key);

-- Errors.
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100');
SELECT llmnum.train_cost(13e9, 1.4e12, 'V100-32GB');
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0);
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 1.5);
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 'NaN');
SELECT llmnum.train_cost(0, 1.4e12);
SELECT llmnum.train_cost(-13e9, 1.4e12);
SELECT llmnum.train_cost(13e9, 'Infinity');
SELECT llmnum.train_cost(1e20, 1.4e12);
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, -5);
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 0);
SELECT llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, 5, 0);
SELECT llmnum.finetune_cost(13e9, 1e6, 1, 'qlora');
SELECT llmnum.finetune_cost(13e9, 1e6, 0);
SELECT llmnum.train_cost(13e9, 1e400);

-- NULLs: a NULL price means the catalog's; any other NULL gives NULL.
SELECT (llmnum.train_cost(NULL, 1.4e12)).usd IS NULL AS null_params,
       (llmnum.train_cost(13e9, 1.4e12, NULL)).usd IS NULL AS null_gpu,
       (llmnum.train_cost(13e9, 1.4e12, 'A100-80GB', 0.5, NULL)).usd IS NOT NULL AS null_price_is_catalog,
       (llmnum.finetune_cost(13e9, 1e6, NULL)).usd IS NULL AS null_epochs;

-- A user GPU with its own price is used by name.
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes, bf16_tflops)
VALUES ('our-a100', 'NVIDIA', 85899345920, 312);
INSERT INTO llmnum.user_gpu_prices (gpu, usd_per_hour, valid_from, source)
VALUES ('our-a100', 1.10, '2026-01-01', 'negotiated');
SELECT usd FROM llmnum.train_cost(13e9, 1.4e12, 'Our-A100');
SELECT llmnum.gpu_fits('Llama-2-13B', 'our-a100');
DELETE FROM llmnum.user_gpu_prices WHERE gpu = 'our-a100';
DELETE FROM llmnum.user_gpus WHERE name = 'our-a100';
