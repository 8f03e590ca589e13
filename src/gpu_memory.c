/*-------------------------------------------------------------------------
 *
 * gpu_memory.c
 *	  GPU memory of a served transformer: weights, KV cache, activations
 *	  and runtime overhead, per GPU of a tensor-parallel group.
 *
 * The formulas and their sources are in docs/gpu-memory.md.  Sizes are
 * counted in bits where a factor may be fractional (4-bit caches,
 * 4.89-bit weights) and rounded up to whole bytes once, at the end.
 *
 *-------------------------------------------------------------------------
 */
#include "gpu_memory.h"

#include <math.h>
#include <stddef.h>

#define MAX_TOKENS		((int64_t) 1 << 40)
#define MAX_BYTES		((double) INT64_MAX / 2)

/* a * b for non-negative operands; false on overflow */
static bool
mul_ok(int64_t a, int64_t b, int64_t *r)
{
	return !__builtin_mul_overflow(a, b, r);
}

static bool
add_ok(int64_t a, int64_t b, int64_t *r)
{
	return !__builtin_add_overflow(a, b, r);
}

/* ceil(bits / 8) without overflow for non-negative bits */
static int64_t
bits_to_bytes(int64_t bits)
{
	return bits / 8 + (bits % 8 != 0);
}

static bool
dim_ok(int64_t v, int64_t lo)
{
	return v >= lo && v <= LLMNUM_MAX_DIM;
}

llmnum_mem_status
llmnum_check_arch(const llmnum_arch *arch, const char **what)
{
	if (!(isfinite(arch->params_total) && arch->params_total > 0 &&
		  arch->params_total <= LLMNUM_MAX_PARAMS))
	{
		*what = "params_total";
		return LLMNUM_MEM_BAD_ARCH;
	}
	if (!dim_ok(arch->layers, 1))
		*what = "layers";
	else if (!dim_ok(arch->hidden_size, 1))
		*what = "hidden_size";
	else if (!dim_ok(arch->attention_heads, 1))
		*what = "attention_heads";
	else if (!dim_ok(arch->kv_heads, 1) ||
			 arch->kv_heads > arch->attention_heads)
		*what = "kv_heads";
	else if (!dim_ok(arch->head_dim, 1))
		*what = "head_dim";
	else if (!dim_ok(arch->intermediate_size, 0))
		*what = "intermediate_size";
	else if (!dim_ok(arch->vocab_size, 0))
		*what = "vocab_size";
	else if (!dim_ok(arch->experts_active, 0))
		*what = "experts_active";
	else if (arch->sliding_window < 0 || arch->sliding_window > MAX_TOKENS)
		*what = "sliding_window";
	else if (arch->sliding_window_layers < 0 ||
			 arch->sliding_window_layers > arch->layers ||
			 (arch->sliding_window_layers > 0 && arch->sliding_window == 0))
		*what = "sliding_window_layers";
	else if (!dim_ok(arch->kv_latent_dim, 0))
		*what = "kv_latent_dim";
	else
		return LLMNUM_MEM_OK;
	return LLMNUM_MEM_BAD_ARCH;
}

static bool
kv_bits_ok(int kv_bits)
{
	return kv_bits >= 4 && kv_bits <= 64 && kv_bits % 4 == 0;
}

/*
 * Bits one layer caches for one token on one GPU.  Grouped-query KV heads
 * are split across the tensor-parallel group, at least one per GPU (vLLM
 * replicates heads when there are fewer than GPUs); an MLA latent is one
 * vector per token that every GPU keeps whole.
 */
static int64_t
layer_token_bits(const llmnum_arch *arch, int kv_bits, int64_t n_gpus)
{
	int64_t		elems;

	if (!arch->keeps_kv_cache)
		return 0;
	if (arch->kv_latent_dim > 0)
		elems = arch->kv_latent_dim;
	else
	{
		int64_t		heads = arch->kv_heads / n_gpus;

		if (heads < 1)
			heads = 1;
		/* bounded by 2 * 2^24 * 2^24: no overflow */
		elems = 2 * heads * arch->head_dim;
	}
	return elems * kv_bits;
}

llmnum_mem_status
llmnum_mem_kv_per_token(const llmnum_arch *arch, int kv_bits,
						  int64_t n_gpus, int64_t *bytes_per_gpu,
						  const char **what)
{
	llmnum_mem_status st = llmnum_check_arch(arch, what);
	int64_t		bits;

	if (st != LLMNUM_MEM_OK)
		return st;
	if (!kv_bits_ok(kv_bits))
	{
		*what = "kv_bits";
		return LLMNUM_MEM_BAD_INPUT;
	}
	if (n_gpus < 1 || n_gpus > LLMNUM_MAX_GPUS)
	{
		*what = "n_gpus";
		return LLMNUM_MEM_BAD_INPUT;
	}
	if (!mul_ok(layer_token_bits(arch, kv_bits, n_gpus), arch->layers, &bits))
	{
		*what = "kv cache";
		return LLMNUM_MEM_OVERFLOW;
	}
	*bytes_per_gpu = bits_to_bytes(bits);
	return LLMNUM_MEM_OK;
}

static llmnum_mem_status
check_serving(const llmnum_serving *s, const char **what)
{
	if (!(isfinite(s->bits_per_weight) && s->bits_per_weight > 0 &&
		  s->bits_per_weight <= 64))
		*what = "bits_per_weight";
	else if (!kv_bits_ok(s->kv_bits))
		*what = "kv_bits";
	else if (s->context_tokens < 1 || s->context_tokens > MAX_TOKENS)
		*what = "context_tokens";
	else if (s->batch < 1 || s->batch > MAX_TOKENS)
		*what = "batch";
	else if (s->n_gpus < 1 || s->n_gpus > LLMNUM_MAX_GPUS)
		*what = "n_gpus";
	else
		return LLMNUM_MEM_OK;
	return LLMNUM_MEM_BAD_INPUT;
}

/* per-GPU KV cache for the whole batch */
static bool
kv_per_gpu(const llmnum_arch *arch, const llmnum_serving *s, int64_t *out)
{
	int64_t		bits = layer_token_bits(arch, s->kv_bits, s->n_gpus);
	int64_t		windowed = arch->sliding_window_layers;
	int64_t		full = arch->layers - windowed;
	int64_t		wtok = s->context_tokens;
	int64_t		layer_tokens;
	int64_t		tmp;

	if (windowed > 0 && arch->sliding_window < wtok)
		wtok = arch->sliding_window;
	if (!mul_ok(full, s->context_tokens, &layer_tokens) ||
		!mul_ok(windowed, wtok, &tmp) ||
		!add_ok(layer_tokens, tmp, &layer_tokens) ||
		!mul_ok(bits, layer_tokens, &tmp) ||
		!mul_ok(tmp, s->batch, &tmp))
		return false;
	*out = bits_to_bytes(tmp);
	return true;
}

/*
 * Transient buffers of one forward pass on one GPU, assuming buffers are
 * reused from layer to layer and attention does not materialise the score
 * matrix (FlashAttention), except for encoders, which run eager attention
 * over the whole batch at once.
 */
static bool
activations_per_gpu(const llmnum_arch *arch, const llmnum_serving *s,
					int64_t *out)
{
	int64_t		ffn = arch->intermediate_size > 0 ?
		arch->intermediate_size : 4 * arch->hidden_size;
	int64_t		experts = arch->experts_active > 1 ? arch->experts_active : 1;
	int64_t		tokens;
	int64_t		per_token;
	int64_t		act;
	int64_t		extra;

	/* bounded by 2^24 * 2^24 * 3: no overflow */
	ffn = (ffn * experts + s->n_gpus - 1) / s->n_gpus;
	per_token = (2 * arch->hidden_size + 3 * ffn) * 2;

	if (!mul_ok(s->batch, s->context_tokens, &tokens))
		return false;
	if (arch->keeps_kv_cache)
	{
		int64_t		chunk = LLMNUM_PREFILL_CHUNK_TOKENS;

		if (chunk < s->batch)
			chunk = s->batch;
		if (tokens > chunk)
			tokens = chunk;
		/* fp32 logits of the last position of each sequence */
		if (!mul_ok(s->batch, arch->vocab_size * 4, &extra))
			return false;
	}
	else
	{
		int64_t		heads = (arch->attention_heads + s->n_gpus - 1) / s->n_gpus;

		/* one layer's fp16 attention scores, batch x heads x ctx x ctx */
		if (!mul_ok(s->context_tokens, s->context_tokens, &extra) ||
			!mul_ok(extra, heads * 2, &extra) ||
			!mul_ok(extra, s->batch, &extra))
			return false;
	}
	if (!mul_ok(tokens, per_token, &act) || !add_ok(act, extra, &act))
		return false;
	*out = act;
	return true;
}

/* weights in bytes, total and on one GPU of the group */
static bool
weight_bytes(double params, double bits_per_weight, int64_t n_gpus,
			 int64_t *total, int64_t *per_gpu)
{
	double		bytes = params * bits_per_weight / 8.0;

	if (!(bytes < MAX_BYTES))
		return false;
	*total = (int64_t) ceil(bytes);
	*per_gpu = (int64_t) ceil(bytes / (double) n_gpus);
	return true;
}

/* assemble totals from per-GPU parts; false on overflow */
static bool
finish(int64_t w_total, int64_t w_gpu, int64_t kv_gpu, int64_t act_gpu,
	   int64_t n, llmnum_memory *out)
{
	int64_t		t;

	out->weights = w_total;
	if (!mul_ok(kv_gpu, n, &out->kv_cache) ||
		!mul_ok(act_gpu, n, &out->activations) ||
		!mul_ok(LLMNUM_RUNTIME_OVERHEAD_BYTES, n, &out->overhead))
		return false;
	if (!add_ok(out->weights, out->kv_cache, &t) ||
		!add_ok(t, out->activations, &t) ||
		!add_ok(t, out->overhead, &out->total))
		return false;
	if (!add_ok(w_gpu, kv_gpu, &t) ||
		!add_ok(t, act_gpu, &t) ||
		!add_ok(t, LLMNUM_RUNTIME_OVERHEAD_BYTES, &out->per_gpu_total))
		return false;
	return true;
}

llmnum_mem_status
llmnum_mem_estimate(const llmnum_arch *arch, const llmnum_serving *s,
				  llmnum_memory *out, const char **what)
{
	llmnum_mem_status st;
	int64_t		w_total,
				w_gpu,
				kv,
				act;

	if ((st = llmnum_check_arch(arch, what)) != LLMNUM_MEM_OK ||
		(st = check_serving(s, what)) != LLMNUM_MEM_OK)
		return st;
	*what = "memory";
	if (!weight_bytes(arch->params_total, s->bits_per_weight, s->n_gpus,
					  &w_total, &w_gpu) ||
		!kv_per_gpu(arch, s, &kv) ||
		!activations_per_gpu(arch, s, &act) ||
		!finish(w_total, w_gpu, kv, act, s->n_gpus, out))
		return LLMNUM_MEM_OVERFLOW;
	return LLMNUM_MEM_OK;
}

llmnum_mem_status
llmnum_mem_params(double params, double bits_per_weight, int64_t n_gpus,
					 llmnum_memory *out, const char **what)
{
	int64_t		w_total,
				w_gpu;

	if (!(isfinite(params) && params > 0 && params <= LLMNUM_MAX_PARAMS))
		*what = "params";
	else if (!(isfinite(bits_per_weight) && bits_per_weight > 0 &&
			   bits_per_weight <= 64))
		*what = "bits_per_weight";
	else if (n_gpus < 1 || n_gpus > LLMNUM_MAX_GPUS)
		*what = "n_gpus";
	else
	{
		*what = "memory";
		if (!weight_bytes(params, bits_per_weight, n_gpus, &w_total, &w_gpu) ||
			!finish(w_total, w_gpu, 0, 0, n_gpus, out))
			return LLMNUM_MEM_OVERFLOW;
		return LLMNUM_MEM_OK;
	}
	return LLMNUM_MEM_BAD_INPUT;
}

/*
 * Largest value in [1, limit] of the field *field of a copy of *serving
 * for which the per-GPU total fits; the total only grows with either
 * field, so a binary search is exact.  Overflow counts as "does not fit".
 */
static llmnum_mem_status
max_fitting(const llmnum_arch *arch, const llmnum_serving *serving,
			int64_t gpu_bytes, int64_t limit, bool vary_context,
			int64_t *result, const char **what)
{
	llmnum_serving s = *serving;
	int64_t    *field = vary_context ? &s.context_tokens : &s.batch;
	int64_t		lo = 0,
				hi;
	llmnum_mem_status st;
	llmnum_memory m;

	*field = 1;
	if ((st = llmnum_check_arch(arch, what)) != LLMNUM_MEM_OK ||
		(st = check_serving(&s, what)) != LLMNUM_MEM_OK)
		return st;
	if (gpu_bytes < 1)
	{
		*what = "gpu memory";
		return LLMNUM_MEM_BAD_INPUT;
	}
	if (limit < 1 || limit > MAX_TOKENS)
	{
		*what = "limit";
		return LLMNUM_MEM_BAD_INPUT;
	}
	hi = limit;
	/* invariant: lo fits (or is 0), everything above hi does not */
	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo + 1) / 2;

		*field = mid;
		if (llmnum_mem_estimate(arch, &s, &m, what) == LLMNUM_MEM_OK &&
			m.per_gpu_total <= gpu_bytes)
			lo = mid;
		else
			hi = mid - 1;
	}
	*result = lo;
	return LLMNUM_MEM_OK;
}

llmnum_mem_status
llmnum_mem_max_context(const llmnum_arch *arch, const llmnum_serving *serving,
				   int64_t gpu_bytes, int64_t limit, int64_t *result,
				   const char **what)
{
	return max_fitting(arch, serving, gpu_bytes, limit, true, result, what);
}

llmnum_mem_status
llmnum_mem_max_batch(const llmnum_arch *arch, const llmnum_serving *serving,
				 int64_t gpu_bytes, int64_t limit, int64_t *result,
				 const char **what)
{
	return max_fitting(arch, serving, gpu_bytes, limit, false, result, what);
}
