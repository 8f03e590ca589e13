/*-------------------------------------------------------------------------
 *
 * catalog.h
 *	  The llmnum catalog as the C functions see it: one per-backend cache
 *	  of models (architecture, tokenizer encoding, price schedule), GPUs
 *	  and quantization formats, looked up by name case-insensitively.
 *
 * Every lookup makes sure the cache is current first and loads the part
 * of it that it needs (catalog.c explains how it is invalidated).
 * Pointers returned stay valid until the next lookup that finds the cache
 * invalid, which cannot happen within one call of a C function that runs
 * no query in between (a part loaded by a later lookup of the same call
 * keeps a cache it replaces until the end of the transaction): take them
 * at the start of a call and do not keep them across calls (fn_extra) or
 * across SPI.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_CATALOG_H
#define LLMNUM_CATALOG_H

#include "gpu_memory.h"
#include "model_id.h"
#include "price_schedule.h"
#include "tokenizer.h"

/* A catalog name: its spelling and its lower-cased form, hashed. */
typedef struct llmnum_catalog_key
{
	const char *name;			/* as spelled in the catalog */
	const char *folded;			/* lower-cased */
	int			folded_len;
	uint32		hash;			/* of folded */
} llmnum_catalog_key;

typedef struct llmnum_catalog_model
{
	llmnum_catalog_key key;		/* first: the index points at it */
	bool		in_models;		/* false: named only by rows of llmnum.prices */
	bool		is_alias;		/* an alias of llmnum.builtin_model_aliases */
	const char *host;			/* llmnum.models.host, or NULL */
	const char *kind;			/* llmnum.models.kind, or NULL */
	bool		open_weights;	/* llmnum.models.open_weights */
	const char *base_model;		/* llmnum.models.base_model, or NULL */

	/* tokenizer: NULL when the model has no public tokenizer */
	const llmnum_encoding *encoding;

	/* GPU memory */
	int32		context_window; /* 0 when unknown */
	llmnum_arch arch;
	const char *missing_arch;	/* first architecture column that is NULL */

	/* prices */
	bool		has_prices;
	llmnum_schedule schedule;
	int64		first_from;		/* earliest valid_from of any price */
	int64		last_to;		/* latest valid_to, LLMNUM_FOREVER if open */
	const char *bad_row;		/* why a price row could not be used */
} llmnum_catalog_model;

typedef struct llmnum_catalog_gpu
{
	llmnum_catalog_key key;
	int64		memory_bytes;	/* usable where known, else nominal */
	double		peak_tflops;	/* bf16, else fp16; 0 when unknown */
	bool		has_price;
	Datum		usd_per_hour;	/* numeric, valid only if has_price */
} llmnum_catalog_gpu;

typedef struct llmnum_catalog_quant
{
	llmnum_catalog_key key;
	const char *kind;			/* float, integer, gptq, awq or gguf */
	double		bits_per_weight;
} llmnum_catalog_quant;

/* The name lists that "closest names" hints choose from. */
typedef enum llmnum_catalog_list
{
	LLMNUM_CATALOG_MODELS,		/* llmnum.models */
	LLMNUM_CATALOG_PRICED,		/* llmnum.models and models of llmnum.prices */
	LLMNUM_CATALOG_GPUS,		/* llmnum.gpus */
	LLMNUM_CATALOG_QUANTS		/* llmnum.quantizations */
} llmnum_catalog_list;

/*
 * How a model id as logged resolved (llmnum_catalog_resolve): the model,
 * or why there is none.  Strings live in the cache, like the model.
 */
typedef struct llmnum_catalog_resolution
{
	const llmnum_catalog_model *model;	/* NULL when unresolved */
	llmnum_id_status status;	/* LLMNUM_ID_FOUND when model is set */
	const char *rule;			/* rules applied; "" for a catalog name */
	const char *host;			/* who bills it: the model's host, else the
								 * host the id names, or NULL */
	const char *near;			/* unresolved: the most rewritten id, for hints */
} llmnum_catalog_resolution;

/*
 * Resolve a model id as logs write it (case, padding, router and cloud
 * prefixes, Bedrock regions, user rules in force at at...) to a model of
 * llmnum.models or named by a price row.  via_host (NULL: none) is the host
 * that billed the call, for ids without a host prefix.  Returns the model
 * or NULL; out (may be NULL) says how.  Outcomes are cached per id.
 */
extern const llmnum_catalog_model *llmnum_catalog_resolve(const char *id, int len,
														  int64 at, const char *via_host,
														  llmnum_catalog_resolution *out);

/* Whether a host is in llmnum.builtin_hosts. */
extern bool llmnum_catalog_host_known(const char *host);

/* A model of llmnum.models, or NULL. */
extern const llmnum_catalog_model *llmnum_catalog_find_model(const char *name, int len);

/* A model of llmnum.models or named by a price row, or NULL. */
extern const llmnum_catalog_model *llmnum_catalog_find_priced_model(const char *name, int len);

extern const llmnum_catalog_gpu *llmnum_catalog_find_gpu(const char *name, int len);
extern const llmnum_catalog_quant *llmnum_catalog_find_quant(const char *name, int len);

/* Every format of llmnum.quantizations, by name; *n says how many. */
extern const llmnum_catalog_quant *llmnum_catalog_quants(size_t *n);

/* Sorted names of GPUs whose name starts with name (case-insensitively). */
extern const char **llmnum_catalog_gpus_prefixed(const char *name, int len,
												 size_t *n);

/* How many names a list has (0: the catalog part is empty). */
extern size_t llmnum_catalog_count(llmnum_catalog_list list);

/* "a", "b", "c": the names of a list closest to name, for error hints. */
extern char *llmnum_catalog_closest(llmnum_catalog_list list, const char *name);

/* The "unknown <what>" error, with the closest names of the list. */
extern void llmnum_catalog_report_unknown(llmnum_catalog_list list,
										  const char *what,
										  const char *name, int len)
			pg_attribute_noreturn();

/* A GPU, or the unknown-GPU error ("A100" is ambiguous, not unknown). */
extern const llmnum_catalog_gpu *llmnum_catalog_require_gpu(const char *name,
															int len);

#endif							/* LLMNUM_CATALOG_H */
