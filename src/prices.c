/*-------------------------------------------------------------------------
 *
 * prices.c
 *	  SQL entry points of the dated price catalog: gen_cost and friends.
 *
 * Every backend keeps one cache of all prices (llmnum.prices, user rows
 * and built-in rows) keyed by the lower-cased model name, each model's
 * rows folded into a schedule by the pure engine in cost.c.  The cache is
 * loaded on first use and thrown away when a relcache invalidation arrives
 * for one of the catalog tables.  Plain DML does not cause relcache
 * invalidations, so statement-level triggers on those tables call
 * llmnum_price_cache_invalidate(), which queues one: the writing backend
 * sees it at the next command, the others when they next process
 * invalidation messages (at the latest at their next transaction), and a
 * rolled-back change is undone the same way.
 *
 * Error policy: an unknown model or a moment with no price is an error
 * (never a cost of 0); try_gen_cost() turns exactly those into NULL.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/formatting.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "cost.h"
#include "host_pg.h"
#include "llmnum_citus.h"
#include "name_hint.h"

/* Tables whose changes invalidate the cache. */
static const char *const watched_tables[] = {
	"builtin_prices", "user_prices", "builtin_models", "user_models"
};
#define NWATCHED lengthof(watched_tables)

typedef struct PriceModel
{
	char	   *key;			/* lower-cased name */
	int			keylen;
	uint32		hash;
	char	   *name;			/* spelling of llmnum.models (or the price row) */
	bool		has_prices;
	llmnum_schedule schedule;
	int64		first_from;		/* earliest valid_from of any price */
	int64		last_to;		/* latest valid_to, LLMNUM_FOREVER if open */
	char	   *bad_row;		/* why a price row could not be used */
	/* used while loading only */
	llmnum_period *periods;
	int			nperiods;
	int			maxperiods;
} PriceModel;

typedef struct PriceCache
{
	MemoryContext cxt;
	PriceModel *models;
	int			nmodels;
	PriceModel **slots;			/* open addressing, nslots a power of 2 */
	uint32		nslots;
} PriceCache;

static PriceCache cache;
static bool cache_valid = false;

/*
 * A cache loaded under an older snapshot (in parallel mode, where no new
 * snapshot may be taken) may miss a change whose invalidation was already
 * processed; it is reloaded in the next transaction.
 */
static LocalTransactionId cache_reload_after = InvalidLocalTransactionId;
static bool callback_registered = false;
static Oid	watched_oids[NWATCHED];

/* Drop the cache when one of the catalog tables changes. */
static void
price_cache_callback(Datum arg, Oid relid)
{
	int			i;

	if (!OidIsValid(relid))
	{
		cache_valid = false;
		return;
	}
	for (i = 0; i < (int) NWATCHED; i++)
		if (watched_oids[i] == relid)
			cache_valid = false;
}

/* Hash of a folded name (FNV-1a); the lookup computes the same inline. */
static uint32
fnv1a(const char *s, int len)
{
	uint32		h = 2166136261u;
	int			i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Lower-case a model name the way the lookup does: ASCII folding for ASCII
 * names (the common, fast case), the database's lower() rules otherwise.
 */
static char *
fold_name(const char *s, int len, int *outlen)
{
	int			i;
	char	   *out;

	for (i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
		{
			out = str_tolower(s, len, DEFAULT_COLLATION_OID);
			*outlen = strlen(out);
			return out;
		}
	out = palloc(len + 1);
	for (i = 0; i < len; i++)
		out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] - 'A' + 'a' : s[i];
	out[len] = '\0';
	*outlen = len;
	return out;
}

/* Probe the open-addressing table for a folded name. */
static PriceModel *
cache_find(const char *key, int keylen, uint32 hash)
{
	uint32		i;

	if (cache.nslots == 0)
		return NULL;
	for (i = hash & (cache.nslots - 1);; i = (i + 1) & (cache.nslots - 1))
	{
		PriceModel *m = cache.slots[i];

		if (m == NULL)
			return NULL;
		if (m->hash == hash && m->keylen == keylen &&
			memcmp(m->key, key, keylen) == 0)
			return m;
	}
}

/* Find or add a model while loading (capacity was sized beforehand). */
static PriceModel *
cache_enter(const char *name, int capacity)
{
	int			keylen;
	char	   *key = fold_name(name, strlen(name), &keylen);
	uint32		hash = fnv1a(key, keylen);
	PriceModel *m = cache_find(key, keylen, hash);
	uint32		i;

	if (m != NULL)
		return m;
	Assert(cache.nmodels < capacity);
	m = &cache.models[cache.nmodels++];
	memset(m, 0, sizeof(*m));
	m->key = key;
	m->keylen = keylen;
	m->hash = hash;
	m->name = pstrdup(name);
	m->first_from = LLMNUM_FOREVER;
	m->last_to = PG_INT64_MIN;
	for (i = hash & (cache.nslots - 1); cache.slots[i] != NULL; i = (i + 1) & (cache.nslots - 1))
		;
	cache.slots[i] = m;
	return m;
}

/* Collect one price row of a model while loading. */
static void
add_period(PriceModel *m, const llmnum_period *p)
{
	if (m->nperiods == m->maxperiods)
	{
		m->maxperiods = m->maxperiods ? m->maxperiods * 2 : 8;
		m->periods = m->periods
			? repalloc(m->periods, sizeof(llmnum_period) * m->maxperiods)
			: palloc(sizeof(llmnum_period) * m->maxperiods);
	}
	m->periods[m->nperiods++] = *p;
}

/*
 * Run a catalog query with the snapshot the whole load uses: the newest one
 * when the load began, so that every change whose invalidation has been
 * processed is seen even inside an older statement or a REPEATABLE READ
 * transaction, and all queries of one load (the Citus check included) see
 * the same rows.  Parallel mode forbids new snapshots: there the active one
 * is used (load_snapshot is NULL) and the cache is marked for reload.
 */
static Snapshot load_snapshot = NULL;

static void load_rows(MemoryContext newcxt, MemoryContext callercxt);

static int
run_query(const char *sql)
{
	SPIPlanPtr	plan;

	if (load_snapshot == NULL)
		return SPI_execute(sql, true, 0);
	plan = SPI_prepare(sql, 0, NULL);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\"", sql);
	return SPI_execute_snapshot(plan, NULL, NULL, load_snapshot,
								InvalidSnapshot, true, false, 0);
}

/*
 * Read every model name and every price through SPI into a fresh memory
 * context, then fold each model's rows into its schedule.
 */
static void
load_cache(void)
{
	Oid			nsp;
	MemoryContext callercxt;
	MemoryContext newcxt;
	int			i;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(price_cache_callback, (Datum) 0);
		callback_registered = true;
	}

	nsp = get_namespace_oid("llmnum", false);
	for (i = 0; i < (int) NWATCHED; i++)
		watched_oids[i] = get_relname_relid(watched_tables[i], nsp);

	if (cache.cxt != NULL)
		MemoryContextDelete(cache.cxt);
	memset(&cache, 0, sizeof(cache));

	/* owned by the cache at once, so that an error here cannot leak it */
	newcxt = AllocSetContextCreate(TopMemoryContext, "llmnum price cache",
								   ALLOCSET_DEFAULT_SIZES);
	cache.cxt = newcxt;
	callercxt = CurrentMemoryContext;

	cache_reload_after = InvalidLocalTransactionId;
	load_snapshot = NULL;
	if (IsInParallelMode())
		cache_reload_after = MyProc->lxid;
	else
		load_snapshot = RegisterSnapshot(GetLatestSnapshot());
	PG_TRY();
	{
		load_rows(newcxt, callercxt);
	}
	PG_FINALLY();
	{
		if (load_snapshot != NULL)
			UnregisterSnapshot(load_snapshot);
		load_snapshot = NULL;
	}
	PG_END_TRY();
	cache_valid = true;
}

/* The body of load_cache(), under load_snapshot. */
static void
load_rows(MemoryContext newcxt, MemoryContext callercxt)
{
	MemoryContext oldcxt;
	uint64		nnames;
	uint64		nprices;
	uint64		r;
	int			capacity;
	int			i;
	SPITupleTable *names_tab;
	SPITupleTable *prices_tab;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* on a Citus worker: the rows about to be loaded are the coordinator's */
	llmnum_citus_verify(load_snapshot);
	if (run_query("SELECT name FROM llmnum.models") != SPI_OK_SELECT)
		elog(ERROR, "could not read llmnum.models");
	names_tab = SPI_tuptable;
	nnames = SPI_processed;
	SPI_tuptable = NULL;
	/* operators and casts qualified: the caller's search_path is in force */
	if (run_query("SELECT model, component, tier_above_tokens,"
				  " usd_per_mtok::pg_catalog.text, valid_from, valid_to,"
				  " origin OPERATOR(pg_catalog.=) 'user'::pg_catalog.text"
				  " FROM llmnum.prices") != SPI_OK_SELECT)
		elog(ERROR, "could not read llmnum.prices");
	prices_tab = SPI_tuptable;
	nprices = SPI_processed;

	if (nnames + nprices > (uint64) (MaxAllocSize / sizeof(PriceModel) / 4))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many models and prices in the llmnum catalog")));

	oldcxt = MemoryContextSwitchTo(newcxt);
	capacity = (int) (nnames + nprices) + 1;
	cache.models = palloc0(sizeof(PriceModel) * capacity);
	cache.nslots = 16;
	while (cache.nslots < (uint32) capacity * 2)
		cache.nslots *= 2;
	cache.slots = palloc0(sizeof(PriceModel *) * cache.nslots);

	for (r = 0; r < nnames; r++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(names_tab->vals[r], names_tab->tupdesc, 1, &isnull);

		if (!isnull)
			cache_enter(TextDatumGetCString(d), capacity);
	}

	for (r = 0; r < nprices; r++)
	{
		HeapTuple	tup = prices_tab->vals[r];
		TupleDesc	td = prices_tab->tupdesc;
		bool		isnull;
		char	   *model = TextDatumGetCString(SPI_getbinval(tup, td, 1, &isnull));
		char	   *component = TextDatumGetCString(SPI_getbinval(tup, td, 2, &isnull));
		int32		tier = DatumGetInt32(SPI_getbinval(tup, td, 3, &isnull));
		char	   *price = TextDatumGetCString(SPI_getbinval(tup, td, 4, &isnull));
		TimestampTz from = DatumGetTimestampTz(SPI_getbinval(tup, td, 5, &isnull));
		Datum		to_d = SPI_getbinval(tup, td, 6, &isnull);
		TimestampTz to = isnull ? LLMNUM_FOREVER : DatumGetTimestampTz(to_d);
		bool		is_user = DatumGetBool(SPI_getbinval(tup, td, 7, &isnull));
		PriceModel *m = cache_enter(model, capacity);
		llmnum_period p;
		llmnum_cost_status st;

		p.component = llmnum_component_from_name(component, strlen(component));
		p.tier_above = tier;
		p.valid_from = from;
		p.valid_to = to;
		p.is_user = is_user;
		st = llmnum_money_parse(price, strlen(price), &p.price);
		if (p.component < 0 || st != LLMNUM_COST_OK || to <= from)
		{
			if (m->bad_row == NULL)
				m->bad_row = psprintf("%s price %s from %s (%s row)",
									  component, price, timestamptz_to_str(from),
									  is_user ? "user" : "built-in");
			continue;
		}
		add_period(m, &p);
		if (from < m->first_from)
			m->first_from = from;
		if (to > m->last_to)
			m->last_to = to;
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();

	MemoryContextSwitchTo(newcxt);
	for (i = 0; i < cache.nmodels; i++)
	{
		PriceModel *m = &cache.models[i];

		if (m->nperiods == 0)
			continue;
		if (llmnum_schedule_build(&llmnum_pg_host, m->periods, m->nperiods,
								  &m->schedule) != LLMNUM_COST_OK)
			elog(ERROR, "invalid price periods for model \"%s\"", m->name);
		m->has_prices = true;
		pfree(m->periods);
		m->periods = NULL;
	}
	MemoryContextSwitchTo(callercxt);
}

/* Load the cache unless a valid one is in place. */
static void
ensure_cache(void)
{
	llmnum_citus_check();
	if (cache_valid && cache_reload_after != InvalidLocalTransactionId &&
		cache_reload_after != MyProc->lxid)
		cache_valid = false;
	if (!cache_valid)
		load_cache();
}

/* Look a model up by its name as written in the caller's data. */
static PriceModel *
lookup_model(text *name)
{
	const char *s = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	int			i;
	uint32		h = 2166136261u;
	int			keylen;
	char	   *key;
	PriceModel *m;

	ensure_cache();
	/* ASCII fast path: fold and hash without copying */
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 0x80)
			break;
		if (c >= 'A' && c <= 'Z')
			c = c - 'A' + 'a';
		h ^= c;
		h *= 16777619u;
	}
	if (i == len)
	{
		uint32		j;

		if (cache.nslots == 0)
			return NULL;
		for (j = h & (cache.nslots - 1);; j = (j + 1) & (cache.nslots - 1))
		{
			m = cache.slots[j];
			if (m == NULL)
				return NULL;
			if (m->hash == h && m->keylen == len &&
				pg_strncasecmp(m->key, s, len) == 0)
				return m;
		}
	}
	key = fold_name(s, len, &keylen);
	m = cache_find(key, keylen, fnv1a(key, keylen));
	pfree(key);
	return m;
}

/* "a", "b" or "c": the known names closest to what the user wrote. */
static char *
closest_names(const char *name)
{
	const char **names = palloc(cache.nmodels * sizeof(char *));
	int			i;

	for (i = 0; i < cache.nmodels; i++)
		names[i] = cache.models[i].name;
	return llmnum_closest_names_hint(name, names, cache.nmodels);
}

/* The unknown-model error, with the closest catalog names as a hint. */
static void
report_unknown_model(text *name, TimestampTz at, bool with_at)
{
	char	   *s = text_to_cstring(name);
	char	   *quoted = llmnum_shown_name(s, strlen(s));

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 with_at
			 ? errmsg("unknown model \"%s\" for a request at %s", quoted, timestamptz_to_str(at))
			 : errmsg("unknown model \"%s\"", quoted),
			 errdetail("No model of that name is in llmnum.models or llmnum.prices."),
			 cache.nmodels > 0
			 ? errhint("Closest known names: %s. Add your own model to llmnum.user_models and its prices to llmnum.user_prices.",
					   closest_names(s))
			 : errhint("The catalog is empty.")));
}

/* Detail line saying which period a model's prices cover. */
static const char *
coverage(const PriceModel *m)
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
	PriceModel *m;
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

	m = lookup_model(name);
	if (m == NULL)
	{
		if (mode == COST_RAISE)
			report_unknown_model(name, at, true);
		if (mode == COST_MESSAGE)
			*message = pstrdup("unknown model");
		return NULL;
	}
	if (m->bad_row != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("a price of model \"%s\" cannot be used exactly", m->name),
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
						 errmsg("model \"%s\" has no price at %s", m->name,
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
						 errmsg("model \"%s\" has %s at %s", m->name, msg,
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
							(long long) u.input_tokens, (long long) u.output_tokens, m->name)));
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
component_price(PriceModel *m, int component, TimestampTz at)
{
	const llmnum_segment *seg = llmnum_schedule_find(&m->schedule, at);

	if (seg == NULL || seg->tiers[0].tier_above != 0 ||
		!(seg->tiers[0].present & (1u << component)))
		return NULL;
	return &seg->tiers[0].price[component];
}

/* The model of a name, or the unknown-model error. */
static PriceModel *
require_model(text *name, TimestampTz at, bool with_at)
{
	PriceModel *m = lookup_model(name);

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
	PriceModel *m;
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

/* resolve_model(name): the catalog spelling of a name, or the unknown-model error. */
Datum
llmnum_resolve_model(PG_FUNCTION_ARGS)
{
	PriceModel *m = require_model(PG_GETARG_TEXT_PP(0), 0, false);

	PG_RETURN_TEXT_P(cstring_to_text(m->name));
}

/* A base-tier price that must exist, or the no-price error. */
static const llmnum_money *
require_price(PriceModel *m, int component, TimestampTz at)
{
	const llmnum_money *p = component_price(m, component, at);

	if (p == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("model \"%s\" has no %s price at %s", m->name,
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
	PriceModel *gen = require_model(PG_GETARG_TEXT_PP(0), at, true);
	PriceModel *emb = require_model(PG_GETARG_TEXT_PP(1), at, true);
	const llmnum_money *out = require_price(gen, LLMNUM_OUTPUT, at);
	const llmnum_money *in = require_price(emb, LLMNUM_INPUT, at);
	Datum		ratio;

	if (in->units == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("embedding model \"%s\" is free at %s", emb->name,
						timestamptz_to_str(at))));
	ratio = DirectFunctionCall2(numeric_div, NumericGetDatum(money_to_numeric(out)),
								NumericGetDatum(money_to_numeric(in)));
	PG_RETURN_DATUM(DirectFunctionCall1(numeric_trim_scale, ratio));
}

PG_FUNCTION_INFO_V1(llmnum_price_cache_invalidate);

/*
 * Statement-level trigger on the price and model tables: queue a relcache
 * invalidation so every backend reloads its price cache.
 */
Datum
llmnum_price_cache_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("llmnum.price_cache_invalidate() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
