/*-------------------------------------------------------------------------
 *
 * training.c
 *	  SQL entry points of the training and fine-tuning cost estimates:
 *	  argument checks, the GPU from the catalog cache, and the pricing of
 *	  the GPU-hours in numeric.
 *
 * The arithmetic (FLOPs, GPU-hours, days) lives in train_cost.c.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "catalog.h"
#include "name_hint.h"
#include "train_cost.h"

/*
 * A numeric argument as a double.  NaN stays NaN and anything beyond the
 * range of a double becomes an infinity, so that the range checks report
 * the argument by name instead of a cast failing on a 400-digit number.
 */
static double
numeric_arg(FunctionCallInfo fcinfo, int i)
{
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
											  PG_GETARG_DATUM(i)));
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
training_row(FunctionCallInfo fcinfo, llmnum_train_input *in, text *gpu,
			 int price_arg)
{
	const llmnum_catalog_gpu *g;
	llmnum_train_result r;
	const char *what = NULL;
	llmnum_train_status st;
	Datum		price;
	TupleDesc	desc;
	Datum		values[4];
	bool		nulls[4] = {false};

	g = llmnum_catalog_require_gpu(VARDATA_ANY(gpu), VARSIZE_ANY_EXHDR(gpu));
	if (g->peak_tflops <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("GPU \"%s\" has no FP16 or BF16 peak in the catalog", g->key.name),
				 errhint("Set bf16_tflops or fp16_tflops in llmnum.user_gpus.")));
	in->peak_tflops = g->peak_tflops;

	if (!PG_ARGISNULL(price_arg))
	{
		double		p = numeric_arg(fcinfo, price_arg);

		if (!(isfinite(p) && p > 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("usd_per_gpu_hour must be a positive, finite amount")));
		price = PG_GETARG_DATUM(price_arg);
	}
	else if (g->has_price)
		price = g->usd_per_hour;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("GPU \"%s\" has no price in the catalog", g->key.name),
				 errhint("Pass usd_per_gpu_hour, or add a rate for the GPU to llmnum.user_gpu_prices.")));

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
	return training_row(fcinfo, &in, PG_GETARG_TEXT_PP(2), 4);
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
	return training_row(fcinfo, &in, PG_GETARG_TEXT_PP(4), 6);
}
