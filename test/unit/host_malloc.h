/*
 * host_malloc.h
 *	  An llmnum_host on malloc for the unit tests, fuzzer and benchmark:
 *	  allocation failure aborts, interrupts are never pending.
 */
#ifndef LLMNUM_HOST_MALLOC_H
#define LLMNUM_HOST_MALLOC_H

#include "host.h"

extern const llmnum_host llmnum_test_host;

#endif
