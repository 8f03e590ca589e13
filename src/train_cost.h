/*-------------------------------------------------------------------------
 *
 * train_cost.h
 *	  Compute, time and money of training or fine-tuning a transformer.
 *
 * Pure C, no server headers.  FLOPs = k * N * D with k = 6 for training
 * (forward 2, backward 4; Kaplan et al. 2020, EleutherAI "Transformer Math
 * 101") and k = 4 for LoRA, whose backward pass skips the gradients of the
 * frozen weights.  GPU-hours = FLOPs / (peak * MFU * 3600).
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_TRAIN_COST_H
#define LLMNUM_TRAIN_COST_H

#include <stdint.h>

#define LLMNUM_FLOPS_PER_PARAM_TOKEN_FULL	6.0
#define LLMNUM_FLOPS_PER_PARAM_TOKEN_LORA	4.0

/* Bounds that reject absurd inputs. */
#define LLMNUM_TRAIN_MAX_PARAMS		1e15
#define LLMNUM_TRAIN_MAX_TOKENS		1e18
#define LLMNUM_TRAIN_MAX_EPOCHS		1e6
#define LLMNUM_TRAIN_MAX_TFLOPS		1e7
#define LLMNUM_TRAIN_MAX_GPUS		1e8
/* smallest epochs, peak TFLOPS and MFU accepted */
#define LLMNUM_TRAIN_MIN_FRACTION	1e-6

typedef struct llmnum_train_input
{
	double		params;
	double		tokens;			/* per epoch */
	double		epochs;
	double		flops_per_param_token;
	double		peak_tflops;	/* dense, per GPU */
	double		mfu;			/* model FLOPs utilisation, (0, 1] */
	double		n_gpus;
} llmnum_train_input;

typedef struct llmnum_train_result
{
	double		flops;
	double		gpu_hours;
	double		days;			/* wall clock on n_gpus */
} llmnum_train_result;

typedef enum llmnum_train_status
{
	LLMNUM_TRAIN_OK = 0,
	LLMNUM_TRAIN_BAD_INPUT,
	LLMNUM_TRAIN_OVERFLOW
} llmnum_train_status;

/* On failure *what names the offending input (a static string). */
extern llmnum_train_status llmnum_train_estimate(const llmnum_train_input *in,
												 llmnum_train_result *out,
												 const char **what);

#endif							/* LLMNUM_TRAIN_COST_H */
