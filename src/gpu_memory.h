/*-------------------------------------------------------------------------
 *
 * gpu_memory.h
 *	  How much GPU memory serving a transformer takes, from its published
 *	  architecture.
 *
 * Pure C: no server headers, no allocation, no global state.  The model is
 * documented in docs/gpu-memory.md; in short, per GPU of a tensor-parallel
 * group:
 *
 *	 weights	 = ceil(params_total * bits_per_weight / 8 / n_gpus)
 *	 kv_cache	 = bytes_per_token_per_gpu * cached_tokens * batch
 *	 activations = prefill_tokens * (2 * hidden + 3 * ffn / n_gpus) * 2
 *				   + batch * vocab * 4
 *	 overhead	 = LLMNUM_RUNTIME_OVERHEAD_BYTES
 *
 * Every product is checked for overflow; results fit in a signed 64-bit
 * integer or the call fails with LLMNUM_MEM_OVERFLOW.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_GPU_MEMORY_H
#define LLMNUM_GPU_MEMORY_H

#include <stdbool.h>
#include <stdint.h>

/*
 * CUDA context, cuBLAS/cuDNN workspaces and allocator slack per GPU.
 * gpu_poor uses 650 MB and reports 500 MB-1 GB measured whenever CUDA is
 * loaded; we take 650 MiB.
 */
#define LLMNUM_RUNTIME_OVERHEAD_BYTES	((int64_t) 650 * 1024 * 1024)

/*
 * Tokens pushed through one forward pass during prefill: engines such as
 * vLLM split long prompts into chunks of a few thousand tokens, so the
 * activation peak stops growing with the context beyond this.
 */
#define LLMNUM_PREFILL_CHUNK_TOKENS		8192

/* Bounds that reject absurd shapes before any arithmetic. */
#define LLMNUM_MAX_DIM					(1 << 24)	/* hidden, heads, layers... */
#define LLMNUM_MAX_PARAMS				1e15
#define LLMNUM_MAX_GPUS					(1 << 20)

typedef struct llmnum_arch
{
	double		params_total;	/* every expert of a mixture of experts */
	int64_t		layers;
	int64_t		hidden_size;
	int64_t		attention_heads;
	int64_t		kv_heads;
	int64_t		head_dim;
	int64_t		intermediate_size;	/* 0: unknown, taken as 4 * hidden */
	int64_t		vocab_size;		/* 0: unknown, no logits term */
	int64_t		experts_active; /* 0 or 1: dense */
	int64_t		sliding_window; /* 0: none */
	int64_t		sliding_window_layers;	/* layers that use the window */
	int64_t		kv_latent_dim;	/* >0: one latent per layer (MLA) */
	bool		keeps_kv_cache; /* false for embedding encoders */
} llmnum_arch;

typedef struct llmnum_serving
{
	double		bits_per_weight;
	int			kv_bits;		/* bits per cached element: 32, 16, 8 */
	int64_t		context_tokens;
	int64_t		batch;
	int64_t		n_gpus;
} llmnum_serving;

typedef struct llmnum_memory
{
	int64_t		weights;		/* all GPUs together */
	int64_t		kv_cache;		/* all GPUs, replicated heads counted */
	int64_t		activations;	/* all GPUs */
	int64_t		overhead;		/* all GPUs */
	int64_t		total;			/* sum of the four */
	int64_t		per_gpu_total;	/* what the busiest GPU must hold */
} llmnum_memory;

typedef enum llmnum_mem_status
{
	LLMNUM_MEM_OK = 0,
	LLMNUM_MEM_BAD_ARCH,		/* missing or impossible architecture field */
	LLMNUM_MEM_BAD_INPUT,		/* argument out of its range */
	LLMNUM_MEM_OVERFLOW			/* result exceeds a 64-bit byte count */
} llmnum_mem_status;

/*
 * Each function fills *what with a short, static description of the
 * offending field when it does not return LLMNUM_MEM_OK.
 */
extern llmnum_mem_status llmnum_check_arch(const llmnum_arch *arch,
										   const char **what);

extern llmnum_mem_status llmnum_mem_kv_per_token(const llmnum_arch *arch,
												   int kv_bits,
												   int64_t n_gpus,
												   int64_t *bytes_per_gpu,
												   const char **what);

extern llmnum_mem_status llmnum_mem_estimate(const llmnum_arch *arch,
										   const llmnum_serving *serving,
										   llmnum_memory *out,
										   const char **what);

extern llmnum_mem_status llmnum_mem_params(double params,
											  double bits_per_weight,
											  int64_t n_gpus,
											  llmnum_memory *out,
											  const char **what);

/*
 * Inverse questions: the largest context (batch held) or batch (context
 * held) whose per-GPU total fits in gpu_bytes, searched up to limit.  The
 * varied field of *serving is ignored.  *result is 0 when even 1 does not
 * fit.
 */
extern llmnum_mem_status llmnum_mem_max_context(const llmnum_arch *arch,
											const llmnum_serving *serving,
											int64_t gpu_bytes, int64_t limit,
											int64_t *result,
											const char **what);

extern llmnum_mem_status llmnum_mem_max_batch(const llmnum_arch *arch,
										  const llmnum_serving *serving,
										  int64_t gpu_bytes, int64_t limit,
										  int64_t *result,
										  const char **what);

#endif							/* LLMNUM_GPU_MEMORY_H */
