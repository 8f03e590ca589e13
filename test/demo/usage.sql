-- Generates a realistic LLM usage log: one row per API call from
-- 2023-03-01 to now, for every model of the catalog that has a price at the
-- time of the call, from a few teams and a couple of hundred users.
-- :rows sets the approximate number of rows (psql variable).

SELECT setseed(0.42) AS seeded \gset

CREATE TABLE usage (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	ts			timestamptz NOT NULL,
	team		text NOT NULL,
	user_name	text NOT NULL,
	model		text NOT NULL,
	prompt_tokens bigint NOT NULL,
	completion_tokens bigint NOT NULL,
	cached_tokens bigint NOT NULL DEFAULT 0,
	batch		boolean NOT NULL DEFAULT false
);

-- When each model can be used: from its first input price (not before
-- 2023-03) to the end of its last one (or now).  Embedding models get
-- more calls, older and very expensive models fewer.
CREATE TEMP TABLE model_window AS
SELECT m.name AS model, m.kind,
	   greatest(min(p.valid_from), timestamptz '2023-03-01 00:00+00') AS first_use,
	   least(max(coalesce(p.valid_to, now())), now()) AS last_use,
	   CASE m.kind WHEN 'embedding' THEN 2.0 ELSE 1.0 END
	   * CASE WHEN max(p.usd_per_mtok) >= 50 THEN 0.2 ELSE 1.0 END AS weight
FROM llmnum.models m
JOIN llmnum.prices p ON lower(p.model) = lower(m.name) AND p.component = 'input'
WHERE m.kind IN ('chat', 'completion', 'embedding', 'reasoning')
GROUP BY m.name, m.kind
HAVING least(max(coalesce(p.valid_to, now())), now()) > timestamptz '2023-03-01 00:00+00';

CREATE TEMP TABLE model_rows AS
SELECT model, kind, first_use, last_use,
	   ceil(:rows * weight * extract(epoch FROM last_use - first_use)
			/ sum(weight * extract(epoch FROM last_use - first_use)) OVER ())::int AS n
FROM model_window;

INSERT INTO usage (ts, team, user_name, model, prompt_tokens, completion_tokens, cached_tokens, batch)
SELECT ts, team, user_name, model, prompt, completion,
	   CASE WHEN kind <> 'embedding' AND random() < 0.3 THEN floor(prompt * random() * 0.8)::bigint ELSE 0 END,
	   random() < 0.08
FROM (
	SELECT r.model, r.kind,
		   r.first_use + random() * (r.last_use - r.first_use) AS ts,
		   (ARRAY['search', 'support-bot', 'analytics', 'marketing', 'platform'])[1 + floor(power(random(), 1.7) * 5)::int] AS team,
		   'user' || lpad((1 + floor(random() * 200))::text, 3, '0') AS user_name,
		   CASE WHEN r.kind = 'embedding' THEN 20 + floor(-ln(1 - random()) * 400)
				ELSE 100 + floor(-ln(1 - random()) * 1500) END::bigint AS prompt,
		   CASE WHEN r.kind = 'embedding' THEN 0
				ELSE 20 + floor(-ln(1 - random()) * 350) END::bigint AS completion
	FROM model_rows r, generate_series(1, r.n)
) g;

CREATE INDEX usage_ts ON usage (ts);
ANALYZE usage;
