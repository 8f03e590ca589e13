/*-------------------------------------------------------------------------
 *
 * prices.c
 *	  SQL entry points of the dated price catalog: gen_cost and friends.
 *
 * Each model's prices (llmnum.prices, user rows and built-in rows) come
 * folded into a schedule by the per-backend catalog cache (catalog.c,
 * which also says how it follows changes); the arithmetic is the pure
 * engine in price_schedule.c.
 *
 * Error policy: an unknown model or a moment with no price is an error
 * (never a cost of 0); try_gen_cost() turns exactly those into NULL.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "catalog.h"
#include "name_hint.h"

/*
 * Look a model up by its id as written in the caller's data (resolved
 * through the model-id rules, user rules in force at at first).
 */
static const llmnum_catalog_model *
lookup_model(text *name, TimestampTz at)
{
	return llmnum_catalog_resolve(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), at, NULL, NULL);
}

/*
 * The unknown-model error.  The hint names the catalog names closest to
 * what the resolver got to (the id without the prefixes it understood),
 * and where to say what the id means.
 */
static void
report_unresolved(const char *s, int len, const llmnum_catalog_resolution *r,
				  TimestampTz at, bool with_at)
{
	char	   *quoted = llmnum_shown_name(s, len);
	const char *near = r->near && r->near[0] ? r->near : pnstrdup(s, len);

	/* a model the id names, at a price the catalog cannot have */
	if (r->status == LLMNUM_ID_NO_FINE_TUNE || r->status == LLMNUM_ID_ROUTED_OPEN)
	{
		const char *shown = llmnum_shown_name(near, strlen(near));

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 with_at
				 ? errmsg("unknown model \"%s\" for a request at %s", quoted, timestamptz_to_str(at))
				 : errmsg("unknown model \"%s\"", quoted),
				 r->status == LLMNUM_ID_NO_FINE_TUNE
				 ? errdetail("A fine-tuned model is billed at the fine-tuning rates of its base, and the catalog has no model \"%s\"; llmnum does not price it at the base model's rates.",
							 shown)
				 : errdetail("Rule %s: a routing variant of \"%s\", which is not a maker's model billed at one price by every provider (open weights are priced by each provider apart); the variant picks the provider by another measure than the price the catalog has.",
							 r->rule, shown),
				 r->status == LLMNUM_ID_NO_FINE_TUNE
				 ? errhint("Add \"%s\" to llmnum.user_models and its prices to llmnum.user_prices, or map the id with a rule in llmnum.user_model_aliases.",
						   shown)
				 : errhint("If the provider it picked bills the catalog's price, map the id to \"%s\" with a rule in llmnum.user_model_aliases; else add the id to llmnum.user_models and its prices to llmnum.user_prices.",
						   shown)));
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 with_at
			 ? errmsg("unknown model \"%s\" for a request at %s", quoted, timestamptz_to_str(at))
			 : errmsg("unknown model \"%s\"", quoted),
			 r->rule && r->rule[0] && strncmp(r->rule, "user_model_aliases", 18) == 0
			 ? errdetail("Rule %s maps it to \"%s\", which is not in llmnum.models or llmnum.prices.",
						 r->rule, llmnum_shown_name(near, strlen(near)))
			 : r->rule && r->rule[0]
			 ? errdetail("After the rules %s it is \"%s\", which is not in llmnum.models or llmnum.prices.",
						 r->rule, llmnum_shown_name(near, strlen(near)))
			 : errdetail("No model of that name is in llmnum.models or llmnum.prices, and no rule of llmnum.builtin_model_rules applies."),
			 llmnum_catalog_count(LLMNUM_CATALOG_PRICED) > 0
			 ? errhint("Closest known names: %s. Map the id with a rule in llmnum.user_model_aliases, or add your own model to llmnum.user_models and its prices to llmnum.user_prices.",
					   llmnum_catalog_closest(LLMNUM_CATALOG_PRICED, near))
			 : errhint("The catalog is empty.")));
}

/* The unknown-model error of a text id (resolved again, for the reason). */
static void
report_unknown_model(text *name, TimestampTz at, bool with_at)
{
	llmnum_catalog_resolution r;

	(void) llmnum_catalog_resolve(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), at, NULL, &r);
	report_unresolved(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), &r, at, with_at);
}

/* Detail line saying which period a model's prices cover. */
static const char *
coverage(const llmnum_catalog_model *m)
{
	if (!m->has_prices)
	{
		/* whisper-1, tts-1, dall-e-3, gpt-image-1: known, billed otherwise */
		if (m->kind != NULL && (strcmp(m->kind, "transcription") == 0 ||
								strcmp(m->kind, "speech") == 0 ||
								strcmp(m->kind, "image") == 0))
			return psprintf("It has no price rows at all: a model of kind %s, which may be billed per minute, character, image or image token rather than per text token (llmnum.models.notes says how).",
							m->kind);
		return "It has no price rows at all.";
	}
	if (m->last_to == LLMNUM_FOREVER)
		return psprintf("Its prices start at %s.", timestamptz_to_str(m->first_from));
	{
		/* timestamptz_to_str() reuses one static buffer */
		char	   *from = pstrdup(timestamptz_to_str(m->first_from));

		return psprintf("Its prices cover %s to %s, with possible gaps.",
						from, timestamptz_to_str(m->last_to));
	}
}

/* A catalog price as a numeric, with its own number of decimals. */
static Numeric
money_to_numeric(const llmnum_money *m)
{
	return int64_div_fast_to_numeric(m->units, m->scale);
}

/*
 * The exact cost as a numeric: the fast int64 constructor when it fits,
 * else through its decimal text (only for amounts beyond 9.2e18 units).
 */
static Numeric
cost_to_numeric(const llmnum_cost *c)
{
	char		buf[128];

	if (c->value >= PG_INT64_MIN && c->value <= PG_INT64_MAX)
		return int64_div_fast_to_numeric((int64) c->value, c->scale);
	llmnum_i128_format(c->value, c->scale, buf, sizeof(buf));
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

typedef enum CostMode
{
	COST_RAISE,					/* gen_cost */
	COST_NULL,					/* try_gen_cost */
	COST_MESSAGE				/* gen_cost_error */
} CostMode;

/* SQL type of the token-count arguments of one C entry point. */
typedef enum CountKind
{
	COUNT_INT8,
	COUNT_INT4,
	COUNT_NUMERIC,
	COUNT_FLOAT8
} CountKind;

/*
 * Argument positions of every gen_cost form with token counts (the SQL
 * declarations in sql/llmnum.sql list them in this order).
 */
enum
{
	ARG_MODEL, ARG_INPUT, ARG_OUTPUT, ARG_AT, ARG_CACHED, ARG_BATCH,
	ARG_CACHE_WRITE, ARG_CACHE_WRITE_1H, ARG_REASONING, ARG_AUDIO_INPUT,
	ARG_AUDIO_OUTPUT, ARG_REQUESTS, ARG_WEB_SEARCH, ARG_SERVICE_TIER,
	ARG_TIER_POLICY, ARG_CACHED_AUDIO, NARGS_FULL
};

static const char *const arg_names[NARGS_FULL] = {
	"model", "input_tokens", "output_tokens", "at", "cached_input_tokens", "batch",
	"cache_write_tokens", "cache_write_1h_tokens", "reasoning_tokens",
	"audio_input_tokens", "audio_output_tokens", "requests", "web_search_calls",
	"service_tier", "tier_policy", "cached_audio_input_tokens"
};

/*
 * A row-data problem: gen_cost raises it, try_gen_cost returns NULL,
 * gen_cost_error returns the short reason (no model or time in it, so that
 * unpriced_usage can group by it).  Returns NULL so callers can return it.
 */
static Numeric
row_problem(CostMode mode, char **message, int sqlstate, const char *reason,
			const char *errtext, const char *detail)
{
	if (mode == COST_MESSAGE)
		*message = pstrdup(reason);
	else if (mode == COST_RAISE)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("%s", errtext ? errtext : reason),
				 detail ? errdetail("%s", detail) : 0));
	return NULL;
}

/*
 * Read one token count.  NULL is 0 (false when null_is_error: the caller
 * reports it).  numeric and float8 must be integral and finite: a count
 * of 1.5 tokens is a data error, not something to round.  Returns a
 * reason on a bad value, else NULL.
 */
static const char *
read_count(FunctionCallInfo fcinfo, int argno, CountKind kind, int64 dflt, int64 *out)
{
	*out = dflt;
	if (argno >= PG_NARGS() || PG_ARGISNULL(argno))
		return NULL;
	switch (kind)
	{
		case COUNT_INT8:
			*out = PG_GETARG_INT64(argno);
			return NULL;
		case COUNT_INT4:
			*out = PG_GETARG_INT32(argno);
			return NULL;
		case COUNT_FLOAT8:
			{
				float8		f = PG_GETARG_FLOAT8(argno);

				if (isnan(f) || isinf(f))
					return "token count is NaN or infinite";
				if (f != floor(f))
					return "token count is not a whole number";
				if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0))
					return "token count out of range";
				*out = (int64) f;
				return NULL;
			}
		case COUNT_NUMERIC:
			{
				Numeric		n = PG_GETARG_NUMERIC(argno);
				Datum		d = NumericGetDatum(n);

				if (numeric_is_nan(n) || numeric_is_inf(n))
					return "token count is NaN or infinite";
				if (!DatumGetBool(DirectFunctionCall2(numeric_eq, d,
													  DirectFunctionCall2(numeric_trunc, d, Int32GetDatum(0)))))
					return "token count is not a whole number";
				if (DatumGetBool(DirectFunctionCall2(numeric_gt, d,
													 NumericGetDatum(int64_to_numeric(PG_INT64_MAX)))) ||
					DatumGetBool(DirectFunctionCall2(numeric_lt, d,
													 NumericGetDatum(int64_to_numeric(PG_INT64_MIN)))))
					return "token count out of range";
				*out = DatumGetInt64(DirectFunctionCall1(numeric_int8, d));
				return NULL;
			}
	}
	return NULL;
}

/* An optional text argument as a C string, or NULL. */
static text *
opt_text(FunctionCallInfo fcinfo, int argno)
{
	if (argno >= PG_NARGS() || PG_ARGISNULL(argno))
		return NULL;
	return PG_GETARG_TEXT_PP(argno);
}

/*
 * Shared body of gen_cost, try_gen_cost, gen_cost_error and
 * cost_breakdown.  Returns NULL (and sets *message in COST_MESSAGE mode)
 * when the row cannot be priced; in COST_RAISE mode every such case
 * raises, except a NULL model, time, input or output, which is a NULL
 * cost in every mode.  *cost_out (if given) receives the billed lines.
 */
static Numeric
compute_cost(FunctionCallInfo fcinfo, CountKind kind, CostMode mode, char **message,
			 llmnum_cost *cost_out, const llmnum_catalog_model **model_out)
{
	llmnum_usage u = LLMNUM_USAGE_INIT;
	TimestampTz at;
	text	   *name;
	text	   *t;
	const llmnum_catalog_model *m;
	llmnum_cost c;
	llmnum_cost_status st;
	char	   *msg = NULL;
	const char *bad;
	int64		v[NARGS_FULL];
	int			i;
	static const int count_args[] = {
		ARG_INPUT, ARG_OUTPUT, ARG_CACHED, ARG_CACHE_WRITE, ARG_CACHE_WRITE_1H,
		ARG_REASONING, ARG_AUDIO_INPUT, ARG_AUDIO_OUTPUT, ARG_REQUESTS,
		ARG_WEB_SEARCH, ARG_CACHED_AUDIO
	};

	*message = NULL;
	for (i = 0; i <= ARG_AT; i++)
	{
		if (PG_ARGISNULL(i))
		{
			if (mode == COST_MESSAGE)
				*message = psprintf("%s is NULL", arg_names[i]);
			return NULL;
		}
	}
	name = PG_GETARG_TEXT_PP(ARG_MODEL);
	at = PG_GETARG_TIMESTAMPTZ(ARG_AT);

	for (i = 0; i < lengthof(count_args); i++)
	{
		int			a = count_args[i];

		bad = read_count(fcinfo, a, kind, a == ARG_REQUESTS ? 1 : 0, &v[a]);
		if (bad != NULL)
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE, bad,
							   psprintf("%s of %s", bad, arg_names[a]), NULL);
	}
	u.input_tokens = v[ARG_INPUT];
	u.output_tokens = v[ARG_OUTPUT];
	u.cached_tokens = v[ARG_CACHED];
	u.cache_write_tokens = v[ARG_CACHE_WRITE];
	u.cache_write_1h_tokens = v[ARG_CACHE_WRITE_1H];
	u.reasoning_tokens = v[ARG_REASONING];
	u.audio_input_tokens = v[ARG_AUDIO_INPUT];
	u.cached_audio_tokens = v[ARG_CACHED_AUDIO];
	u.audio_output_tokens = v[ARG_AUDIO_OUTPUT];
	u.web_search_calls = v[ARG_WEB_SEARCH];
	u.requests = v[ARG_REQUESTS];
	u.batch = PG_NARGS() > ARG_BATCH && !PG_ARGISNULL(ARG_BATCH) && PG_GETARG_BOOL(ARG_BATCH);

	if ((t = opt_text(fcinfo, ARG_SERVICE_TIER)) != NULL)
	{
		u.service_tier = llmnum_service_tier_from_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		if (u.service_tier < 0)
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "unknown service tier",
							   psprintf("unknown service tier \"%s\"",
										llmnum_shown_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
							   "Use standard (or default), batch, flex or priority; NULL is standard.");
		if (u.batch && u.service_tier != LLMNUM_SERVICE_BATCH &&
			u.service_tier != LLMNUM_SERVICE_STANDARD)
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "batch conflicts with the service tier",
							   psprintf("batch => true conflicts with service tier \"%s\"",
										llmnum_service_tier_name(u.service_tier)),
							   NULL);
	}
	if ((t = opt_text(fcinfo, ARG_TIER_POLICY)) != NULL)
	{
		u.tier_policy = llmnum_tier_policy_from_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		if (u.tier_policy < 0)
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "unknown tier policy",
							   psprintf("unknown tier policy \"%s\"",
										llmnum_shown_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
							   "Use strict (NULL), average, base or long.");
	}

	if (u.input_tokens < 0 || u.output_tokens < 0 || u.cached_tokens < 0 ||
		u.cache_write_tokens < 0 || u.cache_write_1h_tokens < 0 ||
		u.reasoning_tokens < 0 || u.audio_input_tokens < 0 ||
		u.cached_audio_tokens < 0 || u.audio_output_tokens < 0 ||
		u.web_search_calls < 0)
		return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
						   "negative token count", "token counts must not be negative",
						   psprintf("Got input %lld, output %lld, cached input %lld.",
									(long long) u.input_tokens, (long long) u.output_tokens,
									(long long) u.cached_tokens));
	if (u.requests < 1)
		return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
						   "requests must be at least 1",
						   psprintf("requests must be at least 1, not %lld", (long long) u.requests),
						   "A usage row stands for one request or more; NULL is 1.");
	if (u.cached_tokens > u.input_tokens)
		return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
						   "cached_input_tokens exceeds input_tokens",
						   psprintf("cached_input_tokens (%lld) exceeds input_tokens (%lld)",
									(long long) u.cached_tokens, (long long) u.input_tokens),
						   "Cached tokens are the part of the input tokens that was read from the prompt cache.");

	m = lookup_model(name, at);
	if (m == NULL)
	{
		if (mode == COST_RAISE)
			report_unknown_model(name, at, true);
		if (mode == COST_MESSAGE)
		{
			llmnum_catalog_resolution r;

			(void) llmnum_catalog_resolve(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), at,
										  NULL, &r);
			*message = pstrdup(r.status == LLMNUM_ID_NO_FINE_TUNE
							   ? "no fine-tuned price for the base model"
							   : r.status == LLMNUM_ID_ROUTED_OPEN
							   ? "routing variant of a model its providers price apart"
							   : "unknown model");
		}
		return NULL;
	}
	if (model_out)
		*model_out = m;
	if (m->bad_row != NULL)
		return row_problem(mode, message, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
						   "unusable price",
						   psprintf("a price of model \"%s\" cannot be used exactly", m->key.name),
						   psprintf("The %s has more than %d significant digits or decimals.",
									m->bad_row, LLMNUM_MAX_SCALE));

	st = llmnum_cost_compute(&m->schedule, at, &u, &c);
	switch (st)
	{
		case LLMNUM_COST_OK:
			if (cost_out)
				*cost_out = c;
			return cost_to_numeric(&c);
		case LLMNUM_COST_CACHED_EXCEEDS_INPUT:
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "input parts exceed input_tokens",
							   psprintf("cached, cache-write and audio input tokens (%lld + %lld + %lld + %lld) exceed input_tokens (%lld)",
										(long long) u.cached_tokens, (long long) u.cache_write_tokens,
										(long long) u.cache_write_1h_tokens, (long long) u.audio_input_tokens,
										(long long) u.input_tokens),
							   "input_tokens is the whole prompt: it includes the tokens read from or written to the cache and the audio tokens (for Anthropic and Bedrock, add cache_read_input_tokens and cache_creation_input_tokens to input_tokens).");
		case LLMNUM_COST_OUTPUT_PARTS_EXCEED:
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "output parts exceed output_tokens",
							   psprintf("reasoning and audio output tokens (%lld + %lld) exceed output_tokens (%lld)",
										(long long) u.reasoning_tokens, (long long) u.audio_output_tokens,
										(long long) u.output_tokens),
							   "output_tokens is the whole completion: it includes reasoning and audio tokens, as OpenAI reports them (for Gemini, add thoughtsTokenCount to candidatesTokenCount).");
		case LLMNUM_COST_TIER_UNDECIDABLE:
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "long-context tier undecidable for an aggregated row",
							   psprintf("cannot decide the long-context tier of %lld requests of model \"%s\" with %lld input tokens in all",
										(long long) u.requests, m->key.name, (long long) u.input_tokens),
							   psprintf("Some of the requests may be above %lld input tokens and some below. "
										"Pass tier_policy => 'base' or 'long' when the export says which, or 'average' to bill every request at the tier of the average request.",
										(long long) c.tier_above));
		case LLMNUM_COST_WINDOW_UNDECIDABLE:
			if (c.tier_above > 0)
				return row_problem(mode, message, ERRCODE_NO_DATA_FOUND,
								   "no long-context price in this price window",
								   psprintf("model \"%s\" has no price for prompts above %lld tokens in the hours of %s",
											m->key.name, (long long) c.tier_above, timestamptz_to_str(at)),
								   "Its prices vary by the hour (llmnum.builtin_price_windows) and the catalog has only base-tier prices for these hours.");
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "price window undecidable for an aggregated row",
							   psprintf("cannot price %lld requests of model \"%s\" as one row: its prices vary by the hour at %s",
										(long long) u.requests, m->key.name, timestamptz_to_str(at)),
							   "The requests of the row may fall inside or outside its peak or off-peak hours (llmnum.builtin_price_windows). Price the requests one by one with their own times.");
		case LLMNUM_COST_TIER_CONTRADICTION:
			return row_problem(mode, message, ERRCODE_INVALID_PARAMETER_VALUE,
							   "tier policy long contradicts the input",
							   psprintf("tier_policy long: %lld requests cannot all be above %lld tokens with %lld input tokens in all",
										(long long) u.requests, (long long) c.tier_above,
										(long long) u.input_tokens),
							   NULL);
		case LLMNUM_COST_NO_PRICE_AT:
			msg = pstrdup("no price in force");
			if (mode == COST_RAISE)
				ereport(ERROR,
						(errcode(ERRCODE_NO_DATA_FOUND),
						 errmsg("model \"%s\" has no price at %s", m->key.name,
								timestamptz_to_str(at)),
						 errdetail_internal("%s", coverage(m)),
						 errhint("Add the price to llmnum.user_prices, or use llmnum.try_gen_cost() to get NULL for unpriced usage.")));
			break;
		case LLMNUM_COST_MISSING_COMPONENT:
			msg = psprintf("no %s price%s%s", llmnum_component_name(c.missing),
						   c.tier_above > 0
						   ? psprintf(" for prompts above %lld tokens", (long long) c.tier_above)
						   : "",
						   (u.service_tier != LLMNUM_SERVICE_STANDARD && u.service_tier != LLMNUM_SERVICE_BATCH)
						   || (u.service_tier == LLMNUM_SERVICE_BATCH && !u.batch)
						   || (u.batch && (c.missing == LLMNUM_AUDIO_INPUT || c.missing == LLMNUM_AUDIO_OUTPUT))
						   ? psprintf(" in the %s tier", llmnum_service_tier_name(u.batch ? LLMNUM_SERVICE_BATCH : u.service_tier))
						   : "");
			if (mode == COST_RAISE)
				ereport(ERROR,
						(errcode(ERRCODE_NO_DATA_FOUND),
						 errmsg("model \"%s\" has %s at %s", m->key.name, msg,
								timestamptz_to_str(at)),
						 c.tier_gap
						 ? errdetail("The model it serves bills prompts above %lld tokens at other prices; what \"%s\" charges for them is not in the catalog (llmnum.builtin_price_gaps), and the base price would understate the cost.",
									 (long long) c.tier_above, m->key.name)
						 : c.price_unknown
						 ? errdetail("\"%s\" bills a fee on every request whose amount depends on options of the request that its usage does not record (llmnum.builtin_price_gaps says which); the cost without it would understate what was billed.",
									 m->key.name)
						 : u.batch || u.service_tier != LLMNUM_SERVICE_STANDARD
						 ? errdetail("Batch, flex and priority requests are billed at the prices of their tier; llmnum does not guess a discount.")
						 : errdetail("Tokens of a component are billed only at a price of that component."),
						 c.tier_gap
						 ? errhint("Add the host's prices for prompts above %lld tokens to llmnum.user_prices (tier_above_tokens = %lld), or use llmnum.try_gen_cost() to get NULL for such rows.",
								   (long long) c.tier_above, (long long) c.tier_above)
						 : c.price_unknown
						 ? errhint("Add the fee you pay to llmnum.user_prices (component %s, USD per million requests), or use llmnum.try_gen_cost() to get NULL for such rows.",
								   llmnum_component_name(c.missing))
						 : errhint("Add the price to llmnum.user_prices, or use llmnum.try_gen_cost() to get NULL for unpriced usage.")));
			if (c.tier_gap)
				msg = psprintf("%s: the host's long-context prices are not in the catalog", msg);
			else if (c.price_unknown)
				msg = psprintf("%s: a fee per request that the catalog does not know", msg);
			break;
		case LLMNUM_COST_OVERFLOW:
			return row_problem(mode, message, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
							   "cost out of range",
							   psprintf("cost of %lld input and %lld output tokens of model \"%s\" is out of range",
										(long long) u.input_tokens, (long long) u.output_tokens, m->key.name),
							   NULL);
		default:
			elog(ERROR, "unexpected cost status %d", (int) st);
	}
	if (mode == COST_MESSAGE)
		*message = msg;
	return NULL;
}

/*
 * The C entry points: {gen_cost, try_gen_cost, gen_cost_error} x the SQL
 * type of the token counts.  timestamp (without time zone) forms share
 * them: a timestamp and the timestamptz of the same wall-clock time in UTC
 * have the same bits, so a timestamp argument is read as UTC.
 */
#define COST_ENTRY_POINTS(suffix, kind) \
PG_FUNCTION_INFO_V1(llmnum_gen_cost##suffix); \
Datum \
llmnum_gen_cost##suffix(PG_FUNCTION_ARGS) \
{ \
	char	   *message; \
	Numeric		result = compute_cost(fcinfo, kind, COST_RAISE, &message, NULL, NULL); \
	if (result == NULL) \
		PG_RETURN_NULL(); \
	PG_RETURN_NUMERIC(result); \
} \
PG_FUNCTION_INFO_V1(llmnum_try_gen_cost##suffix); \
Datum \
llmnum_try_gen_cost##suffix(PG_FUNCTION_ARGS) \
{ \
	char	   *message; \
	Numeric		result = compute_cost(fcinfo, kind, COST_NULL, &message, NULL, NULL); \
	if (result == NULL) \
		PG_RETURN_NULL(); \
	PG_RETURN_NUMERIC(result); \
} \
PG_FUNCTION_INFO_V1(llmnum_gen_cost_error##suffix); \
Datum \
llmnum_gen_cost_error##suffix(PG_FUNCTION_ARGS) \
{ \
	char	   *message; \
	(void) compute_cost(fcinfo, kind, COST_MESSAGE, &message, NULL, NULL); \
	if (message == NULL) \
		PG_RETURN_NULL(); \
	PG_RETURN_TEXT_P(cstring_to_text(message)); \
}

COST_ENTRY_POINTS(, COUNT_INT8)
COST_ENTRY_POINTS(_int4, COUNT_INT4)
COST_ENTRY_POINTS(_numeric, COUNT_NUMERIC)
COST_ENTRY_POINTS(_float8, COUNT_FLOAT8)

PG_FUNCTION_INFO_V1(llmnum_cost_breakdown);

/*
 * cost_breakdown(same arguments as gen_cost, bigint counts): one row per
 * billed part (component, tokens, tier, usd_per_mtok, usd); the usd column
 * sums exactly to gen_cost.  Raises where gen_cost raises; no rows where
 * gen_cost is NULL.
 */
Datum
llmnum_cost_breakdown(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	char	   *message;
	llmnum_cost c;
	const llmnum_catalog_model *m = NULL;
	Numeric		total;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	total = compute_cost(fcinfo, COUNT_INT8, COST_RAISE, &message, &c, &m);
	if (total == NULL)
		return (Datum) 0;
	for (i = 0; i < c.nlines; i++)
	{
		const llmnum_cost_line *l = &c.lines[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		llmnum_cost one;

		/* the line's cost at the scale of the whole, so that lines sum exactly */
		one.value = (llmnum_i128) l->tokens * l->price.units;
		{
			int			k;

			for (k = l->price.scale; k < c.scale - 6; k++)
				one.value *= 10;
		}
		one.scale = c.scale;
		values[0] = CStringGetTextDatum(llmnum_component_name(l->component));
		values[1] = Int64GetDatum(l->tokens);
		values[2] = Int64GetDatum(c.tier_above);
		values[3] = NumericGetDatum(money_to_numeric(&l->price));
		values[4] = NumericGetDatum(cost_to_numeric(&one));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/*
 * The base-tier price of one component of a model at a moment, in the
 * price window of that hour if any (NULL if none).
 */
static const llmnum_money *
component_price(const llmnum_catalog_model *m, int component, TimestampTz at)
{
	const llmnum_segment *seg = llmnum_schedule_find(&m->schedule, at);
	const llmnum_price_window *w;
	const llmnum_tier_prices *tp;

	if (seg == NULL || seg->tiers[0].tier_above != 0)
		return NULL;
	w = llmnum_segment_window(seg, at);
	tp = w != NULL ? &w->prices : &seg->tiers[0];
	if (!(tp->present & (1u << component)))
		return NULL;
	return &tp->price[component];
}

/* The model of a name, or the unknown-model error. */
static const llmnum_catalog_model *
require_model(text *name, TimestampTz at, bool with_at)
{
	const llmnum_catalog_model *m = lookup_model(name, at);

	if (m == NULL)
		report_unknown_model(name, at, with_at);
	return m;
}

PG_FUNCTION_INFO_V1(llmnum_price_of);

/*
 * price_of(model, component, at): one price per million tokens, for
 * formulas that must not fail when a model was not yet or no longer sold.
 */
Datum
llmnum_price_of(PG_FUNCTION_ARGS)
{
	text	   *comp_t = PG_GETARG_TEXT_PP(1);
	TimestampTz at = PG_GETARG_TIMESTAMPTZ(2);
	int			component = llmnum_component_from_name(VARDATA_ANY(comp_t),
													   VARSIZE_ANY_EXHDR(comp_t));
	const llmnum_catalog_model *m;
	const llmnum_money *price;

	if (component < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown price component \"%s\"",
						llmnum_shown_name(VARDATA_ANY(comp_t), VARSIZE_ANY_EXHDR(comp_t))),
				 errhint("Use one of the components of docs/prices.md: input, output, cached_input, cache_write, cache_write_1h, batch_input, batch_output, training, reasoning_output, audio_input, cached_audio_input, audio_output, request, web_search, flex_input, flex_cached_input, flex_output, priority_input, priority_cached_input, priority_output.")));
	m = require_model(PG_GETARG_TEXT_PP(0), at, true);
	price = component_price(m, component, at);
	if (price == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(money_to_numeric(price));
}

PG_FUNCTION_INFO_V1(llmnum_resolve_model);

/*
 * resolve_model(id, at, via_host): the catalog model an id as logged is
 * priced as, its host and the rules that matched; the unknown-model error
 * otherwise.  NULL id or at: NULL.
 */
Datum
llmnum_resolve_model(PG_FUNCTION_ARGS)
{
	text	   *id;
	TimestampTz at;
	char	   *via = NULL;
	llmnum_catalog_resolution r;
	TupleDesc	desc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	id = PG_GETARG_TEXT_PP(0);
	at = PG_GETARG_TIMESTAMPTZ(1);
	if (!PG_ARGISNULL(2))
	{
		via = text_to_cstring(PG_GETARG_TEXT_PP(2));
		if (!llmnum_catalog_host_known(via))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown host \"%s\"", llmnum_shown_name(via, strlen(via))),
					 errhint("Hosts are listed in llmnum.builtin_hosts.")));
	}
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "resolve_model must return a row");
	if (llmnum_catalog_resolve(VARDATA_ANY(id), VARSIZE_ANY_EXHDR(id), at, via, &r) == NULL)
		report_unresolved(VARDATA_ANY(id), VARSIZE_ANY_EXHDR(id), &r, at, false);
	values[0] = CStringGetTextDatum(r.model->key.name);
	if (r.host)
		values[1] = CStringGetTextDatum(r.host);
	else
		nulls[1] = true;
	values[2] = CStringGetTextDatum(r.rule);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/* A base-tier price that must exist, or the no-price error. */
static const llmnum_money *
require_price(const llmnum_catalog_model *m, int component, TimestampTz at)
{
	const llmnum_money *p = component_price(m, component, at);

	if (p == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("model \"%s\" has no %s price at %s", m->key.name,
						llmnum_component_name(component), timestamptz_to_str(at)),
				 errdetail_internal("%s", coverage(m))));
	return p;
}

PG_FUNCTION_INFO_V1(llmnum_embed_vs_generate_ratio);

/*
 * embed_vs_generate_ratio(generate_model, embed_model, at): the list's
 * "generation vs embedding" number, output price over embedding price.
 */
Datum
llmnum_embed_vs_generate_ratio(PG_FUNCTION_ARGS)
{
	TimestampTz at = PG_GETARG_TIMESTAMPTZ(2);
	const llmnum_catalog_model *gen = require_model(PG_GETARG_TEXT_PP(0), at, true);
	const llmnum_catalog_model *emb = require_model(PG_GETARG_TEXT_PP(1), at, true);
	const llmnum_money *out = require_price(gen, LLMNUM_OUTPUT, at);
	const llmnum_money *in = require_price(emb, LLMNUM_INPUT, at);
	Datum		ratio;

	if (in->units == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("embedding model \"%s\" is free at %s", emb->key.name,
						timestamptz_to_str(at))));
	ratio = DirectFunctionCall2(numeric_div, NumericGetDatum(money_to_numeric(out)),
								NumericGetDatum(money_to_numeric(in)));
	PG_RETURN_DATUM(DirectFunctionCall1(numeric_trim_scale, ratio));
}
