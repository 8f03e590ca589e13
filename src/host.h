/*-------------------------------------------------------------------------
 *
 * host.h
 *	  The services a pure llmnum engine needs from whoever runs it.
 *
 * The engines (tokenizer, cost arithmetic, GPU memory model) must build and
 * run without a PostgreSQL server so that they can be unit-tested, fuzzed
 * and run under valgrind.  They therefore never call palloc or
 * CHECK_FOR_INTERRUPTS themselves: they go through an llmnum_host.  Inside
 * the backend the host maps to palloc/repalloc/pfree and
 * CHECK_FOR_INTERRUPTS (host_pg.c), so an error raised mid-computation
 * cannot leak memory; the unit tests bind it to malloc.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_HOST_H
#define LLMNUM_HOST_H

#include <stddef.h>

typedef struct llmnum_host
{
	/* Never return NULL: report the failure and do not come back. */
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);

	/*
	 * Called regularly from long loops; may not return (query cancel,
	 * statement_timeout).
	 */
	void		(*check_interrupts) (void);
} llmnum_host;

#endif							/* LLMNUM_HOST_H */
