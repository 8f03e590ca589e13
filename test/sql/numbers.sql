-- The 14 numbers of "Numbers every LLM developer should know".
\set VERBOSITY terse

SELECT ordinal, key, section, value_low, value_high, unit, as_of
FROM llmnum.numbers ORDER BY ordinal;

SELECT ordinal, heading FROM llmnum.numbers ORDER BY ordinal;

-- Each row is documented: a source, an explanation, what is wrong today.
SELECT count(*) FILTER (WHERE length(source) > 20) AS sourced,
	   count(*) FILTER (WHERE length(explanation) > 40) AS explained,
	   count(*) FILTER (WHERE length(known_issues) > 40) AS criticised
FROM llmnum.numbers;

-- The table is reference data: constraints hold for later upgrade scripts.
INSERT INTO llmnum.numbers VALUES
	('Bad Key', 15, 'prompts', 'x', 1, 1, 'u', '2023-01-01', 's', 'e', 'k');
INSERT INTO llmnum.numbers VALUES
	('low_above_high', 15, 'prompts', 'x', 2, 1, 'u', '2023-01-01', 's', 'e', 'k');
INSERT INTO llmnum.numbers VALUES
	('bad_section', 15, 'vibes', 'x', 1, 1, 'u', '2023-01-01', 's', 'e', 'k');
INSERT INTO llmnum.numbers VALUES
	('duplicate_ordinal', 1, 'prompts', 'x', 1, 1, 'u', '2023-01-01', 's', 'e', 'k');
