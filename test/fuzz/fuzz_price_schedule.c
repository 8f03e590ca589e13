/*
 * fuzz_price_schedule.c: libFuzzer target for the price-schedule engine.  The input is cut
 * into a price text, a handful of periods and one request with extreme
 * token counts; the engine must never crash, never trip UBSan, and every
 * successful result must be non-negative and print back to the same
 * integer.  Built by test/fuzz/price_schedule.mk, run by test/fuzz/run.sh.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "price_schedule.h"
#include "host_malloc.h"
#include "name_match.h"

static int64_t
take64(const uint8_t **d, size_t *n)
{
	uint64_t	v = 0;
	size_t		i;

	for (i = 0; i < 8 && *n > 0; i++, (*d)++, (*n)--)
		v = (v << 8) | **d;
	return (int64_t) v;
}

static uint8_t
take8(const uint8_t **d, size_t *n)
{
	uint8_t		v = 0;

	if (*n > 0)
	{
		v = **d;
		(*d)++;
		(*n)--;
	}
	return v;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	llmnum_period periods[8];
	size_t		np = 0;
	llmnum_schedule s;
	llmnum_usage u = LLMNUM_USAGE_INIT;
	llmnum_cost c;
	llmnum_money m;
	uint8_t		textlen = take8(&data, &size);
	char		buf[200];

	/* arbitrary text as a price */
	if (textlen > size)
		textlen = (uint8_t) size;
	(void) llmnum_money_parse((const char *) data, textlen, &m);
	(void) llmnum_edit_distance(&test_host, (const char *) data, textlen, "gpt-4o-mini", 11);
	data += textlen;
	size -= textlen;

	while (np < 8 && size >= 4)
	{
		static const char *const prices[] = {
			"0", "1", "0.01875", "9223372036854775807", "0.000000000000000001",
			"30", "0.5", "123456789.123456789"
		};
		uint8_t		sel = take8(&data, &size);
		llmnum_period *p = &periods[np++];

		p->component = sel % (LLMNUM_NCOMPONENTS + 1);
		p->tier_above = (sel & 0x80) ? take64(&data, &size) : 0;
		p->valid_from = (int64_t) (int8_t) take8(&data, &size);
		p->valid_to = (sel & 0x40) ? LLMNUM_FOREVER : (int64_t) (int8_t) take8(&data, &size);
		(void) llmnum_money_parse(prices[(sel >> 3) & 7], strlen(prices[(sel >> 3) & 7]), &p->price);
		p->is_user = (sel & 0x20) != 0;
		/*
		 * a known unknown tier or request fee now and then (a tier of 0,
		 * and an unknown of another component or tier, are refused)
		 */
		p->tier_only = p->component == LLMNUM_NCOMPONENTS && p->tier_above != 0;
		p->unknown = !p->tier_only && (sel & 0x10) != 0 && (sel & 0x07) == 0;
		/* a price window now and then, out-of-range days and minutes included */
		p->window_days = 0;
		p->window_start = 0;
		p->window_end = 0;
		if ((sel & 0x0f) == 0x0f && size >= 3)
		{
			p->window_days = take8(&data, &size);
			p->window_start = (int16_t) (take8(&data, &size) * 6);
			p->window_end = (int16_t) (take8(&data, &size) * 6);
		}
	}
	u.input_tokens = take64(&data, &size);
	u.output_tokens = take64(&data, &size);
	u.cached_tokens = take64(&data, &size);
	u.batch = take8(&data, &size) & 1;
	if (size >= 8)
	{
		/* the 1.0.0 parts, service tier and tier policy (out of range included) */
		uint8_t		sel = take8(&data, &size);

		u.cache_write_tokens = (sel & 1) ? take64(&data, &size) : 0;
		u.cache_write_1h_tokens = (sel & 2) ? take64(&data, &size) : 0;
		u.reasoning_tokens = (sel & 4) ? take64(&data, &size) : 0;
		u.audio_input_tokens = (sel & 8) ? take64(&data, &size) : 0;
		u.cached_audio_tokens = (sel & 16) ? take64(&data, &size) : 0;
		u.audio_output_tokens = (sel & 32) ? take64(&data, &size) : 0;
		u.web_search_calls = (sel & 64) ? take64(&data, &size) : 0;
		u.requests = (sel & 128) ? take64(&data, &size) : 1;
		sel = take8(&data, &size);
		u.service_tier = (sel & 7) % 5;
		u.tier_policy = ((sel >> 3) & 7) % 5;
	}

	if (llmnum_minute_of_week(take64(&data, &size)) >= LLMNUM_MINUTES_PER_WEEK)
		abort();
	if (llmnum_schedule_build(&test_host, periods, np, &s) != LLMNUM_COST_OK)
		return 0;
	if (llmnum_cost_compute(&s, (int64_t) (int8_t) take8(&data, &size), &u, &c) == LLMNUM_COST_OK)
	{
		size_t		len;

		if (c.value < 0 || c.scale < 6 || c.scale > 6 + LLMNUM_MAX_SCALE ||
			c.nlines < 0 || c.nlines > LLMNUM_MAX_LINES)
			abort();
		len = llmnum_i128_format(c.value, c.scale, buf, sizeof(buf));
		if (len >= sizeof(buf) || strlen(buf) != len)
			abort();
	}
	llmnum_schedule_free(&test_host, &s);
	return 0;
}
