/*-------------------------------------------------------------------------
 *
 * namematch.c
 *	  Edit distance between names, for "did you mean" hints.
 *
 * fuzzystrmatch is a contrib module that may not be installed, and the
 * hint only needs a small case-insensitive Levenshtein distance.  Both
 * names are cut to LLMNUM_NAMEMATCH_MAX_LEN bytes so that a pathological
 * input cannot make an error message quadratic in its length.
 *
 *-------------------------------------------------------------------------
 */
#include "namematch.h"

static unsigned char
fold(char c)
{
	unsigned char u = (unsigned char) c;

	return (u >= 'A' && u <= 'Z') ? (unsigned char) (u - 'A' + 'a') : u;
}

size_t
llmnum_levenshtein(const llmnum_host *host, const char *a, size_t alen,
				   const char *b, size_t blen)
{
	size_t	   *row;
	size_t		i,
				j;
	size_t		result;

	if (alen > LLMNUM_NAMEMATCH_MAX_LEN)
		alen = LLMNUM_NAMEMATCH_MAX_LEN;
	if (blen > LLMNUM_NAMEMATCH_MAX_LEN)
		blen = LLMNUM_NAMEMATCH_MAX_LEN;

	row = host->alloc(sizeof(size_t) * (blen + 1));
	for (j = 0; j <= blen; j++)
		row[j] = j;
	for (i = 1; i <= alen; i++)
	{
		size_t		diag = row[0];

		row[0] = i;
		for (j = 1; j <= blen; j++)
		{
			size_t		up = row[j];
			size_t		best = diag + (fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	result = row[blen];
	host->free(row);
	return result;
}
