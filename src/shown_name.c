/*-------------------------------------------------------------------------
 *
 * shown_name.c
 *	  How a user-supplied name is quoted in an error message.
 *
 * A model, encoding or GPU name can be any text value, megabytes long; an
 * error quoting it whole would flood the client and the server log.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "shown_name.h"

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
