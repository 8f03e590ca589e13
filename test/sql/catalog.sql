-- The installed objects, their comments, and llmnum.version().
\set VERBOSITY terse

-- Every object of the extension, by kind.
SELECT pg_describe_object(classid, objid, objsubid) AS object
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'llmnum')
ORDER BY 1;

-- Every member object carries a comment (none may be listed here).
SELECT pg_describe_object(classid, objid, objsubid) AS without_comment
FROM pg_depend d
WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'llmnum')
  AND obj_description(objid, (SELECT relname FROM pg_class WHERE oid = d.classid)) IS NULL
ORDER BY 1;

-- Every function states its volatility and parallel safety on purpose.
SELECT p.oid::regprocedure AS function, p.provolatile AS volatility,
	   p.proparallel AS parallel, p.proisstrict AS strict, p.prosecdef AS security_definer
FROM pg_proc p
WHERE p.pronamespace = 'llmnum'::regnamespace
ORDER BY p.oid::regprocedure::text COLLATE "C";

-- The extension lives in schema llmnum and cannot be moved.
SELECT extname, extnamespace::regnamespace, extrelocatable FROM pg_extension WHERE extname = 'llmnum';
ALTER EXTENSION llmnum SET SCHEMA public;

-- Versions: the SQL version, the library version, and the catalog date.
SELECT extension = (SELECT default_version FROM pg_available_extensions WHERE name = 'llmnum') AS extension_is_current,
	   library = extension AS library_matches,
	   catalog >= date '2024-10-02' AS catalog_dated
FROM llmnum.version();
SELECT llmnum.library_version() ~ '^[0-9]+\.[0-9]+\.[0-9]+$' AS library_version_format;

-- The user tables are the ones pg_dump keeps.
SELECT c.relname, e.extcondition
FROM pg_extension x, unnest(x.extconfig, x.extcondition) AS e(extconfig, extcondition)
JOIN pg_class c ON c.oid = e.extconfig
WHERE x.extname = 'llmnum'
ORDER BY 1;

-- Row counts of the seeded catalog.
SELECT 'builtin_models' AS tbl, count(*) FROM llmnum.builtin_models
UNION ALL SELECT 'builtin_prices', count(*) FROM llmnum.builtin_prices
UNION ALL SELECT 'builtin_price_gaps', count(*) FROM llmnum.builtin_price_gaps
UNION ALL SELECT 'numbers', count(*) FROM llmnum.numbers
UNION ALL SELECT 'user_models', count(*) FROM llmnum.user_models
UNION ALL SELECT 'user_prices', count(*) FROM llmnum.user_prices
UNION ALL SELECT 'user_gpus', count(*) FROM llmnum.user_gpus;

-- Every seeded row names a source and a date.
SELECT count(*) AS unsourced FROM (
	SELECT source, as_of FROM llmnum.builtin_models
	UNION ALL SELECT source, as_of FROM llmnum.builtin_prices
	UNION ALL SELECT source, as_of FROM llmnum.builtin_price_gaps
	UNION ALL SELECT source, as_of FROM llmnum.builtin_gpus
	UNION ALL SELECT source, as_of FROM llmnum.quantizations
	UNION ALL SELECT source, as_of FROM llmnum.numbers) s
WHERE source IS NULL OR source = '' OR as_of IS NULL;

-- Every built-in price belongs to a model with a valid period, and the
-- periods of one model, component and tier do not overlap.
SELECT count(*) AS overlapping_pairs
FROM llmnum.builtin_prices a JOIN llmnum.builtin_prices b
  ON lower(a.model) = lower(b.model) AND a.component = b.component
 AND a.tier_above_tokens = b.tier_above_tokens AND a.valid_from < b.valid_from
 AND tstzrange(a.valid_from, a.valid_to) && tstzrange(b.valid_from, b.valid_to);

-- Functions written in SQL or PL/pgSQL cannot be hijacked through
-- search_path: their bodies are bound at creation (BEGIN ATOMIC) or they
-- pin search_path.  None may be listed here.
SELECT p.oid::regprocedure AS hijackable
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'llmnum'::regnamespace
  AND l.lanname IN ('sql', 'plpgsql')
  AND p.prosqlbody IS NULL
  AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')
ORDER BY p.oid::regprocedure::text;

-- Every function that is not a trigger can run in parallel workers, but
-- import_prices, load_ecb_rates, citus_sync and citus_apply, which write
-- user rows.
SELECT p.oid::regprocedure AS parallel_restricted
FROM pg_proc p
WHERE p.pronamespace = 'llmnum'::regnamespace
  AND p.prorettype <> 'trigger'::regtype AND p.proparallel <> 's'
  AND p.proname NOT IN ('import_prices', 'load_ecb_rates', 'citus_sync', 'citus_apply')
ORDER BY p.oid::regprocedure::text;

-- No function runs with its owner's rights.
SELECT p.oid::regprocedure AS security_definer
FROM pg_proc p
WHERE p.pronamespace = 'llmnum'::regnamespace AND p.prosecdef;
