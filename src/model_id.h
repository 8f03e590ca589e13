/*-------------------------------------------------------------------------
 *
 * model_id.h
 *	  From a model id as a log writes it to the catalog name that bills it.
 *
 * Pure C (no PostgreSQL, no allocation): the rules come from the caller
 * (llmnum.builtin_model_rules, generated from data/catalog/id_rules.tsv),
 * the catalog is a callback.  The resolver never guesses: it rewrites the
 * id step by step, in the order of the rules, and stops at the first
 * rewritten id that is a catalog name; when none is, the id is unknown.
 *
 * Patterns are globs over the lower-cased id: '#' is one digit, '*' one
 * or more characters other than '/', '%' one or more characters other
 * than '/' and ':', anything else itself.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_MODEL_ID_H
#define LLMNUM_MODEL_ID_H

#include <stdbool.h>
#include <stddef.h>

/* Longer ids are looked up as they are, without rules. */
#define LLMNUM_ID_MAX 256
/* Room for the names of the rules applied, for resolve_model().rule. */
#define LLMNUM_ID_RULES_TEXT 512

typedef enum llmnum_id_kind
{
	LLMNUM_ID_HOST_PREFIX,		/* strip pattern (a prefix); the host bills the
								 * rest; catalog names get replacement first */
	LLMNUM_ID_STRIP_PREFIX,		/* strip pattern (a prefix) */
	LLMNUM_ID_HOST_MARKER,		/* the whole id matches pattern: the host bills it */
	LLMNUM_ID_REGION_PREFIX,	/* strip pattern (a prefix), put replacement */
	LLMNUM_ID_STRIP_SUFFIX,		/* try the id without pattern (a suffix); not
								 * onto an alias */
	LLMNUM_ID_FINE_TUNE,		/* ft:<base>:<org>:<suffix>:<job> -> ft:<base>,
								 * and nothing else */
	LLMNUM_ID_ROUTER_FALLBACK,	/* try pattern || the id as given (scope: a
								 * glob over the id as given) */
	LLMNUM_ID_OPEN_WEIGHTS_PREFIX,	/* strip pattern (a prefix); the rest
									 * counts only as an open-weights model
									 * that no host bills */
	LLMNUM_ID_WEIGHTS_PREFIX,	/* weights pass only: strip pattern (a
								 * provider the catalog does not price) */
	LLMNUM_ID_WEIGHTS_SUFFIX,	/* weights pass only: strip pattern (a
								 * suffix naming how the host serves the
								 * weights: -turbo, -fp8) */
	LLMNUM_ID_ROUTER_VARIANT	/* the id as given ends in pattern, a
								 * routing variant: replacement || the id
								 * without it, priced as that model where
								 * every provider bills one price */
} llmnum_id_kind;

typedef struct llmnum_id_rule
{
	llmnum_id_kind kind;
	const char *pattern;		/* lower case */
	const char *scope;			/* glob the id must match first, or NULL */
	const char *host;			/* host kinds: the host set; others: the host
								 * required (NULL: any) */
	const char *replacement;	/* host kinds: catalog name prefix; region:
								 * what replaces the prefix */
	const char *name;			/* how resolve_model() reports the rule */
} llmnum_id_rule;

/* The catalog as the resolver sees it. */
typedef struct llmnum_id_catalog
{
	/* A catalog entry of this lower-cased name, or NULL. */
	const void *(*lookup) (void *ctx, const char *name, size_t len);
	/* Whether the entry is an undated alias (never the target of a strip). */
	bool		(*is_alias) (void *ctx, const void *entry);
	/* Whether the entry is an open-weights model without a host. */
	bool		(*is_unhosted_open) (void *ctx, const void *entry);
	/* Whether the entry is an open-weights model, hosted or not. */
	bool		(*is_open_weights) (void *ctx, const void *entry);

	/*
	 * Whether every provider of the entry bills it at one price (a maker's
	 * own model served by a router), so that a routing variant costs what
	 * the entry does.  May be NULL: never.
	 */
	bool		(*is_maker_priced) (void *ctx, const void *entry);

	/*
	 * Weights pass: the open-weights model without host whose name has this
	 * llmnum_id_fold() key, or NULL (also when names of that key differ in
	 * tokenizer or architecture).  May be NULL.
	 */
	const void *(*lookup_folded) (void *ctx, const char *key, size_t len);
	void	   *ctx;
} llmnum_id_catalog;

typedef enum llmnum_id_status
{
	LLMNUM_ID_FOUND,
	LLMNUM_ID_UNKNOWN,			/* no rule leads to a catalog name */
	LLMNUM_ID_NO_FINE_TUNE,		/* a fine-tune of a base without fine-tuned
								 * prices: near holds ft:<base> */
	LLMNUM_ID_ROUTED_OPEN		/* a routing variant of a model that
								 * providers price apart (open weights):
								 * near holds the model */
} llmnum_id_status;

typedef struct llmnum_id_result
{
	llmnum_id_status status;
	const void *entry;			/* FOUND: the catalog entry */
	const char *host;			/* host named by the id (a rule), or NULL */
	char		rules[LLMNUM_ID_RULES_TEXT];	/* rules applied, "" for exact */
	char		near[LLMNUM_ID_MAX + 64];	/* last name tried, for hints */
} llmnum_id_result;

/*
 * Resolve id (len bytes, any content).  hint_host, when not NULL, is the
 * host the caller says billed the call: an id without a host prefix is
 * tried under that host's catalog prefix hint_prefix first.
 */
extern llmnum_id_status llmnum_id_resolve(const char *id, size_t len,
										  const llmnum_id_rule *rules, size_t nrules,
										  const llmnum_id_catalog *cat,
										  const char *hint_host, const char *hint_prefix,
										  llmnum_id_result *out);

/*
 * The weights pass, for the functions that need only the weights (tokens,
 * GPU memory), for an id that llmnum_id_resolve left unknown: the host no
 * longer matters, so a host's prefix is tried with and without its
 * catalog prefix, the weights_prefix and weights_suffix rules act, and
 * only an open-weights model (hosted or not) is taken.  Its tokenizer and
 * architecture are the model's wherever it is served; it says nothing of
 * a price.
 */
extern llmnum_id_status llmnum_id_resolve_weights(const char *id, size_t len,
												  const llmnum_id_rule *rules, size_t nrules,
												  const llmnum_id_catalog *cat,
												  llmnum_id_result *out);

/*
 * Does glob pat match a prefix of s?  Returns the length of the shortest
 * matching prefix, or -1.  With whole, only all of s counts.
 */
extern int	llmnum_id_glob(const char *pat, const char *s, size_t len, bool whole);

/*
 * The key under which the weights pass matches a provider's own spelling of
 * an open model's name (llama3.1-8b, llama-3-1-70b-instruct, qwen-3-32b) to
 * the catalog's (Llama-3.1-8B, Llama-3.1-70B-Instruct, Qwen3-32B): ASCII
 * letters lower-cased; the name cut into segments at '-', '_', '.' and ' ';
 * the segments instruct, chat, it and hf dropped (fine-tunes of their base's
 * architecture and tokenizer), and a first segment meta; the rest joined,
 * with a '.' where a segment ending in a digit meets one starting with a
 * digit (so 3.1-8b is 3.1.8b, never 318b).  Writes the key and its
 * terminating NUL to out; returns its length, or 0 when the name has no
 * key (another character, such as '/' or ':', or nothing left).
 */
/* a key is never longer than its name */
#define LLMNUM_ID_FOLD_MAX (LLMNUM_ID_MAX + 1)
extern size_t llmnum_id_fold(const char *s, size_t len, char *out, size_t outsize);

/*
 * What an id says of how its weights are stored: a quantized checkpoint's
 * repository or tag names its format (Qwen2.5-72B-Instruct-AWQ,
 * -GPTQ-Int4, -FP8-dynamic, -bnb-4bit, mlx-community's -4bit, Ollama's
 * -q4_K_M, a GGUF file's :Q4_K_M).  The GPU memory functions take the
 * format as an argument, and an argument that the id contradicts would
 * size other weights than the ones served.  Words are matched whole,
 * between '-', '_', '.', '/', ':', '@' and ' '.
 */
typedef struct llmnum_id_format
{
	char		gguf[24];		/* a GGUF type (q4_k_m, iq4_xs), or "" */
	unsigned	kinds;			/* kinds of llmnum.quantizations allowed, a
								 * bit each in the order float, integer,
								 * gptq, awq, gguf; all when none named */
	double		min_bits;		/* a width the id names: bits per weight */
	double		max_bits;		/* in [min_bits, max_bits); 0, 0 if none */
	char		shown[64];		/* the words that named it, for messages */
} llmnum_id_format;

/* Fill f from id (len bytes); returns whether the id names a format. */
extern bool llmnum_id_weights_format(const char *id, size_t len, llmnum_id_format *f);

/*
 * What the host that serves a model says of its format: kind (a kind of
 * llmnum.quantizations) narrows f as if the id had named it, shown as
 * shown.  Returns false for an unknown kind.
 */
extern bool llmnum_id_format_of_host(llmnum_id_format *f, const char *kind,
									 const char *shown);

/*
 * Does a quantization format (its name, kind and bits per weight, as
 * llmnum.quantizations has them) agree with what the id names?
 */
extern bool llmnum_id_format_allows(const llmnum_id_format *f, const char *name,
									const char *kind, double bits);

/* Kind of a rule by its name in llmnum.builtin_model_rules, or -1. */
extern int	llmnum_id_kind_from_name(const char *name);

#endif							/* LLMNUM_MODEL_ID_H */
