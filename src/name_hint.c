/*-------------------------------------------------------------------------
 *
 * name_hint.c
 *	  How names appear in error messages: the name the user gave, cut to a
 *	  readable length, and the closest known names as a hint.
 *
 * A model, encoding or GPU name can be any text value, megabytes long; an
 * error quoting it whole would flood the client and the server log.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"

#include "host_pg.h"
#include "name_hint.h"
#include "name_match.h"

/*
 * The name (not necessarily NUL-terminated) as a palloc'd string of at most
 * LLMNUM_SHOWN_NAME_MAX bytes, cut at a character boundary of the database
 * encoding and followed by "..." when cut.
 */
char *
llmnum_shown_name(const char *name, int len)
{
	if (len <= LLMNUM_SHOWN_NAME_MAX)
		return pnstrdup(name, len);
	return psprintf("%s...", pnstrdup(name, pg_mbcliplen(name, len, LLMNUM_SHOWN_NAME_MAX)));
}

/*
 * "a", "b", "c": up to LLMNUM_HINT_NAMES of names[0, n) closest to query,
 * best first, for the hint of an unknown-name error; "" when n is 0.
 */
char *
llmnum_closest_names_hint(const char *query, const char *const *names, size_t n)
{
	size_t		best[LLMNUM_HINT_NAMES];
	size_t		found;
	size_t		i;
	StringInfoData buf;

	found = llmnum_closest_names(&llmnum_pg_host, query, names, n,
								 LLMNUM_HINT_NAMES, best);
	initStringInfo(&buf);
	for (i = 0; i < found; i++)
		appendStringInfo(&buf, "%s\"%s\"", i == 0 ? "" : ", ", names[best[i]]);
	return buf.data;
}
