-- Budgets, forecasts and currencies: user_budgets, user_exchange_rates,
-- load_ecb_rates, exchange_rate, usd_to, budget_status, spend_forecast,
-- forecast_backtest, spend_change.
\set VERBOSITY default
SET client_min_messages = warning;
SET TIME ZONE 'UTC';

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; m text; d text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
	RETURN s || ': ' || m || coalesce(E'\n  detail: ' || nullif(d, ''), '');
END $$;

-- 1. ECB rates: the small fixture (weekends, Easter holidays, an N/A, a trailing comma)
CREATE TEMP TABLE ecb (line text);
\copy ecb FROM 'test/fixtures/eurofxref-hist-small.csv' WITH (FORMAT text)
SELECT llmnum.load_ecb_rates(string_agg(line, E'\n')) AS loaded FROM ecb;
-- idempotent: the same file again writes nothing
SELECT llmnum.load_ecb_rates(string_agg(line, E'\n')) AS reloaded FROM ecb;
SELECT currency, count(*), min(day), max(day) FROM llmnum.user_exchange_rates GROUP BY 1 ORDER BY 1;
-- a corrected rate is written again; only it
SELECT llmnum.load_ecb_rates(E'Date,USD,JPY,GBP,RUB,\r\n2025-04-25,1.1357,162.8,0.8531,N/A,\r\n2025-04-24,1.1376,162.2,0.8537,N/A,\r\n') AS corrected;
-- eurofxref.csv (the daily file) writes its dates in words
SELECT llmnum.load_ecb_rates(E'Date, USD, JPY, \n2 May 2025, 1.1323, 164.08, ') AS daily_file;
-- malformed files: nothing written
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates('')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Day,USD\n2025-01-02,1.03')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD,usd\n2025-01-02,1.03,1.03')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD,EUR\n2025-01-02,1.03,1')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-02-30,1.03')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-01-02,1,03')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-01-02,-1.03')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-01-02,NaN')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-01-02,0')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-01-02,1.03\n2025-01-02,1.04')$$);
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(NULL)$$);
SELECT count(*) AS rates_after_errors FROM llmnum.user_exchange_rates WHERE day < '2025-02-01';
-- the table refuses what the loader refuses
SELECT pg_temp.err($$INSERT INTO llmnum.user_exchange_rates (currency, day, rate) VALUES ('EUR', '2025-01-02', 1)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_exchange_rates (currency, day, rate) VALUES ('usd', '2025-01-02', 1)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_exchange_rates (currency, day, rate) VALUES ('USD', '2025-01-02', 'NaN')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_exchange_rates (currency, day, rate) VALUES ('USD', '2025-01-02', 'Infinity')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_exchange_rates (currency, day, rate) VALUES ('USD', 'infinity', 1.1)$$);

-- 2. Conversion: exact in numeric, crosses through EUR, weekend and holiday days
SELECT d, llmnum.exchange_rate('USD', d) AS usd_per_eur, llmnum.exchange_rate('gbp', d) AS gbp_per_eur
FROM unnest('{2025-04-25,2025-04-26,2025-04-27,2025-04-18,2025-04-21,2025-03-12}'::date[]) d;
SELECT llmnum.usd_to(1.1357, 'EUR', '2025-04-27') AS one_eur,
	   llmnum.usd_to(1.1357, 'EUR', '2025-04-25') = 1 AS exact,
	   llmnum.usd_to(100, 'JPY', '2025-04-25') AS jpy,
	   llmnum.usd_to(100, 'JPY', '2025-04-25') = 100 * 162.8 / 1.1357 AS is_cross,
	   llmnum.usd_to(11357, 'GBP', '2025-04-25') AS gbp,
	   llmnum.usd_to(-5, 'EUR', '2025-04-25') AS credit,
	   llmnum.usd_to(0, 'EUR', '2025-04-25') AS zero,
	   llmnum.usd_to(12.5, 'usd', '2025-04-25') AS same,
	   llmnum.convert_currency(1, 'EUR', 'USD', '2025-04-25') AS eur_in_usd,
	   llmnum.convert_currency(100, 'GBP', 'JPY', '2025-04-25') = 100 * 162.8 / 0.8531 AS gbp_jpy_cross;
-- the round trip is exact where the division is
SELECT llmnum.convert_currency(llmnum.usd_to(113.57, 'EUR', '2025-04-25'), 'EUR', 'USD', '2025-04-25') AS round_trip;
-- NULL in, NULL out
SELECT llmnum.usd_to(NULL, 'EUR', '2025-04-25') IS NULL AS a, llmnum.usd_to(1, NULL, '2025-04-25') IS NULL AS b,
	   llmnum.usd_to(1, 'EUR', NULL) IS NULL AS c, llmnum.try_usd_to(NULL, 'EUR', '2025-04-25') IS NULL AS d;
-- missing rate: error, or NULL in the try_ form; the same for an unknown currency
SELECT pg_temp.err($$SELECT llmnum.usd_to(1, 'EUR', '2025-05-12')$$);
SELECT pg_temp.err($$SELECT llmnum.usd_to(1, 'EUR', '2025-01-15')$$);
SELECT pg_temp.err($$SELECT llmnum.usd_to(1, 'RUB', '2025-04-25')$$);
SELECT pg_temp.err($$SELECT llmnum.usd_to(1, 'CHF', '2025-04-25')$$);
SELECT llmnum.try_usd_to(1, 'EUR', '2025-05-12') AS missing, llmnum.try_usd_to(1, 'CHF', '2025-04-25') AS unknown,
	   llmnum.try_usd_to(1, 'RUB', '2025-04-25') AS not_published, llmnum.try_usd_to(2.2714, 'EUR', '2025-04-25') AS two_eur,
	   llmnum.exchange_rate('USD', '2025-05-12', 14) AS older_allowed, llmnum.exchange_rate('USD', '2025-05-12', 7, true) AS quiet;
-- invalid arguments raise in both forms
SELECT pg_temp.err($$SELECT llmnum.usd_to('NaN', 'EUR', '2025-04-25')$$);
SELECT pg_temp.err($$SELECT llmnum.try_usd_to('Infinity', 'EUR', '2025-04-25')$$);
SELECT pg_temp.err($$SELECT llmnum.try_usd_to(1, 'EURO', '2025-04-25')$$);
SELECT pg_temp.err($$SELECT llmnum.usd_to(1, 'E1R', '2025-04-25')$$);
SELECT pg_temp.err($$SELECT llmnum.usd_to(1, 'EUR', 'infinity')$$);
SELECT pg_temp.err($$SELECT llmnum.exchange_rate('USD', '2025-04-25', -1)$$);

-- 3. Usage with a known trend and weekly pattern: team "growth" makes
-- 20 calls on a weekday plus one more each week, a third as many on
-- weekends; team "flat" 10 calls a day; each call 1M input tokens of
-- gpt-4o-mini (0.15 USD through 2025).
CREATE TABLE usage (id bigint GENERATED ALWAYS AS IDENTITY, ts timestamptz NOT NULL, team text, model text NOT NULL,
					prompt_tokens bigint NOT NULL, completion_tokens bigint NOT NULL,
					cached_tokens bigint NOT NULL DEFAULT 0);
INSERT INTO usage (ts, team, model, prompt_tokens, completion_tokens)
SELECT d + (c * interval '1 minute') + interval '9 hours', 'growth', 'gpt-4o-mini', 1000000, 0
FROM generate_series('2025-01-06'::date, '2025-04-30'::date, interval '1 day') d,
	 generate_series(1, ((20 + (d::date - '2025-01-06'::date) / 7)
						 * CASE WHEN extract(isodow FROM d) > 5 THEN 1 ELSE 3 END / 3)::int) c;
INSERT INTO usage (ts, team, model, prompt_tokens, completion_tokens)
SELECT d + (c * interval '1 minute') + interval '10 hours', 'flat', 'gpt-4o-mini', 1000000, 0
FROM generate_series('2025-01-06'::date, '2025-04-30'::date, interval '1 day') d, generate_series(1, 10) c;
-- a call nobody can price, in April
INSERT INTO usage (ts, team, model, prompt_tokens, completion_tokens)
VALUES ('2025-04-10 12:00+00', 'flat', 'acme-model-nobody-has', 10, 10);
SELECT team, count(*), round(sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts)), 2) AS usd
FROM usage GROUP BY 1 ORDER BY 1;

-- 4. Budgets: per scope and period; constraints
INSERT INTO llmnum.user_budgets (scope_key, scope_value, period, amount, currency, valid_from, valid_to, notes) VALUES
	('*', '*', 'month', 1000, 'USD', '2025-01-01', NULL, 'all usage'),
	('team', 'growth', 'month', 700, 'EUR', '2025-01-01', '2025-04-15', 'before the raise'),
	('team', 'growth', 'month', 900, 'EUR', '2025-04-15', NULL, 'raised mid-April'),
	('team', 'flat', 'quarter', 500, 'USD', '2025-01-01', NULL, NULL),
	('team', 'flat', 'range', 50, 'USD', '2025-04-01', '2025-04-11', 'a ten-day pilot'),
	('model', 'gpt-4o-mini', 'year', 9000, 'GBP', '2025-01-01', NULL, NULL);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount, valid_from) VALUES ('team', 'growth', 800, '2025-06-01')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('team', 'x', 0)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('team', 'x', -10)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('team', 'x', 'NaN')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('team', 'x', NULL)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount, currency) VALUES ('team', 'x', 10, 'euro')$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, period, amount) VALUES ('team', 'x', 'week', 10)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, period, amount) VALUES ('team', 'x', 'range', 10)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('*', 'x', 10)$$);
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES (' team', 'x', 10)$$);

-- 5. Status in mid-April: spend, budget in force (the raised one), forecast, alert
SELECT scope_key, scope_value, period, period_start, period_end, days_elapsed, days_left, currency_code,
	   round(budget, 2) AS budget, round(spend, 2) AS spend, calls, unpriced_calls, pct_used, forecast,
	   projected_pct, runs_out_on, alert, method
FROM llmnum.budget_status('usage', '2025-04-16', currency => NULL);
-- the day before the raise: the old growth budget
SELECT scope_value, round(budget, 2) AS budget, alert FROM llmnum.budget_status('usage', '2025-04-14', 'team', NULL)
WHERE scope_value = 'growth';
-- everything in USD; the EUR and GBP budgets converted at the rate of "at"
SELECT scope_key, scope_value, currency_code, round(budget, 2) AS budget, round(spend, 2) AS spend, forecast, alert
FROM llmnum.budget_status('usage', '2025-04-16');
-- spend in EUR is the sum of each day's USD at that day's rate
SELECT (SELECT spend FROM llmnum.budget_status('usage', '2025-04-16', 'team', 'EUR') WHERE scope_value = 'growth')
	 = (SELECT sum(llmnum.usd_to(usd, 'EUR', day))
		FROM (SELECT ts::date AS day, sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS usd
			  FROM usage WHERE team = 'growth' AND ts >= '2025-04-01' AND ts < '2025-04-17' GROUP BY 1) d) AS per_day_rate;
-- a just-started period (day 1 of a quarter): forecast from the weeks before
SELECT scope_value, period, period_start, period_end, days_elapsed, round(spend, 2) AS spend, forecast, alert, method
FROM llmnum.budget_status('usage', '2025-04-01', 'team', 'USD');
-- a team that started on day 1: the mean of its days, not a weekly profile
INSERT INTO usage (ts, team, model, prompt_tokens, completion_tokens)
SELECT '2025-04-14 09:00+00'::timestamptz + g * interval '1 hour', 'new', 'gpt-4o-mini', 1000000, 0
FROM generate_series(0, 47) g;
INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('team', 'new', 100);
SELECT scope_value, round(spend, 2) AS spend, forecast, projected_pct, runs_out_on, alert, method
FROM llmnum.budget_status('usage', '2025-04-15', 'team', 'USD') WHERE scope_value = 'new';
-- exceeded: the day it ran out is the day the actual spend passed the budget
UPDATE llmnum.user_budgets SET amount = 5 WHERE scope_value = 'new';
SELECT scope_value, round(spend, 2) AS spend, pct_used, runs_out_on, alert
FROM llmnum.budget_status('usage', '2025-04-15', 'team', 'USD') WHERE scope_value = 'new';
UPDATE llmnum.user_budgets SET amount = 8 WHERE scope_value = 'new';
SELECT scope_value, round(spend, 2) AS spend, forecast, runs_out_on, alert
FROM llmnum.budget_status('usage', '2025-04-14', 'team', 'USD') WHERE scope_value = 'new';
DELETE FROM usage WHERE team = 'new';
DELETE FROM llmnum.user_budgets WHERE scope_value = 'new';
-- an empty period: no usage in August, none in the 8 weeks before
SELECT scope_key, scope_value, round(spend, 2) AS spend, calls, forecast, runs_out_on, alert, method
FROM llmnum.budget_status('usage', '2025-08-05', '*', 'USD');
-- a missing rate is an error, never a silent conversion
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', '2025-05-20', 'team', 'EUR')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', '2025-04-16', 'team', 'CHF')$$);
-- bad arguments
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', NULL)$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', 'infinity')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', '2025-04-16', currency => 'dollars')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status(0::regclass, '2025-04-16')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', '2025-04-16', model_column => NULL)$$);
INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('project', 'apollo', 10);
SELECT pg_temp.err($$SELECT * FROM llmnum.budget_status('usage', '2025-04-16')$$);
SELECT count(*) AS team_rows FROM llmnum.budget_status('usage', '2025-04-16', 'team');
DELETE FROM llmnum.user_budgets WHERE scope_key = 'project';
SELECT count(*) AS no_budgets FROM llmnum.budget_status('usage', '1999-01-01');

-- 6. The forecast engine on a known series
SELECT * FROM llmnum.spend_forecast('{}', '2025-04-10', '2025-04-13');
SELECT * FROM llmnum.spend_forecast('{3,5,7}', '2025-04-10', '2025-04-13');
-- 14 days of a pure weekly pattern (weekdays 10, weekends 2) plus 1 a week: found exactly
SELECT day, extract(isodow FROM day) AS dow, forecast, method
FROM llmnum.spend_forecast(ARRAY(SELECT (CASE WHEN extract(isodow FROM d) > 5 THEN 2 ELSE 10 END)::numeric
								 FROM generate_series('2025-03-31'::date, '2025-04-13', '1 day') d),
						   '2025-04-13', '2025-04-21');
SELECT pg_temp.err($$SELECT * FROM llmnum.spend_forecast('{1,NULL}', '2025-04-10', '2025-04-13')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.spend_forecast('{1,NaN}', '2025-04-10', '2025-04-13')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.spend_forecast('{1}', '2025-04-10', 'infinity')$$);
SELECT count(*) AS none_ahead FROM llmnum.spend_forecast('{1}', '2025-04-10', '2025-04-11');

-- 7. Backtest: trend and weekly pattern, error within what docs/budgets.md states
-- (at most 5% from day 8 of a month on, with 4 weeks or more of history)
SELECT scope_value, period_start, forecast_day, spend_to_date, forecast, actual, error_pct
FROM llmnum.forecast_backtest('usage', '2025-02-01', '2025-04-30', 'team')
ORDER BY 1, 2, 3;
SELECT scope_value, forecast_day >= 8 AS from_day_8, round(avg(abs(error_pct)), 2) AS mape,
	   max(abs(error_pct)) <= 5 AS within_5_pct
FROM llmnum.forecast_backtest('usage', '2025-02-01', '2025-04-30', 'team')
GROUP BY 1, 2 ORDER BY 1, 2;
SELECT pg_temp.err($$SELECT * FROM llmnum.forecast_backtest('usage', '2025-02-01', '2025-04-30', period => 'week')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.forecast_backtest('usage', '2025-02-01', '2025-04-30', forecast_days => '{0}')$$);
SELECT count(*) AS no_whole_period FROM llmnum.forecast_backtest('usage', '2025-02-10', '2025-03-20');

-- 8. Why spend changed: the parts add up exactly to the change
UPDATE usage SET cached_tokens = 500000 WHERE team = 'flat' AND ts >= '2025-04-01' AND id % 2 = 0;
INSERT INTO usage (ts, team, model, prompt_tokens, completion_tokens)
SELECT '2025-04-20 12:00+00'::timestamptz + g * interval '1 minute', 'flat', 'gpt-4o', 1000000, 100000
FROM generate_series(1, 40) g;
SELECT scope_value, previous_spend, spend, change, round(volume_effect, 6) AS volume, round(mix_effect, 6) AS mix,
	   cache_effect, price_effect, previous_calls, calls, previous_cache_rate, cache_rate,
	   previous_unpriced_calls, unpriced_calls,
	   volume_effect + mix_effect + cache_effect + price_effect = change AS adds_up
FROM llmnum.spend_change('usage', '2025-04-01', 'team', cached_column => 'cached_tokens');
-- a price change between the months is a price effect: a user price from 2025-04-01
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
VALUES ('gpt-4o-mini', 'input', 0.12, '2025-04-01 00:00+00', 'contract');
SELECT scope_value, change, round(volume_effect, 6) AS volume, round(mix_effect, 6) AS mix, cache_effect, price_effect,
	   volume_effect + mix_effect + cache_effect + price_effect = change AS adds_up
FROM llmnum.spend_change('usage', '2025-04-01', 'team', cached_column => 'cached_tokens');
-- in EUR, at the rate of the month's last day; still exact
SELECT currency_code, rate_day, round(change, 4) AS change,
	   volume_effect + mix_effect + cache_effect + price_effect = change AS adds_up,
	   spend = llmnum.usd_to((SELECT spend FROM llmnum.spend_change('usage', '2025-04-01', cached_column => 'cached_tokens')), 'EUR', '2025-04-30') AS one_rate
FROM llmnum.spend_change('usage', '2025-04-01', currency => 'EUR', cached_column => 'cached_tokens');
-- a month with no previous usage: all of it is volume
SELECT scope_value, previous_spend, spend = volume_effect AS all_volume, mix_effect, cache_effect, price_effect
FROM llmnum.spend_change('usage', '2025-01-01', 'team');
SELECT pg_temp.err($$SELECT * FROM llmnum.spend_change('usage', '2025-04-01', currency => 'CHF')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.spend_change('usage', NULL)$$);
DELETE FROM llmnum.user_prices;

-- 9. Row-level security on the new user tables
CREATE ROLE llmnum_budget_writer;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_budgets, llmnum.user_exchange_rates TO llmnum_budget_writer;
SET ROLE llmnum_budget_writer;
SELECT (SELECT count(*) FROM llmnum.user_budgets) AS budgets_visible,
	   (SELECT count(*) FROM llmnum.user_exchange_rates) AS rates_visible;
DELETE FROM llmnum.user_budgets;
UPDATE llmnum.user_exchange_rates SET rate = 2;
SELECT pg_temp.err($$INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount, created_by) VALUES ('team', 'w', 5, 'postgres')$$);
SELECT pg_temp.err($$TRUNCATE llmnum.user_budgets$$);
SELECT pg_temp.err($$TRUNCATE llmnum.user_exchange_rates$$);
-- the loader writes the caller's own rows, and cannot overwrite another role's
SELECT pg_temp.err($$SELECT llmnum.load_ecb_rates(E'Date,USD\n2025-04-25,1.2')$$);
SELECT llmnum.load_ecb_rates(E'Date,CHF\n2025-04-25,0.9421') AS own_rows;
INSERT INTO llmnum.user_budgets (scope_key, scope_value, amount) VALUES ('team', 'writer', 5);
RESET ROLE;
SELECT scope_value, created_by FROM llmnum.user_budgets WHERE created_by <> current_user;
SELECT currency, day, rate, created_by FROM llmnum.user_exchange_rates WHERE created_by <> current_user;
SELECT count(*) AS ours_intact FROM llmnum.user_budgets WHERE created_by = current_user;
DELETE FROM llmnum.user_budgets WHERE created_by <> current_user;
DELETE FROM llmnum.user_exchange_rates WHERE created_by <> current_user;
REVOKE ALL ON llmnum.user_budgets, llmnum.user_exchange_rates FROM llmnum_budget_writer;
DROP ROLE llmnum_budget_writer;

DROP TABLE usage;
DELETE FROM llmnum.user_budgets;
DELETE FROM llmnum.user_exchange_rates;
