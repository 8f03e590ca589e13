/*
 * gpu_memory_test.c: unit tests of the GPU memory model and the training
 * cost arithmetic, without a server.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gpu_memory.h"
#include "check.h"
#include "host_malloc.h"
#include "train_cost.h"


static llmnum_arch
llama(double params, int64_t layers, int64_t hidden, int64_t heads,
	  int64_t kv, int64_t ffn, int64_t vocab)
{
	llmnum_arch a;

	memset(&a, 0, sizeof(a));
	a.params_total = params;
	a.layers = layers;
	a.hidden_size = hidden;
	a.attention_heads = heads;
	a.kv_heads = kv;
	a.head_dim = hidden / heads;
	a.intermediate_size = ffn;
	a.vocab_size = vocab;
	a.keeps_kv_cache = true;
	return a;
}

static llmnum_serving
serving(double bpw, int64_t ctx, int64_t batch, int64_t n)
{
	llmnum_serving s;

	s.bits_per_weight = bpw;
	s.kv_bits = 16;
	s.context_tokens = ctx;
	s.batch = batch;
	s.n_gpus = n;
	return s;
}

static void
test_kv_per_token(void)
{
	llmnum_arch l2_13 = llama(13015864320.0, 40, 5120, 40, 40, 13824, 32000);
	llmnum_arch l3_8 = llama(8030261248.0, 32, 4096, 32, 8, 14336, 128256);
	llmnum_arch l3_70 = llama(70553706496.0, 80, 8192, 64, 8, 28672, 128256);
	llmnum_arch mla = l3_70;
	const char *what = NULL;
	int64_t		b = 0;

	CHECK(llmnum_mem_kv_per_token(&l2_13, 16, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 819200);
	CHECK(llmnum_mem_kv_per_token(&l3_8, 16, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 131072);
	CHECK(llmnum_mem_kv_per_token(&l3_70, 16, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 327680);
	/* fp8 halves it; 4-bit quarters it */
	CHECK(llmnum_mem_kv_per_token(&l3_70, 8, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 163840);
	CHECK(llmnum_mem_kv_per_token(&l3_70, 4, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 81920);
	/* tensor parallel: 8 KV heads over 4 GPUs = 2 each; over 16 = 1 each */
	CHECK(llmnum_mem_kv_per_token(&l3_70, 16, 4, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 327680 / 4);
	CHECK(llmnum_mem_kv_per_token(&l3_70, 16, 16, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 327680 / 8);
	/* DeepSeek-V3 MLA: 61 layers x 576 x 2 bytes, replicated */
	mla.layers = 61;
	mla.kv_latent_dim = 576;
	CHECK(llmnum_mem_kv_per_token(&mla, 16, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 70272);
	CHECK(llmnum_mem_kv_per_token(&mla, 16, 8, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 70272);
	/* encoders keep no cache */
	l3_8.keeps_kv_cache = false;
	CHECK(llmnum_mem_kv_per_token(&l3_8, 16, 1, &b, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(b, 0);
	/* bad inputs */
	CHECK(llmnum_mem_kv_per_token(&l3_70, 12 + 1, 1, &b, &what) == LLMNUM_MEM_BAD_INPUT);
	CHECK(llmnum_mem_kv_per_token(&l3_70, 16, 0, &b, &what) == LLMNUM_MEM_BAD_INPUT);
	CHECK(strcmp(what, "n_gpus") == 0);
}

static void
test_memory(void)
{
	llmnum_arch l2_7 = llama(6738415616.0, 32, 4096, 32, 32, 11008, 32000);
	llmnum_arch l2_13 = llama(13015864320.0, 40, 5120, 40, 40, 13824, 32000);
	llmnum_arch l3_70 = llama(70553706496.0, 80, 8192, 64, 8, 28672, 128256);
	llmnum_serving s = serving(16, 2048, 1, 1);
	llmnum_memory m;
	const char *what = NULL;
	const int64_t gib = (int64_t) 1 << 30;

	CHECK(llmnum_mem_estimate(&l2_7, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.weights, 13476831232LL);
	CHECK_EQ(m.total, m.per_gpu_total);
	CHECK_EQ(m.total, m.weights + m.kv_cache + m.activations + m.overhead);

	CHECK(llmnum_mem_estimate(&l2_13, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.weights, 26031728640LL);
	CHECK_EQ(m.kv_cache, 819200LL * 2048);
	CHECK_EQ(m.overhead, LLMNUM_RUNTIME_OVERHEAD_BYTES);
	/* not on a 24 GiB A10G, yes on a 40 GiB A100 */
	CHECK(m.per_gpu_total > 24 * gib);
	CHECK(m.per_gpu_total < 40 * gib);

	/* tensor parallel over 4: weights and KV heads split, overhead x4 */
	s = serving(16, 4096, 1, 4);
	CHECK(llmnum_mem_estimate(&l3_70, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.weights, 141107412992LL);
	CHECK_EQ(m.kv_cache, 327680LL * 4096);
	CHECK_EQ(m.overhead, 4 * LLMNUM_RUNTIME_OVERHEAD_BYTES);
	CHECK(m.per_gpu_total < 80 * gib);
	CHECK(m.per_gpu_total * 4 >= m.total);
	/* over 16 GPUs the 8 KV heads are replicated: total KV doubles */
	s.n_gpus = 16;
	CHECK(llmnum_mem_estimate(&l3_70, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.kv_cache, 327680LL * 4096 * 2);

	/* Q4_K_M at llama.cpp's 4.8944 bits per weight */
	s = serving(4.8944, 2048, 1, 1);
	CHECK(llmnum_mem_estimate(&l2_7, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.weights, (int64_t) ceil(6738415616.0 * 4.8944 / 8));
}

static void
test_sliding_window(void)
{
	llmnum_arch g = llama(9241705984.0, 42, 3584, 16, 8, 14336, 256000);
	llmnum_serving s = serving(16, 8192, 1, 1);
	llmnum_memory m;
	const char *what = NULL;
	int64_t		per_layer_token = 2 * 8 * 256 * 2;

	g.head_dim = 256;
	g.sliding_window = 4096;
	g.sliding_window_layers = 21;
	CHECK(llmnum_mem_estimate(&g, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.kv_cache, per_layer_token * (21 * 8192 + 21 * 4096));
	/* below the window every layer grows */
	s.context_tokens = 1000;
	CHECK(llmnum_mem_estimate(&g, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.kv_cache, per_layer_token * 42 * 1000);
	/* inconsistent window fields are rejected */
	g.sliding_window = 0;
	CHECK(llmnum_mem_estimate(&g, &s, &m, &what) == LLMNUM_MEM_BAD_ARCH);
	CHECK(strcmp(what, "sliding_window_layers") == 0);
}

static void
test_errors_and_overflow(void)
{
	llmnum_arch a = llama(7e9, 32, 4096, 32, 32, 11008, 32000);
	llmnum_arch bad;
	llmnum_serving s = serving(16, 4096, 1, 1);
	llmnum_memory m;
	const char *what = NULL;

	bad = a;
	bad.params_total = NAN;
	CHECK(llmnum_mem_estimate(&bad, &s, &m, &what) == LLMNUM_MEM_BAD_ARCH);
	bad.params_total = INFINITY;
	CHECK(llmnum_mem_estimate(&bad, &s, &m, &what) == LLMNUM_MEM_BAD_ARCH);
	bad.params_total = -1;
	CHECK(llmnum_mem_estimate(&bad, &s, &m, &what) == LLMNUM_MEM_BAD_ARCH);
	bad = a;
	bad.kv_heads = 33;
	CHECK(llmnum_mem_estimate(&bad, &s, &m, &what) == LLMNUM_MEM_BAD_ARCH);
	CHECK(strcmp(what, "kv_heads") == 0);
	bad = a;
	bad.layers = 0;
	CHECK(llmnum_mem_estimate(&bad, &s, &m, &what) == LLMNUM_MEM_BAD_ARCH);

	s.context_tokens = 0;
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_BAD_INPUT);
	CHECK(strcmp(what, "context_tokens") == 0);
	s = serving(16, 4096, -5, 1);
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_BAD_INPUT);
	s = serving(NAN, 4096, 1, 1);
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_BAD_INPUT);
	s = serving(0, 4096, 1, 1);
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_BAD_INPUT);

	/* 2^40 tokens x 2^40 sequences cannot be counted in 64 bits */
	s = serving(16, (int64_t) 1 << 40, (int64_t) 1 << 40, 1);
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_OVERFLOW);
	/* the largest shapes still produce an answer or a clean overflow */
	bad = llama(1e15, LLMNUM_MAX_DIM, LLMNUM_MAX_DIM, LLMNUM_MAX_DIM,
				LLMNUM_MAX_DIM, LLMNUM_MAX_DIM, LLMNUM_MAX_DIM);
	bad.head_dim = LLMNUM_MAX_DIM;
	s = serving(64, (int64_t) 1 << 40, (int64_t) 1 << 40, 1);
	CHECK(llmnum_mem_estimate(&bad, &s, &m, &what) == LLMNUM_MEM_OVERFLOW);

	CHECK(llmnum_mem_params(7e9, 16, 1, &m, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(m.weights, 14000000000LL);
	CHECK_EQ(m.kv_cache, 0);
	CHECK(llmnum_mem_params(0, 16, 1, &m, &what) == LLMNUM_MEM_BAD_INPUT);
	CHECK(llmnum_mem_params(1e16, 16, 1, &m, &what) == LLMNUM_MEM_BAD_INPUT);
}

static void
test_inverse(void)
{
	llmnum_arch a = llama(8030261248.0, 32, 4096, 32, 8, 14336, 128256);
	llmnum_serving s = serving(16, 1, 1, 1);
	llmnum_memory m;
	const char *what = NULL;
	int64_t		gpu = (int64_t) 24 << 30;
	int64_t		ctx = -1,
				batch = -1;

	CHECK(llmnum_mem_max_context(&a, &s, gpu, (int64_t) 1 << 30, &ctx, &what) == LLMNUM_MEM_OK);
	CHECK(ctx > 0);
	s.context_tokens = ctx;
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK(m.per_gpu_total <= gpu);
	s.context_tokens = ctx + 1;
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK(m.per_gpu_total > gpu);

	s.context_tokens = 8192;
	CHECK(llmnum_mem_max_batch(&a, &s, gpu, 1 << 20, &batch, &what) == LLMNUM_MEM_OK);
	CHECK(batch > 0);
	s.batch = batch;
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK(m.per_gpu_total <= gpu);
	s.batch = batch + 1;
	CHECK(llmnum_mem_estimate(&a, &s, &m, &what) == LLMNUM_MEM_OK);
	CHECK(m.per_gpu_total > gpu);

	/* nothing fits on 1 GiB: the answer is 0, not an error */
	CHECK(llmnum_mem_max_batch(&a, &s, (int64_t) 1 << 30, 1 << 20, &batch, &what) == LLMNUM_MEM_OK);
	CHECK_EQ(batch, 0);
	CHECK(llmnum_mem_max_batch(&a, &s, 0, 1 << 20, &batch, &what) == LLMNUM_MEM_BAD_INPUT);
}

static void
test_train(void)
{
	llmnum_train_input in = {13e9, 1.4e12, 1, 6, 312, 0.5, 1};
	llmnum_train_result r;
	const char *what = NULL;

	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_OK);
	CHECK(fabs(r.flops - 1.092e23) < 1e10);
	CHECK(fabs(r.gpu_hours - 194444.444) < 0.01);
	CHECK(fabs(r.gpu_hours * 5 - 1e6) < 0.05 * 1e6);
	in.n_gpus = 2048;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_OK);
	CHECK(fabs(r.days - 194444.444 / 2048 / 24) < 1e-3);

	in.mfu = 0;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	CHECK(strcmp(what, "mfu") == 0);
	in.mfu = 1.5;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	in.mfu = NAN;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	in.mfu = 0.5;
	in.n_gpus = 2.5;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	in.n_gpus = 1;
	in.tokens = -1;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	CHECK(strcmp(what, "tokens") == 0);
	in.tokens = INFINITY;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	/* the extremes accepted stay finite; below them is an input error */
	in = (llmnum_train_input) {1e15, 1e18, 1e6, 100, 1e-6, 1e-6, 1};
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_OK);
	CHECK(isfinite(r.gpu_hours));
	in = (llmnum_train_input) {1, 1, 1e-6, 6, 1e7, 1, 1e8};
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_OK);
	CHECK(r.gpu_hours > 0);
	in.peak_tflops = 1e-300;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
	in.peak_tflops = 312;
	in.params = 0.5;
	CHECK(llmnum_train_estimate(&in, &r, &what) == LLMNUM_TRAIN_BAD_INPUT);
}

int
main(void)
{
	test_kv_per_token();
	test_memory();
	test_sliding_window();
	test_errors_and_overflow();
	test_inverse();
	test_train();
	return check_report("gpu_memory_test");
}
