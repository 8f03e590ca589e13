/*
 * check.h
 *	  The assertions of the engine unit tests: count every check, report
 *	  each failure with its place, and turn the tally into an exit code;
 *	  and the tests' pseudo-random numbers.
 */
#ifndef LLMNUM_TEST_CHECK_H
#define LLMNUM_TEST_CHECK_H

#include <stdint.h>
#include <stdio.h>

static int	checks = 0;
static int	failures = 0;

#define CHECK(cond) \
	do { checks++; if (!(cond)) { failures++; \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
	} while (0)

#define CHECK_EQ(a, b) \
	do { long long a_ = (long long) (a), b_ = (long long) (b); checks++; \
		if (a_ != b_) { failures++; \
			fprintf(stderr, "%s:%d: %s = %lld, expected %lld\n", \
					__FILE__, __LINE__, #a, a_, b_); } \
	} while (0)

/* Prints the tally of a test program and returns its exit status. */
static inline int
check_report(const char *program)
{
	printf("%s: %d checks, %d failed\n", program, checks, failures);
	return failures ? 1 : 0;
}

/*
 * The next number of a test's own pseudo-random sequence (xorshift64):
 * the same inputs on every run.  *state must not start at zero.
 */
static inline uint32_t
check_rng(uint64_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return (uint32_t) (*state >> 11);
}

#endif
