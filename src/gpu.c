/*-------------------------------------------------------------------------
 *
 * gpu.c
 *	  SQL entry points of the GPU memory model and the training cost:
 *	  catalog lookups with "did you mean" hints, argument checks, and the
 *	  conversion of engine results to SQL values.
 *
 * The arithmetic lives in gpu_memory.c and train_cost.c; this file only
 * reads llmnum.models, llmnum.gpus and llmnum.quantizations through SPI.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "gpu_memory.h"
#include "host_pg.h"
#include "llmnum_citus.h"
#include "name_hint.h"
#include "train_cost.h"

typedef struct gpu_model
{
	char	   *name;			/* as spelled in the catalog */
	int32		context_window; /* 0 when unknown */
	llmnum_arch arch;
} gpu_model;

typedef struct gpu_device
{
	char	   *name;
	int64		memory_bytes;	/* usable where known, else nominal */
	double		peak_tflops;	/* bf16, else fp16; 0 when unknown */
	Datum		usd_per_hour;	/* numeric, valid only if has_price */
	bool		has_price;
} gpu_device;

/* bits per cached key/value element by KV-cache dtype */
static const struct
{
	const char *name;
	int			bits;
}			kv_dtypes[] =
{
	{"fp32", 32},
	{"fp16", 16},
	{"bf16", 16},
	{"fp8", 8},
	{"fp8_e4m3", 8},
	{"fp8_e5m2", 8},
	{"int8", 8},
};

/*
 * Run a one-column text query under SPI and return its values, for the
 * names an error hint chooses from.
 */
static const char **
spi_names(const char *sql, int nargs, Oid *types, Datum *args, size_t *n)
{
	const char **names;
	uint64		i;

	if (SPI_execute_with_args(sql, nargs, types, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI query failed: %s", sql);
	names = palloc(sizeof(char *) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
		names[i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
	*n = SPI_processed;
	return names;
}

/* Error for a name absent from a catalog view, with the closest names. */
static void
unknown_name(const char *what, const char *name, const char *view)
{
	StringInfoData sql;
	const char **names;
	size_t		n;

	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT name FROM %s ORDER BY name", view);
	names = spi_names(sql.data, 0, NULL, NULL, &n);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown %s \"%s\"", what, llmnum_shown_name(name, strlen(name))),
			 n > 0 ? errhint("The closest known names are %s; see %s.",
							 llmnum_closest_names_hint(name, names, n), view) :
			 errhint("%s is empty.", view)));
}

/* int4 column of the current SPI row, 0 for NULL */
static int64
spi_int(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? 0 : DatumGetInt32(d);
}

/*
 * Architecture of a catalog model.  Call between SPI_connect and
 * SPI_finish; strings are allocated in the caller's context.
 */
static void
lookup_model(const char *name, gpu_model *m, MemoryContext cxt)
{
	Oid			type = TEXTOID;
	Datum		arg = CStringGetTextDatum(name);
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	Datum		params;
	const char *missing = NULL;

	llmnum_citus_check();
	if (SPI_execute_with_args(
							  "SELECT name, kind, params_total::float8, layers, hidden_size,"
							  " attention_heads, kv_heads, head_dim, context_window,"
							  " intermediate_size, vocab_size, experts_active, sliding_window,"
							  " sliding_window_layers, kv_latent_dim"
							  " FROM llmnum.models"
							  " WHERE pg_catalog.lower(name) OPERATOR(pg_catalog.=) pg_catalog.lower($1)",
							  1, &type, &arg, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI lookup of model failed");
	if (SPI_processed == 0)
		unknown_name("model", name, "llmnum.models");

	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	m->name = MemoryContextStrdup(cxt, SPI_getvalue(tup, desc, 1));
	memset(&m->arch, 0, sizeof(m->arch));
	params = SPI_getbinval(tup, desc, 3, &isnull);
	m->arch.params_total = isnull ? 0 : DatumGetFloat8(params);
	m->arch.layers = spi_int(tup, desc, 4);
	m->arch.hidden_size = spi_int(tup, desc, 5);
	m->arch.attention_heads = spi_int(tup, desc, 6);
	m->arch.kv_heads = spi_int(tup, desc, 7);
	m->arch.head_dim = spi_int(tup, desc, 8);
	m->context_window = (int32) spi_int(tup, desc, 9);
	m->arch.intermediate_size = spi_int(tup, desc, 10);
	m->arch.vocab_size = spi_int(tup, desc, 11);
	m->arch.experts_active = spi_int(tup, desc, 12);
	m->arch.sliding_window = spi_int(tup, desc, 13);
	m->arch.sliding_window_layers = spi_int(tup, desc, 14);
	m->arch.kv_latent_dim = spi_int(tup, desc, 15);
	/* embedding and rerank models run one forward pass and cache nothing */
	{
		char	   *kind = SPI_getvalue(tup, desc, 2);

		m->arch.keeps_kv_cache = !(kind && (strcmp(kind, "embedding") == 0 ||
											strcmp(kind, "rerank") == 0));
	}

	if (m->arch.params_total <= 0)
		missing = "params_total";
	else if (m->arch.layers == 0)
		missing = "layers";
	else if (m->arch.hidden_size == 0)
		missing = "hidden_size";
	else if (m->arch.attention_heads == 0)
		missing = "attention_heads";
	else if (m->arch.kv_heads == 0)
		missing = "kv_heads";
	else if (m->arch.head_dim == 0)
		missing = "head_dim";
	if (missing)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model \"%s\" has no published architecture", m->name),
				 errdetail("Its row in llmnum.models has no %s.", missing),
				 errhint("Add params_total, layers, hidden_size, attention_heads, kv_heads and head_dim in llmnum.user_models, or use gpu_fits(params, gpu) for a weights-only check.")));
}

/*
 * A catalog GPU by exact (case-insensitive) name.  A name that only
 * prefixes several GPUs ("A100") is ambiguous rather than unknown, and the
 * error lists the choices.
 */
static void
lookup_gpu(const char *name, gpu_device *g, MemoryContext cxt)
{
	Oid			type = TEXTOID;
	Datum		arg = CStringGetTextDatum(name);
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	Datum		d;

	llmnum_citus_check();
	if (SPI_execute_with_args(
							  "SELECT name, coalesce(usable_memory_bytes, memory_bytes),"
							  " coalesce(bf16_tflops, fp16_tflops)::float8,"
							  " usd_per_hour FROM llmnum.gpus"
							  " WHERE pg_catalog.lower(name) OPERATOR(pg_catalog.=) pg_catalog.lower($1)",
							  1, &type, &arg, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI lookup of GPU failed");
	if (SPI_processed == 0)
	{
		size_t		n;
		const char **names;
		StringInfoData list;
		size_t		i;

		names = spi_names("SELECT name FROM llmnum.gpus"
						  " WHERE pg_catalog.left(pg_catalog.lower(name), pg_catalog.length($1))"
						  " OPERATOR(pg_catalog.=) pg_catalog.lower($1) ORDER BY name",
						  1, &type, &arg, &n);
		if (n < 2 || name[0] == '\0')
			unknown_name("GPU", name, "llmnum.gpus");
		initStringInfo(&list);
		for (i = 0; i < n; i++)
			appendStringInfo(&list, "%s\"%s\"", i == 0 ? "" : ", ", names[i]);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("GPU name \"%s\" is ambiguous", llmnum_shown_name(name, strlen(name))),
				 errhint("Choose one of %s.", list.data)));
	}
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	g->name = MemoryContextStrdup(cxt, SPI_getvalue(tup, desc, 1));
	g->memory_bytes = DatumGetInt64(SPI_getbinval(tup, desc, 2, &isnull));
	d = SPI_getbinval(tup, desc, 3, &isnull);
	g->peak_tflops = isnull ? 0 : DatumGetFloat8(d);
	d = SPI_getbinval(tup, desc, 4, &isnull);
	g->has_price = !isnull;
	g->usd_per_hour = isnull ? (Datum) 0 : SPI_datumTransfer(d, false, -1);
}

/* Bits per weight of a catalog quantization format. */
static double
lookup_quant(const char *name)
{
	Oid			type = TEXTOID;
	Datum		arg = CStringGetTextDatum(name);
	bool		isnull;

	if (SPI_execute_with_args("SELECT bits_per_weight::float8 FROM llmnum.quantizations"
							  " WHERE pg_catalog.lower(name) OPERATOR(pg_catalog.=) pg_catalog.lower($1)",
							  1, &type, &arg, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI lookup of quantization failed");
	if (SPI_processed == 0)
		unknown_name("quantization", name, "llmnum.quantizations");
	return DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[0],
										SPI_tuptable->tupdesc, 1, &isnull));
}

/* Bits per KV-cache element; the dtypes are fixed, so no catalog. */
static int
kv_dtype_bits(const char *name)
{
	const char *names[lengthof(kv_dtypes)];
	size_t		i;

	for (i = 0; i < lengthof(kv_dtypes); i++)
	{
		if (pg_strcasecmp(name, kv_dtypes[i].name) == 0)
			return kv_dtypes[i].bits;
		names[i] = kv_dtypes[i].name;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown KV-cache dtype \"%s\"", llmnum_shown_name(name, strlen(name))),
			 errhint("The closest known dtypes are %s.",
					 llmnum_closest_names_hint(name, names, lengthof(kv_dtypes)))));
	return 0;					/* keep the compiler quiet */
}

/* Reject a size argument that is not a positive count. */
static void
check_count(const char *argname, int64 value, int64 max)
{
	if (value < 1 || value > max)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be between 1 and " INT64_FORMAT ", not " INT64_FORMAT,
						argname, max, value)));
}

/*
 * A context beyond the model's window is a question the model cannot be
 * asked, so it is an error rather than a bigger number.
 */
static void
check_context(const gpu_model *m, int64 context_tokens)
{
	check_count("context_tokens", context_tokens, PG_INT32_MAX);
	if (m->context_window > 0 && context_tokens > m->context_window)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("context_tokens %d exceeds the context window of model \"%s\"",
						(int) context_tokens, m->name),
				 errdetail("The model attends to at most %d tokens.", m->context_window),
				 errhint("Pass at most %d, e.g. least(4096, context_window) over llmnum.models.",
						 m->context_window)));
}

/* Turn an engine failure into an SQL error. */
static void
report_memory_status(llmnum_mem_status st, const char *what,
					 const gpu_model *m)
{
	switch (st)
	{
		case LLMNUM_MEM_OK:
			return;
		case LLMNUM_MEM_BAD_ARCH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("model \"%s\" has an impossible %s", m ? m->name : "?", what),
					 errhint("Correct the row in llmnum.user_models.")));
			break;
		case LLMNUM_MEM_BAD_INPUT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid %s for a GPU memory estimate", what)));
			break;
		case LLMNUM_MEM_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("GPU memory estimate out of range"),
					 errdetail("The %s would exceed 2^63 bytes.", what)));
			break;
	}
}

/*
 * Everything the memory functions share: look the names up and fill the
 * engine inputs, after checking the counts.
 */
static void
prepare(const char *model, const char *quant, const char *kv_dtype,
		int64 context_tokens, int64 batch, int64 n_gpus,
		const char *gpu, gpu_model *m, llmnum_serving *s, gpu_device *g)
{
	MemoryContext cxt = CurrentMemoryContext;

	check_count("batch", batch, PG_INT32_MAX);
	check_count("n_gpus", n_gpus, LLMNUM_MAX_GPUS);
	s->kv_bits = kv_dtype_bits(kv_dtype);
	s->context_tokens = context_tokens;
	s->batch = batch;
	s->n_gpus = n_gpus;

	SPI_connect();
	lookup_model(model, m, cxt);
	s->bits_per_weight = lookup_quant(quant);
	if (gpu)
		lookup_gpu(gpu, g, cxt);
	SPI_finish();
	if (context_tokens > 0)
		check_context(m, context_tokens);
}

/* Memory of serving a catalog model: the row behind gpu_memory(). */
PG_FUNCTION_INFO_V1(llmnum_gpu_memory);
Datum
llmnum_gpu_memory(PG_FUNCTION_ARGS)
{
	gpu_model	m;
	llmnum_serving s;
	llmnum_memory mem;
	const char *what = NULL;
	llmnum_mem_status st;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {false};

	prepare(text_to_cstring(PG_GETARG_TEXT_PP(0)),
			text_to_cstring(PG_GETARG_TEXT_PP(1)),
			text_to_cstring(PG_GETARG_TEXT_PP(5)),
			PG_GETARG_INT32(2), PG_GETARG_INT32(3), PG_GETARG_INT32(4),
			NULL, &m, &s, NULL);
	check_count("context_tokens", s.context_tokens, PG_INT32_MAX);
	st = llmnum_mem_estimate(&m.arch, &s, &mem, &what);
	report_memory_status(st, what, &m);

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "gpu_memory must return a composite type");
	desc = BlessTupleDesc(desc);
	values[0] = Int64GetDatum(mem.weights);
	values[1] = Int64GetDatum(mem.kv_cache);
	values[2] = Int64GetDatum(mem.activations);
	values[3] = Int64GetDatum(mem.overhead);
	values[4] = Int64GetDatum(mem.total);
	values[5] = Int64GetDatum(mem.per_gpu_total);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* Does a catalog model fit on a catalog GPU, per GPU of the group? */
PG_FUNCTION_INFO_V1(llmnum_gpu_fits);
Datum
llmnum_gpu_fits(PG_FUNCTION_ARGS)
{
	gpu_model	m;
	gpu_device	g;
	llmnum_serving s;
	llmnum_memory mem;
	const char *what = NULL;
	llmnum_mem_status st;

	prepare(text_to_cstring(PG_GETARG_TEXT_PP(0)),
			text_to_cstring(PG_GETARG_TEXT_PP(2)),
			text_to_cstring(PG_GETARG_TEXT_PP(6)),
			PG_GETARG_INT32(3), PG_GETARG_INT32(4), PG_GETARG_INT32(5),
			text_to_cstring(PG_GETARG_TEXT_PP(1)), &m, &s, &g);
	check_count("context_tokens", s.context_tokens, PG_INT32_MAX);
	st = llmnum_mem_estimate(&m.arch, &s, &mem, &what);
	/* too big to count is certainly too big to fit */
	if (st == LLMNUM_MEM_OVERFLOW)
		PG_RETURN_BOOL(false);
	report_memory_status(st, what, &m);
	PG_RETURN_BOOL(mem.per_gpu_total <= g.memory_bytes);
}

/*
 * A numeric argument as a double.  NaN stays NaN and anything beyond the
 * range of a double becomes an infinity, so that the range checks report
 * the argument by name instead of a cast failing on a 400-digit number.
 */
static double
numeric_arg(FunctionCallInfo fcinfo, int i)
{
	Datum		arg = PG_GETARG_DATUM(i);
	Datum		limit = DirectFunctionCall3(numeric_in, CStringGetDatum("1e300"),
											ObjectIdGetDatum(InvalidOid),
											Int32GetDatum(-1));

	if (numeric_is_nan(DatumGetNumeric(arg)))
		return NAN;
	if (DatumGetBool(DirectFunctionCall2(numeric_gt,
										 DirectFunctionCall1(numeric_abs, arg),
										 limit)))
		return DatumGetBool(DirectFunctionCall2(numeric_gt, arg, limit)) ?
			INFINITY : -INFINITY;
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, arg));
}

/*
 * Weights-only fit of a raw parameter count, for models outside the
 * catalog: the list's "2x parameters" rule when the format is fp16.
 */
PG_FUNCTION_INFO_V1(llmnum_gpu_fits_params);
Datum
llmnum_gpu_fits_params(PG_FUNCTION_ARGS)
{
	double		params = numeric_arg(fcinfo, 0);
	const char *gpu = text_to_cstring(PG_GETARG_TEXT_PP(1));
	const char *quant = text_to_cstring(PG_GETARG_TEXT_PP(2));
	int64		n_gpus = PG_GETARG_INT32(3);
	gpu_device	g;
	double		bpw;
	llmnum_memory mem;
	const char *what = NULL;
	llmnum_mem_status st;

	if (!(isfinite(params) && params >= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("params must be a positive, finite parameter count")));
	check_count("n_gpus", n_gpus, LLMNUM_MAX_GPUS);
	SPI_connect();
	lookup_gpu(gpu, &g, CurrentMemoryContext);
	bpw = lookup_quant(quant);
	SPI_finish();
	st = llmnum_mem_params(params, bpw, n_gpus, &mem, &what);
	if (st == LLMNUM_MEM_BAD_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("params %.6g is out of range", params),
				 errdetail("At most %.0e parameters are accepted.", LLMNUM_MAX_PARAMS)));
	report_memory_status(st, what, NULL);
	PG_RETURN_BOOL(mem.per_gpu_total <= g.memory_bytes);
}

/* KV-cache bytes one token of context costs, over the whole model. */
PG_FUNCTION_INFO_V1(llmnum_kv_cache_bytes_per_token);
Datum
llmnum_kv_cache_bytes_per_token(PG_FUNCTION_ARGS)
{
	gpu_model	m;
	int			bits = kv_dtype_bits(text_to_cstring(PG_GETARG_TEXT_PP(1)));
	int64		bytes = 0;
	const char *what = NULL;
	llmnum_mem_status st;

	SPI_connect();
	lookup_model(text_to_cstring(PG_GETARG_TEXT_PP(0)), &m, CurrentMemoryContext);
	SPI_finish();
	st = llmnum_mem_kv_per_token(&m.arch, bits, 1, &bytes, &what);
	report_memory_status(st, what, &m);
	PG_RETURN_INT64(bytes);
}

/* Longest context that fits, capped at the model's context window. */
PG_FUNCTION_INFO_V1(llmnum_max_context_tokens);
Datum
llmnum_max_context_tokens(PG_FUNCTION_ARGS)
{
	gpu_model	m;
	gpu_device	g;
	llmnum_serving s;
	const char *what = NULL;
	int64		result = 0;
	llmnum_mem_status st;

	prepare(text_to_cstring(PG_GETARG_TEXT_PP(0)),
			text_to_cstring(PG_GETARG_TEXT_PP(2)),
			text_to_cstring(PG_GETARG_TEXT_PP(5)),
			0, PG_GETARG_INT32(3), PG_GETARG_INT32(4),
			text_to_cstring(PG_GETARG_TEXT_PP(1)), &m, &s, &g);
	st = llmnum_mem_max_context(&m.arch, &s, g.memory_bytes,
								m.context_window > 0 ? m.context_window : PG_INT32_MAX,
								&result, &what);
	report_memory_status(st, what, &m);
	PG_RETURN_INT32((int32) result);
}

/* Largest batch that fits at a given context. */
PG_FUNCTION_INFO_V1(llmnum_max_batch);
Datum
llmnum_max_batch(PG_FUNCTION_ARGS)
{
	gpu_model	m;
	gpu_device	g;
	llmnum_serving s;
	const char *what = NULL;
	int64		result = 0;
	llmnum_mem_status st;

	prepare(text_to_cstring(PG_GETARG_TEXT_PP(0)),
			text_to_cstring(PG_GETARG_TEXT_PP(2)),
			text_to_cstring(PG_GETARG_TEXT_PP(5)),
			PG_GETARG_INT32(3), 1, PG_GETARG_INT32(4),
			text_to_cstring(PG_GETARG_TEXT_PP(1)), &m, &s, &g);
	check_count("context_tokens", s.context_tokens, PG_INT32_MAX);
	st = llmnum_mem_max_batch(&m.arch, &s, g.memory_bytes, PG_INT32_MAX,
							  &result, &what);
	report_memory_status(st, what, &m);
	PG_RETURN_INT32((int32) result);
}


/* double -> numeric (15 significant digits) */
static Datum
to_numeric(double v)
{
	return DirectFunctionCall1(float8_numeric, Float8GetDatum(v));
}

/*
 * Shared body of train_cost() and finetune_cost(): estimate, then price
 * the GPU-hours in numeric, at the given rate or the catalog's.
 */
static Datum
training_row(FunctionCallInfo fcinfo, llmnum_train_input *in, const char *gpu,
			 int price_arg)
{
	gpu_device	g;
	llmnum_train_result r;
	const char *what = NULL;
	llmnum_train_status st;
	Datum		price;
	TupleDesc	desc;
	Datum		values[4];
	bool		nulls[4] = {false};

	SPI_connect();
	lookup_gpu(gpu, &g, CurrentMemoryContext);
	SPI_finish();
	if (g.peak_tflops <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("GPU \"%s\" has no FP16 or BF16 peak in the catalog", g.name),
				 errhint("Set bf16_tflops or fp16_tflops in llmnum.user_gpus.")));
	in->peak_tflops = g.peak_tflops;

	if (!PG_ARGISNULL(price_arg))
	{
		double		p = numeric_arg(fcinfo, price_arg);

		if (!(isfinite(p) && p > 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("usd_per_gpu_hour must be a positive, finite amount")));
		price = PG_GETARG_DATUM(price_arg);
	}
	else if (g.has_price)
		price = g.usd_per_hour;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("GPU \"%s\" has no price in the catalog", g.name),
				 errhint("Pass usd_per_gpu_hour, or add the GPU with a usd_per_hour to llmnum.user_gpus.")));

	st = llmnum_train_estimate(in, &r, &what);
	if (st == LLMNUM_TRAIN_BAD_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s for a training estimate", what),
				 errdetail("params must be 1 to 1e15, tokens 1 to 1e18, epochs 1e-6 to 1e6, mfu above 0 and at most 1, n_gpus a whole number from 1 to 1e8.")));
	if (st == LLMNUM_TRAIN_OVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("training estimate out of range")));

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "training cost must return a composite type");
	desc = BlessTupleDesc(desc);
	values[0] = to_numeric(r.flops);
	values[1] = to_numeric(r.gpu_hours);
	values[2] = to_numeric(r.days);
	values[3] = DirectFunctionCall2(numeric_round,
									DirectFunctionCall2(numeric_mul, values[1], price),
									Int32GetDatum(2));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/*
 * train_cost(params, tokens, gpu, mfu, usd_per_gpu_hour, n_gpus): NULL
 * price means the catalog's; any other NULL gives NULL.
 */
PG_FUNCTION_INFO_V1(llmnum_train_cost);
Datum
llmnum_train_cost(PG_FUNCTION_ARGS)
{
	llmnum_train_input in;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) ||
		PG_ARGISNULL(3) || PG_ARGISNULL(5))
		PG_RETURN_NULL();
	in.params = numeric_arg(fcinfo, 0);
	in.tokens = numeric_arg(fcinfo, 1);
	in.epochs = 1;
	in.flops_per_param_token = LLMNUM_FLOPS_PER_PARAM_TOKEN_FULL;
	in.mfu = numeric_arg(fcinfo, 3);
	in.n_gpus = PG_GETARG_INT32(5);
	return training_row(fcinfo, &in, text_to_cstring(PG_GETARG_TEXT_PP(2)), 4);
}

/*
 * finetune_cost(params, tokens, epochs, method, gpu, mfu,
 * usd_per_gpu_hour, n_gpus): full fine-tuning costs 6 FLOPs per parameter
 * and token like training, LoRA 4.
 */
PG_FUNCTION_INFO_V1(llmnum_finetune_cost);
Datum
llmnum_finetune_cost(PG_FUNCTION_ARGS)
{
	llmnum_train_input in;
	const char *method;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) ||
		PG_ARGISNULL(3) || PG_ARGISNULL(4) || PG_ARGISNULL(5) ||
		PG_ARGISNULL(7))
		PG_RETURN_NULL();
	method = text_to_cstring(PG_GETARG_TEXT_PP(3));
	if (pg_strcasecmp(method, "full") == 0)
		in.flops_per_param_token = LLMNUM_FLOPS_PER_PARAM_TOKEN_FULL;
	else if (pg_strcasecmp(method, "lora") == 0)
		in.flops_per_param_token = LLMNUM_FLOPS_PER_PARAM_TOKEN_LORA;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown fine-tuning method \"%s\"", llmnum_shown_name(method, strlen(method))),
				 errhint("Use \"full\" or \"lora\".")));
	in.params = numeric_arg(fcinfo, 0);
	in.tokens = numeric_arg(fcinfo, 1);
	in.epochs = numeric_arg(fcinfo, 2);
	in.mfu = numeric_arg(fcinfo, 5);
	in.n_gpus = PG_GETARG_INT32(7);
	return training_row(fcinfo, &in, text_to_cstring(PG_GETARG_TEXT_PP(4)), 6);
}
