/*
 * host_malloc.h
 *	  The llmnum_host of the unit tests and fuzzers.
 */
#ifndef LLMNUM_TEST_HOST_MALLOC_H
#define LLMNUM_TEST_HOST_MALLOC_H

#include "host.h"

extern const llmnum_host test_host;

/* Number of check_interrupts calls made so far. */
unsigned long test_interrupt_checks(void);

#endif
