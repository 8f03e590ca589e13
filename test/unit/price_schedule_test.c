/*
 * price_schedule_test.c: unit tests of the fixed-point price-schedule
 * engine, without a server (built by test/unit/price_schedule.mk).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "price_schedule.h"
#include "check.h"
#include "host_malloc.h"


static llmnum_money
money(const char *s)
{
	llmnum_money m;

	if (llmnum_money_parse(s, strlen(s), &m) != LLMNUM_COST_OK)
	{
		fprintf(stderr, "bad money %s\n", s);
		abort();
	}
	return m;
}

static char *
fmt(const llmnum_cost *c)
{
	static char buf[200];

	llmnum_i128_format(c->value, c->scale, buf, sizeof(buf));
	return buf;
}

static llmnum_period
P(int comp, int64_t tier, int64_t from, int64_t to, const char *price, int user)
{
	llmnum_period p;

	p.component = comp;
	p.tier_above = tier;
	p.valid_from = from;
	p.valid_to = to;
	p.price = money(price);
	p.is_user = user != 0;
	p.tier_only = false;
	p.unknown = false;
	p.window_days = 0;
	p.window_start = 0;
	p.window_end = 0;
	return p;
}

/* A window row: P() over ISO weekdays days (bit d - 1), minutes [start, end). */
static llmnum_period
W(int comp, int64_t from, int64_t to, const char *price, int days, int start, int end)
{
	llmnum_period p = P(comp, 0, from, to, price, 0);

	p.window_days = (uint8_t) days;
	p.window_start = (int16_t) start;
	p.window_end = (int16_t) end;
	return p;
}

#define USEC_PER_MINUTE INT64_C(60000000)
#define USEC_PER_DAY (1440 * USEC_PER_MINUTE)

/* PostgreSQL's time of a UTC day (days since 2000-01-01) at hh:mm. */
static int64_t
T(int64_t day, int hh, int mm)
{
	return day * USEC_PER_DAY + (hh * 60 + mm) * USEC_PER_MINUTE;
}

/*
 * The components of 1.0.0: parts inside their wholes, optional request
 * fee, audio never at text prices, service tiers, tier policies.
 */
/*
 * Cached audio: at its own price, and an error where the model has none
 * (never at the audio price, which would bill it several times over).
 */
static void
test_cached_audio(void)
{
	/* gpt-4o-audio-like: text 2.5 / 10, audio 40 / 80, no cached audio */
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "2.5", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "10", 0),
		P(LLMNUM_AUDIO_INPUT, 0, 0, LLMNUM_FOREVER, "40", 0),
		P(LLMNUM_AUDIO_OUTPUT, 0, 0, LLMNUM_FOREVER, "80", 0),
		P(LLMNUM_CACHED_AUDIO_INPUT, 0, 0, LLMNUM_FOREVER, "2.5", 0),
	};
	llmnum_schedule s;
	llmnum_usage u = LLMNUM_USAGE_INIT;
	llmnum_cost c;

	u.input_tokens = 100;		/* 30 text, 70 audio of which 20 cached */
	u.audio_input_tokens = 70;
	u.cached_audio_tokens = 20;
	u.output_tokens = 10;
	u.audio_output_tokens = 10;
	CHECK(llmnum_schedule_build(&test_host, p, 4, &s) == LLMNUM_COST_OK);
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_MISSING_COMPONENT &&
		  c.missing == LLMNUM_CACHED_AUDIO_INPUT);
	u.cached_audio_tokens = 0;	/* no cached audio: no cached audio price needed */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK);
	/* 30 x 2.5 + 70 x 40 + 10 x 80 = 75 + 2800 + 800 = 3675 */
	CHECK(strcmp(fmt(&c), "0.0036750") == 0);
	llmnum_schedule_free(&test_host, &s);
	/* with its price: 30 x 2.5 + 50 x 40 + 20 x 2.5 + 10 x 80 = 75 + 2000 + 50 + 800 = 2925 */
	CHECK(llmnum_schedule_build(&test_host, p, 5, &s) == LLMNUM_COST_OK);
	u.cached_audio_tokens = 20;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.0029250") == 0);
	llmnum_schedule_free(&test_host, &s);
}

static void
test_billed_parts(void)
{
	/* Sonnet-like: 3/15, read 0.3, write 3.75, 1h 6, search 10000; above
	 * 200: 6/22.5, read 0.6, write 7.5, 1h 12, search 10000; flex 1/4, no
	 * flex cached price */
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "3", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "15", 0),
		P(LLMNUM_CACHED_INPUT, 0, 0, LLMNUM_FOREVER, "0.3", 0),
		P(LLMNUM_CACHE_WRITE, 0, 0, LLMNUM_FOREVER, "3.75", 0),
		P(LLMNUM_CACHE_WRITE_1H, 0, 0, LLMNUM_FOREVER, "6", 0),
		P(LLMNUM_WEB_SEARCH, 0, 0, LLMNUM_FOREVER, "10000", 0),
		P(LLMNUM_FLEX_INPUT, 0, 0, LLMNUM_FOREVER, "1", 0),
		P(LLMNUM_FLEX_OUTPUT, 0, 0, LLMNUM_FOREVER, "4", 0),
		P(LLMNUM_INPUT, 200, 0, LLMNUM_FOREVER, "6", 0),
		P(LLMNUM_OUTPUT, 200, 0, LLMNUM_FOREVER, "22.5", 0),
		P(LLMNUM_CACHED_INPUT, 200, 0, LLMNUM_FOREVER, "0.6", 0),
		P(LLMNUM_CACHE_WRITE, 200, 0, LLMNUM_FOREVER, "7.5", 0),
		P(LLMNUM_CACHE_WRITE_1H, 200, 0, LLMNUM_FOREVER, "12", 0),
		P(LLMNUM_WEB_SEARCH, 200, 0, LLMNUM_FOREVER, "10000", 0),
	};
	llmnum_schedule s;
	llmnum_usage u = LLMNUM_USAGE_INIT;
	llmnum_cost c;

	CHECK(llmnum_schedule_build(&test_host, p, 14, &s) == LLMNUM_COST_OK);
	/* 10 plain + 20 read + 30 write + 40 1h; output 50 of which 20 reasoning; 1 search:
	 * 10x3 + 20x0.3 + 30x3.75 + 40x6 + 50x15 + 1x10000 = 30+6+112.5+240+750+10000 = 11138.5 */
	u.input_tokens = 100;
	u.cached_tokens = 20;
	u.cache_write_tokens = 30;
	u.cache_write_1h_tokens = 40;
	u.output_tokens = 50;
	u.reasoning_tokens = 20;
	u.web_search_calls = 1;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.01113850") == 0);
	CHECK(c.nlines == 7);		/* reasoning is a line of its own, at output */
	/* parts larger than their wholes */
	u.cache_write_1h_tokens = 51;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_CACHED_EXCEEDS_INPUT);
	u.cache_write_1h_tokens = 40;
	u.reasoning_tokens = 51;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OUTPUT_PARTS_EXCEED);
	u.reasoning_tokens = 0;
	/* audio on a model without audio prices: an error */
	u.audio_input_tokens = 5;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_MISSING_COMPONENT &&
		  c.missing == LLMNUM_AUDIO_INPUT);
	u.audio_input_tokens = 0;
	/* flex: cached tokens without a flex_cached_input price are refused */
	u.service_tier = LLMNUM_SERVICE_FLEX;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_MISSING_COMPONENT &&
		  c.missing == LLMNUM_FLEX_CACHED_INPUT);
	u.service_tier = LLMNUM_SERVICE_STANDARD;

	/* aggregated rows: 3 requests, 500 input in all */
	memset(&u, 0, sizeof(u));
	u.input_tokens = 500;
	u.requests = 3;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_TIER_UNDECIDABLE);
	u.tier_policy = LLMNUM_TIER_AVERAGE;	/* 166.7 each: base */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK && c.tier_above == 0);
	u.input_tokens = 601;		/* 200.3 each: tier */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK && c.tier_above == 200);
	u.input_tokens = 600;		/* exactly 200 each: not above */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK && c.tier_above == 0);
	u.tier_policy = LLMNUM_TIER_LONG;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_TIER_CONTRADICTION);
	u.input_tokens = 601;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK && c.tier_above == 200);
	u.tier_policy = LLMNUM_TIER_BASE;
	u.requests = 1;				/* base applies whatever the count */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK && c.tier_above == 0);
	u.tier_policy = LLMNUM_TIER_STRICT;
	u.requests = 5;
	u.input_tokens = 200;		/* the sum is at most the threshold: decided */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK && c.tier_above == 0);
	u.requests = -1;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_BAD_REQUESTS);
	llmnum_schedule_free(&test_host, &s);
}

static void
test_parse_format(void)
{
	llmnum_money m;
	char		buf[64];
	llmnum_i128 big;

	CHECK(llmnum_money_parse("0.40", 4, &m) == LLMNUM_COST_OK && m.units == 4 && m.scale == 1);
	CHECK(llmnum_money_parse("30", 2, &m) == LLMNUM_COST_OK && m.units == 30 && m.scale == 0);
	CHECK(llmnum_money_parse("30.000", 6, &m) == LLMNUM_COST_OK && m.units == 30 && m.scale == 0);
	CHECK(llmnum_money_parse("0.01875", 7, &m) == LLMNUM_COST_OK && m.units == 1875 && m.scale == 5);
	CHECK(llmnum_money_parse("3.", 2, &m) == LLMNUM_COST_OK && m.units == 3 && m.scale == 0);
	CHECK(llmnum_money_parse(".5", 2, &m) == LLMNUM_COST_OK && m.units == 5 && m.scale == 1);
	CHECK(llmnum_money_parse("", 0, &m) == LLMNUM_COST_BAD_DECIMAL);
	CHECK(llmnum_money_parse(".", 1, &m) == LLMNUM_COST_BAD_DECIMAL);
	CHECK(llmnum_money_parse("-1", 2, &m) == LLMNUM_COST_BAD_DECIMAL);
	CHECK(llmnum_money_parse("1.2.3", 5, &m) == LLMNUM_COST_BAD_DECIMAL);
	CHECK(llmnum_money_parse("1e5", 3, &m) == LLMNUM_COST_BAD_DECIMAL);
	CHECK(llmnum_money_parse("NaN", 3, &m) == LLMNUM_COST_BAD_DECIMAL);
	CHECK(llmnum_money_parse("9223372036854775807", 19, &m) == LLMNUM_COST_OK && m.units == INT64_MAX);
	CHECK(llmnum_money_parse("9223372036854775808", 19, &m) == LLMNUM_COST_OVERFLOW);
	CHECK(llmnum_money_parse("0.0000000000000000001", 21, &m) == LLMNUM_COST_OVERFLOW);
	CHECK(llmnum_money_parse("0.000000000000000001", 20, &m) == LLMNUM_COST_OK && m.scale == 18);

	llmnum_i128_format(12345, 2, buf, sizeof(buf));
	CHECK(strcmp(buf, "123.45") == 0);
	llmnum_i128_format(5, 4, buf, sizeof(buf));
	CHECK(strcmp(buf, "0.0005") == 0);
	llmnum_i128_format(0, 0, buf, sizeof(buf));
	CHECK(strcmp(buf, "0") == 0);
	llmnum_i128_format(-7, 1, buf, sizeof(buf));
	CHECK(strcmp(buf, "-0.7") == 0);
	big = (llmnum_i128) (((unsigned __int128) 1 << 127) - 1);
	CHECK(llmnum_i128_format(big, 0, buf, sizeof(buf)) == 39);
	CHECK(strcmp(buf, "170141183460469231731687303715884105727") == 0);
	CHECK(llmnum_i128_format(big, 0, buf, 39) == 39);	/* too small: not written */
	big = -big - 1;
	llmnum_i128_format(big, 0, buf, sizeof(buf));
	CHECK(strcmp(buf, "-170141183460469231731687303715884105728") == 0);
}

static void
test_list_prices(void)
{
	/* gpt-3.5-turbo: $2/M until t=100, then $1.5 in / $2 out */
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, 100, "2", 0),
		P(LLMNUM_OUTPUT, 0, 0, 100, "2", 0),
		P(LLMNUM_INPUT, 0, 100, LLMNUM_FOREVER, "1.5", 0),
		P(LLMNUM_OUTPUT, 0, 100, LLMNUM_FOREVER, "2", 0),
	};
	llmnum_schedule s;
	llmnum_usage u = {1000, 500, 0, false, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
	llmnum_cost c;

	CHECK(llmnum_schedule_build(&test_host, p, 4, &s) == LLMNUM_COST_OK);
	CHECK(s.nsegments == 2);
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.003000") == 0);
	CHECK(llmnum_cost_compute(&s, 100, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.0025000") == 0);
	CHECK(llmnum_cost_compute(&s, 99, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.003000") == 0);
	CHECK(llmnum_cost_compute(&s, -1, &u, &c) == LLMNUM_COST_NO_PRICE_AT);

	/* zero tokens cost exactly zero while a price is in force */
	u.input_tokens = 0;
	u.output_tokens = 0;
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_OK && c.value == 0);
	CHECK(llmnum_cost_compute(&s, -5, &u, &c) == LLMNUM_COST_NO_PRICE_AT);

	u.input_tokens = -1;
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_NEGATIVE_TOKENS);
	u.input_tokens = 10;
	u.cached_tokens = 11;
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_CACHED_EXCEEDS_INPUT);
	u.cached_tokens = 5;
	/* no cached_input price: cached tokens are billed at input */
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.000020") == 0);
	/* no batch price: an error, never a guess */
	u.batch = true;
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_MISSING_COMPONENT);
	CHECK(c.missing == LLMNUM_BATCH_INPUT);
	llmnum_schedule_free(&test_host, &s);
}

static void
test_cache_batch_tiers(void)
{
	/* a Gemini-like model: tier above 200000, cache and batch prices */
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 10, LLMNUM_FOREVER, "1.25", 0),
		P(LLMNUM_OUTPUT, 0, 10, LLMNUM_FOREVER, "10", 0),
		P(LLMNUM_CACHED_INPUT, 0, 10, LLMNUM_FOREVER, "0.31", 0),
		P(LLMNUM_BATCH_INPUT, 0, 10, LLMNUM_FOREVER, "0.625", 0),
		P(LLMNUM_BATCH_OUTPUT, 0, 10, LLMNUM_FOREVER, "5", 0),
		P(LLMNUM_INPUT, 200000, 10, LLMNUM_FOREVER, "2.5", 0),
		P(LLMNUM_OUTPUT, 200000, 10, LLMNUM_FOREVER, "15", 0),
		P(LLMNUM_CACHED_INPUT, 200000, 10, LLMNUM_FOREVER, "0.625", 0),
	};
	llmnum_schedule s;
	llmnum_usage u = {1000000, 1000000, 400000, false, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
	llmnum_cost c;

	CHECK(llmnum_schedule_build(&test_host, p, 8, &s) == LLMNUM_COST_OK);
	CHECK(s.nsegments == 1 && s.segments[0].ntiers == 2);
	/* 600k*2.5 + 400k*0.625 + 1M*15 = 1.5 + 0.25 + 15 */
	CHECK(llmnum_cost_compute(&s, 10, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "16.750000000") == 0);
	CHECK(c.tier_above == 200000);
	/* exactly at the threshold stays in the base tier */
	u.input_tokens = 200000;
	u.cached_tokens = 0;
	u.output_tokens = 0;
	CHECK(llmnum_cost_compute(&s, 10, &u, &c) == LLMNUM_COST_OK);
	CHECK(c.tier_above == 0 && strcmp(fmt(&c), "0.25000000") == 0);
	/* batch in the base tier */
	u.input_tokens = 1000;
	u.cached_tokens = 100;
	u.output_tokens = 100;
	u.batch = true;
	/* 900*0.625 + 100*0.31 + 100*5 = 562.5 + 31 + 500 per M */
	CHECK(llmnum_cost_compute(&s, 10, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.001093500") == 0);
	/* batch above the tier: that tier has no batch price */
	u.input_tokens = 300000;
	CHECK(llmnum_cost_compute(&s, 10, &u, &c) == LLMNUM_COST_MISSING_COMPONENT);
	CHECK(c.missing == LLMNUM_BATCH_INPUT);
	llmnum_schedule_free(&test_host, &s);
}

static void
test_user_shadowing(void)
{
	/* built-in $10 forever; user $8 over [50,150) */
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "10", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "30", 0),
		P(LLMNUM_INPUT, 0, 50, 150, "8", 1),
	};
	llmnum_schedule s;
	llmnum_usage u = {1000000, 1000000, 0, false, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
	llmnum_cost c;

	CHECK(llmnum_schedule_build(&test_host, p, 3, &s) == LLMNUM_COST_OK);
	CHECK(s.nsegments == 3);
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "40.000000") == 0);
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "38.000000") == 0);
	CHECK(llmnum_cost_compute(&s, 150, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "40.000000") == 0);
	llmnum_schedule_free(&test_host, &s);

	/* order of rows does not matter: user row first */
	{
		llmnum_period q[] = {p[2], p[1], p[0]};

		CHECK(llmnum_schedule_build(&test_host, q, 3, &s) == LLMNUM_COST_OK);
		CHECK(llmnum_cost_compute(&s, 60, &u, &c) == LLMNUM_COST_OK);
		CHECK(strcmp(fmt(&c), "38.000000") == 0);
		llmnum_schedule_free(&test_host, &s);
	}
}

static void
test_overflow_and_bad_input(void)
{
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "9223372036854775807", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "0.000000000000000001", 0),
	};
	llmnum_period bad = P(LLMNUM_INPUT, 0, 5, 5, "1", 0);
	llmnum_schedule s;
	llmnum_usage u = {INT64_MAX, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
	llmnum_cost c;

	CHECK(llmnum_schedule_build(&test_host, p, 2, &s) == LLMNUM_COST_OK);
	/* (2^63-1)^2 fits 128 bits: exact */
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "85070591730234615847396907784232.501249") == 0);
	/* rescaling to 18 decimals overflows */
	u.output_tokens = 1;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OVERFLOW);
	u.input_tokens = 0;
	u.output_tokens = INT64_MAX;
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.000009223372036854775807") == 0);
	llmnum_schedule_free(&test_host, &s);

	CHECK(llmnum_schedule_build(&test_host, &bad, 1, &s) == LLMNUM_COST_BAD_PERIOD);
	bad.valid_to = 6;
	bad.component = LLMNUM_NCOMPONENTS;
	CHECK(llmnum_schedule_build(&test_host, &bad, 1, &s) == LLMNUM_COST_BAD_PERIOD);
	CHECK(llmnum_schedule_build(&test_host, NULL, 0, &s) == LLMNUM_COST_OK && s.nsegments == 0);
	CHECK(llmnum_cost_compute(&s, 0, &u, &c) == LLMNUM_COST_NO_PRICE_AT);
}

/* A tier_only row: the tier exists, prices nothing but what users price. */
static void
test_known_unknown_tier(void)
{
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "3", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "15", 0),
		P(LLMNUM_CACHED_INPUT, 0, 0, LLMNUM_FOREVER, "0.3", 0),
		P(LLMNUM_BATCH_INPUT, 0, 0, LLMNUM_FOREVER, "1.5", 0),
		P(LLMNUM_BATCH_OUTPUT, 0, 0, LLMNUM_FOREVER, "7.5", 0),
		P(LLMNUM_INPUT, 200, 10, LLMNUM_FOREVER, "0", 0),	/* the gap, below */
		P(LLMNUM_INPUT, 200, 30, LLMNUM_FOREVER, "6", 1),
		P(LLMNUM_OUTPUT, 200, 30, LLMNUM_FOREVER, "22.5", 1),
	};
	llmnum_schedule s;
	llmnum_usage u = LLMNUM_USAGE_INIT;
	llmnum_cost c;

	p[5].tier_only = true;
	p[5].component = -1;		/* ignored, as is the price */
	CHECK(llmnum_schedule_build(&test_host, p, 8, &s) == LLMNUM_COST_OK);
	u.output_tokens = 10;

	/* before the gap: the base tier, whatever the prompt */
	u.input_tokens = 300;
	CHECK(llmnum_cost_compute(&s, 5, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.001050") == 0 && !c.tier_gap);

	/* in it: up to the threshold the base tier, above it no price */
	u.input_tokens = 200;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.000750") == 0 && c.tier_above == 0);
	u.input_tokens = 201;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_MISSING_COMPONENT);
	CHECK(c.missing == LLMNUM_INPUT && c.tier_gap && c.tier_above == 200);
	u.batch = true;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_MISSING_COMPONENT);
	CHECK(c.missing == LLMNUM_BATCH_INPUT && c.tier_gap);
	u.batch = false;

	/* a row of several requests: undecidable unless the policy decides */
	u.requests = 2;
	u.input_tokens = 300;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_TIER_UNDECIDABLE);
	u.tier_policy = LLMNUM_TIER_BASE;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.001050") == 0);
	u.tier_policy = LLMNUM_TIER_LONG;
	u.input_tokens = 500;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_MISSING_COMPONENT && c.tier_gap);
	u.tier_policy = LLMNUM_TIER_STRICT;
	u.requests = 1;

	/* user prices fill the tier, component by component */
	u.input_tokens = 201;
	CHECK(llmnum_cost_compute(&s, 30, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.0014310") == 0 && c.tier_above == 200);
	/* cached reads: no fallback to the input price in such a tier */
	u.cached_tokens = 1;
	CHECK(llmnum_cost_compute(&s, 30, &u, &c) == LLMNUM_COST_MISSING_COMPONENT);
	CHECK(c.missing == LLMNUM_CACHED_INPUT && c.tier_gap);
	u.cached_tokens = 0;
	llmnum_schedule_free(&test_host, &s);

	/* without the gap row the same user prices are an ordinary tier */
	p[5] = p[0];
	CHECK(llmnum_schedule_build(&test_host, p, 8, &s) == LLMNUM_COST_OK);
	u.cached_tokens = 1;
	CHECK(llmnum_cost_compute(&s, 30, &u, &c) == LLMNUM_COST_OK && !c.tier_gap);
	CHECK(strcmp(fmt(&c), "0.0014310") == 0);
	llmnum_schedule_free(&test_host, &s);

	/* a known unknown base tier is refused */
	p[0].tier_only = true;
	CHECK(llmnum_schedule_build(&test_host, p, 1, &s) == LLMNUM_COST_BAD_PERIOD);
}

/*
 * An unknown row of the request fee: the optional component becomes
 * required, so that the fee is never left out; a user price fills it.
 */
static void
test_known_unknown_fee(void)
{
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "1", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "1", 0),
		P(LLMNUM_REQUEST, 0, 10, 40, "0", 0),	/* the unknown fee, below */
		P(LLMNUM_REQUEST, 0, 30, LLMNUM_FOREVER, "8000", 1),
	};
	llmnum_schedule s;
	llmnum_usage u = LLMNUM_USAGE_INIT;
	llmnum_cost c;

	p[2].unknown = true;
	CHECK(llmnum_schedule_build(&test_host, p, 4, &s) == LLMNUM_COST_OK);
	u.input_tokens = 1000;
	u.output_tokens = 200;

	/* before it: no fee */
	CHECK(llmnum_cost_compute(&s, 5, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.001200") == 0 && !c.price_unknown);

	/* in it: refused, for zero tokens too (the fee is per request) */
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_MISSING_COMPONENT);
	CHECK(c.missing == LLMNUM_REQUEST && c.price_unknown && !c.tier_gap);
	u.input_tokens = 0;
	u.output_tokens = 0;
	CHECK(llmnum_cost_compute(&s, 20, &u, &c) == LLMNUM_COST_MISSING_COMPONENT && c.price_unknown);
	u.input_tokens = 1000;
	u.output_tokens = 200;

	/* a user's fee, once per request */
	CHECK(llmnum_cost_compute(&s, 35, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.009200") == 0);
	u.requests = 3;
	CHECK(llmnum_cost_compute(&s, 35, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.025200") == 0);
	u.requests = 1;
	CHECK(llmnum_cost_compute(&s, 50, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "0.009200") == 0);
	llmnum_schedule_free(&test_host, &s);

	/* only the request fee of the base tier can be unknown so */
	p[2].component = LLMNUM_WEB_SEARCH;
	CHECK(llmnum_schedule_build(&test_host, p, 3, &s) == LLMNUM_COST_BAD_PERIOD);
	p[2].component = LLMNUM_REQUEST;
	p[2].tier_above = 200;
	CHECK(llmnum_schedule_build(&test_host, p, 3, &s) == LLMNUM_COST_BAD_PERIOD);
}

static void
test_components(void)
{
	CHECK(strcmp(llmnum_component_name(LLMNUM_CACHE_WRITE_1H), "cache_write_1h") == 0);
	CHECK(llmnum_component_name(-1) == NULL);
	CHECK(llmnum_component_from_name("batch_output", 12) == LLMNUM_BATCH_OUTPUT);
	CHECK(llmnum_component_from_name("batch", 5) == -1);
}

/*
 * Price windows (DeepSeek's peak hours): the price of the hour of the week
 * at the request's time, never for a row of several requests; a user
 * price is not replaced; overlapping windows are refused.
 */
static void
test_price_windows(void)
{
	/* 2000-01-01 (day 0) was a Saturday: day 2 a Monday, day 8 the next Sunday */
	int64_t		mon = 2,
				sat = 7,
				sun = 8;
	int			weekdays = 0x1f;	/* Monday to Friday */
	llmnum_period p[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "0.22", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "0.66", 0),
		P(LLMNUM_CACHED_INPUT, 0, 0, LLMNUM_FOREVER, "0.007", 0),
		W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "0.44", weekdays, 60, 240),
		W(LLMNUM_OUTPUT, 0, LLMNUM_FOREVER, "1.32", weekdays, 60, 240),
		W(LLMNUM_CACHED_INPUT, 0, LLMNUM_FOREVER, "0.014", weekdays, 60, 240),
		W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "0.44", weekdays, 360, 600),
		W(LLMNUM_OUTPUT, 0, LLMNUM_FOREVER, "1.32", weekdays, 360, 600),
		W(LLMNUM_CACHED_INPUT, 0, LLMNUM_FOREVER, "0.014", weekdays, 360, 600),
		/* a user's own output price holds at every hour */
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "0.5", 1),
	};
	/* DeepSeek's off-peak hours of 2025: every day 16:30 to 00:30 */
	llmnum_period night[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "0.27", 0),
		P(LLMNUM_OUTPUT, 0, 0, LLMNUM_FOREVER, "1.1", 0),
		W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "0.135", 0x7f, 990, 30),
		W(LLMNUM_OUTPUT, 0, LLMNUM_FOREVER, "0.55", 0x7f, 990, 30),
	};
	llmnum_period clash[] = {
		P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "1", 0),
		W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "2", 0x40, 1380, 60),	/* Sunday 23:00 to Monday 01:00 */
		W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "3", 0x01, 0, 30),	/* Monday 00:00 to 00:30 */
	};
	llmnum_period bad = W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "1", 0x01, 1440, 30);
	llmnum_schedule s;
	llmnum_usage u = LLMNUM_USAGE_INIT;
	llmnum_cost c;
	const llmnum_money *pr;

	CHECK(llmnum_minute_of_week(0) == 5 * 1440);	/* Saturday 00:00 */
	CHECK(llmnum_minute_of_week(T(mon, 1, 0)) == 60);
	CHECK(llmnum_minute_of_week(T(sun, 23, 59)) == 7 * 1440 - 1);
	CHECK(llmnum_minute_of_week(-1) == 5 * 1440 - 1);	/* Friday 23:59 of 1999 */
	CHECK(llmnum_minute_of_week(T(-5 * 7, 1, 0)) == 5 * 1440 + 60);
	CHECK(llmnum_minute_of_week(INT64_MIN) >= 0 && llmnum_minute_of_week(INT64_MAX) < 7 * 1440);

	u.input_tokens = 1000000;
	u.cached_tokens = 500000;
	u.output_tokens = 1000000;
	CHECK(llmnum_schedule_build(&test_host, p, 9, &s) == LLMNUM_COST_OK);
	CHECK(s.nsegments == 1 && s.segments[0].nwindows == 2);
	/* off-peak: 0.5 x 0.22 + 0.5 x 0.007 + 0.66 = 0.7735 */
	CHECK(llmnum_cost_compute(&s, T(mon, 0, 59), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.773500000") == 0);
	/* the first minute of the peak, and its last: 0.22 + 0.007 + 1.32 = 1.547 */
	CHECK(llmnum_cost_compute(&s, T(mon, 1, 0), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "1.547000000") == 0);
	CHECK(llmnum_cost_compute(&s, T(mon, 3, 59) + 59999999, &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "1.547000000") == 0);
	/* the end is exclusive; between the windows, and at the weekend: off-peak */
	CHECK(llmnum_cost_compute(&s, T(mon, 4, 0), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.773500000") == 0);
	CHECK(llmnum_cost_compute(&s, T(mon + 4, 9, 30), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "1.547000000") == 0);
	CHECK(llmnum_cost_compute(&s, T(sat, 2, 0), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.773500000") == 0);
	CHECK(llmnum_cost_compute(&s, T(sun, 9, 0), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.773500000") == 0);
	/* a row of several requests cannot say when they were made */
	u.requests = 2;
	CHECK(llmnum_cost_compute(&s, T(sat, 2, 0), &u, &c) == LLMNUM_COST_WINDOW_UNDECIDABLE);
	u.requests = 1;
	llmnum_schedule_free(&test_host, &s);

	/* a user's output price stays in the peak: 0.22 + 0.007 + 0.5 = 0.727 */
	CHECK(llmnum_schedule_build(&test_host, p, 10, &s) == LLMNUM_COST_OK);
	CHECK(llmnum_cost_compute(&s, T(mon, 2, 0), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.727000000") == 0);
	CHECK(llmnum_cost_compute(&s, T(mon, 5, 0), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.613500000") == 0);
	CHECK(llmnum_segment_window(&s.segments[0], T(mon, 2, 0)) != NULL);
	pr = llmnum_segment_window(&s.segments[0], T(mon, 2, 0)) == NULL ? NULL
		: &llmnum_segment_window(&s.segments[0], T(mon, 2, 0))->prices.price[LLMNUM_INPUT];
	CHECK(pr != NULL && pr->units == 44 && pr->scale == 2);
	CHECK(llmnum_segment_window(&s.segments[0], T(mon, 5, 0)) == NULL);
	llmnum_schedule_free(&test_host, &s);

	/*
	 * user prices of every component the windows price: the hours no longer
	 * matter, and a row of several requests is priced again
	 */
	{
		llmnum_period all[13];

		memcpy(all, p, sizeof(p));
		all[10] = P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "0.2", 1);
		all[11] = P(LLMNUM_CACHED_INPUT, 0, 0, LLMNUM_FOREVER, "0.01", 1);
		CHECK(llmnum_schedule_build(&test_host, all, 12, &s) == LLMNUM_COST_OK);
		CHECK(s.segments[0].nwindows == 0);
		u.requests = 2;
		/* 0.5 x 0.2 + 0.5 x 0.01 + 0.5 = 0.605 */
		CHECK(llmnum_cost_compute(&s, T(mon, 2, 0), &u, &c) == LLMNUM_COST_OK &&
			  strcmp(fmt(&c), "0.60500000") == 0);
		u.requests = 1;
		llmnum_schedule_free(&test_host, &s);
		/* without the cached price one window component is still built-in */
		CHECK(llmnum_schedule_build(&test_host, all, 11, &s) == LLMNUM_COST_OK);
		CHECK(s.segments[0].nwindows == 2);
		llmnum_schedule_free(&test_host, &s);
	}

	/* a window across midnight: its days are those it starts on */
	u.cached_tokens = 0;
	CHECK(llmnum_schedule_build(&test_host, night, 4, &s) == LLMNUM_COST_OK);
	CHECK(llmnum_cost_compute(&s, T(sun, 16, 29), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "1.37000000") == 0);
	CHECK(llmnum_cost_compute(&s, T(sun, 16, 30), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.685000000") == 0);
	CHECK(llmnum_cost_compute(&s, T(sun + 1, 0, 29), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "0.685000000") == 0);
	CHECK(llmnum_cost_compute(&s, T(sun + 1, 0, 30), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "1.37000000") == 0);
	llmnum_schedule_free(&test_host, &s);

	/* Sunday's window reaches into Monday's: refused; either alone is fine */
	u.output_tokens = 0;
	CHECK(llmnum_schedule_build(&test_host, clash, 3, &s) == LLMNUM_COST_BAD_PERIOD &&
		  s.segments == NULL);
	CHECK(llmnum_schedule_build(&test_host, clash, 2, &s) == LLMNUM_COST_OK);
	CHECK(llmnum_cost_compute(&s, T(mon, 0, 59), &u, &c) == LLMNUM_COST_OK &&
		  strcmp(fmt(&c), "2.000000") == 0);
	llmnum_schedule_free(&test_host, &s);
	/* windows that touch but share no minute; Saturday's night reaching Sunday's */
	{
		llmnum_period touch[] = {
			P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "1", 0),
			W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "2", 0x1f, 60, 240),
			W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "3", 0x1f, 240, 360),
			W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "4", 0x20, 1380, 120),	/* Saturday 23:00 */
			W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "5", 0x40, 60, 90),	/* Sunday 01:00 */
		};

		CHECK(llmnum_schedule_build(&test_host, touch, 4, &s) == LLMNUM_COST_OK);
		CHECK(llmnum_cost_compute(&s, T(mon, 4, 0), &u, &c) == LLMNUM_COST_OK &&
			  strcmp(fmt(&c), "3.000000") == 0);
		CHECK(llmnum_cost_compute(&s, T(sun, 1, 59), &u, &c) == LLMNUM_COST_OK &&
			  strcmp(fmt(&c), "4.000000") == 0);
		llmnum_schedule_free(&test_host, &s);
		CHECK(llmnum_schedule_build(&test_host, touch, 5, &s) == LLMNUM_COST_BAD_PERIOD);
	}
	/* in its hours a window knows no long-context price */
	{
		llmnum_period tiered[] = {
			P(LLMNUM_INPUT, 0, 0, LLMNUM_FOREVER, "1", 0),
			P(LLMNUM_INPUT, 128000, 0, LLMNUM_FOREVER, "2", 0),
			W(LLMNUM_INPUT, 0, LLMNUM_FOREVER, "3", 0x7f, 60, 120),
		};

		CHECK(llmnum_schedule_build(&test_host, tiered, 3, &s) == LLMNUM_COST_OK);
		u.input_tokens = 200000;
		CHECK(llmnum_cost_compute(&s, T(mon, 0, 30), &u, &c) == LLMNUM_COST_OK &&
			  strcmp(fmt(&c), "0.400000") == 0);
		CHECK(llmnum_cost_compute(&s, T(mon, 1, 30), &u, &c) == LLMNUM_COST_WINDOW_UNDECIDABLE &&
			  c.tier_above == 128000);
		u.input_tokens = 1000;
		CHECK(llmnum_cost_compute(&s, T(mon, 1, 30), &u, &c) == LLMNUM_COST_OK &&
			  strcmp(fmt(&c), "0.003000") == 0);
		u.input_tokens = 1000000;
		llmnum_schedule_free(&test_host, &s);
	}
	/* minutes beyond the day, a window over a tier, a user window */
	CHECK(llmnum_schedule_build(&test_host, &bad, 1, &s) == LLMNUM_COST_BAD_PERIOD);
	bad.window_start = 0;
	bad.tier_above = 200000;
	CHECK(llmnum_schedule_build(&test_host, &bad, 1, &s) == LLMNUM_COST_BAD_PERIOD);
	bad.tier_above = 0;
	bad.is_user = true;
	CHECK(llmnum_schedule_build(&test_host, &bad, 1, &s) == LLMNUM_COST_BAD_PERIOD);
}

static void
test_many_periods(void)
{
	/* 2,000 consecutive monthly prices, listed newest first */
	size_t		n = 2000;
	llmnum_period *p = malloc(sizeof(llmnum_period) * n);
	llmnum_schedule s;
	llmnum_usage u = {1000000, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
	llmnum_cost c;
	unsigned long before = test_interrupt_checks();
	size_t		i;
	char		price[32];

	for (i = 0; i < n; i++)
	{
		size_t		k = n - 1 - i;

		snprintf(price, sizeof(price), "%zu.5", k);
		p[i] = P(LLMNUM_INPUT, 0, (int64_t) k * 10, (int64_t) k * 10 + 10, price, 0);
	}
	CHECK(llmnum_schedule_build(&test_host, p, n, &s) == LLMNUM_COST_OK);
	CHECK(s.nsegments == (int) n);
	CHECK(test_interrupt_checks() > before);
	CHECK(llmnum_cost_compute(&s, 12345, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "1234.5000000") == 0);
	CHECK(llmnum_cost_compute(&s, 19999, &u, &c) == LLMNUM_COST_OK);
	CHECK(strcmp(fmt(&c), "1999.5000000") == 0);
	CHECK(llmnum_cost_compute(&s, 20000, &u, &c) == LLMNUM_COST_NO_PRICE_AT);
	llmnum_schedule_free(&test_host, &s);
	free(p);
}

int
main(void)
{
	test_parse_format();
	test_list_prices();
	test_cache_batch_tiers();
	test_user_shadowing();
	test_overflow_and_bad_input();
	test_billed_parts();
	test_cached_audio();
	test_components();
	test_known_unknown_tier();
	test_known_unknown_fee();
	test_price_windows();
	test_many_periods();
	return check_report("price_schedule_test");
}
