/*
 * fuzz_gpu_memory.c: libFuzzer target for the GPU memory model, the
 * training estimate and the name ranking.  The input bytes become an
 * architecture, a serving setup and two names; the target checks the
 * invariants that must hold for every accepted input.
 *
 * Built and run by test/fuzz/run.sh (rules in gpu_memory.mk).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gpu_memory.h"
#include "host_malloc.h"
#include "name_match.h"
#include "train_cost.h"

/* next 8 bytes of input as an integer, zero-padded at the end */
static int64_t
take(const uint8_t **p, size_t *left)
{
	uint64_t	v = 0;
	size_t		i;

	for (i = 0; i < 8 && *left > 0; i++, (*p)++, (*left)--)
		v |= (uint64_t) (**p) << (8 * i);
	return (int64_t) v;
}

static double
take_double(const uint8_t **p, size_t *left)
{
	int64_t		v = take(p, left);
	double		d;

	memcpy(&d, &v, sizeof(d));
	return d;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p = data;
	size_t		left = size;
	llmnum_arch a;
	llmnum_serving s;
	llmnum_memory m;
	llmnum_train_input ti;
	llmnum_train_result tr;
	const char *what = NULL;
	int64_t		r;

	a.params_total = take_double(&p, &left);
	a.layers = take(&p, &left) % 512;
	a.hidden_size = take(&p, &left) % 70000;
	a.attention_heads = take(&p, &left) % 300;
	a.kv_heads = take(&p, &left) % 300;
	a.head_dim = take(&p, &left) % 600;
	a.intermediate_size = take(&p, &left);
	a.vocab_size = take(&p, &left);
	a.experts_active = take(&p, &left) % 20;
	a.sliding_window = take(&p, &left);
	a.sliding_window_layers = take(&p, &left) % 512;
	a.kv_latent_dim = take(&p, &left) % 2048;
	a.keeps_kv_cache = take(&p, &left) & 1;
	s.bits_per_weight = take_double(&p, &left);
	s.kv_bits = (int) (take(&p, &left) % 80);
	s.context_tokens = take(&p, &left);
	s.batch = take(&p, &left);
	s.n_gpus = take(&p, &left);

	if (llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_OK)
	{
		if (m.weights < 0 || m.kv_cache < 0 || m.activations < 0 ||
			m.total != m.weights + m.kv_cache + m.activations + m.overhead ||
			m.per_gpu_total > m.total || m.per_gpu_total < 0)
			abort();
		if (llmnum_mem_max_batch(&a, &s, m.per_gpu_total, 1 << 16, &r, &what) != LLMNUM_MEM_OK ||
			(s.batch <= (1 << 16) && r < s.batch))
			abort();
	}
	else if (what == NULL)
		abort();
	(void) llmnum_mem_kv_per_token(&a, s.kv_bits, s.n_gpus, &r, &what);

	ti.params = take_double(&p, &left);
	ti.tokens = take_double(&p, &left);
	ti.epochs = take_double(&p, &left);
	ti.flops_per_param_token = 6;
	ti.peak_tflops = take_double(&p, &left);
	ti.mfu = take_double(&p, &left);
	ti.n_gpus = take_double(&p, &left);
	if (llmnum_train_estimate(&ti, &tr, &what) == LLMNUM_TRAIN_OK &&
		!(isfinite(tr.gpu_hours) && tr.gpu_hours >= 0 && tr.flops > 0))
		abort();

	/* the rest: two NUL-separated names */
	if (left > 0)
	{
		char	   *buf = malloc(left + 2);
		const char *names[2];
		size_t		best[2];

		memcpy(buf, p, left);
		buf[left] = '\0';
		buf[left + 1] = '\0';
		names[0] = buf;
		names[1] = buf + strlen(buf) + (strlen(buf) < left ? 1 : 0);
		if (llmnum_closest_names(&test_host, names[1], names, 2, 2, best) != 2)
			abort();
		free(buf);
	}
	return 0;
}
