/*-------------------------------------------------------------------------
 *
 * price_schedule.c
 *	  Exact fixed-point cost arithmetic over dated price schedules.
 *
 * Billing rules (docs/prices.md repeats them for users):
 *
 *	- cached tokens are part of the input tokens; they are billed at the
 *	  cached_input price where the model has one, else at the input price;
 *	- a batch request bills uncached input at batch_input and output at
 *	  batch_output; a model without those prices cannot be costed as batch
 *	  (LLMNUM_COST_MISSING_COMPONENT), because guessing a discount would be
 *	  as wrong as ignoring one.  Cached tokens of a batch request are billed
 *	  at cached_input where it exists, else at batch_input;
 *	- the long-context tier of a request is the highest tier_above_tokens
 *	  that its input tokens exceed; every component of the request is then
 *	  billed at that tier, and a component the tier does not price is an
 *	  error rather than a silent fallback to the cheaper base tier;
 *	- a component whose token count is zero needs no price (an embedding
 *	  model has no output price), but a model with no price at all in force
 *	  at the requested moment is an error even for zero tokens.
 *
 * The result is exact: value / 10^scale US dollars with scale = 6 + the
 * largest number of decimals among the prices used.
 *
 *-------------------------------------------------------------------------
 */
#include "price_schedule.h"

#include <stdlib.h>
#include <string.h>

static const char *const component_names[LLMNUM_NCOMPONENTS] = {
	"input", "output", "cached_input", "cache_write", "cache_write_1h",
	"batch_input", "batch_output", "training"
};

/* The catalog spelling of a component, or NULL when out of range. */
const char *
llmnum_component_name(int component)
{
	if (component < 0 || component >= LLMNUM_NCOMPONENTS)
		return NULL;
	return component_names[component];
}

/* Map the catalog spelling back to the enum; -1 when unknown. */
int
llmnum_component_from_name(const char *name, size_t len)
{
	int			i;

	for (i = 0; i < LLMNUM_NCOMPONENTS; i++)
	{
		if (strlen(component_names[i]) == len &&
			memcmp(component_names[i], name, len) == 0)
			return i;
	}
	return -1;
}

/*
 * Read a non-negative plain decimal ("12", "0.0375", "3.") into units and
 * scale, dropping trailing fractional zeros so that 0.40 and 0.4 compare
 * and print alike.  Anything that does not fit int64 units at scale <= 18
 * is refused rather than rounded: a rounded price is a wrong price.
 */
llmnum_cost_status
llmnum_money_parse(const char *text, size_t len, llmnum_money *out)
{
	size_t		i = 0;
	size_t		end;
	size_t		dot = len;
	int64_t		units = 0;
	int			scale = 0;
	bool		digits = false;

	/* the fractional part ends before its trailing zeros */
	for (i = 0; i < len; i++)
	{
		if (text[i] == '.')
		{
			if (dot != len)
				return LLMNUM_COST_BAD_DECIMAL;
			dot = i;
		}
		else if (text[i] < '0' || text[i] > '9')
			return LLMNUM_COST_BAD_DECIMAL;
		else
			digits = true;
	}
	if (!digits)
		return LLMNUM_COST_BAD_DECIMAL;
	end = len;
	if (dot != len)
	{
		while (end > dot + 1 && text[end - 1] == '0')
			end--;
		if (end == dot + 1)
			end = dot;
	}

	for (i = 0; i < end; i++)
	{
		if (text[i] == '.')
			continue;
		if (__builtin_mul_overflow(units, (int64_t) 10, &units) ||
			__builtin_add_overflow(units, (int64_t) (text[i] - '0'), &units))
			return LLMNUM_COST_OVERFLOW;
		if (i > dot)
			scale++;
	}
	if (scale > LLMNUM_MAX_SCALE)
		return LLMNUM_COST_OVERFLOW;
	out->units = units;
	out->scale = scale;
	return LLMNUM_COST_OK;
}

/*
 * Print value / 10^scale as a plain decimal with exactly scale decimals.
 * Returns the length the text needs (excluding the terminator); writes it
 * only when buflen is larger than that.
 */
size_t
llmnum_i128_format(llmnum_i128 value, int scale, char *buf, size_t buflen)
{
	/* 39 digits of magnitude, padding up to scale + 1 digits, sign, dot */
	char		digits[128];
	int			ndigits = 0;
	unsigned __int128 mag;
	size_t		need;
	size_t		pos = 0;
	int			i;

	if (scale < 0)
		scale = 0;
	if (scale > 80)
		scale = 80;
	mag = value < 0 ? -(unsigned __int128) value : (unsigned __int128) value;
	do
	{
		digits[ndigits++] = (char) ('0' + (int) (mag % 10));
		mag /= 10;
	} while (mag != 0);
	while (ndigits < scale + 1)
		digits[ndigits++] = '0';

	need = (size_t) ndigits + (value < 0 ? 1 : 0) + (scale > 0 ? 1 : 0);
	if (buf == NULL || buflen <= need)
		return need;

	if (value < 0)
		buf[pos++] = '-';
	for (i = ndigits - 1; i >= 0; i--)
	{
		buf[pos++] = digits[i];
		if (i == scale && scale > 0)
			buf[pos++] = '.';
	}
	buf[pos] = '\0';
	return need;
}

/* Three-way comparison of two int64 values. */
static int
cmp_int64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a;
	int64_t		y = *(const int64_t *) b;

	return (x > y) - (x < y);
}

/* Release what llmnum_schedule_build allocated. */
void
llmnum_schedule_free(const llmnum_host *host, llmnum_schedule *schedule)
{
	int			i;

	if (schedule->segments == NULL)
		return;
	for (i = 0; i < schedule->nsegments; i++)
		host->free(schedule->segments[i].tiers);
	host->free(schedule->segments);
	schedule->segments = NULL;
	schedule->nsegments = 0;
}

/*
 * Cut the time line at every period boundary; inside each piece, every
 * price is constant, so the user-over-built-in choice is made here once.
 */
llmnum_cost_status
llmnum_schedule_build(const llmnum_host *host, const llmnum_period *periods,
					  size_t nperiods, llmnum_schedule *out)
{
	int64_t    *bounds;
	size_t		nbounds = 0;
	size_t		i,
				b,
				p;
	int64_t    *tiers;

	out->nsegments = 0;
	out->segments = NULL;

	for (p = 0; p < nperiods; p++)
	{
		if (periods[p].component < 0 ||
			periods[p].component >= LLMNUM_NCOMPONENTS ||
			periods[p].valid_to <= periods[p].valid_from ||
			periods[p].tier_above < 0 ||
			periods[p].price.units < 0 ||
			periods[p].price.scale < 0 ||
			periods[p].price.scale > LLMNUM_MAX_SCALE)
			return LLMNUM_COST_BAD_PERIOD;
	}
	if (nperiods == 0)
		return LLMNUM_COST_OK;

	bounds = host->alloc(sizeof(int64_t) * nperiods * 2);
	tiers = host->alloc(sizeof(int64_t) * nperiods);
	for (p = 0; p < nperiods; p++)
	{
		bounds[nbounds++] = periods[p].valid_from;
		if (periods[p].valid_to != LLMNUM_FOREVER)
			bounds[nbounds++] = periods[p].valid_to;
	}
	qsort(bounds, nbounds, sizeof(int64_t), cmp_int64);
	for (i = 1, b = 1; i < nbounds; i++)
		if (bounds[i] != bounds[b - 1])
			bounds[b++] = bounds[i];
	nbounds = b;

	out->segments = host->alloc(sizeof(llmnum_segment) * nbounds);
	for (b = 0; b < nbounds; b++)
	{
		int64_t		from = bounds[b];
		int64_t		to = b + 1 < nbounds ? bounds[b + 1] : LLMNUM_FOREVER;
		size_t		ntiers = 0;
		llmnum_segment *seg;

		/* quadratic in the rows of one model: stay cancellable */
		if ((b & 63) == 0)
			host->check_interrupts();

		for (p = 0; p < nperiods; p++)
		{
			if (periods[p].valid_from <= from && from < periods[p].valid_to)
			{
				for (i = 0; i < ntiers; i++)
					if (tiers[i] == periods[p].tier_above)
						break;
				if (i == ntiers)
					tiers[ntiers++] = periods[p].tier_above;
			}
		}
		if (ntiers == 0)
			continue;
		qsort(tiers, ntiers, sizeof(int64_t), cmp_int64);

		seg = &out->segments[out->nsegments++];
		seg->from = from;
		seg->to = to;
		seg->ntiers = (int) ntiers;
		seg->tiers = host->alloc(sizeof(llmnum_tier_prices) * ntiers);
		memset(seg->tiers, 0, sizeof(llmnum_tier_prices) * ntiers);
		for (i = 0; i < ntiers; i++)
			seg->tiers[i].tier_above = tiers[i];

		for (p = 0; p < nperiods; p++)
		{
			const llmnum_period *pr = &periods[p];
			llmnum_tier_prices *tp = NULL;
			uint32_t	bit = (uint32_t) 1 << pr->component;

			if (!(pr->valid_from <= from && from < pr->valid_to))
				continue;
			for (i = 0; i < ntiers; i++)
				if (seg->tiers[i].tier_above == pr->tier_above)
					tp = &seg->tiers[i];
			/* a built-in price never replaces a user price */
			if ((tp->present & bit) && tp->is_user[pr->component] && !pr->is_user)
				continue;
			tp->present |= bit;
			tp->price[pr->component] = pr->price;
			tp->is_user[pr->component] = pr->is_user;
		}
	}
	host->free(bounds);
	host->free(tiers);
	return LLMNUM_COST_OK;
}

/* The segment in force at a moment, or NULL in a gap. */
const llmnum_segment *
llmnum_schedule_find(const llmnum_schedule *schedule, int64_t at)
{
	int			lo = 0;
	int			hi = schedule->nsegments - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const llmnum_segment *s = &schedule->segments[mid];

		if (at < s->from)
			hi = mid - 1;
		else if (at >= s->to)
			lo = mid + 1;
		else
			return s;
	}
	return NULL;
}

/* The tier a request of that many input tokens is billed at, or NULL. */
const llmnum_tier_prices *
llmnum_segment_tier(const llmnum_segment *segment, int64_t input_tokens)
{
	const llmnum_tier_prices *best = NULL;
	int			i;

	for (i = 0; i < segment->ntiers; i++)
	{
		int64_t		t = segment->tiers[i].tier_above;

		if (t == 0 || input_tokens > t)
			best = &segment->tiers[i];
	}
	return best;
}

/* 10^0 .. 10^18, the rescaling factors between price scales. */
static const llmnum_i128 pow10_i128[] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
	100000000000000000, 1000000000000000000
};

/*
 * Cost of one request at a moment under the billing rules at the top of
 * this file; on failure out->missing names the component that was needed.
 */
llmnum_cost_status
llmnum_cost_compute(const llmnum_schedule *schedule, int64_t at,
					const llmnum_usage *usage, llmnum_cost *out)
{
	const llmnum_segment *seg;
	const llmnum_tier_prices *tp;
	int64_t		tokens[3];
	int			comp[3];
	int			maxscale = 0;
	llmnum_i128 total = 0;
	int			i;

	out->value = 0;
	out->scale = 6;
	out->missing = -1;
	out->tier_above = 0;

	if (usage->input_tokens < 0 || usage->output_tokens < 0 ||
		usage->cached_tokens < 0)
		return LLMNUM_COST_NEGATIVE_TOKENS;
	if (usage->cached_tokens > usage->input_tokens)
		return LLMNUM_COST_CACHED_EXCEEDS_INPUT;

	seg = llmnum_schedule_find(schedule, at);
	if (seg == NULL)
		return LLMNUM_COST_NO_PRICE_AT;
	tp = llmnum_segment_tier(seg, usage->input_tokens);
	if (tp == NULL)
	{
		out->missing = LLMNUM_INPUT;
		return LLMNUM_COST_MISSING_COMPONENT;
	}
	out->tier_above = tp->tier_above;

	tokens[0] = usage->input_tokens - usage->cached_tokens;
	comp[0] = usage->batch ? LLMNUM_BATCH_INPUT : LLMNUM_INPUT;
	tokens[1] = usage->cached_tokens;
	comp[1] = (tp->present & (1u << LLMNUM_CACHED_INPUT)) ? LLMNUM_CACHED_INPUT : comp[0];
	tokens[2] = usage->output_tokens;
	comp[2] = usage->batch ? LLMNUM_BATCH_OUTPUT : LLMNUM_OUTPUT;

	for (i = 0; i < 3; i++)
	{
		if (tokens[i] == 0)
			continue;
		if (!(tp->present & (1u << comp[i])))
		{
			out->missing = comp[i];
			return LLMNUM_COST_MISSING_COMPONENT;
		}
		if (tp->price[comp[i]].scale > maxscale)
			maxscale = tp->price[comp[i]].scale;
	}

	for (i = 0; i < 3; i++)
	{
		const llmnum_money *m;
		llmnum_i128 term;

		if (tokens[i] == 0)
			continue;
		m = &tp->price[comp[i]];
		/* int64 * int64 always fits 128 bits; the rescale may not */
		term = (llmnum_i128) tokens[i] * (llmnum_i128) m->units;
		if (__builtin_mul_overflow(term, pow10_i128[maxscale - m->scale], &term) ||
			__builtin_add_overflow(total, term, &total))
			return LLMNUM_COST_OVERFLOW;
	}
	out->value = total;
	out->scale = maxscale + 6;
	return LLMNUM_COST_OK;
}
