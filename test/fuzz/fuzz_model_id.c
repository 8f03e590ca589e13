/*
 * fuzz_model_id.c: libFuzzer target for the model-id resolver.  The first
 * byte picks a host hint (or, 4, the weights pass), the rest is the id.
 * The resolver must never
 * crash or trip a sanitizer, every name it looks up must fit its buffer
 * and be what a rule can make of the id, and a found entry must be one
 * the catalog returned.  Built by test/fuzz/model_id.mk.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model_id.h"
#include "model_id_rules.h"

static const char *const names[] = {
	"gpt-4o", "ft:gpt-4o-mini-2024-07-18", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
	"vertex_ai/claude-3-5-sonnet-v2@20241022", "gemini-1.5-pro", "openrouter/anthropic/claude-3.5-sonnet",
	"azure/gpt-4o", "bedrock/global.anthropic.claude-sonnet-4-5-20250929-v1:0",
};

static const void *
lookup(void *ctx, const char *name, size_t len)
{
	size_t		i;

	(void) ctx;
	if (len >= LLMNUM_ID_MAX + 64 || name[len] != '\0')
		abort();
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0)
			return names[i];
	return NULL;
}

static bool
is_alias(void *ctx, const void *e)
{
	(void) ctx;
	return e == names[0];
}

/* Checks the key the resolver passes, and finds names[2] under one key. */
static const void *
lookup_folded(void *ctx, const char *key, size_t len)
{
	(void) ctx;
	if (len == 0 || len >= LLMNUM_ID_FOLD_MAX || key[len] != '\0' || strlen(key) != len)
		abort();
	return len == 11 && memcmp(key, "llama3.1.8b", 11) == 0 ? names[2] : NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const hosts[][2] = {{NULL, NULL}, {"azure", "azure/"}, {"bedrock", "bedrock/"}, {"openai", ""}};
	llmnum_id_catalog cat = {lookup, is_alias, is_alias, is_alias, is_alias, lookup_folded, NULL};
	llmnum_id_result r;
	int			h = size > 0 ? data[0] % 5 : 0;
	char	   *id;

	if (size > 0)
		data++, size--;
	/* a copy of exactly size bytes, so that ASan sees any overread */
	id = malloc(size ? size : 1);
	memcpy(id, data, size);
	if (h == 4)
		llmnum_id_resolve_weights(id, size, builtin_rules,
								  sizeof(builtin_rules) / sizeof(builtin_rules[0]), &cat, &r);
	else
		llmnum_id_resolve(id, size, builtin_rules, sizeof(builtin_rules) / sizeof(builtin_rules[0]),
						  &cat, hosts[h][0], hosts[h][1], &r);
	if (r.status == LLMNUM_ID_FOUND)
	{
		size_t		i;
		bool		ok = false;

		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			ok |= r.entry == names[i];
		if (!ok)
			abort();
	}
	if (strlen(r.rules) >= sizeof(r.rules) || strlen(r.near) >= sizeof(r.near))
		abort();
	(void) llmnum_id_glob("*-*-#/", id, size, false);
	{
		llmnum_id_format f;
		bool		named = llmnum_id_weights_format(id, size, &f);

		/* shown and gguf stay terminated; an id naming nothing allows fp16 */
		if (strlen(f.shown) >= sizeof(f.shown) || strlen(f.gguf) >= sizeof(f.gguf) ||
			(!named && !llmnum_id_format_allows(&f, "fp16", "float", 16)))
			abort();
		(void) llmnum_id_format_allows(&f, "Q4_K_M", "gguf", 4.8944);
	}
	free(id);
	return 0;
}
