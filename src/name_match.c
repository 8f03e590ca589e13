/*-------------------------------------------------------------------------
 *
 * name_match.c
 *	  Levenshtein distance and closest-name ranking for error hints.
 *
 *-------------------------------------------------------------------------
 */
#include "name_match.h"

#include <stdbool.h>
#include <string.h>

static unsigned char
fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c - 'A' + 'a') : c;
}

size_t
llmnum_edit_distance(const llmnum_host *host, const char *a, size_t alen,
					 const char *b, size_t blen)
{
	size_t	   *row;
	size_t		i,
				j,
				result;

	if (alen > LLMNUM_NAME_MATCH_MAX || blen > LLMNUM_NAME_MATCH_MAX)
		return alen > blen ? alen : blen;
	if (alen == 0)
		return blen;
	if (blen == 0)
		return alen;

	/* one row of the dynamic-programming table, over b */
	row = host->alloc((blen + 1) * sizeof(size_t));
	for (j = 0; j <= blen; j++)
		row[j] = j;
	for (i = 1; i <= alen; i++)
	{
		size_t		diag = row[0];

		row[0] = i;
		for (j = 1; j <= blen; j++)
		{
			size_t		up = row[j];
			size_t		best = diag + (fold((unsigned char) a[i - 1]) !=
									   fold((unsigned char) b[j - 1]));

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

static bool
starts_with_fold(const char *name, const char *prefix, size_t plen)
{
	size_t		i;

	for (i = 0; i < plen; i++)
		if (name[i] == '\0' ||
			fold((unsigned char) name[i]) != fold((unsigned char) prefix[i]))
			return false;
	return true;
}

/*
 * Score of one candidate, lower is closer: four times its edit distance,
 * except that a name extending the query scores half its number of extra
 * bytes, so that "A100" ranks "A100-40GB" above "A10G" (one edit away).
 * A longer name is also compared by its first query-length bytes, plus one
 * edit, so that "claude-3-opus" finds the dated "claude-3-haiku-20240307"
 * before short unrelated names.
 */
static size_t
score(const llmnum_host *host, const char *query, size_t qlen,
	  const char *name)
{
	size_t		nlen = strlen(name);
	size_t		d = llmnum_edit_distance(host, query, qlen, name, nlen);

	if (qlen > 0 && nlen > qlen)
	{
		size_t		dp;

		if (starts_with_fold(name, query, qlen))
			return (nlen - qlen) / 2;
		dp = llmnum_edit_distance(host, query, qlen, name, qlen) + 1;
		if (dp < d)
			d = dp;
	}
	return 4 * d;
}

size_t
llmnum_closest_names(const llmnum_host *host, const char *query,
					 const char *const *names, size_t n, size_t k,
					 size_t *best)
{
	size_t		qlen = strlen(query);
	size_t	   *scores;
	size_t		count = 0;
	size_t		i;

	if (n == 0 || k == 0)
		return 0;
	scores = host->alloc(k * sizeof(size_t));
	for (i = 0; i < n; i++)
	{
		size_t		s = score(host, query, qlen, names[i]);
		size_t		pos;

		if ((i & 63) == 63)
			host->check_interrupts();
		if (count == k && s >= scores[k - 1])
			continue;
		/* insertion into the sorted top-k; equal scores keep input order */
		pos = count < k ? count : k - 1;
		while (pos > 0 && scores[pos - 1] > s)
		{
			scores[pos] = scores[pos - 1];
			best[pos] = best[pos - 1];
			pos--;
		}
		scores[pos] = s;
		best[pos] = i;
		if (count < k)
			count++;
	}
	host->free(scores);
	return count;
}
