/*-------------------------------------------------------------------------
 *
 * host_pg.c
 *	  The llmnum_host the engines use inside a backend.
 *
 * Memory comes from the current memory context, so anything an engine had
 * allocated is released with the context when an error or a cancel jumps
 * out of it; interrupts are the backend's own.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "miscadmin.h"

#include "host_pg.h"

/* palloc without the 1 GB MaxAllocSize cap: engines may need big arrays */
static void *
pg_host_alloc(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE);
}

static void *
pg_host_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return palloc_extended(size, MCXT_ALLOC_HUGE);
	return repalloc_huge(ptr, size);
}

static void
pg_host_free(void *ptr)
{
	if (ptr != NULL)
		pfree(ptr);
}

static void
pg_host_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

const llmnum_host llmnum_pg_host = {
	.alloc = pg_host_alloc,
	.realloc = pg_host_realloc,
	.free = pg_host_free,
	.check_interrupts = pg_host_check_interrupts,
};
