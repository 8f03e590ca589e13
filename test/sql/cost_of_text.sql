-- gen_cost_of_text(model, prompt text, completion text, at): the cost of text.
\set VERBOSITY terse
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';

-- Exact counts for a model with a public tokenizer: the text form equals the
-- token form with the counts of count_tokens.
SELECT llmnum.count_tokens('Summarise the attached report in three bullet points.', 'gpt-4o') AS prompt_tokens,
	   llmnum.count_tokens('Revenue grew 12%; costs fell; hiring paused.', 'gpt-4o') AS completion_tokens;
SELECT llmnum.gen_cost_of_text('gpt-4o', 'Summarise the attached report in three bullet points.',
					   'Revenue grew 12%; costs fell; hiring paused.', '2024-06-01') AS text_form,
	   llmnum.gen_cost('gpt-4o', 11::bigint, 11::bigint, '2024-06-01') AS token_form;

-- The alias gpt-4o was repointed on 2024-10-02: the same text costs less after.
SELECT llmnum.gen_cost_of_text('gpt-4o', repeat('word ', 1000), repeat('word ', 500), '2024-09-30') AS before,
	   llmnum.gen_cost_of_text('gpt-4o', repeat('word ', 1000), repeat('word ', 500), '2024-10-02') AS after;

-- Untyped literals pick the text form, integers the token form.
SELECT llmnum.gen_cost_of_text('gpt-4', 'hello', 'world', '2023-05-08') AS text_literals,
	   llmnum.gen_cost('gpt-4', 1, 1, '2023-05-08') AS integer_literals;

-- A model without a public tokenizer is costed on the cl100k_base estimate.
SELECT llmnum.gen_cost_of_text('claude-3-haiku-20240307', 'Bonjour, comment ça va ?', '', '2024-06-01')
	   = llmnum.gen_cost('claude-3-haiku-20240307',
						 llmnum.count_tokens('Bonjour, comment ça va ?', 'cl100k_base')::bigint, 0::bigint,
						 '2024-06-01') AS claude_uses_cl100k_estimate;

-- Empty text costs nothing because it has no tokens; NULL gives NULL.
SELECT llmnum.gen_cost_of_text('gpt-4o-mini', '', '', '2025-01-01') AS empty_text,
	   llmnum.gen_cost_of_text('gpt-4o-mini', NULL::text, 'x', '2025-01-01') AS null_prompt;

-- Errors are those of gen_cost: unknown model, no price at that date.
SELECT llmnum.gen_cost_of_text('gpt-4o-minii', 'a', 'b', '2025-01-01');
SELECT llmnum.gen_cost_of_text('gpt-4o', 'a', 'b', '2020-01-01');
