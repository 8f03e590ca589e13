/*
 * model_id_test.c: unit tests of the model-id resolver (src/model_id.c)
 * over the built-in rules (model_id_rules.h, generated from
 * data/catalog/id_rules.tsv) and a small catalog.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "model_id.h"
#include "model_id_rules.h"

/* A small catalog: names as the real one spells them (lookups fold case). */
static const char *const names[] = {
	"gpt-4o", "gpt-4o-2024-08-06", "gpt-4o-mini", "gpt-4o-mini-2024-07-18",
	"ft:gpt-4o-mini-2024-07-18", "o3-mini-2025-01-31", "azure/gpt-4o",
	"azure/us/gpt-4o-2024-08-06", "azure/gpt-4o-mini", "azure/gpt-35-turbo-0125",
	"bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
	"bedrock/anthropic.claude-sonnet-4-5-20250929-v1:0",
	"bedrock/global.anthropic.claude-sonnet-4-5-20250929-v1:0",
	"vertex_ai/claude-3-5-sonnet-v2@20241022", "vertex_ai/claude-sonnet-4-5",
	"vertex_ai/regional/claude-3-5-sonnet-v2@20241022", "vertex_ai/regional/claude-sonnet-4-5",
	"vertex_ai/gemini-2.5-pro", "claude-3-5-sonnet-latest", "claude-sonnet-4-0",
	"gemini-1.5-pro", "gemini-2.5-flash", "gemini-2.0-flash",
	"openrouter/anthropic/claude-3.5-sonnet", "openrouter/openai/gpt-4o",
	"groq/llama-3.3-70b-versatile", "groq/llama3-70b-8192", "groq/mixtral-8x7b-32768",
	"groq/gemma2-9b-it", "fireworks_ai/accounts/fireworks/models/deepseek-r1",
	"mistral-large-latest", "claude-3-5-sonnet-20240620", "gemma-3-27b-it",
	"openrouter/meta-llama/llama-3.1-8b-instruct", "openrouter/deepseek/deepseek-chat-v3.1",
	/* open-weights models without host (open_weights_prefix) */
	"llama-3.1-8b-instruct", "meta-llama-3.1-8b-instruct", "qwen2.5-72b-instruct", "deepseek-r1",
	"gpt-oss-120b",
	/* a host's model named like a repository (the Gemini API's Gemma) */
	"gemma-2-27b-it",
	/* Ollama's names (host ollama, ollama_tags.tsv) */
	"ollama/llama3.1:8b", "ollama/llama3.1", "ollama/llama3.1:latest", "ollama/qwen3:30b",
	"ollama/deepseek-r1:671b", "ollama/gemma3:27b", "ollama/phi3:mini", "ollama/mistral:7b",
	"ollama/mistral:latest",
	/* Bedrock ids with a colon */
	"bedrock/meta.llama3-1-8b-instruct-v1:0", "bedrock/qwen.qwen3-32b-v1:0",
};
static const char *const unhosted_open[] = {"llama-3.1-8b-instruct", "meta-llama-3.1-8b-instruct",
"qwen2.5-72b-instruct", "deepseek-r1", "gemma-3-27b-it", "gpt-oss-120b"};
/* open weights served by a host, besides those above */
static const char *const hosted_open[] = {"gemma-2-27b-it", "groq/gemma2-9b-it",
"openrouter/meta-llama/llama-3.1-8b-instruct", "groq/llama-3.3-70b-versatile"};
static const char *const aliases[] = {"gpt-4o", "claude-3-5-sonnet-latest", "claude-sonnet-4-0",
"mistral-large-latest"};
/* a router's ids of a maker's own model: one price whatever the provider */
static const char *const maker_priced[] = {"openrouter/openai/gpt-4o",
"openrouter/anthropic/claude-3.5-sonnet"};
#define NNAMES (sizeof(names) / sizeof(names[0]))

static int	lookups;

static const void *
lookup(void *ctx, const char *name, size_t len)
{
	size_t		i;

	(void) ctx;
	lookups++;
	for (i = 0; i < NNAMES; i++)
		if (strlen(names[i]) == len && strncmp(names[i], name, len) == 0)
			return names[i];
	return NULL;
}

/* Is entry (a name of names[]) one of list[0, n)? */
static bool
listed(const char *const *list, size_t n, const void *entry)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], (const char *) entry) == 0)
			return true;
	return false;
}

static bool
is_alias(void *ctx, const void *entry)
{
	(void) ctx;
	return listed(aliases, sizeof(aliases) / sizeof(aliases[0]), entry);
}

static bool
is_unhosted_open(void *ctx, const void *entry)
{
	(void) ctx;
	return listed(unhosted_open, sizeof(unhosted_open) / sizeof(unhosted_open[0]), entry);
}

static bool
is_open_weights(void *ctx, const void *entry)
{
	return is_unhosted_open(ctx, entry) ||
		listed(hosted_open, sizeof(hosted_open) / sizeof(hosted_open[0]), entry);
}

static bool
is_maker_priced(void *ctx, const void *entry)
{
	(void) ctx;
	return listed(maker_priced, sizeof(maker_priced) / sizeof(maker_priced[0]), entry);
}

/* The first open model without host whose name has the fold key. */
static const void *
lookup_folded(void *ctx, const char *key, size_t len)
{
	size_t		i;

	(void) ctx;
	for (i = 0; i < sizeof(unhosted_open) / sizeof(unhosted_open[0]); i++)
	{
		char		k[LLMNUM_ID_FOLD_MAX];
		size_t		n = llmnum_id_fold(unhosted_open[i], strlen(unhosted_open[i]), k, sizeof(k));

		if (n == len && memcmp(k, key, len) == 0)
			return unhosted_open[i];
	}
	return NULL;
}

static const llmnum_id_catalog cat = {lookup, is_alias, is_unhosted_open, is_open_weights,
is_maker_priced, lookup_folded, NULL};
#define NRULES (sizeof(builtin_rules) / sizeof(builtin_rules[0]))

/* Resolve id; the catalog name (or "" when unresolved) and the rules. */
static const char *
res(const char *id, llmnum_id_result *r)
{
	llmnum_id_resolve(id, strlen(id), builtin_rules, NRULES, &cat, NULL, NULL, r);
	return r->status == LLMNUM_ID_FOUND ? (const char *) r->entry : "";
}

/* The same through the weights pass (tokens and GPU functions). */
static const char *
res_weights(const char *id, llmnum_id_result *r)
{
	llmnum_id_resolve_weights(id, strlen(id), builtin_rules, NRULES, &cat, r);
	return r->status == LLMNUM_ID_FOUND ? (const char *) r->entry : "";
}

#define EXPECT_WEIGHTS(id, want) \
	do { llmnum_id_result r_; const char *got_ = res_weights(id, &r_); checks++; \
		if (strcmp(got_, want) != 0) { failures++; \
			fprintf(stderr, "%s:%d: weights of %s -> \"%s\" (rules %s), expected \"%s\"\n", \
					__FILE__, __LINE__, id, got_, r_.rules, want); } } while (0)

#define EXPECT(id, want) \
	do { llmnum_id_result r_; const char *got_ = res(id, &r_); checks++; \
		if (strcmp(got_, want) != 0) { failures++; \
			fprintf(stderr, "%s:%d: %s -> \"%s\" (rules %s), expected \"%s\"\n", \
					__FILE__, __LINE__, id, got_, r_.rules, want); } } while (0)

#define EXPECT_RULES(id, want) \
	do { llmnum_id_result r_; (void) res(id, &r_); checks++; \
		if (strcmp(r_.rules, want) != 0) { failures++; \
			fprintf(stderr, "%s:%d: %s rules \"%s\", expected \"%s\"\n", \
					__FILE__, __LINE__, id, r_.rules, want); } } while (0)

static void
test_ids(void)
{
	llmnum_id_result r;

	/* catalog names, case and padding */
	EXPECT("gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18");
	EXPECT("GPT-4o-Mini-2024-07-18", "gpt-4o-mini-2024-07-18");
	EXPECT("  gpt-4o\t\n", "gpt-4o");
	EXPECT_RULES("gpt-4o", "");
	/* host prefixes */
	EXPECT("openai/gpt-4o", "gpt-4o");
	EXPECT_RULES("openai/gpt-4o", "host_prefix openai/");
	EXPECT("azure/gpt-4o", "azure/gpt-4o");
	EXPECT("azure_ai/gpt-4o", "azure/gpt-4o");
	EXPECT("azure/global-standard/gpt-4o-mini", "azure/gpt-4o-mini");
	EXPECT("azure/us/gpt-4o-2024-08-06", "azure/us/gpt-4o-2024-08-06");
	EXPECT("openrouter/openai/gpt-4o", "openrouter/openai/gpt-4o");
	EXPECT("groq/llama-3.3-70b-versatile", "groq/llama-3.3-70b-versatile");
	EXPECT("gemini/gemini-2.5-flash", "gemini-2.5-flash");
	EXPECT("models/gemini-2.5-flash", "gemini-2.5-flash");
	EXPECT("gemini/models/gemini-2.5-flash", "gemini-2.5-flash");
	EXPECT("models/gemma-3-27b-it", "gemma-3-27b-it");
	EXPECT("gemini/models/gemma-3-27b-it", "gemma-3-27b-it");
	/* models/ is stripped only from Gemini and Gemma ids (the rules' scopes) */
	EXPECT("models/gpt-4o", "");
	EXPECT("vertex_ai/gemini-2.5-pro", "vertex_ai/gemini-2.5-pro");
	/* no host is taken from a later prefix: azure/openai/ is not OpenAI's */
	EXPECT("azure/openai/gpt-4o", "");
	/* Bedrock */
	EXPECT("us.anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT_RULES("us.anthropic.claude-3-5-sonnet-20240620-v1:0", "host_marker us.*.*, region_prefix us.");
	EXPECT("eu.anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT("anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT("bedrock/us-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT("bedrock/us-gov-west-1/us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT("bedrock/converse/us.anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT("global.anthropic.claude-sonnet-4-5-20250929-v1:0", "bedrock/global.anthropic.claude-sonnet-4-5-20250929-v1:0");
	EXPECT("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "bedrock/anthropic.claude-sonnet-4-5-20250929-v1:0");
	/* a global profile the catalog lacks is never priced as the regional id */
	EXPECT("global.anthropic.claude-3-5-sonnet-20240620-v1:0", "");
	/* ARNs: a foundation model's, a system-defined profile's; not an application profile's */
	EXPECT("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
		   "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT_RULES("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
				 "host_prefix arn:aws:bedrock:*:inference-profile/, region_prefix eu.");
	EXPECT("arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-5-20250929-v1:0",
		   "bedrock/global.anthropic.claude-sonnet-4-5-20250929-v1:0");
	EXPECT("bedrock/converse/arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
		   "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0");
	EXPECT("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/anthropic.claude-3-5-sonnet-20240620-v1:0", "");
	EXPECT("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/anthropic.claude-3-5-sonnet-20240620-v1:0", "");
	/* the ARN of another partition is not priced as the commercial Region's */
	EXPECT("arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0", "");
	/* Vertex */
	EXPECT("claude-3-5-sonnet-v2@20241022", "vertex_ai/claude-3-5-sonnet-v2@20241022");
	EXPECT("vertex_ai/claude-sonnet-4-5@20250929", "vertex_ai/claude-sonnet-4-5");
	/* Azure's own spelling of GPT-3.5 Turbo names its host */
	EXPECT("gpt-35-turbo-0125", "azure/gpt-35-turbo-0125");
	EXPECT("GPT-35-Turbo-0125", "azure/gpt-35-turbo-0125");
	EXPECT("gpt-3.5-turbo-0125", "");	/* OpenAI's, not in this catalog */
	EXPECT("gpt-35-turbo-", "");
	/* Vertex resource names, full and short */
	EXPECT("projects/acme-prod/locations/us-central1/publishers/google/models/gemini-2.5-pro",
		   "vertex_ai/gemini-2.5-pro");
	EXPECT_RULES("publishers/anthropic/models/claude-3-5-sonnet-v2@20241022",
				 "host_prefix publishers/anthropic/models/");
	/* Claude: the global endpoint, or any other location's (regional) class */
	EXPECT("projects/p/locations/global/publishers/anthropic/models/claude-sonnet-4-5@20250929",
		   "vertex_ai/claude-sonnet-4-5");
	EXPECT("projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929",
		   "vertex_ai/regional/claude-sonnet-4-5");
	EXPECT("projects/p/locations/global-x/publishers/anthropic/models/claude-sonnet-4-5",
		   "vertex_ai/regional/claude-sonnet-4-5");
	EXPECT("projects/p/locations/europe-west1/publishers/anthropic/models/claude-3-5-sonnet-v2@20241022",
		   "vertex_ai/regional/claude-3-5-sonnet-v2@20241022");
	EXPECT("vertex_ai/regional/claude-sonnet-4-5@20250929", "vertex_ai/regional/claude-sonnet-4-5");
	/* a regional id of a model without its class is not the global price */
	EXPECT("projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-0", "");
	/* a custom endpoint, or the path cut short, names no model */
	EXPECT("projects/p/locations/us-central1/endpoints/1234567890", "");
	EXPECT("projects/p/locations/us-central1/publishers/google/models/", "");
	/* Vertex's, which this catalog lacks: never the Gemini API's price */
	EXPECT("publishers/google/models/gemini-2.5-flash", "");
	/* Gemini versions, not onto an alias */
	EXPECT("gemini-2.0-flash-001", "gemini-2.0-flash");
	EXPECT("gemini-1.5-pro-002", "gemini-1.5-pro");
	EXPECT("gemini-1.5-pro-0021", "");
	/* aliases are catalog names */
	EXPECT("claude-3-5-sonnet-latest", "claude-3-5-sonnet-latest");
	EXPECT("anthropic/claude-sonnet-4-0", "claude-sonnet-4-0");
	/* OpenRouter ids without the LiteLLM prefix */
	EXPECT("anthropic/claude-3.5-sonnet", "openrouter/anthropic/claude-3.5-sonnet");
	EXPECT_RULES("anthropic/claude-3.5-sonnet", "host_prefix anthropic/, router_fallback openrouter/");
	EXPECT("fireworks_ai/accounts/fireworks/models/deepseek-r1", "fireworks_ai/accounts/fireworks/models/deepseek-r1");
	EXPECT("accounts/fireworks/models/deepseek-r1", "fireworks_ai/accounts/fireworks/models/deepseek-r1");
	/* Groq's own ids, logged without groq/: shapes no other host uses */
	EXPECT("llama-3.3-70b-versatile", "groq/llama-3.3-70b-versatile");
	EXPECT_RULES("llama-3.3-70b-versatile", "host_marker *-versatile");
	EXPECT("llama3-70b-8192", "groq/llama3-70b-8192");
	EXPECT("Mixtral-8x7b-32768", "groq/mixtral-8x7b-32768");
	EXPECT("gemma2-9b-it", "groq/gemma2-9b-it");
	/* Google's spelling is the Gemini API's, a Groq shape it lacks unknown */
	EXPECT("gemma-3-27b-it", "gemma-3-27b-it");
	EXPECT("llama-3.1-8b-versatile", "");
	EXPECT("openrouter/meta-llama/llama-3.3-70b-versatile", "");

	/*
	 * Hugging Face repository ids and self-hosting prefixes: onto an
	 * open-weights model without host only, after the OpenRouter ids
	 */
	EXPECT("meta-llama/Llama-3.1-8B-Instruct", "openrouter/meta-llama/llama-3.1-8b-instruct");
	EXPECT("meta-llama/Meta-Llama-3.1-8B-Instruct", "meta-llama-3.1-8b-instruct");
	EXPECT_RULES("meta-llama/Meta-Llama-3.1-8B-Instruct", "open_weights_prefix meta-llama/");
	EXPECT("Qwen/Qwen2.5-72B-Instruct", "qwen2.5-72b-instruct");
	EXPECT("deepseek-ai/DeepSeek-R1", "deepseek-r1");
	EXPECT("hosted_vllm/meta-llama/Llama-3.1-8B-Instruct", "llama-3.1-8b-instruct");
	EXPECT_RULES("hosted_vllm/meta-llama/Llama-3.1-8B-Instruct",
				 "open_weights_prefix hosted_vllm/, open_weights_prefix meta-llama/");
	EXPECT("huggingface/Qwen/Qwen2.5-72B-Instruct", "qwen2.5-72b-instruct");
	EXPECT("hosted_vllm/gemma-3-27b-it", "gemma-3-27b-it");
	/* never a host's priced model, nor an API model */
	EXPECT("hosted_vllm/gpt-4o", "");
	EXPECT("hosted_vllm/gemma-2-27b-it", "");
	EXPECT("mistralai/gpt-4o", "");
	EXPECT("qwen/", "");
	/* the organisation is a prefix of the id, not of a later segment */
	EXPECT("acme/qwen/Qwen2.5-72B-Instruct", "");

	/*
	 * Ollama: LiteLLM's routes and the name:tag of Ollama's own API name the
	 * host; the flavour and quantization after the size are stripped, never
	 * across the colon (a hyphen in the name stays)
	 */
	EXPECT("ollama/llama3.1:8b", "ollama/llama3.1:8b");
	EXPECT("ollama_chat/llama3.1", "ollama/llama3.1");
	EXPECT("llama3.1:8b", "ollama/llama3.1:8b");
	EXPECT_RULES("llama3.1:8b", "host_marker *:*");
	/* a tag that is not a size */
	EXPECT("phi3:mini", "ollama/phi3:mini");
	EXPECT("phi3:mini-128k-instruct-q4_0", "ollama/phi3:mini");
	EXPECT("llama3.1:latest", "ollama/llama3.1:latest");
	EXPECT("ollama/llama3.1:8b-instruct-q4_K_M", "ollama/llama3.1:8b");
	EXPECT_RULES("ollama/llama3.1:8b-instruct-q4_K_M", "host_prefix ollama/, strip_suffix -%");
	EXPECT("llama3.1:8b-text-fp16", "ollama/llama3.1:8b");
	EXPECT("ollama_chat/qwen3:30b-a3b-instruct-2507-q8_0", "ollama/qwen3:30b");
	EXPECT("deepseek-r1:671b-q4_K_M", "ollama/deepseek-r1:671b");
	EXPECT("gemma3:27b-it-qat", "ollama/gemma3:27b");
	EXPECT("ollama/phi3:mini-128k", "ollama/phi3:mini");
	/* Ollama's deepseek-r1 is a distill, not the open model DeepSeek-R1 */
	EXPECT("ollama/deepseek-r1", "");
	/* a size the catalog does not list, another name, a namespace: unknown */
	EXPECT("ollama/llama3.1:13b-instruct-q4_0", "");
	EXPECT("ollama/deepseek-r1:7b-qwen-distill-q4_K_M", "");
	EXPECT("ollama/llama3.1-uncensored:8b", "");
	EXPECT("ollama/acme/llama3.1:8b", "");
	EXPECT("llama3.1", "");
	/* another host's ids are not Ollama's, nor Ollama's theirs */
	EXPECT("groq/llama3.1:8b", "");
	EXPECT("meta.llama3-1-8b-instruct-v1:0", "bedrock/meta.llama3-1-8b-instruct-v1:0");
	EXPECT("bedrock/qwen.qwen3-32b-v1:0", "bedrock/qwen.qwen3-32b-v1:0");

	/*
	 * The agent libraries' provider:model strings (pydantic-ai, LangChain's
	 * init_chat_model) name the host; Ollama's mistral:<tag> stays Ollama's
	 */
	EXPECT("openai:gpt-4o", "gpt-4o");
	EXPECT_RULES("openai:gpt-4o", "host_prefix openai:");
	EXPECT("anthropic:claude-sonnet-4-0", "claude-sonnet-4-0");
	EXPECT("google-gla:gemini-2.0-flash", "gemini-2.0-flash");
	EXPECT("google_genai:gemini-2.5-flash", "gemini-2.5-flash");
	EXPECT("google-vertex:gemini-2.5-pro", "vertex_ai/gemini-2.5-pro");
	EXPECT("groq:llama-3.3-70b-versatile", "groq/llama-3.3-70b-versatile");
	EXPECT("bedrock:meta.llama3-1-8b-instruct-v1:0", "bedrock/meta.llama3-1-8b-instruct-v1:0");
	EXPECT("mistral:mistral-large-latest", "mistral-large-latest");
	EXPECT("ollama:llama3.1:8b", "ollama/llama3.1:8b");
	EXPECT("mistral:7b", "ollama/mistral:7b");
	EXPECT("mistral:7b-instruct-q4_K_M", "ollama/mistral:7b");
	EXPECT("mistral:latest", "ollama/mistral:latest");
	/* a provider no rule names */
	EXPECT("acme:gpt-4o", "");

	/* fine-tunes: the base's fine-tuned rates or nothing */
	EXPECT("ft:gpt-4o-mini-2024-07-18:acme::AbC123", "ft:gpt-4o-mini-2024-07-18");
	EXPECT("ft:gpt-4o-mini-2024-07-18:acme:support-bot:AbC123", "ft:gpt-4o-mini-2024-07-18");
	EXPECT("openai/ft:gpt-4o-mini-2024-07-18:acme::AbC123", "ft:gpt-4o-mini-2024-07-18");
	res("ft:o3-mini-2025-01-31:acme::x1", &r);
	CHECK_EQ(r.status, LLMNUM_ID_NO_FINE_TUNE);
	CHECK(strcmp(r.near, "ft:o3-mini-2025-01-31") == 0);
	EXPECT("ft:gpt-4o-mini-2024-07-18:acme", "");
	EXPECT("ft::acme::x", "");

	/*
	 * routing variants: a maker's own model at its price, with or without
	 * the router's prefix; a model that providers price apart (open
	 * weights, or a router's id of no maker's model) has no price, though
	 * its tokens count as the model's; not a router's when the caller
	 * names another host
	 */
	EXPECT("openai/gpt-4o:nitro", "openrouter/openai/gpt-4o");
	EXPECT_RULES("openai/gpt-4o:nitro", "host_prefix openai/, router_variant :nitro");
	EXPECT("OpenRouter/Anthropic/Claude-3.5-Sonnet:floor ", "openrouter/anthropic/claude-3.5-sonnet");
	EXPECT_RULES("openrouter/anthropic/claude-3.5-sonnet:exacto",
				 "host_prefix openrouter/, router_variant :exacto");
	res("meta-llama/llama-3.1-8b-instruct:nitro", &r);
	CHECK_EQ(r.status, LLMNUM_ID_ROUTED_OPEN);
	CHECK(strcmp(r.near, "openrouter/meta-llama/llama-3.1-8b-instruct") == 0);
	res("openrouter/deepseek/deepseek-chat-v3.1:floor", &r);
	CHECK_EQ(r.status, LLMNUM_ID_ROUTED_OPEN);
	CHECK(strcmp(r.near, "openrouter/deepseek/deepseek-chat-v3.1") == 0);
	EXPECT_WEIGHTS("meta-llama/llama-3.1-8b-instruct:nitro", "openrouter/meta-llama/llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("openrouter/deepseek/deepseek-chat-v3.1:floor", "openrouter/deepseek/deepseek-chat-v3.1");
	EXPECT("openai/gpt-4o:online", "");
	EXPECT("openai/gpt-4o:nitro:nitro", "");
	EXPECT("gpt-4o:nitro", "");
	EXPECT(":nitro", "");
	llmnum_id_resolve("openai/gpt-4o:nitro", 19, builtin_rules, NRULES, &cat, "azure", "azure/", &r);
	CHECK_EQ(r.status, LLMNUM_ID_UNKNOWN);
	llmnum_id_resolve("openai/gpt-4o:nitro", 19, builtin_rules, NRULES, &cat, "openrouter",
					  "openrouter/", &r);
	CHECK(r.status == LLMNUM_ID_FOUND && strcmp((const char *) r.entry, "openrouter/openai/gpt-4o") == 0);

	/* unknown, with the most rewritten id as the hint */
	res("bedrock/us-east-1/us.anthropic.claude-9-v1:0", &r);
	CHECK_EQ(r.status, LLMNUM_ID_UNKNOWN);
	CHECK(strcmp(r.near, "bedrock/anthropic.claude-9-v1:0") == 0);
	EXPECT("claude-3-5-sonnet", "");
	EXPECT("", "");
	EXPECT("   ", "");
	EXPECT("openai/", "");
	EXPECT("us.", "");
	EXPECT("gpt-4o\xc3\xa9", "");

	/* the caller's host comes first for ids without one */
	llmnum_id_resolve("gpt-4o", 6, builtin_rules, NRULES, &cat, "azure", "azure/", &r);
	CHECK(r.status == LLMNUM_ID_FOUND && strcmp((const char *) r.entry, "azure/gpt-4o") == 0);
	llmnum_id_resolve("openai/gpt-4o", 13, builtin_rules, NRULES, &cat, "azure", "azure/", &r);
	CHECK(r.status == LLMNUM_ID_UNKNOWN);
}

/*
 * The weights pass: what llmnum_id_resolve leaves unknown, for the
 * functions that need only the model's weights.
 */
static void
test_weights(void)
{
	llmnum_id_result r;

	/* a provider the catalog does not price: no price, but the weights */
	EXPECT("deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct", "");
	EXPECT_WEIGHTS("deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("DeepInfra/Qwen/Qwen2.5-72B-Instruct", "qwen2.5-72b-instruct");
	/* Cloudflare Workers AI (billed in neurons: weights only), bare and LiteLLM's */
	EXPECT("@cf/meta/llama-3.1-8b-instruct", "");
	EXPECT_WEIGHTS("@cf/meta/llama-3.1-8b-instruct", "llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("cloudflare/@cf/meta/llama-3.1-8b-instruct-fp8-fast", "llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("@cf/qwen/qwen2.5-72b-instruct-awq", "qwen2.5-72b-instruct");
	EXPECT_WEIGHTS("@cf/meta/llama-9-instruct", "");
	EXPECT_WEIGHTS("sambanova/Meta-Llama-3.1-8B-Instruct", "meta-llama-3.1-8b-instruct");
	res_weights("deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct", &r);
	CHECK(strcmp(r.rules, "weights_prefix deepinfra/, open_weights_prefix meta-llama/") == 0);
	/* OpenAI's open weights by their repository id, behind a route */
	EXPECT("openai/gpt-oss-120b", "gpt-oss-120b");
	EXPECT_RULES("openai/gpt-oss-120b", "host_prefix openai/");
	EXPECT("hosted_vllm/openai/gpt-oss-120b", "gpt-oss-120b");
	EXPECT("hosted_vllm/openai/gpt-4o", "");
	EXPECT_WEIGHTS("deepinfra/openai/gpt-oss-120b", "gpt-oss-120b");
	EXPECT_WEIGHTS("deepinfra/openai/gpt-4o", "");
	/* a serving suffix, only here */
	EXPECT("together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo", "");
	EXPECT_WEIGHTS("together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo", "qwen2.5-72b-instruct");
	EXPECT("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "");
	EXPECT_WEIGHTS("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("lambda_ai/qwen2.5-72b-instruct-fp8", "qwen2.5-72b-instruct");
	EXPECT_WEIGHTS("together_ai/Qwen/Qwen2.5-72B-Instruct-fp8-tput", "qwen2.5-72b-instruct");
	/* a priced host that does not list the model: the weights without it */
	EXPECT("vertex_ai/gemma-3-27b-it", "");
	EXPECT_WEIGHTS("vertex_ai/gemma-3-27b-it", "gemma-3-27b-it");
	res_weights("vertex_ai/gemma-3-27b-it", &r);
	CHECK(r.host != NULL && strcmp(r.host, "vertex_ai") == 0);
	/* a host's open model is the same weights behind a self-hosting prefix */
	EXPECT("hosted_vllm/gemma-2-27b-it", "");
	EXPECT_WEIGHTS("hosted_vllm/gemma-2-27b-it", "gemma-2-27b-it");
	EXPECT_WEIGHTS("gemma2-9b-it", "groq/gemma2-9b-it");
	/* never a model whose weights are not open, nor a fine-tune's base */
	EXPECT_WEIGHTS("deepinfra/gpt-4o", "");
	EXPECT_WEIGHTS("together_ai/gpt-4o-turbo", "");
	EXPECT_WEIGHTS("hosted_vllm/gpt-4o", "");
	EXPECT_WEIGHTS("gpt-4o", "");
	EXPECT_WEIGHTS("anthropic/claude-3.5-sonnet", "");
	EXPECT_WEIGHTS("ft:gpt-4o-mini-2024-07-18:acme::AbC123", "");
	/* a provider's own spelling of the name: its fold key */
	EXPECT_WEIGHTS("cerebras/llama3.1-8b", "llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("llama3.1-8b", "llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("databricks/databricks-meta-llama-3-1-8b-instruct", "llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("sambanova/Meta-Llama-3.1-8B-Instruct", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("lambda_ai/llama3.1-8b-instruct-fp8", "llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("qwen-2.5-72b", "qwen2.5-72b-instruct");
	res_weights("cerebras/llama3.1-8b", &r);
	CHECK(strcmp(r.rules, "weights_prefix cerebras/, folded name") == 0);
	EXPECT("llama3.1-8b", "");
	EXPECT_WEIGHTS("llama3.18b", "");
	EXPECT_WEIGHTS("llama-31-8b", "");
	EXPECT_WEIGHTS("acme/llama3.1-8b", "");
	EXPECT_WEIGHTS("llama3.1-8b:free", "");
	EXPECT_WEIGHTS("gpt-4o-instruct", "");
	/* what is left after a prefix or a suffix must be a model */
	EXPECT_WEIGHTS("deepinfra/", "");
	EXPECT_WEIGHTS("-turbo", "");
	EXPECT_WEIGHTS("deepinfra/-turbo", "");
	EXPECT_WEIGHTS("acme/qwen/Qwen2.5-72B-Instruct", "");
	/* a suffix inside the id is not a suffix */
	EXPECT_WEIGHTS("qwen/qwen2.5-72b-instruct-turbo-v2", "");
	/* quantized checkpoints: the quantizer's organisation, the format's suffix */
	EXPECT_WEIGHTS("Qwen/Qwen2.5-72B-Instruct-AWQ", "qwen2.5-72b-instruct");
	EXPECT_WEIGHTS("hosted_vllm/Qwen/Qwen2.5-72B-Instruct-GPTQ-Int4", "qwen2.5-72b-instruct");
	EXPECT_WEIGHTS("hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8-dynamic", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w8a8", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("unsloth/Meta-Llama-3.1-8B-Instruct-unsloth-bnb-4bit", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("mlx-community/Meta-Llama-3.1-8B-Instruct-4bit", "meta-llama-3.1-8b-instruct");
	EXPECT_WEIGHTS("hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M", "meta-llama-3.1-8b-instruct");
	/* the tag of a GGUF file is stripped only after -GGUF, never from an Ollama name */
	EXPECT_WEIGHTS("hf.co/bartowski/Meta-Llama-3.1-8B-Instruct:Q4_K_M", "");
	EXPECT_WEIGHTS("Qwen/Qwen2.5-72B-Instruct-AWQ-v2", "");
	/* never priced */
	EXPECT("Qwen/Qwen2.5-72B-Instruct-AWQ", "");
	EXPECT_WEIGHTS("", "");
}

/* Does id name a format (into *f)? */
static bool
names_format(const char *id, llmnum_id_format *f)
{
	return llmnum_id_weights_format(id, strlen(id), f);
}

/* Does the format id names allow quant (name, kind, bits)? */
static bool
allows(const char *id, const char *name, const char *kind, double bits)
{
	llmnum_id_format f;

	names_format(id, &f);
	return llmnum_id_format_allows(&f, name, kind, bits);
}

static void
test_format(void)
{
	llmnum_id_format f;

	/* ids that name no format allow every format */
	CHECK(!names_format("meta-llama/Llama-3.1-8B-Instruct", &f));
	CHECK(allows("Llama-3.1-8B-Instruct", "fp16", "float", 16));
	CHECK(allows("Llama-3.1-8B-Instruct", "Q4_K_M", "gguf", 4.8944));
	CHECK(!names_format("Mixtral-8x7B-Instruct-v0.1", &f));
	CHECK(!names_format("qwen3:30b-a3b", &f));
	CHECK(!names_format("Phi-3-mini-4k-instruct", &f));
	CHECK(!names_format("gpt-4o-2024-08-06", &f));
	CHECK(!names_format("quantized-llama", &f));	/* whole words only */
	CHECK(!names_format("gemma-3-27b-qat", &f));
	/* a GGUF type, in a tag or a file name, in any case */
	CHECK(names_format("llama3.1:8b-instruct-q4_K_M", &f));
	CHECK(strcmp(f.gguf, "q4_k_m") == 0 && strcmp(f.shown, "q4_K_M") == 0);
	CHECK(allows("llama3.1:8b-instruct-q4_K_M", "Q4_K_M", "gguf", 4.8944));
	CHECK(!allows("llama3.1:8b-instruct-q4_K_M", "Q4_K_S", "gguf", 4.6672));
	CHECK(!allows("llama3.1:8b-instruct-q4_K_M", "fp16", "float", 16));
	CHECK(!allows("llama3.1:8b-instruct-q4_K_M", "int4", "integer", 4));
	CHECK(allows("hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:IQ4_XS", "IQ4_XS", "gguf", 4.4597));
	CHECK(allows("gemma3:27b-it-q8_0", "Q8_0", "gguf", 8.5008));
	CHECK(!allows("gemma3:27b-it-q8_0", "q8", "gguf", 8.5));
	CHECK(!allows("x-q4_0-q8_0", "Q4_0", "gguf", 4.5));	/* two types: none */
	CHECK(!allows("qwen2.5-q4", "Q4_0", "gguf", 4.5));
	CHECK(!names_format("model-q4+x", &f));	/* a type is a whole word too */
	CHECK(!names_format("model-q4_k_m2x", &f) || strcmp(f.gguf, "q4_k_m2x") == 0);
	/* widths */
	CHECK(allows("Qwen3-8B-FP8", "fp8", "float", 8));
	CHECK(!allows("Qwen3-8B-FP8", "int8", "integer", 8));
	CHECK(!allows("Qwen3-8B-FP8", "Q8_0", "gguf", 8.5008));
	CHECK(!allows("Qwen3-8B-FP8", "fp16", "float", 16));
	CHECK(allows("Meta-Llama-3.1-8B-Instruct-quantized.w8a8", "int8", "integer", 8));
	CHECK(allows("Meta-Llama-3.1-8B-Instruct-quantized.w8a8", "gptq-int8-g128", "gptq", 8.1875));
	CHECK(!allows("Meta-Llama-3.1-8B-Instruct-quantized.w4a16", "int8", "integer", 8));
	CHECK(allows("llama3.1:8b-instruct-fp16", "fp16", "float", 16));
	CHECK(allows("llama3.1:8b-instruct-fp16", "bf16", "float", 16));
	CHECK(allows("model-F16.gguf", "F16", "gguf", 16.0005));
	CHECK(!allows("model-bf16", "fp32", "float", 32));
	/* families, alone and with a width */
	CHECK(allows("Qwen2.5-72B-Instruct-AWQ", "awq-int4-g128", "awq", 4.15625));
	CHECK(!allows("Qwen2.5-72B-Instruct-AWQ", "gptq-int4-g128", "gptq", 4.15625));
	CHECK(!allows("Qwen2.5-72B-Instruct-AWQ", "int4", "integer", 4));
	CHECK(allows("Qwen2.5-7B-Instruct-GPTQ-Int4", "gptq-int4-g32", "gptq", 4.625));
	CHECK(!allows("Qwen2.5-7B-Instruct-GPTQ-Int4", "gptq-int8-g128", "gptq", 8.1875));
	CHECK(!allows("x-GPTQ-AWQ", "awq-int4-g128", "awq", 4.15625));	/* two families */
	CHECK(!allows("x-int4-int8", "int4", "integer", 4));	/* two widths */
	CHECK(allows("Llama-3.2-3B-Instruct-bnb-4bit", "nf4-dq", "integer", 4.127));
	CHECK(!allows("Llama-3.2-3B-Instruct-bnb-4bit", "gptq-int4-g128", "gptq", 4.15625));
	CHECK(allows("mlx-community/Llama-3.2-3B-Instruct-4bit", "Q4_0", "gguf", 4.5));
	CHECK(!allows("mlx-community/Llama-3.2-3B-Instruct-4bit", "fp16", "float", 16));
	CHECK(allows("Qwen2.5-7B-Instruct-GGUF", "Q5_K_M", "gguf", 5.7036));
	/* a 4-bit float is no integer format */
	CHECK(!allows("gpt-oss-120b-mxfp4", "int4", "integer", 4));
	CHECK(!allows("x-fp8", "fp8", NULL, 8));
	/* a host's format narrows the id's */
	names_format("llama3.1:8b", &f);
	CHECK(llmnum_id_format_of_host(&f, "gguf", "GGUF (Ollama)"));
	CHECK(strcmp(f.shown, "GGUF (Ollama)") == 0);
	CHECK(llmnum_id_format_allows(&f, "Q4_K_M", "gguf", 4.8944));
	CHECK(!llmnum_id_format_allows(&f, "fp16", "float", 16));
	names_format("llama3.1:8b-instruct-fp16", &f);
	CHECK(llmnum_id_format_of_host(&f, "gguf", "GGUF"));
	CHECK(llmnum_id_format_allows(&f, "F16", "gguf", 16.0005));
	CHECK(!llmnum_id_format_allows(&f, "fp16", "float", 16));
	CHECK(!llmnum_id_format_of_host(&f, "gguf2", "x"));
	/* what the messages show, and ids past the limit */
	CHECK(names_format("Llama-3.1-70B-Instruct-AWQ-INT4", &f));
	CHECK(strcmp(f.shown, "AWQ INT4") == 0);
	{
		char		big[LLMNUM_ID_MAX * 2];

		memset(big, 'a', sizeof(big));
		memcpy(big + sizeof(big) - 4, "-fp8", 4);
		CHECK(!llmnum_id_weights_format(big, sizeof(big), &f));
		memcpy(big, "fp8-", 4);
		CHECK(llmnum_id_weights_format(big, sizeof(big), &f));
	}
}

static void
test_glob(void)
{
	CHECK_EQ(llmnum_id_glob("us.", "us.x", 4, false), 3);
	CHECK_EQ(llmnum_id_glob("*-*-#/", "us-east-1/x", 11, false), 10);
	CHECK_EQ(llmnum_id_glob("*-*-#/", "us-gov-west-1/x", 15, false), 14);
	CHECK_EQ(llmnum_id_glob("*-*-#/", "gpt-4o/x", 8, false), -1);
	CHECK_EQ(llmnum_id_glob("-00#", "-002", 4, true), 4);
	CHECK_EQ(llmnum_id_glob("-00#", "-0021", 5, true), -1);
	CHECK_EQ(llmnum_id_glob("*@########", "a@20241022", 10, true), 10);
	CHECK_EQ(llmnum_id_glob("*", "", 0, true), -1);
	CHECK_EQ(llmnum_id_glob("*", "a/b", 3, true), -1);
	CHECK_EQ(llmnum_id_glob(NULL, "a", 1, true), -1);
	/* '%' stops at '/' and ':' */
	CHECK_EQ(llmnum_id_glob("-%", "-instruct-q4_k_m", 16, true), 16);
	CHECK_EQ(llmnum_id_glob("-%", "-r1:671b-q4_k_m", 15, true), -1);
	CHECK_EQ(llmnum_id_glob("-%", "-a/b", 4, true), -1);
	CHECK_EQ(llmnum_id_glob("-%", "-", 1, true), -1);
	CHECK_EQ(llmnum_id_glob("*:*", "llama3.1:8b", 11, true), 11);
}

static void
test_limits(void)
{
	char		big[LLMNUM_ID_MAX * 2];
	llmnum_id_result r;

	/* an id longer than any rule handles is only looked up as it is */
	memset(big, 'a', sizeof(big));
	memcpy(big, "openai/", 7);
	lookups = 0;
	llmnum_id_resolve(big, sizeof(big), builtin_rules, NRULES, &cat, NULL, NULL, &r);
	CHECK_EQ(r.status, LLMNUM_ID_UNKNOWN);
	CHECK_EQ(lookups, 0);
	llmnum_id_resolve(big, LLMNUM_ID_MAX + 1, builtin_rules, NRULES, &cat, NULL, NULL, &r);
	CHECK_EQ(lookups, 1);
	/* the longest id handled by the rules */
	llmnum_id_resolve(big, LLMNUM_ID_MAX, builtin_rules, NRULES, &cat, NULL, NULL, &r);
	CHECK_EQ(r.status, LLMNUM_ID_UNKNOWN);
	CHECK_EQ(llmnum_id_kind_from_name("fine_tune"), LLMNUM_ID_FINE_TUNE);
	CHECK_EQ(llmnum_id_kind_from_name("regex"), -1);
}

#define EXPECT_FOLD(name, want) \
	do { char k_[LLMNUM_ID_FOLD_MAX]; size_t n_ = llmnum_id_fold(name, strlen(name), k_, sizeof(k_)); \
		checks++; if (n_ != strlen(want) || (n_ > 0 && strcmp(k_, want) != 0)) { failures++; \
			fprintf(stderr, "%s:%d: fold of \"%s\" -> \"%s\" (%zu), expected \"%s\"\n", \
					__FILE__, __LINE__, name, n_ ? k_ : "", n_, want); } } while (0)

static void
test_fold(void)
{
	char		k[8];

	EXPECT_FOLD("Llama-3.1-8B-Instruct", "llama3.1.8b");
	EXPECT_FOLD("llama3.1-8b", "llama3.1.8b");
	EXPECT_FOLD("llama-3-1-8b-instruct", "llama3.1.8b");
	EXPECT_FOLD("Meta-Llama-3.1-8B-Instruct", "llama3.1.8b");
	EXPECT_FOLD("Llama-2-7b-chat-hf", "llama2.7b");
	EXPECT_FOLD("gemma-2-9b-it", "gemma2.9b");
	EXPECT_FOLD("gemma2-9b-it", "gemma2.9b");
	EXPECT_FOLD("Qwen2.5-72B-Instruct", "qwen2.5.72b");
	EXPECT_FOLD("qwen2-57b", "qwen2.57b");
	EXPECT_FOLD("qwen-3-32b", "qwen3.32b");
	EXPECT_FOLD("Qwen3-30B-A3B-Instruct-2507", "qwen3.30ba3b2507");
	EXPECT_FOLD("Mistral-7B-Instruct-v0.2", "mistral7bv0.2");
	EXPECT_FOLD("llama3.18b", "llama3.18b");
	EXPECT_FOLD("  llama__3 .1--8b ", "llama3.1.8b");
	/* meta only first; instruct, chat, it, hf anywhere */
	EXPECT_FOLD("instruct-meta-llama", "metallama");
	EXPECT_FOLD("llama-meta-it-hf-chat", "llamameta");
	/* no key: other characters, nothing left, no room */
	EXPECT_FOLD("meta-llama/Llama-3.1-8B", "");
	EXPECT_FOLD("llama3.1:8b", "");
	EXPECT_FOLD("llama\xc3\xa9", "");
	EXPECT_FOLD("meta-instruct", "");
	EXPECT_FOLD("", "");
	EXPECT_FOLD("---", "");
	CHECK_EQ(llmnum_id_fold("llama-3.1-8b", 12, k, sizeof(k)), 0);
	CHECK_EQ(llmnum_id_fold("llama3", 6, k, sizeof(k)), 6);
	CHECK_EQ(llmnum_id_fold("llama3.1", 8, k, sizeof(k)), 0);
}

int
main(void)
{
	test_fold();
	test_ids();
	test_weights();
	test_format();
	test_glob();
	test_limits();
	return check_report("model_id_test");
}
