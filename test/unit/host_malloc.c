/*
 * host_malloc.c
 *	  The llmnum_host of the unit tests and fuzzers: malloc and friends,
 *	  aborting on exhaustion, and no interrupts.
 */
#include <stdio.h>
#include <stdlib.h>

#include "host_malloc.h"

static void *
test_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory allocating %zu bytes\n", size);
		abort();
	}
	return p;
}

static void *
test_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory reallocating %zu bytes\n", size);
		abort();
	}
	return p;
}

static void
test_free(void *ptr)
{
	free(ptr);
}

/* Counts calls, so a test can check that long loops do ask. */
static unsigned long interrupt_checks;

static void
test_check_interrupts(void)
{
	interrupt_checks++;
}

unsigned long
test_interrupt_checks(void)
{
	return interrupt_checks;
}

const llmnum_host test_host = {
	.alloc = test_alloc,
	.realloc = test_realloc,
	.free = test_free,
	.check_interrupts = test_check_interrupts,
};
