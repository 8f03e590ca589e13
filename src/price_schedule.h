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
	LLMNUM_NCOMPONENTS
} llmnum_component;

/* Largest number of decimals a price may carry (10^18 still fits int64). */
#define LLMNUM_MAX_SCALE 18

/* Open end of a validity period. */
#define LLMNUM_FOREVER INT64_MAX

typedef enum llmnum_cost_status
{
	LLMNUM_COST_OK = 0,
	LLMNUM_COST_NEGATIVE_TOKENS,	/* a token count is below zero */
	LLMNUM_COST_CACHED_EXCEEDS_INPUT,	/* cached part larger than input */
	LLMNUM_COST_NO_PRICE_AT,	/* no price at all in force at that time */
	LLMNUM_COST_MISSING_COMPONENT,	/* a needed component is not priced */
	LLMNUM_COST_OVERFLOW,		/* result does not fit 128 bits */
	LLMNUM_COST_BAD_DECIMAL,	/* price text is not a plain decimal */
	LLMNUM_COST_BAD_PERIOD		/* component out of range, to <= from */
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
} llmnum_period;

/* Prices of one tier inside one segment. */
typedef struct llmnum_tier_prices
{
	int64_t		tier_above;
	uint32_t	present;		/* bit per component */
	llmnum_money price[LLMNUM_NCOMPONENTS];
	bool		is_user[LLMNUM_NCOMPONENTS];
} llmnum_tier_prices;

/* A time interval in which no price of the model changes. */
typedef struct llmnum_segment
{
	int64_t		from;
	int64_t		to;
	int			ntiers;			/* tiers[] sorted by tier_above, >= 1 */
	llmnum_tier_prices *tiers;
} llmnum_segment;

typedef struct llmnum_schedule
{
	int			nsegments;		/* sorted, non-overlapping; gaps allowed */
	llmnum_segment *segments;
} llmnum_schedule;

/* One request to price. */
typedef struct llmnum_usage
{
	int64_t		input_tokens;	/* includes cached_tokens */
	int64_t		output_tokens;
	int64_t		cached_tokens;
	bool		batch;
} llmnum_usage;

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
} llmnum_cost;

extern const char *llmnum_component_name(int component);
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

extern llmnum_cost_status llmnum_cost_compute(const llmnum_schedule *schedule,
											  int64_t at,
											  const llmnum_usage *usage,
											  llmnum_cost *out);

#endif							/* LLMNUM_PRICE_SCHEDULE_H */
