-- Concurrency check, setup: run as superuser in a fresh database.
-- Reference points every client reads, and for each of :nclients client
-- ids one user model with prices of its own (the writer role owns them).
CREATE EXTENSION llmnum CASCADE;
DO $$ BEGIN CREATE ROLE llmnum_bench_writer LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_models, llmnum.user_prices TO llmnum_bench_writer;

-- Moments where a catalog model prices every count the clients draw (up to
-- 1,000,000 input and 100,000 output tokens: not a host id whose
-- long-context price is unknown, llmnum.builtin_price_gaps).
CREATE TABLE bench_points AS
SELECT row_number() OVER (ORDER BY model, at)::int AS id, model, at
FROM (SELECT DISTINCT model, valid_from + interval '1 day' AS at
	  FROM llmnum.builtin_prices WHERE component = 'output') s
WHERE llmnum.gen_cost_error(model, 1000, 100, at) IS NULL
  AND llmnum.gen_cost_error(model, 1000000, 100000, at) IS NULL;

-- Model and GPU pairs the memory model can answer for.
CREATE FUNCTION pg_temp.gpu_ok(m text, g text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	PERFORM llmnum.gpu_fits(m, g, 'fp16', 4096);
	PERFORM llmnum.kv_cache_bytes_per_token(m);
	RETURN true;
EXCEPTION WHEN OTHERS THEN
	RETURN false;
END $$;
CREATE TABLE bench_gpu AS
SELECT row_number() OVER (ORDER BY m, g)::int AS id, m AS model, g AS gpu
FROM (SELECT m.name AS m, g.name AS g FROM llmnum.models m, llmnum.gpus g
	  WHERE m.layers IS NOT NULL) s
WHERE pg_temp.gpu_ok(m, g);

CREATE TABLE bench_texts AS
SELECT i AS id,
	   (ARRAY['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base', 'gpt-4o', 'gpt-4'])[1 + i % 6] AS enc,
	   repeat('héllo wörld, 東京 🙂 ' || md5(i::text) || E'\n\tcode(x) = 42; ', i % 20 + 1) AS body
FROM generate_series(0, 63) AS i;

GRANT SELECT ON bench_points, bench_gpu, bench_texts TO llmnum_bench_writer;

SET ROLE llmnum_bench_writer;
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
SELECT 'conc-' || c, 'bench', 'chat', 'cl100k_base', 'concurrency check'
FROM generate_series(0, :nclients - 1) AS c;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, valid_to)
SELECT 'conc-' || c, comp, (c + 1) * mult, '2020-01-01', upto
FROM generate_series(0, :nclients - 1) AS c,
	 (VALUES ('input', 0.01, '2030-01-01'::timestamptz), ('output', 0.1, NULL)) AS p(comp, mult, upto);
RESET ROLE;
