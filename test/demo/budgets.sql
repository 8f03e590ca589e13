-- The nightly budget report over the usage table of usage.sql: budgets per
-- team in EUR and USD, burn-down and forecast, and why spend changed month
-- over month.  Run after usage.sql.
--
-- The machine has no network, so the exchange rates are SYNTHETIC (a
-- smooth EUR/USD series around 1.10, for the demo only), written in the
-- ECB's eurofxref-hist CSV format and loaded by llmnum.load_ecb_rates
-- exactly as the real file would be.

SELECT llmnum.load_ecb_rates(
	'Date,USD,GBP,JPY,' || E'\n' ||
	string_agg(format('%s,%s,%s,%s,', d::date,
					  round((1.10 + 0.04 * sin(extract(epoch FROM d)::float8 / 8e6))::numeric, 4),
					  round((0.86 + 0.02 * cos(extract(epoch FROM d)::float8 / 9e6))::numeric, 4),
					  round((158 + 6 * sin(extract(epoch FROM d)::float8 / 7e6))::numeric, 2)),
			   E'\n' ORDER BY d DESC),
	'SYNTHETIC demo rates in the ECB format (not real ECB data)') AS rate_rows_loaded
FROM generate_series(date '2023-02-01', current_date, interval '1 day') d
WHERE extract(isodow FROM d) < 6 \gset

-- Monthly budgets: two teams budget in EUR, the others in USD; search's
-- budget was raised at the start of this month.
INSERT INTO llmnum.user_budgets (scope_key, scope_value, period, amount, currency, valid_from, valid_to, notes)
VALUES ('team', 'search', 'month', 220, 'EUR', '-infinity', date_trunc('month', current_date)::date, 'FY budget'),
	   ('team', 'search', 'month', 260, 'EUR', date_trunc('month', current_date)::date, NULL, 'raised after the launch'),
	   ('team', 'support-bot', 'month', 140, 'EUR', '-infinity', NULL, NULL),
	   ('team', 'analytics', 'month', 110, 'USD', '-infinity', NULL, NULL),
	   ('team', 'marketing', 'month', 100, 'USD', '-infinity', NULL, NULL),
	   ('team', 'platform', 'month', 75, 'USD', '-infinity', NULL, NULL);

\echo
\echo '--- Budgets this period: spend to date, forecast to period end, alert (each in its budget''s currency) ---'
\echo '    (exchange rates: synthetic demo series, loaded by llmnum.load_ecb_rates from ECB-format CSV)'
SELECT scope_value AS scope, period, currency_code AS cur, budget, round(spend, 2) AS spend,
	   round(pct_used, 1) AS "% used", round(forecast, 2) AS forecast,
	   round(projected_pct, 1) AS "% projected", runs_out_on, alert, unpriced_calls AS unpriced
FROM llmnum.budget_status('usage', current_date, 'team', NULL, cached_column => 'cached_tokens',
						  batch_column => 'batch')
ORDER BY scope_key DESC, scope_value;

\echo
\echo '--- The same budgets in USD ---'
SELECT scope_value AS scope, period, budget, round(spend, 2) AS spend, round(forecast, 2) AS forecast, alert
FROM llmnum.budget_status('usage', current_date, 'team', 'USD', cached_column => 'cached_tokens',
						  batch_column => 'batch')
ORDER BY scope_key DESC, scope_value;

\echo
\echo '--- Why did spend change last month? (the four effects add up to the change, USD) ---'
SELECT scope_value AS team, round(previous_spend, 2) AS previous, round(spend, 2) AS spend,
	   round(change, 2) AS change, round(volume_effect, 2) AS volume, round(mix_effect, 2) AS model_mix,
	   round(cache_effect, 2) AS cache_hits, round(price_effect, 2) AS prices,
	   round(100 * cache_rate, 1) AS "cache %"
FROM llmnum.spend_change('usage', (date_trunc('month', current_date) - interval '1 month')::date, 'team',
						 cached_column => 'cached_tokens', batch_column => 'batch')
ORDER BY scope_value;

\echo
\echo '--- How wrong was the forecast on past months? (from day 8 on, all teams) ---'
SELECT forecast_day AS "forecast on day", count(*) AS "team-months",
	   round(avg(abs(error_pct)), 2) AS "mean abs error %", round(max(abs(error_pct)), 2) AS "worst %"
FROM llmnum.forecast_backtest('usage', (current_date - interval '7 months')::date,
							  (date_trunc('month', current_date) - interval '1 day')::date, 'team',
							  cached_column => 'cached_tokens', batch_column => 'batch')
GROUP BY forecast_day ORDER BY forecast_day;
