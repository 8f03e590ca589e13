/*-------------------------------------------------------------------------
 *
 * gpu.c
 *	  SQL entry points of the GPU memory model: argument checks, catalog
 *	  lookups with "did you mean" hints, and the conversion of engine
 *	  results to SQL values.
 *
 * The arithmetic lives in gpu_memory.c; models, GPUs and quantization
 * formats come from the per-backend catalog cache (catalog.c), so a call
 * runs no query while the cache is valid.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "catalog.h"
#include "gpu_memory.h"
#include "model_id.h"
#include "name_hint.h"

typedef const llmnum_catalog_model gpu_model;

/* The bytes and length of a text value (evaluated twice: pass a variable). */
#define TEXT_NAME(t) VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)

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
 * A catalog model with a published architecture, or the unknown-model or
 * missing-architecture error.
 */
static gpu_model *
lookup_model(text *name)
{
	gpu_model  *m = llmnum_catalog_find_model(TEXT_NAME(name));

	if (m == NULL)
		llmnum_catalog_report_unknown(LLMNUM_CATALOG_MODELS, "model", TEXT_NAME(name));
	if (m->missing_arch)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model \"%s\" has no published architecture", m->key.name),
				 errdetail("Its row in llmnum.models has no %s.", m->missing_arch),
				 errhint("Add params_total, layers, hidden_size, attention_heads, kv_heads and head_dim in llmnum.user_models, or use gpu_fits(params, gpu) for a weights-only check.")));
	return m;
}

/* A catalog GPU, or the unknown- or ambiguous-GPU error. */
static const llmnum_catalog_gpu *
lookup_gpu(text *name)
{
	return llmnum_catalog_require_gpu(TEXT_NAME(name));
}

/* A catalog quantization format. */
static const llmnum_catalog_quant *
find_quant(text *name)
{
	const llmnum_catalog_quant *q = llmnum_catalog_find_quant(TEXT_NAME(name));

	if (q == NULL)
		llmnum_catalog_report_unknown(LLMNUM_CATALOG_QUANTS, "quantization", TEXT_NAME(name));
	return q;
}

/* Bits per weight of a catalog quantization format. */
static double
lookup_quant(text *name)
{
	return find_quant(name)->bits_per_weight;
}

/*
 * Bits per weight of the format quant, which must be one the model id
 * agrees with: an id that names its checkpoint's format (-AWQ, -FP8,
 * -q4_K_M) sizes those weights, and the default fp16 would size others.
 * Ollama runs GGUF files only (its library lists each tag's type, Q4_K_M
 * for most default tags), so its models' weights are GGUF whatever the
 * tag says; a tag without a type leaves the type to the caller, with the
 * way to look it up.
 */
static double
lookup_model_quant(gpu_model *m, text *model, text *quant)
{
	const llmnum_catalog_quant *q = find_quant(quant);
	const llmnum_catalog_quant *all;
	llmnum_id_format f;
	StringInfoData fits;
	size_t		n;
	size_t		i;
	int			shown = 0;
	bool		named = llmnum_id_weights_format(TEXT_NAME(model), &f);
	bool		on_ollama = m->host != NULL && strcmp(m->host, "ollama") == 0;
	bool		ollama_tag_only = on_ollama && !named;

	if (on_ollama)
		named = llmnum_id_format_of_host(&f, "gguf", ollama_tag_only ? "GGUF (Ollama)" : "GGUF");
	if (!named || llmnum_id_format_allows(&f, q->key.name, q->kind, q->bits_per_weight))
		return q->bits_per_weight;

	initStringInfo(&fits);
	all = llmnum_catalog_quants(&n);
	for (i = 0; i < n && shown < 16; i++)
		if (llmnum_id_format_allows(&f, all[i].key.name, all[i].kind, all[i].bits_per_weight))
			appendStringInfo(&fits, "%s'%s'", shown++ ? ", " : "", all[i].key.name);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("the weights of model \"%s\" are stored as %s, not as quant \"%s\"",
					llmnum_shown_name(VARDATA_ANY(model), VARSIZE_ANY_EXHDR(model)),
					f.shown, q->key.name),
			 ollama_tag_only
			 ? errdetail("Ollama runs GGUF files; \"ollama show <model>\" prints a tag's quantization (Q4_K_M for most default tags of its library).")
			 : errdetail("\"%s\" stores %.4g bits per weight; weights of another format are another size.",
						 q->key.name, q->bits_per_weight),
			 shown > 0
			 ? errhint("Pass a format that agrees with the id as quant: %s.", fits.data)
			 : errhint("No format of llmnum.quantizations is %s; gpu_fits(params, gpu, quant) checks a parameter count in any listed format.",
					   f.shown)));
	return 0;					/* keep the compiler quiet */
}

/* Bits per KV-cache element; the dtypes are fixed, so no catalog. */
static int
kv_dtype_bits(text *dtype)
{
	const char *name = VARDATA_ANY(dtype);
	int			len = VARSIZE_ANY_EXHDR(dtype);
	const char *names[lengthof(kv_dtypes)];
	size_t		i;

	for (i = 0; i < lengthof(kv_dtypes); i++)
	{
		if (strlen(kv_dtypes[i].name) == (size_t) len &&
			pg_strncasecmp(name, kv_dtypes[i].name, len) == 0)
			return kv_dtypes[i].bits;
		names[i] = kv_dtypes[i].name;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown KV-cache dtype \"%s\"", llmnum_shown_name(name, len)),
			 errhint("The closest known dtypes are %s.",
					 llmnum_closest_names_hint(pnstrdup(name, len), names,
											   lengthof(kv_dtypes)))));
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
						(int) context_tokens, m->key.name),
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
					 errmsg("model \"%s\" has an impossible %s", m ? m->key.name : "?", what),
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
 * Everything the memory functions share: check the counts, look the names
 * up (model, quantization, then GPU if gpu_arg >= 0) and fill the engine
 * inputs.
 */
static gpu_model *
prepare(FunctionCallInfo fcinfo, int model_arg, int gpu_arg, int quant_arg,
		int kv_arg, int64 context_tokens, int64 batch, int64 n_gpus,
		llmnum_serving *s, const llmnum_catalog_gpu **g)
{
	gpu_model  *m;

	check_count("batch", batch, PG_INT32_MAX);
	check_count("n_gpus", n_gpus, LLMNUM_MAX_GPUS);
	s->kv_bits = kv_dtype_bits(PG_GETARG_TEXT_PP(kv_arg));
	s->context_tokens = context_tokens;
	s->batch = batch;
	s->n_gpus = n_gpus;

	m = lookup_model(PG_GETARG_TEXT_PP(model_arg));
	s->bits_per_weight = lookup_model_quant(m, PG_GETARG_TEXT_PP(model_arg),
											PG_GETARG_TEXT_PP(quant_arg));
	if (gpu_arg >= 0)
		*g = lookup_gpu(PG_GETARG_TEXT_PP(gpu_arg));
	if (context_tokens > 0)
		check_context(m, context_tokens);
	return m;
}

/* Memory of serving a catalog model: the row behind gpu_memory(). */
PG_FUNCTION_INFO_V1(llmnum_gpu_memory);
Datum
llmnum_gpu_memory(PG_FUNCTION_ARGS)
{
	gpu_model  *m;
	llmnum_serving s;
	llmnum_memory mem;
	const char *what = NULL;
	llmnum_mem_status st;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {false};

	m = prepare(fcinfo, 0, -1, 1, 5, PG_GETARG_INT32(2), PG_GETARG_INT32(3),
				PG_GETARG_INT32(4), &s, NULL);
	check_count("context_tokens", s.context_tokens, PG_INT32_MAX);
	st = llmnum_mem_estimate(&m->arch, &s, &mem, &what);
	report_memory_status(st, what, m);

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
	gpu_model  *m;
	const llmnum_catalog_gpu *g;
	llmnum_serving s;
	llmnum_memory mem;
	const char *what = NULL;
	llmnum_mem_status st;

	m = prepare(fcinfo, 0, 1, 2, 6, PG_GETARG_INT32(3), PG_GETARG_INT32(4),
				PG_GETARG_INT32(5), &s, &g);
	check_count("context_tokens", s.context_tokens, PG_INT32_MAX);
	st = llmnum_mem_estimate(&m->arch, &s, &mem, &what);
	/* too big to count is certainly too big to fit */
	if (st == LLMNUM_MEM_OVERFLOW)
		PG_RETURN_BOOL(false);
	report_memory_status(st, what, m);
	PG_RETURN_BOOL(mem.per_gpu_total <= g->memory_bytes);
}

/*
 * Weights-only fit of a raw parameter count, for models outside the
 * catalog: the list's "2x parameters" rule when the format is fp16.
 * NaN stays NaN and a count beyond the range of a double becomes an
 * infinity, so that the range check reports it by name.
 */
PG_FUNCTION_INFO_V1(llmnum_gpu_fits_params);
Datum
llmnum_gpu_fits_params(PG_FUNCTION_ARGS)
{
	double		params = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
															PG_GETARG_DATUM(0)));
	int64		n_gpus = PG_GETARG_INT32(3);
	const llmnum_catalog_gpu *g;
	double		bpw;
	llmnum_memory mem;
	const char *what = NULL;
	llmnum_mem_status st;

	if (!(isfinite(params) && params >= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("params must be a positive, finite parameter count")));
	check_count("n_gpus", n_gpus, LLMNUM_MAX_GPUS);
	g = lookup_gpu(PG_GETARG_TEXT_PP(1));
	bpw = lookup_quant(PG_GETARG_TEXT_PP(2));
	st = llmnum_mem_params(params, bpw, n_gpus, &mem, &what);
	if (st == LLMNUM_MEM_BAD_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("params %.6g is out of range", params),
				 errdetail("At most %.0e parameters are accepted.", LLMNUM_MAX_PARAMS)));
	report_memory_status(st, what, NULL);
	PG_RETURN_BOOL(mem.per_gpu_total <= g->memory_bytes);
}

/* KV-cache bytes one token of context costs, over the whole model. */
PG_FUNCTION_INFO_V1(llmnum_kv_cache_bytes_per_token);
Datum
llmnum_kv_cache_bytes_per_token(PG_FUNCTION_ARGS)
{
	int			bits = kv_dtype_bits(PG_GETARG_TEXT_PP(1));
	gpu_model  *m = lookup_model(PG_GETARG_TEXT_PP(0));
	int64		bytes = 0;
	const char *what = NULL;
	llmnum_mem_status st;

	st = llmnum_mem_kv_per_token(&m->arch, bits, 1, &bytes, &what);
	report_memory_status(st, what, m);
	PG_RETURN_INT64(bytes);
}

/* Longest context that fits, capped at the model's context window. */
PG_FUNCTION_INFO_V1(llmnum_max_context_tokens);
Datum
llmnum_max_context_tokens(PG_FUNCTION_ARGS)
{
	gpu_model  *m;
	const llmnum_catalog_gpu *g;
	llmnum_serving s;
	const char *what = NULL;
	int64		result = 0;
	llmnum_mem_status st;

	m = prepare(fcinfo, 0, 1, 2, 5, 0, PG_GETARG_INT32(3), PG_GETARG_INT32(4),
				&s, &g);
	st = llmnum_mem_max_context(&m->arch, &s, g->memory_bytes,
								m->context_window > 0 ? m->context_window : PG_INT32_MAX,
								&result, &what);
	report_memory_status(st, what, m);
	PG_RETURN_INT32((int32) result);
}

/* Largest batch that fits at a given context. */
PG_FUNCTION_INFO_V1(llmnum_max_batch);
Datum
llmnum_max_batch(PG_FUNCTION_ARGS)
{
	gpu_model  *m;
	const llmnum_catalog_gpu *g;
	llmnum_serving s;
	const char *what = NULL;
	int64		result = 0;
	llmnum_mem_status st;

	m = prepare(fcinfo, 0, 1, 2, 5, PG_GETARG_INT32(3), 1, PG_GETARG_INT32(4),
				&s, &g);
	check_count("context_tokens", s.context_tokens, PG_INT32_MAX);
	st = llmnum_mem_max_batch(&m->arch, &s, g->memory_bytes, PG_INT32_MAX,
							  &result, &what);
	report_memory_status(st, what, m);
	PG_RETURN_INT32((int32) result);
}
