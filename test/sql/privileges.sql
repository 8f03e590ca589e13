-- Everybody reads the catalog; nobody but its owner changes built-in rows;
-- a role granted write access to a user table changes only its own rows.
\set VERBOSITY terse

CREATE ROLE llmnum_reader;
CREATE ROLE llmnum_alice;
CREATE ROLE llmnum_bob;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_models, llmnum.user_prices TO llmnum_alice, llmnum_bob;

SET ROLE llmnum_reader;
SELECT count(*) > 0 AS can_read_models FROM llmnum.models;
SELECT count(*) > 0 AS can_read_prices FROM llmnum.prices;
SELECT count(*) = 14 AS can_read_numbers FROM llmnum.numbers;
SELECT extension IS NOT NULL AS can_call_version FROM llmnum.version();
UPDATE llmnum.builtin_prices SET usd_per_mtok = 0;
DELETE FROM llmnum.numbers;
INSERT INTO llmnum.user_models (name, provider, kind, source) VALUES ('sneaky', 'x', 'chat', 'x');
RESET ROLE;

SET ROLE llmnum_alice;
INSERT INTO llmnum.user_models (name, provider, kind, source) VALUES ('alice-model', 'alice', 'chat', 'lab');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('alice-model', 'input', 1, '2025-01-01 00:00+00');
-- Rows cannot be created in somebody else's name.
INSERT INTO llmnum.user_models (name, provider, kind, source, created_by)
VALUES ('forged', 'alice', 'chat', 'lab', 'llmnum_bob');
UPDATE llmnum.builtin_models SET context_window = 1;
RESET ROLE;

SET ROLE llmnum_bob;
SELECT name, created_by FROM llmnum.user_models;
-- Bob sees Alice's rows but cannot change or delete them.
UPDATE llmnum.user_prices SET usd_per_mtok = 0 WHERE model = 'alice-model';
DELETE FROM llmnum.user_models WHERE name = 'alice-model';
SELECT model, usd_per_mtok FROM llmnum.user_prices;
RESET ROLE;

SET ROLE llmnum_alice;
UPDATE llmnum.user_prices SET usd_per_mtok = 2 WHERE model = 'alice-model';
SELECT model, usd_per_mtok FROM llmnum.user_prices;
DELETE FROM llmnum.user_prices;
DELETE FROM llmnum.user_models;
RESET ROLE;


-- The catalog cache reads the built-in tables without a query: the same
-- privilege is checked, and a built-in table whose policies would apply
-- to the user is refused rather than read whole.  Each \c starts a new
-- backend, whose first model name loads the cache.
CREATE FUNCTION first_count() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN 'ok: ' || llmnum.count_tokens('hello world', 'gpt-4o');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
REVOKE SELECT ON llmnum.builtin_models FROM PUBLIC;
SET ROLE llmnum_reader;
SELECT first_count() AS without_select;
RESET ROLE;
GRANT SELECT ON llmnum.builtin_models TO PUBLIC;
ALTER TABLE llmnum.builtin_models ENABLE ROW LEVEL SECURITY;
\c
SET ROLE llmnum_reader;
SELECT first_count() AS under_policies;
RESET ROLE;
-- its owner is not subject to the policies
\c
SELECT llmnum.count_tokens('hello world', 'gpt-4o') AS owner_tokens;
ALTER TABLE llmnum.builtin_models DISABLE ROW LEVEL SECURITY;
\c
SET ROLE llmnum_reader;
SELECT llmnum.count_tokens('hello world', 'gpt-4o') AS reader_tokens;
RESET ROLE;
DROP FUNCTION first_count();

REVOKE ALL ON llmnum.user_models, llmnum.user_prices FROM llmnum_alice, llmnum_bob;
DROP ROLE llmnum_reader;
DROP ROLE llmnum_alice;
DROP ROLE llmnum_bob;
