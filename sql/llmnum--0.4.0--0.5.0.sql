/* sql/llmnum--0.4.0--0.5.0.sql: the features joined up */

\echo Use "ALTER EXTENSION llmnum UPDATE TO '0.5.0'" to load this file. \quit

/* ---------------------------------------------------------------------
 * Sample texts
 *
 * Prose written for llmnum (data/tokenizer/corpus), kept in the database so
 * that numbers_as_of() can measure tokens per word and users can compare
 * tokenizers on a known text.
 * ------------------------------------------------------------------- */

CREATE TABLE llmnum.sample_texts (
	name		text PRIMARY KEY CHECK (name ~ '^[a-z0-9_]+$'),
	language	text NOT NULL,
	body		text NOT NULL CHECK (body <> ''),
	source		text NOT NULL,
	as_of		date NOT NULL
);

COMMENT ON TABLE llmnum.sample_texts IS
'Sample documents written for llmnum (English prose and its French translation), used by numbers_as_of() to measure tokens per word.';

REVOKE ALL ON llmnum.sample_texts FROM PUBLIC;
GRANT SELECT ON llmnum.sample_texts TO PUBLIC;

INSERT INTO llmnum.sample_texts (name, language, body, source, as_of) VALUES
('prose_en', 'en', 'The old harbour wakes up before the town does. Long before the first bus crosses the bridge, the fishermen are already sorting their nets under the yellow lamps, talking quietly about the weather, the price of fuel and the son of a neighbour who left for the city and never came back. The gulls wait on the roofs of the sheds. When the boats return in the late morning, the market fills with people who have known each other for forty years, and nobody is in a hurry.

My grandmother used to say that you can read a place by listening to it. In the harbour you hear engines, ropes, laughter and the sea itself, which never stops talking. In the upper town, near the church, you hear almost nothing: a door, a dog, a radio through an open window. She walked between the two every day, with a basket on her arm, and she knew the name of every child she met.

Today the harbour is quieter. There are fewer boats, and some of the sheds have become cafés where visitors drink coffee and take photographs of the water. Still, if you arrive early enough, you can see the same gestures as fifty years ago: a man coiling a rope without looking at it, a woman counting crates, a boy running along the quay with a message that cannot wait. The town changes slowly, and then all at once, but the tide keeps its own schedule.',
 'written for llmnum: data/tokenizer/corpus/prose_en.txt', '2026-11-27'),
('prose_fr', 'fr', 'Le vieux port se réveille avant la ville. Bien avant que le premier bus ne traverse le pont, les pêcheurs trient déjà leurs filets sous les lampes jaunes, en parlant doucement du temps, du prix du carburant et du fils d''un voisin parti pour la ville et jamais revenu. Les mouettes attendent sur les toits des hangars. Quand les bateaux rentrent en fin de matinée, le marché se remplit de gens qui se connaissent depuis quarante ans, et personne n''est pressé.

Ma grand-mère disait qu''on peut lire un lieu en l''écoutant. Au port, on entend des moteurs, des cordages, des rires et la mer elle-même, qui ne cesse jamais de parler. Dans la ville haute, près de l''église, on n''entend presque rien : une porte, un chien, une radio par une fenêtre ouverte. Elle marchait chaque jour entre les deux, un panier au bras, et elle connaissait le nom de chaque enfant qu''elle croisait.

Aujourd''hui, le port est plus calme. Il y a moins de bateaux, et certains hangars sont devenus des cafés où les visiteurs boivent un café et photographient l''eau. Pourtant, si l''on arrive assez tôt, on voit les mêmes gestes qu''il y a cinquante ans : un homme qui enroule une corde sans la regarder, une femme qui compte des caisses, un garçon qui court le long du quai avec un message qui ne peut pas attendre. La ville change lentement, puis d''un seul coup, mais la marée garde son propre horaire.',
 'written for llmnum: data/tokenizer/corpus/prose_fr.txt, a translation of prose_en', '2026-11-27');

/* ---------------------------------------------------------------------
 * The cost of a request given as text
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.gen_cost(model text, prompt text, completion text,
								at timestamptz DEFAULT now())
RETURNS numeric
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT llmnum.gen_cost(m.name,
						   llmnum.estimate_tokens(gen_cost.prompt, m.name),
						   llmnum.estimate_tokens(gen_cost.completion, m.name),
						   gen_cost.at)
	FROM (SELECT llmnum.resolve_model(gen_cost.model) AS name) m;
END;

COMMENT ON FUNCTION llmnum.gen_cost(text, text, text, timestamptz) IS
'Cost in USD of a prompt and a completion given as text, at the prices in force at `at`: exact token counts where the model''s tokenizer is public, the documented cl100k_base estimate otherwise (estimate_tokens). Counts the text only, not the message framing of a chat API.';

/* ---------------------------------------------------------------------
 * Every number, recomputed
 * ------------------------------------------------------------------- */

CREATE OR REPLACE FUNCTION llmnum.numbers_as_of(at timestamptz DEFAULT now())
RETURNS TABLE (key text, ordinal smallint, section text, heading text, unit text,
			   original_low numeric, original_high numeric, original_as_of date,
			   recomputed_at timestamptz, recomputed_low numeric, recomputed_high numeric,
			   method text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH r(key, lo, hi, method) AS (
		SELECT 'gpt4_vs_gpt35_cost', trim_scale(min(x)), trim_scale(max(x)),
			   'gpt-4 and gpt-4-32k over gpt-3.5-turbo, input over input and output over output'
		FROM (VALUES
			  (llmnum.price_of('gpt-4', 'input', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'input', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4', 'output', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4-32k', 'input', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'input', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4-32k', 'output', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at), 0))) v(x)
		UNION ALL
		SELECT 'generation_vs_embedding_cost', trim_scale(x), trim_scale(x),
			   'gpt-3.5-turbo output over text-embedding-ada-002 input'
		FROM (VALUES (llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at)
					  / nullif(llmnum.price_of('text-embedding-ada-002', 'input', numbers_as_of.at), 0))) v(x)
		UNION ALL
		SELECT 'openai_vs_selfhosted_embedding_cost', trim_scale(x), trim_scale(x),
			   'text-embedding-ada-002 input over a g4dn.4xlarge at $1.20/h embedding 9,000 tokens/s'
		FROM (VALUES (llmnum.price_of('text-embedding-ada-002', 'input', numbers_as_of.at)
					  * 9000 * 3600 / (1.20 * 1000000))) v(x)
		UNION ALL
		(SELECT 'finetuned_vs_base_cost', trim_scale(least(ri, ro)), trim_scale(greatest(ri, ro)),
				ft || ' over ' || base || ', input and output'
		 FROM (SELECT pref, ft, base,
					  llmnum.price_of(ft, 'input', numbers_as_of.at)
					  / nullif(llmnum.price_of(base, 'input', numbers_as_of.at), 0) AS ri,
					  llmnum.price_of(ft, 'output', numbers_as_of.at)
					  / nullif(llmnum.price_of(base, 'output', numbers_as_of.at), 0) AS ro
			   FROM (VALUES (1, 'ft:gpt-4o-mini-2024-07-18', 'gpt-4o-mini'),
							(2, 'ft:gpt-3.5-turbo', 'gpt-3.5-turbo'),
							(3, 'ft:davinci', 'davinci')) AS pairs(pref, ft, base)) s
		 WHERE ri IS NOT NULL OR ro IS NOT NULL
		 ORDER BY pref
		 LIMIT 1)
		UNION ALL
		SELECT 'selfhosted_finetuned_vs_base_cost', 1, 1,
			   'a fine-tune has the weights and GPU cost of its base: 1 by construction'
		UNION ALL
		SELECT 'tokens_per_word', min(t), max(t),
			   'llmnum.tokens_per_word() of the English sample prose in llmnum.sample_texts, with '
			   || string_agg(e, ' and ' ORDER BY e DESC)
			   || ' (the encodings of OpenAI''s chat models at that date)'
		FROM (SELECT e, llmnum.tokens_per_word(s.body, e) AS t
			  FROM llmnum.sample_texts s,
				   unnest(CASE WHEN numbers_as_of.at < timestamptz '2024-05-13 00:00+00'
							   THEN ARRAY['cl100k_base'] ELSE ARRAY['o200k_base', 'cl100k_base'] END) AS e
			  WHERE s.name = 'prose_en') w
		UNION ALL
		SELECT g.key, g.value, g.value, g.derivation
		FROM llmnum.gpu_numbers() g
	)
	SELECT n.key, n.ordinal, n.section, n.heading, n.unit, n.value_low, n.value_high, n.as_of,
		   numbers_as_of.at, r.lo, r.hi,
		   coalesce(r.method, CASE n.key
				WHEN 'be_concise_savings' THEN 'not recomputable: unpublished experiment'
				ELSE 'no value at that date' END)
	FROM llmnum.numbers n
	LEFT JOIN r ON r.key = n.key
	ORDER BY n.ordinal;
END;


COMMENT ON FUNCTION llmnum.numbers_as_of(timestamptz) IS
'Every llm-numbers row with its published value and its value recomputed at a moment: price ratios from the dated price catalog, tokens per word from the sample prose with the encodings in use then, GPU and training numbers from the current GPU catalog (its hourly prices are not dated, so these do not depend on the moment). NULL where nothing could be recomputed.';

/* ---------------------------------------------------------------------
 * TEMPORARY (branch c-catalog): the catalog cache also holds GPUs and
 * quantizations, so their tables invalidate it too.  The lead moves these
 * statements into sql/llmnum.sql from sql/catalog_triggers.sql.part.
 * ------------------------------------------------------------------- */

CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.builtin_gpus
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();
CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.user_gpus
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();
CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.quantizations
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();

COMMENT ON TRIGGER price_cache_invalidate ON llmnum.builtin_gpus IS
'Makes every session reload its catalog cache after a change of built-in GPUs.';
COMMENT ON TRIGGER price_cache_invalidate ON llmnum.user_gpus IS
'Makes every session reload its catalog cache after a change of user GPUs.';
COMMENT ON TRIGGER price_cache_invalidate ON llmnum.quantizations IS
'Makes every session reload its catalog cache after a change of quantization formats.';
