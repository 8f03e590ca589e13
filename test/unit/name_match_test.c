/*
 * name_match_test.c: unit tests of the closest-name ranking behind the
 * "did you mean" hints of every function taking a model, GPU or
 * quantization name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "host_malloc.h"
#include "name_match.h"

static const llmnum_host *const host = &test_host;

static void
test_names(void)
{
	const char *const gpus[] = {"T4", "A10G", "A100-40GB", "A100-80GB", "H100-80GB", "L4", "L40S"};
	size_t		best[3];
	size_t		n;

	CHECK_EQ(llmnum_edit_distance(host, "kitten", 6, "sitting", 7), 3);
	CHECK_EQ(llmnum_edit_distance(host, "ABC", 3, "abc", 3), 0);
	CHECK_EQ(llmnum_edit_distance(host, "", 0, "abc", 3), 3);

	/* what a user mistypes for a model name */
	CHECK_EQ(llmnum_edit_distance(host, "gpt-4o", 6, "GPT-4O", 6), 0);
	CHECK_EQ(llmnum_edit_distance(host, "gpt4o", 5, "gpt-4o", 6), 1);
	{
		const char *const models[] = {"gpt-4", "gpt-4o", "gpt-4o-mini", "o1", "claude-3-haiku-20240307"};

		n = llmnum_closest_names(host, "gpt4o", models, 5, 2, best);
		CHECK_EQ(n, 2);
		CHECK_EQ(best[0], 1);
		n = llmnum_closest_names(host, "claude-3-haiku", models, 5, 1, best);
		CHECK_EQ(best[0], 4);
		/* a dated name sharing most of the query beats short unrelated ones */
		n = llmnum_closest_names(host, "claude-3-opus", models, 5, 1, best);
		CHECK_EQ(best[0], 4);
	}

	n = llmnum_closest_names(host, "a100", gpus, 7, 3, best);
	CHECK_EQ(n, 3);
	CHECK_EQ(best[0], 2);
	CHECK_EQ(best[1], 3);
	n = llmnum_closest_names(host, "L40", gpus, 7, 1, best);
	CHECK_EQ(n, 1);
	CHECK_EQ(best[0], 6);
	n = llmnum_closest_names(host, "H10080GB", gpus, 7, 1, best);
	CHECK_EQ(best[0], 4);
	n = llmnum_closest_names(host, "x", gpus, 0, 3, best);
	CHECK_EQ(n, 0);
	{
		/* long hostile input is bounded, not quadratic */
		char	   *big = malloc(100001);

		memset(big, 'A', 100000);
		big[100000] = '\0';
		n = llmnum_closest_names(host, big, gpus, 7, 2, best);
		CHECK_EQ(n, 2);
		free(big);
	}
	{
		/* a long list of names asks for interrupts as it goes */
		const char *many[200];
		unsigned long before = test_interrupt_checks();
		int			i;

		for (i = 0; i < 200; i++)
			many[i] = gpus[i % 7];
		n = llmnum_closest_names(host, "H100", many, 200, 3, best);
		CHECK_EQ(n, 3);
		CHECK(test_interrupt_checks() > before);
	}
}

int
main(void)
{
	test_names();
	return check_report("name_match_test");
}
