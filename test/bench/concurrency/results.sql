-- Concurrency check: the fixed queries compared between the concurrent
-- and the serial run.
\pset format unaligned
SELECT model, component, tier_above_tokens, usd_per_mtok, valid_from, valid_to, source, created_by
FROM llmnum.user_prices ORDER BY 1, 2, 3, 5;
SELECT name, provider, kind, encoding, source, created_by FROM llmnum.user_models ORDER BY 1;
SELECT sum(llmnum.gen_cost(model, 123457, 7891, at)) FROM bench_points;
SELECT c, llmnum.gen_cost('conc-' || c, 1000000, 100000, '2025-01-01') FROM generate_series(0, 15) AS c;
SELECT sum(llmnum.count_tokens(body, enc)), sum(llmnum.estimate_tokens(body)) FROM bench_texts;
SELECT count(*) FILTER (WHERE llmnum.gpu_fits(model, gpu, 'fp16', 4096)), sum(llmnum.kv_cache_bytes_per_token(model)) FROM bench_gpu;
SELECT count(*) FROM bench_points b, llmnum.price_at(b.model, b.at);
