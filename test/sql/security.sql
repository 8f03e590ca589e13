-- search_path hijacking and what an unprivileged role may do.
-- (privileges.sql covers row ownership of user_models/user_prices; this
-- file covers every relation, every function and user_gpus.)
\set VERBOSITY terse

CREATE ROLE llmnum_mallory;
CREATE ROLE llmnum_carol;
CREATE SCHEMA evil AUTHORIZATION llmnum_mallory;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_gpus TO llmnum_carol;

-- The calls: every SQL-language and PL/pgSQL function, every view, and the
-- C functions whose catalog lookups run SPI (tokenizer model names and
-- their hints, the price cache, the GPU, model and quantization lookups).
CREATE TABLE public.security_calls (n int, stmt text);
GRANT SELECT ON public.security_calls TO PUBLIC;
INSERT INTO public.security_calls VALUES
 (1, $$SELECT extension FROM llmnum.version()$$),
 (2, $$SELECT count(*) || ' ' || sum(usd_per_mtok) FROM llmnum.price_at('gpt-4o', '2025-06-01')$$),
 (3, $$SELECT count(*) || ' ' || sum(usd_per_mtok) FROM llmnum.price_history('GPT-4')$$),
 (4, $$SELECT string_agg(coalesce(recomputed_low::text, '-'), ',' ORDER BY ordinal) FROM llmnum.numbers_as_of('2025-06-01')$$),
 (5, $$SELECT count(*) FROM llmnum.gpu_numbers()$$),
 (6, $$SELECT llmnum.gen_cost_of_text('gpt-4o', 'hello world', 'a reply of a few words', '2025-06-01')$$),
 (7, $$SELECT llmnum.selfhost_cost_per_mtok(1.20, 9000)$$),
 (8, $$SELECT llmnum.selfhost_vs_api_ratio('text-embedding-ada-002', 1.20, 9000, '2023-05-08')$$),
 (9, $$SELECT count(*) FROM llmnum.unpriced_usage('public.security_usage')$$),
 (10, $$SELECT count(*) || ' ' || md5(string_agg(name, ',' ORDER BY name)) FROM llmnum.models$$),
 (11, $$SELECT count(*) || ' ' || sum(usd_per_mtok) FROM llmnum.prices$$),
 (12, $$SELECT count(*) || ' ' || sum(memory_bytes) FROM llmnum.gpus$$),
 (13, $$SELECT llmnum.gen_cost('GPT-4o', 1000, 500, '2025-06-01')$$),
 (14, $$SELECT llmnum.try_gen_cost('gpt-4o', 1000, 500, '2020-01-01')$$),
 (15, $$SELECT llmnum.gen_cost_error('gpt-4o', 1000, 500, '2020-01-01')$$),
 (16, $$SELECT llmnum.price_of('gpt-4o', 'output', '2025-06-01')$$),
 (17, $$SELECT llmnum.resolve_model('GPT-4O-MINI')$$),
 (18, $$SELECT llmnum.embed_vs_generate_ratio('gpt-3.5-turbo', 'text-embedding-ada-002', '2023-05-08')$$),
 (19, $$SELECT llmnum.gen_cost('gpt4o', 1, 1, '2025-06-01')$$),
 (20, $$SELECT llmnum.count_tokens('I''m don''t', 'GPT-4')$$),
 (21, $$SELECT llmnum.estimate_tokens('hello world', 'claude-3-haiku-20240307')$$),
 (22, $$SELECT llmnum.count_tokens('x', 'gpt4o')$$),
 (23, $$SELECT llmnum.tokenize('hello', 'text-embedding-3-small')::text$$),
 (24, $$SELECT total FROM llmnum.gpu_memory('llama-2-13b', 'fp16', 4096)$$),
 (25, $$SELECT llmnum.gpu_fits('Llama-2-13B', 'A100-80GB')$$),
 (26, $$SELECT llmnum.gpu_fits(13e9, 'a100-40gb', 'int8')$$),
 (27, $$SELECT llmnum.kv_cache_bytes_per_token('llama-2-13b')$$),
 (28, $$SELECT llmnum.max_context_tokens('llama-3-8b', 'L4')$$),
 (29, $$SELECT llmnum.max_batch('llama-3-8b', 'H100-80GB', 'int4')$$),
 (30, $$SELECT usd FROM llmnum.train_cost(13e9, 1.4e12)$$),
 (31, $$SELECT usd FROM llmnum.finetune_cost(7e9, 1e9, 2, 'lora')$$),
 (32, $$SELECT llmnum.gpu_fits('llama-2-13b', 'A100')$$),
 (33, $$SELECT llmnum.gpu_memory('llama-2-13b', 'fp17')$$),
 (34, $$SELECT llmnum.gpu_fits('llama-2-13b', 'A101-80GB')$$),
 (35, $$SELECT count(*) FROM llmnum.import_prices('[{"id": "openai", "models": [{"id": "GPT-4o", "prices": {"input_mtok": 2.5, "output_mtok": 10}}]}]', 'genai-prices', '2025-06-01')$$),
 (36, $$SELECT count(*) FROM llmnum.import_prices('{"azure/gpt-4o": {"litellm_provider": "azure", "mode": "chat", "input_cost_per_token": 2.5e-06}}', 'litellm', '2025-06-01')$$);
CREATE TABLE public.security_usage (model text, ts timestamptz, prompt_tokens bigint, completion_tokens bigint);
INSERT INTO public.security_usage VALUES ('gpt-4o', '2025-06-01', 10, 10), ('nope', '2025-06-01', 1, 1);
GRANT SELECT ON public.security_usage TO PUBLIC;

-- Mallory's lookalikes: each one logs its call and returns a wrong answer.
SET ROLE llmnum_mallory;
CREATE TABLE evil.hijack_log (what text);
CREATE FUNCTION evil.hijacked(what text) RETURNS void LANGUAGE plpgsql AS
$$BEGIN INSERT INTO evil.hijack_log VALUES (what); RAISE WARNING 'hijacked by %', what; END$$;
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('lower'); RETURN 'gpt-4o'; END$$;
CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('upper'); RETURN 'GPT-4O'; END$$;
CREATE FUNCTION evil.btrim(text) RETURNS text LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('btrim'); RETURN ''; END$$;
CREATE FUNCTION evil.length(text) RETURNS integer LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('length'); RETURN 0; END$$;
CREATE FUNCTION evil.left(text, integer) RETURNS text LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('left'); RETURN 'a'; END$$;
CREATE FUNCTION evil."coalesce"(text, text) RETURNS text LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('coalesce'); RETURN 'x'; END$$;
CREATE FUNCTION evil.round(numeric, integer) RETURNS numeric LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('round'); RETURN 0; END$$;
CREATE FUNCTION evil.count_tokens(text, text) RETURNS integer LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('count_tokens'); RETURN 0; END$$;
CREATE FUNCTION evil.gen_cost(text, bigint, bigint, timestamptz) RETURNS numeric LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('gen_cost'); RETURN 0; END$$;
CREATE FUNCTION evil.text_eq(text, text) RETURNS boolean LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('= text'); RETURN true; END$$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.text_eq);
CREATE FUNCTION evil.ts_le(timestamptz, timestamptz) RETURNS boolean LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('<= timestamptz'); RETURN true; END$$;
CREATE OPERATOR evil.<= (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = evil.ts_le);
CREATE OPERATOR evil.< (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = evil.ts_le);
CREATE OPERATOR evil.> (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = evil.ts_le);
CREATE FUNCTION evil.num_op(numeric, numeric) RETURNS numeric LANGUAGE plpgsql AS
$$BEGIN PERFORM evil.hijacked('numeric arithmetic'); RETURN 0; END$$;
CREATE OPERATOR evil.* (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = evil.num_op);
CREATE OPERATOR evil./ (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = evil.num_op);
CREATE OPERATOR evil.+ (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = evil.num_op);
CREATE TABLE evil.models (name text, encoding text, kind text);
INSERT INTO evil.models VALUES ('gpt-4o', 'r50k_base', 'chat');
CREATE TABLE evil.prices (model text, component text, usd_per_mtok numeric);
INSERT INTO evil.prices VALUES ('gpt-4o', 'input', 0);
CREATE TABLE evil.gpus (name text, memory_bytes bigint);
INSERT INTO evil.gpus VALUES ('A100-80GB', 1);
CREATE TABLE evil.quantizations (name text, bits_per_weight numeric);
INSERT INTO evil.quantizations VALUES ('fp16', 1);
CREATE TABLE evil.numbers (key text);

-- A fresh session, so that the price cache is first loaded under the
-- hijacking search_path: every call once with evil first, once clean.
\c
-- Runs one statement, returns 'ok: <first column>' or '<sqlstate>: <message>'.
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE stmt INTO r;
	RETURN 'ok: ' || coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

SET ROLE llmnum_mallory;
SET search_path = evil, pg_catalog, public;
CREATE TEMP TABLE hijacked_run AS
SELECT n, pg_temp.try(stmt) AS result FROM public.security_calls;
RESET search_path;
CREATE TEMP TABLE clean_run AS
SELECT n, pg_temp.try(stmt) AS result FROM public.security_calls;
SELECT n, left(h.result, 90) AS result_with_evil_search_path
FROM hijacked_run h ORDER BY n;
SELECT count(*) AS calls, count(*) FILTER (WHERE h.result IS DISTINCT FROM c.result) AS differing
FROM hijacked_run h JOIN clean_run c USING (n);
SELECT n, h.result AS hijacked, c.result AS clean
FROM hijacked_run h JOIN clean_run c USING (n) WHERE h.result IS DISTINCT FROM c.result;
SELECT count(*) AS hijacks FROM evil.hijack_log;
-- The traps work: called directly, they do run.
SET search_path = evil, pg_catalog, public;
SELECT lower('X') AS trap_fires;
RESET search_path;
SELECT what FROM evil.hijack_log;
RESET ROLE;

-- No function is SECURITY DEFINER or pins an unsafe search_path; every
-- object belongs to the extension and to its owner.
SELECT count(*) AS functions,
	   count(*) FILTER (WHERE prosecdef) AS security_definer,
	   count(*) FILTER (WHERE prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')
						AND proconfig IS DISTINCT FROM '{"search_path=pg_catalog, pg_temp"}') AS plpgsql_unpinned,
	   count(*) FILTER (WHERE prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
						AND prosqlbody IS NULL) AS sql_not_atomic
FROM pg_proc WHERE pronamespace = 'llmnum'::regnamespace;
SELECT count(*) AS objects,
	   count(*) FILTER (WHERE owner <> e.extowner) AS foreign_owner,
	   count(*) FILTER (WHERE NOT member) AS not_extension_member
FROM pg_extension e,
	 LATERAL (SELECT c.relowner AS owner, EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
			  AND d.objid = c.oid AND d.refobjid = e.oid AND d.deptype = 'e') AS member
			  FROM pg_class c WHERE c.relnamespace = 'llmnum'::regnamespace AND c.relkind IN ('r', 'v', 'S')
			  UNION ALL
			  SELECT p.proowner, EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
			  AND d.objid = p.oid AND d.refobjid = e.oid AND d.deptype = 'e')
			  FROM pg_proc p WHERE p.pronamespace = 'llmnum'::regnamespace) o
WHERE e.extname = 'llmnum';

-- An unprivileged role reads every relation and may call every function ...
SELECT count(*) AS relations,
	   count(*) FILTER (WHERE has_table_privilege('llmnum_mallory', c.oid, 'SELECT')) AS readable,
	   count(*) FILTER (WHERE has_table_privilege('llmnum_mallory', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')) AS writable
FROM pg_class c WHERE c.relnamespace = 'llmnum'::regnamespace AND c.relkind IN ('r', 'v');
SELECT count(*) AS functions,
	   count(*) FILTER (WHERE has_function_privilege('llmnum_mallory', p.oid, 'EXECUTE')) AS callable
FROM pg_proc p WHERE p.pronamespace = 'llmnum'::regnamespace;
SET ROLE llmnum_mallory;
SELECT c.relname, pg_temp.try(format('SELECT count(*) > 0 FROM llmnum.%I', c.relname)) AS read
FROM pg_class c WHERE c.relnamespace = 'llmnum'::regnamespace AND c.relkind IN ('r', 'v')
ORDER BY 1;
-- ... and changes none of them.
SELECT c.relname, pg_temp.try(format('INSERT INTO llmnum.%I DEFAULT VALUES RETURNING 1', c.relname)) AS "insert",
	   pg_temp.try(format('UPDATE llmnum.%I SET %I = %I RETURNING 1', c.relname, a.attname, a.attname)) AS "update",
	   pg_temp.try(format('DELETE FROM llmnum.%I RETURNING 1', c.relname)) AS "delete",
	   pg_temp.try(format('TRUNCATE llmnum.%I', c.relname)) AS "truncate"
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1
WHERE c.relnamespace = 'llmnum'::regnamespace AND c.relkind IN ('r', 'v')
ORDER BY 1;
SELECT pg_temp.try($$SELECT llmnum.check_price_model()$$) AS trigger_function_direct,
	   pg_temp.try($$CREATE TRIGGER t BEFORE INSERT ON llmnum.user_gpus FOR EACH ROW EXECUTE FUNCTION llmnum.check_price_model()$$) AS new_trigger,
	   pg_temp.try($$ALTER TABLE llmnum.user_gpus DISABLE ROW LEVEL SECURITY$$) AS rls_off,
	   pg_temp.try($$CREATE FUNCTION llmnum.count_tokens(text) RETURNS int LANGUAGE sql AS 'SELECT 0'$$) AS new_function,
	   pg_temp.try($$CREATE OR REPLACE FUNCTION llmnum.selfhost_cost_per_mtok(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0'$$) AS replace_function;
RESET ROLE;

-- user_gpus: a writer changes only its own rows (the other user tables are
-- in privileges.sql).
SET ROLE llmnum_carol;
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes) VALUES ('carol-gpu', 'acme', 1e9);
RESET ROLE;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_gpus TO llmnum_mallory;
SET ROLE llmnum_mallory;
UPDATE llmnum.user_gpus SET memory_bytes = 1 WHERE name = 'carol-gpu';
DELETE FROM llmnum.user_gpus WHERE name = 'carol-gpu';
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes, created_by) VALUES ('forged', 'acme', 1, 'llmnum_carol');
SELECT name, memory_bytes, created_by FROM llmnum.user_gpus;
RESET ROLE;
DELETE FROM llmnum.user_gpus;


-- Lookalikes in pg_temp and public.  pg_temp is searched first for
-- relations and types unless search_path names it, so a caller's
-- temporary domain "float8" or table "prices" would be picked by any
-- unqualified name in a catalog query: domains over every type name the
-- queries could use, with a CHECK that counts its calls, and tables and
-- views named like llmnum's.  A fresh session, so that the catalog cache
-- is loaded with them in place; the default search_path.
CREATE TABLE public.security_clean AS SELECT n, result FROM clean_run;
CREATE TABLE public.security_type_log (what text);
GRANT INSERT, SELECT, DELETE ON public.security_type_log TO PUBLIC;
GRANT SELECT ON public.security_clean TO PUBLIC;
-- public lookalikes (pg_catalog is searched before public)
CREATE DOMAIN public.float8 AS pg_catalog.float8 CHECK (VALUE IS NULL);
CREATE DOMAIN public.numeric AS pg_catalog.numeric CHECK (VALUE IS NULL);
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS $$SELECT 'gpt-4o'$$;
CREATE VIEW public.models AS SELECT 'gpt-4o'::text AS name;
CREATE VIEW public.prices AS SELECT 'gpt-4o'::text AS model, 0::numeric AS usd_per_mtok;
\c
SET ROLE llmnum_mallory;
CREATE FUNCTION pg_temp.try(stmt pg_catalog.text) RETURNS pg_catalog.text LANGUAGE plpgsql AS $$
DECLARE
	r pg_catalog.text;
BEGIN
	EXECUTE stmt INTO r;
	RETURN 'ok: ' OPERATOR(pg_catalog.||) COALESCE(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) SQLERRM;
END
$$;
CREATE FUNCTION pg_temp.trap(what pg_catalog.text) RETURNS pg_catalog.bool LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO public.security_type_log VALUES (what);
	RETURN true;
END
$$;
DO $$
DECLARE
	t pg_catalog.text;
BEGIN
	FOREACH t IN ARRAY '{text,float8,float4,numeric,int2,int4,int8,bool,timestamptz,timestamp,date,name,regclass,oid,bytea,jsonb,json,interval,tstzrange,varchar,bpchar}'::pg_catalog.text[] LOOP
		EXECUTE pg_catalog.format('CREATE DOMAIN pg_temp.%I AS pg_catalog.%I CHECK (pg_temp.trap(%L))', t, t, t);
	END LOOP;
END
$$;
SELECT pg_catalog.count(*) AS temp_domains FROM pg_catalog.pg_type
WHERE typnamespace OPERATOR(pg_catalog.=) pg_catalog.pg_my_temp_schema() AND typtype OPERATOR(pg_catalog.=) 'd';
CREATE TEMP TABLE models (name pg_catalog.text, encoding pg_catalog.text, kind pg_catalog.text);
INSERT INTO pg_temp.models VALUES ('gpt-4o', 'r50k_base', 'chat');
CREATE TEMP TABLE prices (model pg_catalog.text, component pg_catalog.text, usd_per_mtok pg_catalog.numeric);
INSERT INTO pg_temp.prices VALUES ('gpt-4o', 'input', 0);
CREATE TEMP VIEW gpus AS SELECT 'A100-80GB'::pg_catalog.text AS name, 1::pg_catalog.int8 AS memory_bytes;
CREATE TEMP TABLE quantizations (name pg_catalog.text, bits_per_weight pg_catalog.numeric);
CREATE TEMP TABLE user_prices (model pg_catalog.text);
CREATE TEMP TABLE builtin_prices (model pg_catalog.text);
CREATE TEMP TABLE gpu_prices (gpu pg_catalog.text);
CREATE TEMP TABLE numbers (key pg_catalog.text);
CREATE TEMP TABLE sample_texts (name pg_catalog.text, body pg_catalog.text);
-- the traps work: a cast to float8 now runs the domain's check
SELECT 1.5::float8 AS trap_fires;
SELECT what FROM public.security_type_log;
DELETE FROM public.security_type_log;
-- the calls (their own casts qualified, so that only llmnum's names count)
CREATE TEMP TABLE temp_run AS
SELECT c.n, pg_temp.try(pg_catalog.replace(c.stmt, '::text', '::pg_catalog.text')) AS result
FROM public.security_calls c;
SELECT pg_catalog.count(*) AS calls,
	   pg_catalog.count(*) FILTER (WHERE t.result IS DISTINCT FROM c.result) AS differing
FROM pg_temp.temp_run t JOIN public.security_clean c USING (n);
SELECT t.n, t.result AS with_lookalikes, c.result AS clean
FROM pg_temp.temp_run t JOIN public.security_clean c USING (n)
WHERE t.result IS DISTINCT FROM c.result;
SELECT pg_catalog.count(*) AS type_lookalike_calls FROM public.security_type_log;
RESET ROLE;
DISCARD TEMP;
DROP TABLE public.security_clean, public.security_type_log;
DROP DOMAIN public.float8, public.numeric;
DROP FUNCTION public.lower(text);
DROP VIEW public.models, public.prices;
DROP SCHEMA evil CASCADE;
DROP TABLE public.security_calls, public.security_usage;
REVOKE ALL ON llmnum.user_gpus FROM llmnum_carol, llmnum_mallory;
DROP ROLE llmnum_mallory;
DROP ROLE llmnum_carol;
