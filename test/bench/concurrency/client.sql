-- Concurrency check, one pgbench transaction of client :cid (= pgbench's
-- client_id + :offset).  Reads the catalog, then writes overrides of its
-- own model names only and checks inside the transaction that gen_cost and
-- count_tokens see them; an unexpected value divides by zero (an error
-- that pgbench reports).  The writes leave the same state however many
-- transactions run: a temporary period and model are added and removed,
-- the permanent price is set to a value depending on :cid alone.
\set cid :client_id + :offset
\set p random(1, :npoints)
\set g random(1, :ngpu)
\set t random(0, 63)
\set tin random(0, 1000000)
\set tout random(0, 100000)
\set day random(0, 3000)
SELECT llmnum.gen_cost(model, :tin, :tout, at) FROM bench_points WHERE id = :p;
SELECT count(*) FROM bench_points b, llmnum.price_at(b.model, b.at) WHERE b.id = :p;
SELECT llmnum.count_tokens(body, enc), llmnum.estimate_tokens(body) FROM bench_texts WHERE id = :t;
SELECT llmnum.gpu_fits(model, gpu, 'fp16', 4096), llmnum.kv_cache_bytes_per_token(model) FROM bench_gpu WHERE id = :g;
BEGIN;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, valid_to)
VALUES ('conc-' || :cid, 'input', 7, '2030-01-01', '2030-02-01');
UPDATE llmnum.user_prices SET usd_per_mtok = 9
WHERE model = 'conc-' || :cid AND component = 'input' AND valid_from = '2030-01-01';
SELECT 1 / (llmnum.gen_cost('conc-' || :cid, :tin, :tout, '2030-01-15')
			= (:tin * 9 + :tout * (:cid + 1) * 0.1) / 1000000)::int;
SELECT 1 / (llmnum.gen_cost('conc-' || :cid, :tin, :tout, '2020-01-01'::timestamptz + :day * interval '1 day')
			= (:tin * (:cid + 1) * 0.01 + :tout * (:cid + 1) * 0.1) / 1000000)::int;
DELETE FROM llmnum.user_prices WHERE model = 'conc-' || :cid AND valid_from = '2030-01-01';
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
VALUES ('conc-' || :cid || '-tmp', 'bench', 'chat', 'r50k_base', 'temporary');
SELECT 1 / (llmnum.count_tokens(body, 'conc-' || :cid || '-tmp') = llmnum.count_tokens(body, 'r50k_base'))::int
FROM bench_texts WHERE id = :t;
DELETE FROM llmnum.user_models WHERE name = 'conc-' || :cid || '-tmp';
UPDATE llmnum.user_prices SET usd_per_mtok = (:cid + 1) * 0.1, source = 'updated by client ' || :cid
WHERE model = 'conc-' || :cid AND component = 'output';
COMMIT;
