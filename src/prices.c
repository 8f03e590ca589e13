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

	if (r->status == LLMNUM_ID_NO_FINE_TUNE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 with_at
				 ? errmsg("unknown model \"%s\" for a request at %s", quoted, timestamptz_to_str(at))
				 : errmsg("unknown model \"%s\"", quoted),
				 errdetail("A fine-tuned model is billed at the fine-tuning rates of its base, and the catalog has no model \"%s\"; llmnum does not price it at the base model's rates.",
						   llmnum_shown_name(near, strlen(near))),
				 errhint("Add \"%s\" to llmnum.user_models and its prices to llmnum.user_prices, or map the id with a rule in llmnum.user_model_aliases.",
						 llmnum_shown_name(near, strlen(near)))));
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
		return "It has no price rows at all.";
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

/*
 * Shared body of gen_cost, try_gen_cost and gen_cost_error.  Returns NULL
 * (and sets *message in COST_MESSAGE mode) for the "cannot be priced"
 * outcomes; invalid arguments and overflow always raise.
 */
static Numeric
compute_cost(FunctionCallInfo fcinfo, CostMode mode, char **message)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	llmnum_usage u;
	TimestampTz at = PG_GETARG_TIMESTAMPTZ(3);
	const llmnum_catalog_model *m;
	llmnum_cost c;
	llmnum_cost_status st;
	char	   *msg = NULL;

	u.input_tokens = PG_GETARG_INT64(1);
	u.output_tokens = PG_GETARG_INT64(2);
	u.cached_tokens = PG_GETARG_INT64(4);
	u.batch = PG_GETARG_BOOL(5);
	*message = NULL;

	if (u.input_tokens < 0 || u.output_tokens < 0 || u.cached_tokens < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("token counts must not be negative"),
				 errdetail("Got input %lld, output %lld, cached input %lld.",
						   (long long) u.input_tokens, (long long) u.output_tokens,
						   (long long) u.cached_tokens)));
	if (u.cached_tokens > u.input_tokens)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cached_input_tokens (%lld) exceeds input_tokens (%lld)",
						(long long) u.cached_tokens, (long long) u.input_tokens),
				 errdetail("Cached tokens are the part of the input tokens that was read from the prompt cache.")));

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
							   ? "no fine-tuned price for the base model" : "unknown model");
		}
		return NULL;
	}
	if (m->bad_row != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("a price of model \"%s\" cannot be used exactly", m->key.name),
				 errdetail("The %s has more than %d significant digits or decimals.",
						   m->bad_row, LLMNUM_MAX_SCALE)));

	st = llmnum_cost_compute(&m->schedule, at, &u, &c);
	switch (st)
	{
		case LLMNUM_COST_OK:
			return cost_to_numeric(&c);
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
			msg = psprintf("no %s price%s", llmnum_component_name(c.missing),
						   c.tier_above > 0
						   ? psprintf(" for prompts above %lld tokens", (long long) c.tier_above)
						   : "");
			if (mode == COST_RAISE)
				ereport(ERROR,
						(errcode(ERRCODE_NO_DATA_FOUND),
						 errmsg("model \"%s\" has %s at %s", m->key.name, msg,
								timestamptz_to_str(at)),
						 u.batch
						 ? errdetail("Batch requests are billed at the batch_input and batch_output prices; llmnum does not guess a discount.")
						 : errdetail("Tokens of a component are billed only at a price of that component."),
						 errhint("Add the price to llmnum.user_prices, or use llmnum.try_gen_cost() to get NULL for unpriced usage.")));
			break;
		case LLMNUM_COST_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("cost of %lld input and %lld output tokens of model \"%s\" is out of range",
							(long long) u.input_tokens, (long long) u.output_tokens, m->key.name)));
			break;
		default:
			elog(ERROR, "unexpected cost status %d", (int) st);
	}
	if (mode == COST_MESSAGE)
		*message = msg;
	return NULL;
}

PG_FUNCTION_INFO_V1(llmnum_gen_cost);

/*
 * gen_cost(model, input_tokens, output_tokens, at, cached_input_tokens,
 * batch): what a request cost at the prices in force at that moment.
 */
Datum
llmnum_gen_cost(PG_FUNCTION_ARGS)
{
	char	   *message;

	PG_RETURN_NUMERIC(compute_cost(fcinfo, COST_RAISE, &message));
}

PG_FUNCTION_INFO_V1(llmnum_try_gen_cost);

/* For dashboards: NULL instead of an error when the usage cannot be priced. */
Datum
llmnum_try_gen_cost(PG_FUNCTION_ARGS)
{
	char	   *message;
	Numeric		result = compute_cost(fcinfo, COST_NULL, &message);

	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(llmnum_gen_cost_error);

/*
 * Why a usage row cannot be priced, as a short reason without the model or
 * the time so that unpriced_usage() can group by it; NULL when it can.
 */
Datum
llmnum_gen_cost_error(PG_FUNCTION_ARGS)
{
	char	   *message;

	(void) compute_cost(fcinfo, COST_MESSAGE, &message);
	if (message == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(message));
}

/* The base-tier price of one component of a model at a moment (NULL if none). */
static const llmnum_money *
component_price(const llmnum_catalog_model *m, int component, TimestampTz at)
{
	const llmnum_segment *seg = llmnum_schedule_find(&m->schedule, at);

	if (seg == NULL || seg->tiers[0].tier_above != 0 ||
		!(seg->tiers[0].present & (1u << component)))
		return NULL;
	return &seg->tiers[0].price[component];
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
				 errhint("Use input, output, cached_input, cache_write, cache_write_1h, batch_input, batch_output or training.")));
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
