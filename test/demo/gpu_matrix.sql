-- What fits where: every base model of the catalog with a published
-- architecture against a row of GPUs, one GPU each, at 4k context (or the
-- model's window if shorter), batch 1.  Fine-tunes, hosts' ids and FP8
-- releases have their base's size (Ollama's tags and FP8 releases refuse
-- fp16: their weights are not stored so).  A cell names the widest format that fits: fp16,
-- fp8, q4 (GGUF Q4_K_M) or "-" when even q4 does not fit.
WITH cell AS (
	SELECT m.name AS model, m.params_total, g.name AS gpu,
		   CASE
			   WHEN llmnum.gpu_fits(m.name, g.name, 'fp16', least(4096, m.context_window)) THEN 'fp16'
			   WHEN llmnum.gpu_fits(m.name, g.name, 'fp8', least(4096, m.context_window)) THEN 'fp8'
			   WHEN llmnum.gpu_fits(m.name, g.name, 'Q4_K_M', least(4096, m.context_window)) THEN 'q4'
			   ELSE '-'
		   END AS fit
	FROM llmnum.models m
	CROSS JOIN llmnum.gpus g
	WHERE m.layers IS NOT NULL AND m.params_total IS NOT NULL
	  AND m.host IS NULL AND m.base_model IS NULL
)
SELECT model,
	   round(params_total / 1e9, 1) AS "params (B)",
	   max(fit) FILTER (WHERE gpu = 'T4') AS "T4 16",
	   max(fit) FILTER (WHERE gpu = 'L4') AS "L4 24",
	   max(fit) FILTER (WHERE gpu = 'A10G') AS "A10G 24",
	   max(fit) FILTER (WHERE gpu = 'RTX-4090') AS "4090 24",
	   max(fit) FILTER (WHERE gpu = 'A100-40GB') AS "A100 40",
	   max(fit) FILTER (WHERE gpu = 'L40S') AS "L40S 48",
	   max(fit) FILTER (WHERE gpu = 'A100-80GB') AS "A100 80",
	   max(fit) FILTER (WHERE gpu = 'H100-80GB') AS "H100 80",
	   max(fit) FILTER (WHERE gpu = 'H200') AS "H200 141",
	   max(fit) FILTER (WHERE gpu = 'B200') AS "B200 180",
	   max(fit) FILTER (WHERE gpu = 'MI300X') AS "MI300X 192"
FROM cell
GROUP BY model, params_total
ORDER BY params_total, model;
