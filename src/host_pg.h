/*-------------------------------------------------------------------------
 *
 * host_pg.h
 *	  The llmnum_host bound to the backend (palloc, CHECK_FOR_INTERRUPTS).
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_HOST_PG_H
#define LLMNUM_HOST_PG_H

#include "host.h"

extern PGDLLIMPORT const llmnum_host llmnum_pg_host;

#endif							/* LLMNUM_HOST_PG_H */
