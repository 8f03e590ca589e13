/*-------------------------------------------------------------------------
 *
 * train_cost.c
 *	  FLOPs, GPU-hours and wall-clock days of a training run.
 *
 * Money is not computed here: the caller multiplies GPU-hours by a price
 * in exact decimal arithmetic.
 *
 *-------------------------------------------------------------------------
 */
#include "train_cost.h"

#include <math.h>
#include <stdbool.h>

/* lo <= v <= hi, and v is a number */
static bool
in_range(double v, double lo, double hi)
{
	return isfinite(v) && v >= lo && v <= hi;
}

llmnum_train_status
llmnum_train_estimate(const llmnum_train_input *in, llmnum_train_result *out,
					  const char **what)
{
	if (!in_range(in->params, 1, LLMNUM_TRAIN_MAX_PARAMS))
		*what = "params";
	else if (!in_range(in->tokens, 1, LLMNUM_TRAIN_MAX_TOKENS))
		*what = "tokens";
	else if (!in_range(in->epochs, LLMNUM_TRAIN_MIN_FRACTION, LLMNUM_TRAIN_MAX_EPOCHS))
		*what = "epochs";
	else if (!in_range(in->flops_per_param_token, 1, 100))
		*what = "flops_per_param_token";
	else if (!in_range(in->peak_tflops, LLMNUM_TRAIN_MIN_FRACTION, LLMNUM_TRAIN_MAX_TFLOPS))
		*what = "peak_tflops";
	else if (!in_range(in->mfu, LLMNUM_TRAIN_MIN_FRACTION, 1))
		*what = "mfu";
	else if (!in_range(in->n_gpus, 1, LLMNUM_TRAIN_MAX_GPUS) ||
			 in->n_gpus != floor(in->n_gpus))
		*what = "n_gpus";
	else
	{
		double		flops = in->flops_per_param_token * in->params *
			in->tokens * in->epochs;
		double		per_hour = in->peak_tflops * 1e12 * in->mfu * 3600.0;

		/*
		 * between 1e-6 and 100 * 1e15 * 1e18 * 1e6 = 1e41 FLOPs, and at
		 * least 3.6e-3 FLOPs per hour: finite and positive in a double
		 */
		out->flops = flops;
		out->gpu_hours = flops / per_hour;
		out->days = out->gpu_hours / in->n_gpus / 24.0;
		if (!isfinite(out->gpu_hours) || !isfinite(out->days))
		{
			*what = "gpu_hours";
			return LLMNUM_TRAIN_OVERFLOW;
		}
		return LLMNUM_TRAIN_OK;
	}
	return LLMNUM_TRAIN_BAD_INPUT;
}
