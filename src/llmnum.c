/*-------------------------------------------------------------------------
 *
 * llmnum.c
 *	  Module entry points: the module magic, load-time setup and the
 *	  library version.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "llmnum.h"

PG_MODULE_MAGIC;

/*
 * The Makefile passes the version of llmnum.control, so the library can
 * tell which SQL version it was built for.
 */
#ifndef LLMNUM_LIBRARY_VERSION
#error "LLMNUM_LIBRARY_VERSION must be defined by the build"
#endif

PGDLLEXPORT void _PG_init(void);

/*
 * Load-time setup: the settings, under a reserved "llmnum." prefix so that a
 * misspelt one is reported instead of silently kept.
 */
void
_PG_init(void)
{
	llmnum_tokenizer_init();
	MarkGUCPrefixReserved("llmnum");
}

/*
 * Version of the loaded shared library, so that a user can see when the
 * SQL objects (ALTER EXTENSION) and the library (make install) disagree.
 */
PG_FUNCTION_INFO_V1(llmnum_library_version);
Datum
llmnum_library_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(LLMNUM_LIBRARY_VERSION));
}
