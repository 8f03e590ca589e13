/*-------------------------------------------------------------------------
 *
 * price_schedule.h
 *	  Exact fixed-point cost arithmetic over dated price schedules.
 *
 * A price is a decimal number of US dollars per million tokens, held as an
 * integer count of units of 10^-scale (llmnum_money).  A model's prices
 * arrive as a list of periods (component, long-context tier, validity,
 * price, user or built-in); llmnum_schedule_build() folds them into
 * consecutive time segments in which every price is constant, resolving
 * user overrides once, so that costing one request is a binary search and
 * a few 128-bit multiplications.
 *
 * Nothing here knows about PostgreSQL: memory comes from an llmnum_host and
 * every failure is a return code.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_PRICE_SCHEDULE_H
#define LLMNUM_PRICE_SCHEDULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "host.h"

__extension__ typedef __int128 llmnum_i128;

/* Price components, in the order the catalog's CHECK constraint lists them. */
typedef enum llmnum_component
{
	LLMNUM_INPUT = 0,
	LLMNUM_OUTPUT,
	LLMNUM_CACHED_INPUT,
	LLMNUM_CACHE_WRITE,
	LLMNUM_CACHE_WRITE_1H,
	LLMNUM_BATCH_INPUT,
	LLMNUM_BATCH_OUTPUT,
	LLMNUM_TRAINING,
	LLMNUM_REASONING_OUTPUT,	/* optional: else reasoning is billed as output */
	LLMNUM_AUDIO_INPUT,
	LLMNUM_CACHED_AUDIO_INPUT,	/* required by cached audio tokens */
	LLMNUM_AUDIO_OUTPUT,
	LLMNUM_REQUEST,				/* per million requests; optional */
	LLMNUM_WEB_SEARCH,			/* per million web-search calls */
	LLMNUM_FLEX_INPUT,
	LLMNUM_FLEX_CACHED_INPUT,
	LLMNUM_FLEX_OUTPUT,
	LLMNUM_PRIORITY_INPUT,
	LLMNUM_PRIORITY_CACHED_INPUT,
	LLMNUM_PRIORITY_OUTPUT,
	LLMNUM_NCOMPONENTS
} llmnum_component;

/* Service tiers of a request; batch is the old boolean argument. */
typedef enum llmnum_service_tier
{
	LLMNUM_SERVICE_STANDARD = 0,
	LLMNUM_SERVICE_BATCH,
	LLMNUM_SERVICE_FLEX,
	LLMNUM_SERVICE_PRIORITY
} llmnum_service_tier;

/*
 * How the long-context tier of a row that stands for several requests is
 * decided (a single request is always billed at the tier its input
 * exceeds, whatever the policy).
 */
typedef enum llmnum_tier_policy
{
	LLMNUM_TIER_STRICT = 0,		/* decide only when the row proves it */
	LLMNUM_TIER_AVERAGE,		/* the tier of the average request */
	LLMNUM_TIER_BASE,			/* caller says: every request in the base tier */
	LLMNUM_TIER_LONG			/* caller says: every request above the top tier */
} llmnum_tier_policy;

/* Largest number of decimals a price may carry (10^18 still fits int64). */
#define LLMNUM_MAX_SCALE 18

/* Open end of a validity period. */
#define LLMNUM_FOREVER INT64_MAX

/*
 * Times are PostgreSQL's: microseconds since 2000-01-01 00:00 UTC.  Only
 * the hours of the week of price windows depend on it.
 */
#define LLMNUM_MINUTES_PER_WEEK (7 * 24 * 60)

typedef enum llmnum_cost_status
{
	LLMNUM_COST_OK = 0,
	LLMNUM_COST_NEGATIVE_TOKENS,	/* a token count is below zero */
	LLMNUM_COST_CACHED_EXCEEDS_INPUT,	/* cached part larger than input */
	LLMNUM_COST_NO_PRICE_AT,	/* no price at all in force at that time */
	LLMNUM_COST_MISSING_COMPONENT,	/* a needed component is not priced */
	LLMNUM_COST_OVERFLOW,		/* result does not fit 128 bits */
	LLMNUM_COST_BAD_DECIMAL,	/* price text is not a plain decimal */
	LLMNUM_COST_BAD_PERIOD,		/* component out of range, to <= from */
	LLMNUM_COST_OUTPUT_PARTS_EXCEED,	/* reasoning + audio output > output */
	LLMNUM_COST_BAD_REQUESTS,	/* requests < 1 */
	LLMNUM_COST_TIER_UNDECIDABLE,	/* aggregated row may straddle a tier */
	LLMNUM_COST_TIER_CONTRADICTION, /* LONG policy but average below the tier */
	LLMNUM_COST_WINDOW_UNDECIDABLE	/* aggregated row, prices vary by hour */
} llmnum_cost_status;

/* value = units / 10^scale */
typedef struct llmnum_money
{
	int64_t		units;
	int			scale;
} llmnum_money;

/* One row of the price catalog, as the caller read it. */
typedef struct llmnum_period
{
	int			component;		/* llmnum_component */
	int64_t		tier_above;		/* tier_above_tokens; 0 = base tier */
	int64_t		valid_from;		/* inclusive, caller's time unit */
	int64_t		valid_to;		/* exclusive, LLMNUM_FOREVER if open */
	llmnum_money price;			/* USD per million tokens */
	bool		is_user;		/* user rows shadow built-in rows */

	/*
	 * Known unknowns; neither reads the price.  tier_only: requests above
	 * tier_above are billed at prices the catalog does not have.  The row
	 * makes the tier exist over its period and prices nothing (component is
	 * ignored), so that such a request finds no price instead of falling to
	 * a lower tier's.  unknown: the model bills the component (a fee per
	 * request whose amount depends on a request option that usage does not
	 * record) at a price the catalog does not have, so that the component
	 * is required instead of optional.
	 */
	bool		tier_only;
	bool		unknown;

	/*
	 * A price window (window_days != 0): a base-tier price that replaces
	 * the period's price of the component on the UTC weekdays of
	 * window_days (bit d - 1 for ISO day d, the day the window starts),
	 * from minute window_start to window_end of the day (exclusive; at or
	 * before the start: the next day), such as a peak-hour rate.  It does
	 * not replace a user price.
	 */
	uint8_t		window_days;
	int16_t		window_start;
	int16_t		window_end;
} llmnum_period;

/* Prices of one tier inside one segment. */
typedef struct llmnum_tier_prices
{
	int64_t		tier_above;
	uint32_t	present;		/* bit per component */
	llmnum_money price[LLMNUM_NCOMPONENTS];
	bool		is_user[LLMNUM_NCOMPONENTS];
	bool		gap;			/* a tier_only row covers it */
	uint32_t	unknown;		/* bit per component an unknown row covers */
} llmnum_tier_prices;

/* The prices of one window of hours inside a segment. */
typedef struct llmnum_price_window
{
	uint8_t		days;			/* as llmnum_period.window_days */
	int16_t		start;
	int16_t		end;
	llmnum_tier_prices prices;	/* the base tier, window prices in place */
} llmnum_price_window;

/*
 * A time interval in which no price of the model changes but by the hour
 * of the week (windows of the base tier, which do not overlap).
 */
typedef struct llmnum_segment
{
	int64_t		from;
	int64_t		to;
	int			ntiers;			/* tiers[] sorted by tier_above, >= 1 */
	llmnum_tier_prices *tiers;
	int			nwindows;
	llmnum_price_window *windows;
} llmnum_segment;

typedef struct llmnum_schedule
{
	int			nsegments;		/* sorted, non-overlapping; gaps allowed */
	llmnum_segment *segments;
} llmnum_schedule;

/*
 * One usage row to price: one request, or `requests` requests summed.
 * input_tokens is the whole prompt: it includes every part below that is
 * billed at another rate (cached reads, cache writes, audio); output_tokens
 * is the whole completion, reasoning and audio included.  The text part
 * billed at the plain input (output) price is what remains.  Callers zero
 * the struct first (LLMNUM_USAGE_INIT): fields after `batch` were added in
 * 1.0.0 and 0 means none.
 */
typedef struct llmnum_usage
{
	int64_t		input_tokens;	/* includes every input part below */
	int64_t		output_tokens;	/* includes reasoning and audio output */
	int64_t		cached_tokens;	/* text read from the prompt cache */
	bool		batch;			/* same as service_tier = BATCH */
	int64_t		cache_write_tokens; /* 5-minute cache writes */
	int64_t		cache_write_1h_tokens;
	int64_t		audio_input_tokens; /* includes cached_audio_tokens */
	int64_t		cached_audio_tokens;
	int64_t		reasoning_tokens;
	int64_t		audio_output_tokens;
	int64_t		web_search_calls;
	int64_t		requests;		/* 0 is read as 1 */
	int			service_tier;	/* llmnum_service_tier */
	int			tier_policy;	/* llmnum_tier_policy */
} llmnum_usage;

#define LLMNUM_USAGE_INIT {0, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0}

/* Most lines a cost can have (one per billed part). */
#define LLMNUM_MAX_LINES 11

/* One billed part of a cost: tokens (or requests, calls) at a price. */
typedef struct llmnum_cost_line
{
	int			component;
	int64_t		tokens;
	llmnum_money price;
} llmnum_cost_line;

/*
 * Result: cost in USD = value / 10^scale.  On LLMNUM_COST_MISSING_COMPONENT,
 * missing names the component that had no price.
 */
typedef struct llmnum_cost
{
	llmnum_i128 value;
	int			scale;
	int			missing;
	int64_t		tier_above;		/* tier the request was billed at */
	bool		tier_gap;		/* missing: the tier is a known unknown */
	bool		price_unknown;	/* missing: billed, at a price not known */
	int			nlines;			/* billed parts, tokens > 0 only */
	llmnum_cost_line lines[LLMNUM_MAX_LINES];
} llmnum_cost;

extern const char *llmnum_component_name(int component);
extern const char *llmnum_service_tier_name(int tier);
extern int	llmnum_service_tier_from_name(const char *name, size_t len);
extern int	llmnum_tier_policy_from_name(const char *name, size_t len);
extern int	llmnum_component_from_name(const char *name, size_t len);

extern llmnum_cost_status llmnum_money_parse(const char *text, size_t len,
											 llmnum_money *out);
extern size_t llmnum_i128_format(llmnum_i128 value, int scale,
								 char *buf, size_t buflen);

extern llmnum_cost_status llmnum_schedule_build(const llmnum_host *host,
												const llmnum_period *periods,
												size_t nperiods,
												llmnum_schedule *out);
extern void llmnum_schedule_free(const llmnum_host *host,
								 llmnum_schedule *schedule);
extern const llmnum_segment *llmnum_schedule_find(const llmnum_schedule *schedule,
												  int64_t at);
extern const llmnum_tier_prices *llmnum_segment_tier(const llmnum_segment *segment,
													 int64_t input_tokens);
extern int	llmnum_minute_of_week(int64_t at);
extern const llmnum_price_window *llmnum_segment_window(const llmnum_segment *segment,
														int64_t at);

extern llmnum_cost_status llmnum_cost_compute(const llmnum_schedule *schedule,
											  int64_t at,
											  const llmnum_usage *usage,
											  llmnum_cost *out);

#endif							/* LLMNUM_PRICE_SCHEDULE_H */
