/*
 * host_malloc.c
 *	  The malloc-backed host used outside the server.
 */
#include "host_malloc.h"

#include <stdio.h>
#include <stdlib.h>

static void *
test_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory (%zu bytes)\n", size);
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
		fprintf(stderr, "out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void
test_free(void *ptr)
{
	free(ptr);
}

static void
test_check_interrupts(void)
{
}

const llmnum_host llmnum_test_host = {
	test_alloc, test_realloc, test_free, test_check_interrupts
};
