SELECT m.name,
       sum(llmnum.count_tokens(d.body, m.name)) AS tokens,
       round(sum(llmnum.count_tokens(d.body, m.name)) / 1e6 * p.input_per_mtok, 4) AS usd
  FROM documents AS d
 CROSS JOIN llmnum.models AS m
  JOIN llmnum.prices AS p ON p.model = m.name
 WHERE d.created_at >= now() - interval '30 days'
 GROUP BY m.name, p.input_per_mtok
 ORDER BY usd DESC;
