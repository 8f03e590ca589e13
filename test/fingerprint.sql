-- A fingerprint of everything the llmnum extension defines in the current
-- database: member objects and their comments, function definitions and
-- privileges, columns, constraints, indexes, triggers, policies, views,
-- and the built-in data.  Two databases with the same fingerprint have the
-- same extension.  Used by test/sql/upgrade.sql.
SELECT md5(string_agg(item, E'\n' ORDER BY item)) AS fp
FROM (
	SELECT 'member ' || pg_describe_object(classid, objid, objsubid) || ' '
		   || coalesce(obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)), '') AS item
	FROM pg_depend
	WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
	  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'llmnum')
	UNION ALL
	SELECT 'function ' || pg_get_functiondef(p.oid) || coalesce(p.proacl::text, '')
	FROM pg_proc p WHERE p.pronamespace = 'llmnum'::regnamespace AND p.prokind <> 'a'
	UNION ALL
	SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
		   || ' ' || a.attnotnull || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
		   || ' ' || coalesce(col_description(c.oid, a.attnum), '')
	FROM pg_class c
	JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
	WHERE c.relnamespace = 'llmnum'::regnamespace
	UNION ALL
	SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '')
		   || ' ' || c.relrowsecurity
	FROM pg_class c WHERE c.relnamespace = 'llmnum'::regnamespace
	UNION ALL
	SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
	FROM pg_constraint WHERE connamespace = 'llmnum'::regnamespace
	UNION ALL
	SELECT 'index ' || pg_get_indexdef(indexrelid)
	FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
	WHERE c.relnamespace = 'llmnum'::regnamespace
	UNION ALL
	SELECT 'trigger ' || pg_get_triggerdef(t.oid)
	FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
	WHERE c.relnamespace = 'llmnum'::regnamespace AND NOT t.tgisinternal
	UNION ALL
	SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' '
		   || coalesce(qual, '') || ' ' || coalesce(with_check, '')
	FROM pg_policies WHERE schemaname = 'llmnum'
	UNION ALL
	SELECT 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid)
	FROM pg_class c WHERE c.relnamespace = 'llmnum'::regnamespace AND c.relkind = 'v'
	UNION ALL
	SELECT 'data ' || c.relname || ' ' || (xpath('//h/text()',
		query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) AS h FROM llmnum.%I t',
						   ',', '', c.relname), false, false, '')))[1]::text
	FROM pg_class c
	WHERE c.relnamespace = 'llmnum'::regnamespace AND c.relkind = 'r' AND c.relname NOT LIKE 'user\_%'
) s
