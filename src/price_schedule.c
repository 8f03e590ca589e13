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
 *	  error rather than a silent fallback to the cheaper base tier.  A tier
 *	  may be a known unknown (tier_only rows: a host whose own long-context
 *	  prices the catalog lacks): it exists and prices nothing but what user
 *	  rows price in it, so a request above it is refused, not billed at the
 *	  base rate;
 *	- input_tokens is the whole prompt and output_tokens the whole
 *	  completion; the parts billed at other rates (cache reads and writes,
 *	  audio; reasoning, audio output) are counted inside them, so a part
 *	  larger than its whole is an error and no token is billed twice;
 *	- reasoning tokens are billed at reasoning_output where the model has
 *	  it, else as output; a request fee (request) is billed only where the
 *	  model has one; audio tokens only at audio prices, and never in the
 *	  batch, flex or priority tiers (no such prices are published);
 *	- flex and priority bill input, cached input and output at their own
 *	  prices; cache writes keep their price in every service tier;
 *	- a row of several requests (aggregated exports) is billed at a long-
 *	  context tier only as its tier policy allows (pick_tier);
 *	- a component whose token count is zero needs no price (an embedding
 *	  model has no output price), but a model with no price at all in force
 *	  at the requested moment is an error even for zero tokens;
 *	- a price window (peak or off-peak hours) prices the requests made in
 *	  its hours of the week; a row of several requests is refused where
 *	  prices vary by the hour, since its requests may fall on either side.
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
	"batch_input", "batch_output", "training",
	"reasoning_output", "audio_input", "cached_audio_input", "audio_output",
	"request", "web_search",
	"flex_input", "flex_cached_input", "flex_output",
	"priority_input", "priority_cached_input", "priority_output"
};

static const char *const service_tier_names[] = {
	"standard", "batch", "flex", "priority"
};

static const char *const tier_policy_names[] = {
	"strict", "average", "base", "long"
};

/* Index of a name in a list, or -1. */
static int
name_index(const char *const *names, int n, const char *name, size_t len)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0)
			return i;
	}
	return -1;
}

/* Spelling of a service tier, or NULL when out of range. */
const char *
llmnum_service_tier_name(int tier)
{
	if (tier < 0 || tier > LLMNUM_SERVICE_PRIORITY)
		return NULL;
	return service_tier_names[tier];
}

/*
 * A service tier by name; -1 when unknown.  "default" is how OpenAI
 * responses and "standard" how Anthropic usage objects name the ordinary
 * tier; both are the standard tier here.
 */
int
llmnum_service_tier_from_name(const char *name, size_t len)
{
	if (len == 7 && memcmp(name, "default", 7) == 0)
		return LLMNUM_SERVICE_STANDARD;
	return name_index(service_tier_names, 4, name, len);
}

/* A tier policy by name; -1 when unknown. */
int
llmnum_tier_policy_from_name(const char *name, size_t len)
{
	return name_index(tier_policy_names, 4, name, len);
}

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
	return name_index(component_names, LLMNUM_NCOMPONENTS, name, len);
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
	{
		host->free(schedule->segments[i].tiers);
		if (schedule->segments[i].windows != NULL)
			host->free(schedule->segments[i].windows);
	}
	host->free(schedule->segments);
	schedule->segments = NULL;
	schedule->nsegments = 0;
}

/*
 * Whether a window holds a minute of the week: on one of its days, from its
 * start to its end, or past midnight into the next day when it ends at or
 * before its start.
 */
static bool
window_holds(const llmnum_price_window *w, int minute_of_week)
{
	int			day = minute_of_week / 1440;
	int			minute = minute_of_week % 1440;

	if (w->end > w->start)
		return (w->days & (1 << day)) && w->start <= minute && minute < w->end;
	return ((w->days & (1 << day)) && minute >= w->start) ||
		((w->days & (1 << (day + 6) % 7)) && minute < w->end);
}

/*
 * Whether two windows share a minute of the week.  Each is a set of arcs of
 * the week of at most a day, and two such arcs meet exactly when one of
 * them starts inside the other.
 */
static bool
windows_overlap(const llmnum_price_window *a, const llmnum_price_window *b)
{
	int			d;

	for (d = 0; d < 7; d++)
		if (((b->days & (1 << d)) && window_holds(a, d * 1440 + b->start)) ||
			((a->days & (1 << d)) && window_holds(b, d * 1440 + a->start)))
			return true;
	return false;
}

/* Whether two price sets bill every component alike. */
static bool
same_prices(const llmnum_tier_prices *a, const llmnum_tier_prices *b)
{
	int			c;

	if (a->present != b->present)
		return false;
	for (c = 0; c < LLMNUM_NCOMPONENTS; c++)
		if ((a->present & (1u << c)) &&
			(a->price[c].units != b->price[c].units || a->price[c].scale != b->price[c].scale))
			return false;
	return true;
}

/*
 * The windows of the periods in force over seg, each a copy of the base
 * tier with the window's built-in prices in place of the others (never of
 * a user price).  False when two windows overlap.
 */
static bool
add_windows(const llmnum_host *host, const llmnum_period *periods, size_t nperiods,
			llmnum_segment *seg)
{
	size_t		p;
	int			i,
				j;

	for (p = 0; p < nperiods; p++)
	{
		const llmnum_period *pr = &periods[p];
		llmnum_price_window *w = NULL;
		uint32_t	bit;

		if (pr->window_days == 0 ||
			!(pr->valid_from <= seg->from && seg->from < pr->valid_to))
			continue;
		if (seg->tiers[0].tier_above != 0)
			return false;
		for (i = 0; i < seg->nwindows; i++)
			if (seg->windows[i].days == pr->window_days &&
				seg->windows[i].start == pr->window_start &&
				seg->windows[i].end == pr->window_end)
				w = &seg->windows[i];
		if (w == NULL)
		{
			/* at most one window per period row */
			if (seg->windows == NULL)
				seg->windows = host->alloc(sizeof(llmnum_price_window) * nperiods);
			w = &seg->windows[seg->nwindows++];
			w->days = pr->window_days;
			w->start = pr->window_start;
			w->end = pr->window_end;
			w->prices = seg->tiers[0];
		}
		bit = (uint32_t) 1 << pr->component;
		if ((w->prices.present & bit) && w->prices.is_user[pr->component])
			continue;
		w->prices.present |= bit;
		w->prices.price[pr->component] = pr->price;
	}
	for (i = 0; i < seg->nwindows; i++)
		for (j = i + 1; j < seg->nwindows; j++)
			if (windows_overlap(&seg->windows[i], &seg->windows[j]))
				return false;

	/*
	 * A window whose every price a user price replaces bills as the other
	 * hours do: dropped, so that a row of several requests is priced again.
	 */
	for (i = 0, j = 0; i < seg->nwindows; i++)
		if (!same_prices(&seg->windows[i].prices, &seg->tiers[0]))
			seg->windows[j++] = seg->windows[i];
	seg->nwindows = j;
	return true;
}

/*
 * Cut the time line at every period boundary; inside each piece, every
 * price is constant (but by the hour, in windows), so the user-over-built-in
 * choice is made here once.
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
		const llmnum_period *pr = &periods[p];

		if (pr->valid_to <= pr->valid_from || pr->tier_above < 0)
			return LLMNUM_COST_BAD_PERIOD;
		/*
		 * a known unknown is a long-context tier or an optional component
		 * (the request fee) of the base tier; its price is not read
		 */
		if (pr->tier_only ? pr->tier_above == 0
			: pr->unknown ? (pr->component != LLMNUM_REQUEST || pr->tier_above != 0)
			: (pr->component < 0 || pr->component >= LLMNUM_NCOMPONENTS ||
			   pr->price.units < 0 || pr->price.scale < 0 ||
			   pr->price.scale > LLMNUM_MAX_SCALE))
			return LLMNUM_COST_BAD_PERIOD;
		/* a window prices the base tier over whole minutes of a day */
		if (pr->window_days != 0 &&
			(pr->tier_only || pr->unknown || pr->is_user || pr->tier_above != 0 ||
			 pr->window_days > 127 || pr->window_start < 0 || pr->window_start >= 1440 ||
			 pr->window_end < 0 || pr->window_end >= 1440))
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
			if (periods[p].window_days == 0 &&
				periods[p].valid_from <= from && from < periods[p].valid_to)
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
		seg->nwindows = 0;
		seg->windows = NULL;
		seg->tiers = host->alloc(sizeof(llmnum_tier_prices) * ntiers);
		memset(seg->tiers, 0, sizeof(llmnum_tier_prices) * ntiers);
		for (i = 0; i < ntiers; i++)
			seg->tiers[i].tier_above = tiers[i];

		for (p = 0; p < nperiods; p++)
		{
			const llmnum_period *pr = &periods[p];
			llmnum_tier_prices *tp = NULL;
			uint32_t	bit;

			if (pr->window_days != 0 ||
				!(pr->valid_from <= from && from < pr->valid_to))
				continue;
			for (i = 0; i < ntiers; i++)
				if (seg->tiers[i].tier_above == pr->tier_above)
					tp = &seg->tiers[i];
			if (pr->tier_only)
			{
				tp->gap = true;
				continue;
			}
			bit = (uint32_t) 1 << pr->component;
			if (pr->unknown)
			{
				tp->unknown |= bit;
				continue;
			}
			/* a built-in price never replaces a user price */
			if ((tp->present & bit) && tp->is_user[pr->component] && !pr->is_user)
				continue;
			tp->present |= bit;
			tp->price[pr->component] = pr->price;
			tp->is_user[pr->component] = pr->is_user;
		}
		if (!add_windows(host, periods, nperiods, seg))
		{
			/* overlapping windows, or a window without a base tier */
			host->free(bounds);
			host->free(tiers);
			llmnum_schedule_free(host, out);
			return LLMNUM_COST_BAD_PERIOD;
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

/*
 * The minute of the week of a moment, from Monday 00:00 UTC.  2000-01-01,
 * PostgreSQL's epoch, was a Saturday: day 5 of a week from Monday.
 */
int
llmnum_minute_of_week(int64_t at)
{
	int64_t		minutes = at / 60000000;

	/* round toward minus infinity before 2000 */
	if (at % 60000000 < 0)
		minutes--;
	minutes = (minutes + 5 * 1440) % LLMNUM_MINUTES_PER_WEEK;
	if (minutes < 0)
		minutes += LLMNUM_MINUTES_PER_WEEK;
	return (int) minutes;
}

/* The window of the segment whose hours hold the moment, or NULL. */
const llmnum_price_window *
llmnum_segment_window(const llmnum_segment *segment, int64_t at)
{
	int			mow = llmnum_minute_of_week(at);
	int			i;

	for (i = 0; i < segment->nwindows; i++)
		if (window_holds(&segment->windows[i], mow))
			return &segment->windows[i];
	return NULL;
}

/* 10^0 .. 10^18, the rescaling factors between price scales. */
static const llmnum_i128 pow10_i128[] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
	100000000000000000, 1000000000000000000
};

/* Component of plain input, cached input and output per service tier. */
static const int tier_input[] = {LLMNUM_INPUT, LLMNUM_BATCH_INPUT, LLMNUM_FLEX_INPUT, LLMNUM_PRIORITY_INPUT};
static const int tier_cached[] = {LLMNUM_CACHED_INPUT, LLMNUM_CACHED_INPUT, LLMNUM_FLEX_CACHED_INPUT, LLMNUM_PRIORITY_CACHED_INPUT};
static const int tier_output[] = {LLMNUM_OUTPUT, LLMNUM_BATCH_OUTPUT, LLMNUM_FLEX_OUTPUT, LLMNUM_PRIORITY_OUTPUT};

#define HAS(tp, c) (((tp)->present & (1u << (c))) != 0)

/*
 * The long-context tier of a usage row.  One request is billed at the
 * highest tier its input exceeds.  A row of n > 1 requests only knows the
 * sum of their inputs: every request is in the base tier when the sum is
 * at most the lowest threshold, but otherwise some requests may be above a
 * threshold and some below, so the policy says what to assume.
 */
static llmnum_cost_status
pick_tier(const llmnum_segment *seg, const llmnum_usage *u, int64_t requests,
		  const llmnum_tier_prices **out)
{
	const llmnum_tier_prices *top = &seg->tiers[seg->ntiers - 1];
	int			i;

	*out = NULL;
	if (top->tier_above == 0 ||
		(requests == 1 && u->tier_policy != LLMNUM_TIER_BASE &&
		 u->tier_policy != LLMNUM_TIER_LONG))
	{
		*out = llmnum_segment_tier(seg, u->input_tokens);
		return LLMNUM_COST_OK;
	}
	/* base and long are what the caller knows (an export's context column) */
	switch (u->tier_policy)
	{
		case LLMNUM_TIER_BASE:
			if (seg->tiers[0].tier_above == 0)
				*out = &seg->tiers[0];
			return LLMNUM_COST_OK;
		case LLMNUM_TIER_LONG:
			/* every request above T implies a sum above n * T */
			if ((llmnum_i128) u->input_tokens <= (llmnum_i128) top->tier_above * requests)
				return LLMNUM_COST_TIER_CONTRADICTION;
			*out = top;
			return LLMNUM_COST_OK;
		case LLMNUM_TIER_AVERAGE:
			for (i = 0; i < seg->ntiers; i++)
			{
				int64_t		t = seg->tiers[i].tier_above;

				if (t == 0 ||
					(llmnum_i128) u->input_tokens > (llmnum_i128) t * requests)
					*out = &seg->tiers[i];
			}
			return LLMNUM_COST_OK;
		default:
			{
				/* the lowest threshold above the base tier */
				int64_t		lowest = seg->tiers[seg->tiers[0].tier_above == 0 ? 1 : 0].tier_above;

				if (u->input_tokens > lowest)
					return LLMNUM_COST_TIER_UNDECIDABLE;
				*out = llmnum_segment_tier(seg, u->input_tokens);
				return LLMNUM_COST_OK;
			}
	}
}

/*
 * Cost of one usage row at a moment under the billing rules at the top of
 * this file; on failure out->missing names the component that was needed.
 * out->lines lists the billed parts in a fixed order (the breakdown).
 */
llmnum_cost_status
llmnum_cost_compute(const llmnum_schedule *schedule, int64_t at,
					const llmnum_usage *usage, llmnum_cost *out)
{
	const llmnum_segment *seg;
	const llmnum_tier_prices *tp;
	int64_t		tokens[LLMNUM_MAX_LINES];
	int			comp[LLMNUM_MAX_LINES];
	bool		optional_line[LLMNUM_MAX_LINES];
	int			n = 0;
	int			maxscale = 0;
	llmnum_i128 total = 0;
	int64_t		requests = usage->requests == 0 ? 1 : usage->requests;
	int			st_tier = usage->service_tier;
	int64_t		in_parts,
				out_parts;
	llmnum_cost_status status;
	int			i;

	out->value = 0;
	out->scale = 6;
	out->missing = -1;
	out->tier_above = 0;
	out->tier_gap = false;
	out->price_unknown = false;
	out->nlines = 0;

	if (usage->input_tokens < 0 || usage->output_tokens < 0 ||
		usage->cached_tokens < 0 || usage->cache_write_tokens < 0 ||
		usage->cache_write_1h_tokens < 0 || usage->audio_input_tokens < 0 ||
		usage->cached_audio_tokens < 0 || usage->reasoning_tokens < 0 ||
		usage->audio_output_tokens < 0 || usage->web_search_calls < 0)
		return LLMNUM_COST_NEGATIVE_TOKENS;
	if (requests < 1)
		return LLMNUM_COST_BAD_REQUESTS;
	if (usage->batch)
	{
		if (st_tier != LLMNUM_SERVICE_STANDARD && st_tier != LLMNUM_SERVICE_BATCH)
			return LLMNUM_COST_BAD_PERIOD;
		st_tier = LLMNUM_SERVICE_BATCH;
	}
	if (st_tier < 0 || st_tier > LLMNUM_SERVICE_PRIORITY)
		return LLMNUM_COST_BAD_PERIOD;

	/* every count is below 2^63, so four of them cannot overflow 2^65 */
	in_parts = 0;
	if (__builtin_add_overflow(usage->cached_tokens, usage->cache_write_tokens, &in_parts) ||
		__builtin_add_overflow(in_parts, usage->cache_write_1h_tokens, &in_parts) ||
		__builtin_add_overflow(in_parts, usage->audio_input_tokens, &in_parts) ||
		in_parts > usage->input_tokens ||
		usage->cached_audio_tokens > usage->audio_input_tokens)
		return LLMNUM_COST_CACHED_EXCEEDS_INPUT;
	if (__builtin_add_overflow(usage->reasoning_tokens, usage->audio_output_tokens, &out_parts) ||
		out_parts > usage->output_tokens)
		return LLMNUM_COST_OUTPUT_PARTS_EXCEED;

	seg = llmnum_schedule_find(schedule, at);
	if (seg == NULL)
		return LLMNUM_COST_NO_PRICE_AT;
	if (seg->nwindows > 0 && requests > 1)
		return LLMNUM_COST_WINDOW_UNDECIDABLE;
	status = pick_tier(seg, usage, requests, &tp);
	if (status != LLMNUM_COST_OK)
	{
		/* name the threshold in question */
		out->tier_above = seg->tiers[seg->ntiers - 1].tier_above;
		return status;
	}
	if (tp == NULL)
	{
		out->missing = LLMNUM_INPUT;
		return LLMNUM_COST_MISSING_COMPONENT;
	}
	if (seg->nwindows > 0)
	{
		const llmnum_price_window *w = llmnum_segment_window(seg, at);

		/* a window prices the base tier; its long-context rate is unknown */
		if (w != NULL && tp != &seg->tiers[0])
		{
			out->tier_above = tp->tier_above;
			return LLMNUM_COST_WINDOW_UNDECIDABLE;
		}
		if (w != NULL)
			tp = &w->prices;
	}
	out->tier_above = tp->tier_above;

	/* text input not read from or written to the cache */
	tokens[n] = usage->input_tokens - in_parts;
	comp[n] = tier_input[st_tier];
	optional_line[n++] = false;

	/*
	 * Cached text: at the tier's cached price; the standard and batch tiers
	 * fall back to their input price when the model has no cached price
	 * (before prompt caching existed), flex and priority only when the
	 * model has no cached_input at all (else their discount is unknown).
	 * Never in a known-unknown tier: there the missing price is unknown,
	 * not absent.
	 */
	tokens[n] = usage->cached_tokens;
	comp[n] = tier_cached[st_tier];
	if (!HAS(tp, comp[n]) && !tp->gap &&
		(st_tier <= LLMNUM_SERVICE_BATCH || !HAS(tp, LLMNUM_CACHED_INPUT)))
		comp[n] = tier_input[st_tier];
	optional_line[n++] = false;

	/* cache writes are billed at their own prices in every service tier */
	tokens[n] = usage->cache_write_tokens;
	comp[n] = LLMNUM_CACHE_WRITE;
	optional_line[n++] = false;
	tokens[n] = usage->cache_write_1h_tokens;
	comp[n] = LLMNUM_CACHE_WRITE_1H;
	optional_line[n++] = false;

	/* audio has no batch, flex or priority price: such rows are refused */
	if (st_tier != LLMNUM_SERVICE_STANDARD &&
		(usage->audio_input_tokens > 0 || usage->audio_output_tokens > 0))
	{
		out->missing = usage->audio_input_tokens > 0 ? LLMNUM_AUDIO_INPUT : LLMNUM_AUDIO_OUTPUT;
		return LLMNUM_COST_MISSING_COMPONENT;
	}
	tokens[n] = usage->audio_input_tokens - usage->cached_audio_tokens;
	comp[n] = LLMNUM_AUDIO_INPUT;
	optional_line[n++] = false;
	/*
	 * Cached audio is discounted wherever it is reported, at a rate the
	 * catalog must hold: billed at the audio price it would cost several
	 * times over.
	 */
	tokens[n] = usage->cached_audio_tokens;
	comp[n] = LLMNUM_CACHED_AUDIO_INPUT;
	optional_line[n++] = false;

	tokens[n] = usage->output_tokens - out_parts;
	comp[n] = tier_output[st_tier];
	optional_line[n++] = false;

	/* reasoning is output unless the model prices it apart */
	tokens[n] = usage->reasoning_tokens;
	comp[n] = (st_tier == LLMNUM_SERVICE_STANDARD && HAS(tp, LLMNUM_REASONING_OUTPUT))
		? LLMNUM_REASONING_OUTPUT : tier_output[st_tier];
	optional_line[n++] = false;

	tokens[n] = usage->audio_output_tokens;
	comp[n] = LLMNUM_AUDIO_OUTPUT;
	optional_line[n++] = false;

	/*
	 * a request fee applies only where the model has one, or is known to
	 * have one at a price the catalog lacks
	 */
	tokens[n] = requests;
	comp[n] = LLMNUM_REQUEST;
	optional_line[n++] = true;

	tokens[n] = usage->web_search_calls;
	comp[n] = LLMNUM_WEB_SEARCH;
	optional_line[n++] = false;

	for (i = 0; i < n; i++)
	{
		if (tokens[i] == 0)
			continue;
		if (!HAS(tp, comp[i]))
		{
			if (optional_line[i] && !(tp->unknown & (1u << comp[i])))
			{
				tokens[i] = 0;
				continue;
			}
			out->missing = comp[i];
			out->tier_gap = tp->gap;
			out->price_unknown = (tp->unknown & (1u << comp[i])) != 0;
			return LLMNUM_COST_MISSING_COMPONENT;
		}
		if (tp->price[comp[i]].scale > maxscale)
			maxscale = tp->price[comp[i]].scale;
	}

	for (i = 0; i < n; i++)
	{
		const llmnum_money *m;
		llmnum_i128 term;
		llmnum_cost_line *line;

		if (tokens[i] == 0)
			continue;
		m = &tp->price[comp[i]];
		/* int64 * int64 always fits 128 bits; the rescale may not */
		term = (llmnum_i128) tokens[i] * (llmnum_i128) m->units;
		if (__builtin_mul_overflow(term, pow10_i128[maxscale - m->scale], &term) ||
			__builtin_add_overflow(total, term, &total))
			return LLMNUM_COST_OVERFLOW;
		line = &out->lines[out->nlines++];
		line->component = comp[i];
		line->tokens = tokens[i];
		line->price = *m;
	}
	out->value = total;
	out->scale = maxscale + 6;
	return LLMNUM_COST_OK;
}
