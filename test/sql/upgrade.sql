-- The upgrade path: install the oldest released version, add user rows,
-- update one version at a time to the current one, and compare the result
-- with a fresh install: same objects, same definitions, same comments and
-- privileges, same built-in data, and the user rows still there.
\set VERBOSITY terse

-- A fingerprint of everything the extension defines (see test/fingerprint.sql).
\set fingerprint `cat test/fingerprint.sql`

-- The versions on offer, oldest first.
SELECT string_agg(version, ' ' ORDER BY string_to_array(version, '.')::int[]) AS versions,
	   (array_agg(version ORDER BY string_to_array(version, '.')::int[]))[1] AS oldest
FROM pg_available_extension_versions WHERE name = 'llmnum' \gset
SELECT :'oldest' AS oldest_version;

-- A fresh install at the current version.
CREATE DATABASE llmnum_fresh;
CREATE DATABASE llmnum_upgraded;
\c llmnum_fresh
CREATE EXTENSION llmnum;
:fingerprint \gset fresh_

-- The oldest version, with user rows, updated step by step.
\c llmnum_upgraded
SELECT format('CREATE EXTENSION llmnum VERSION %L', :'oldest') \gexec
INSERT INTO llmnum.user_models (name, provider, kind, params_total, source, created_by)
VALUES ('in-house-13b', 'acme', 'chat', 13e9, 'model card', 'postgres');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source, created_by)
VALUES ('in-house-13b', 'output', 0.42, '2024-01-01 00:00+00', 'GPU bill / tokens', 'postgres'),
	   ('gpt-4o', 'input', 2.00, '2025-01-01 00:00+00', 'negotiated', 'postgres');
INSERT INTO llmnum.user_gpus (name, vendor, memory_bytes, source, created_by)
VALUES ('lab-a6000', 'nvidia', 48000000000, 'inventory', 'postgres');

SELECT format('ALTER EXTENSION llmnum UPDATE TO %L', v)
FROM unnest(string_to_array(:'versions', ' ')) WITH ORDINALITY AS u(v, n)
WHERE n > 1 ORDER BY n \gexec

SELECT extension, library FROM llmnum.version();
:fingerprint \gset upgraded_
SELECT :'fresh_fp' = :'upgraded_fp' AS upgraded_equals_fresh;

-- The fingerprint does see a changed comment, definition or built-in row.
BEGIN;
COMMENT ON VIEW llmnum.models IS 'changed';
:fingerprint \gset changed_
SELECT :'changed_fp' = :'upgraded_fp' AS same_after_comment_change;
ROLLBACK;
BEGIN;
UPDATE llmnum.builtin_prices SET notes = 'changed' WHERE model = 'gpt-4' AND component = 'input';
:fingerprint \gset changed_
SELECT :'changed_fp' = :'upgraded_fp' AS same_after_data_change;
ROLLBACK;
BEGIN;
ALTER TABLE llmnum.user_gpus ALTER COLUMN notes SET DEFAULT 'changed';
:fingerprint \gset changed_
SELECT :'changed_fp' = :'upgraded_fp' AS same_after_default_change;
ROLLBACK;

-- User rows survived every step.
SELECT origin, name, params_total FROM llmnum.models WHERE origin = 'user';
SELECT origin, model, component, usd_per_mtok FROM llmnum.prices WHERE origin = 'user' ORDER BY model;
SELECT origin, name FROM llmnum.gpus WHERE origin = 'user';

\c contrib_regression
DROP DATABASE llmnum_fresh;
DROP DATABASE llmnum_upgraded;
