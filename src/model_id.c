/*-------------------------------------------------------------------------
 *
 * model_id.c
 *	  The model-id resolver: rewrite an id as logged (router and cloud
 *	  prefixes, Bedrock regions, Vertex dates, snapshot suffixes, fine-tune
 *	  ids) until it is a catalog name.
 *
 * Pure C without allocation, so that it is unit-tested and fuzzed alone;
 * catalog.c runs it once per distinct raw id and caches the outcome.
 *
 * Why a pipeline of rewrites and not a search: every step removes
 * something the id says about how the call was routed, never what model
 * it was, and the first rewritten id that the catalog knows is taken.
 * Steps that could land on another model (a dropped date) are only tried,
 * not kept, and never land on an undated alias, whose price follows
 * whatever snapshot it served; fine-tune ids only ever resolve to the
 * fine-tuned rates of their base.  The weights pass, for functions that
 * need no price, may also drop what says where and how the model was
 * served, because it only ever lands on open weights.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "model_id.h"

static const char *const kind_names[] = {
	"host_prefix", "strip_prefix", "host_marker", "region_prefix",
	"strip_suffix", "fine_tune", "router_fallback", "open_weights_prefix",
	"weights_prefix", "weights_suffix", "router_variant"
};

int
llmnum_id_kind_from_name(const char *name)
{
	size_t		i;

	for (i = 0; i < sizeof(kind_names) / sizeof(kind_names[0]); i++)
		if (strcmp(kind_names[i], name) == 0)
			return (int) i;
	return -1;
}

static bool
is_fold_sep(char c)
{
	return c == '-' || c == '_' || c == '.' || c == ' ';
}

static bool
is_format_sep(char c)
{
	return c == '-' || c == '_' || c == '.' || c == '/' || c == ':' || c == '@' || c == ' ';
}

static char
lower_ascii(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

static bool
is_lower_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/*
 * Length of a GGUF type at s[0, n) (lower case): "q" or "iq", a digit, then
 * any number of "_" and letters or digits (q8_0, q4_k_m, iq2_xxs); 0 if none.
 */
static size_t
gguf_type_len(const char *s, size_t n)
{
	size_t		i = (n > 0 && s[0] == 'i') ? 1 : 0;

	if (i + 1 >= n || s[i] != 'q' || !(s[i + 1] >= '0' && s[i + 1] <= '9'))
		return 0;
	for (i += 2; i < n && is_lower_alnum(s[i]); i++)
		;
	while (i + 1 < n && s[i] == '_' && is_lower_alnum(s[i + 1]))
		for (i++; i < n && is_lower_alnum(s[i]); i++)
			;
	return (i == n || is_format_sep(s[i])) ? i : 0;
}

/* llmnum.quantizations.kind, in the order of llmnum_id_format.kinds' bits */
static const char *const format_kinds[] = {"float", "integer", "gptq", "awq", "gguf"};

#define KIND_FLOAT 1u
#define KIND_INTEGER 2u
#define KIND_GPTQ 4u
#define KIND_AWQ 8u
#define KIND_GGUF 16u
#define KIND_ANY 31u
#define KIND_NOT_FLOAT (KIND_ANY & ~KIND_FLOAT)

/*
 * Words of a format, and what they allow: a width in bits per weight
 * (min 0: any) and the kinds.  fp8 is a float format, int8 and w8a8 are
 * integer ones whatever their scales, bnb (bitsandbytes: int8, nf4) an
 * integer one, 4bit and 8bit alone (MLX) any quantized one; a GGUF file in
 * F16 is 16-bit too.
 */
static const struct
{
	const char *word;
	double		min_bits;
	double		max_bits;
	unsigned	kinds;
}			format_words[] =
{
	{"fp16", 16, 17, KIND_FLOAT | KIND_GGUF}, {"f16", 16, 17, KIND_FLOAT | KIND_GGUF},
	{"bf16", 16, 17, KIND_FLOAT | KIND_GGUF}, {"half", 16, 17, KIND_FLOAT | KIND_GGUF},
	{"fp8", 8, 9, KIND_FLOAT}, {"f8", 8, 9, KIND_FLOAT},
	{"int8", 8, 9, KIND_INTEGER | KIND_GPTQ | KIND_AWQ},
	{"w8a8", 8, 9, KIND_INTEGER | KIND_GPTQ | KIND_AWQ},
	{"w8a16", 8, 9, KIND_INTEGER | KIND_GPTQ | KIND_AWQ},
	{"8bit", 8, 9, KIND_NOT_FLOAT},
	{"int4", 4, 5, KIND_INTEGER | KIND_GPTQ | KIND_AWQ},
	{"w4a16", 4, 5, KIND_INTEGER | KIND_GPTQ | KIND_AWQ},
	{"nf4", 4, 5, KIND_INTEGER}, {"4bit", 4, 5, KIND_NOT_FLOAT},
	{"fp4", 4, 5, KIND_FLOAT}, {"nvfp4", 4, 5, KIND_FLOAT}, {"mxfp4", 4, 5, KIND_FLOAT},
	{"gptq", 0, 0, KIND_GPTQ}, {"awq", 0, 0, KIND_AWQ}, {"gguf", 0, 0, KIND_GGUF},
	{"bnb", 0, 0, KIND_INTEGER},
};

static void
note_format_word(llmnum_id_format *f, const char *w, size_t n)
{
	size_t		used = strlen(f->shown);

	if (used + n + 2 < sizeof(f->shown))
	{
		if (used > 0)
			f->shown[used++] = ' ';
		memcpy(f->shown + used, w, n);
		f->shown[used + n] = '\0';
	}
}

/*
 * A word names a format: what is allowed narrows to what every word
 * allows (words that contradict each other allow nothing).
 */
static void
name_format(llmnum_id_format *f, double lo, double hi, unsigned kinds)
{
	f->kinds &= kinds;
	if (hi == 0)
		return;
	if (f->max_bits == 0)
	{
		f->min_bits = lo;
		f->max_bits = hi;
		return;
	}
	if (lo > f->min_bits)
		f->min_bits = lo;
	if (hi < f->max_bits)
		f->max_bits = hi;
	if (f->max_bits <= f->min_bits)
		f->kinds = 0;
}

bool
llmnum_id_weights_format(const char *id, size_t len, llmnum_id_format *f)
{
	char		s[LLMNUM_ID_MAX + 1];
	size_t		i = 0;
	bool		named = false;

	memset(f, 0, sizeof(*f));
	f->kinds = KIND_ANY;
	if (len > LLMNUM_ID_MAX)
		len = LLMNUM_ID_MAX;
	for (i = 0; i < len; i++)
		s[i] = lower_ascii(id[i]);
	i = 0;
	while (i < len)
	{
		size_t		n;
		size_t		k;

		if (is_format_sep(s[i]))
		{
			i++;
			continue;
		}
		if ((n = gguf_type_len(s + i, len - i)) != 0)
		{
			/* two different types name no one format */
			if (n >= sizeof(f->gguf) ||
				(f->gguf[0] != '\0' && (strlen(f->gguf) != n || memcmp(f->gguf, s + i, n) != 0)))
				f->kinds = 0;
			else
				memcpy(f->gguf, s + i, n);
			name_format(f, 0, 0, KIND_GGUF);
			note_format_word(f, id + i, n);
			named = true;
			i += n;
			continue;
		}
		for (n = 0; i + n < len && !is_format_sep(s[i + n]); n++)
			;
		for (k = 0; k < sizeof(format_words) / sizeof(format_words[0]); k++)
			if (strlen(format_words[k].word) == n && memcmp(format_words[k].word, s + i, n) == 0)
			{
				name_format(f, format_words[k].min_bits, format_words[k].max_bits,
							format_words[k].kinds);
				note_format_word(f, id + i, n);
				named = true;
			}
		i += n;
	}
	return named;
}

bool
llmnum_id_format_of_host(llmnum_id_format *f, const char *kind, const char *shown)
{
	size_t		i;

	for (i = 0; i < sizeof(format_kinds) / sizeof(format_kinds[0]); i++)
		if (strcmp(kind, format_kinds[i]) == 0)
		{
			name_format(f, 0, 0, 1u << i);
			note_format_word(f, shown, strlen(shown));
			return true;
		}
	return false;
}

bool
llmnum_id_format_allows(const llmnum_id_format *f, const char *name,
						const char *kind, double bits)
{
	unsigned	bit = 0;
	size_t		i;

	for (i = 0; kind != NULL && i < sizeof(format_kinds) / sizeof(format_kinds[0]); i++)
		if (strcmp(kind, format_kinds[i]) == 0)
			bit = 1u << i;
	if ((f->kinds & bit) == 0)
		return false;
	if (f->max_bits != 0 && !(bits >= f->min_bits && bits < f->max_bits))
		return false;
	if (f->gguf[0] != '\0')
	{
		if (strlen(name) != strlen(f->gguf))
			return false;
		for (i = 0; name[i] != '\0'; i++)
			if (lower_ascii(name[i]) != f->gguf[i])
				return false;
	}
	return true;
}

/* Is s[0, n) (lower case) a segment llmnum_id_fold() drops? */
static bool
fold_dropped(const char *s, size_t n, bool first)
{
	static const char *const dropped[] = {"instruct", "chat", "it", "hf"};
	size_t		i;

	for (i = 0; i < sizeof(dropped) / sizeof(dropped[0]); i++)
		if (strlen(dropped[i]) == n && memcmp(dropped[i], s, n) == 0)
			return true;
	return first && n == 4 && memcmp(s, "meta", 4) == 0;
}

size_t
llmnum_id_fold(const char *s, size_t len, char *out, size_t outsize)
{
	char		seg[LLMNUM_ID_FOLD_MAX];
	size_t		o = 0;
	size_t		i = 0;
	bool		first = true;
	bool		dropped;

	if (len + 1 > outsize || len + 1 > sizeof(seg))
		return 0;
	while (i < len)
	{
		size_t		n = 0;

		while (i < len && is_fold_sep(s[i]))
			i++;
		for (; i < len && !is_fold_sep(s[i]); i++)
		{
			char		c = s[i];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c - 'A' + 'a');
			else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
				return 0;
			seg[n++] = c;
		}
		if (n == 0)
			break;				/* separators at the end */
		dropped = fold_dropped(seg, n, first);
		first = false;
		if (dropped)
			continue;
		/* o + 1 + n <= len: each '.' stands for a separator of s */
		if (o > 0 && out[o - 1] >= '0' && out[o - 1] <= '9' && seg[0] >= '0' && seg[0] <= '9')
			out[o++] = '.';
		memcpy(out + o, seg, n);
		o += n;
	}
	out[o] = '\0';
	return o;
}

/* Shortest end of a match of pat at s[i..], or -1. */
static int
glob_at(const char *p, const char *s, size_t len, size_t i, bool whole)
{
	for (;;)
	{
		if (*p == '\0')
			return (!whole || i == len) ? (int) i : -1;
		if (*p == '*' || *p == '%')
		{
			size_t		j;

			/*
			 * one or more characters of one path segment; '%' also stops at
			 * a colon, so that it stays inside an Ollama tag (name:tag)
			 */
			for (j = i; j < len && s[j] != '/' && !(*p == '%' && s[j] == ':'); j++)
			{
				int			r = glob_at(p + 1, s, len, j + 1, whole);

				if (r >= 0)
					return r;
			}
			return -1;
		}
		if (i >= len)
			return -1;
		if (*p == '#' ? !(s[i] >= '0' && s[i] <= '9') : *p != s[i])
			return -1;
		p++;
		i++;
	}
}

int
llmnum_id_glob(const char *pat, const char *s, size_t len, bool whole)
{
	if (pat == NULL || len > LLMNUM_ID_MAX)
		return -1;
	return glob_at(pat, s, len, 0, whole);
}

typedef struct state
{
	char		cur[LLMNUM_ID_MAX + 1];
	size_t		curlen;
	const char *host;
	const char *prefix;			/* catalog prefix of host */
} state;

static void
append_rule(llmnum_id_result *out, const char *name)
{
	size_t		have = strlen(out->rules);
	size_t		need = strlen(name) + (have ? 2 : 0);

	if (have + need + 1 > sizeof(out->rules))
		return;
	if (have)
		memcpy(out->rules + have, ", ", 2), have += 2;
	memcpy(out->rules + have, name, strlen(name) + 1);
}

/* Look prefix || s up; the name tried is kept in out->near. */
static const void *
try_name(const llmnum_id_catalog *cat, const char *prefix,
		 const char *s, size_t len, llmnum_id_result *out)
{
	size_t		plen = prefix ? strlen(prefix) : 0;

	if (plen + len >= sizeof(out->near))
		return NULL;
	if (plen)
		memcpy(out->near, prefix, plen);
	memcpy(out->near + plen, s, len);
	out->near[plen + len] = '\0';
	return cat->lookup(cat->ctx, out->near, plen + len);
}

static llmnum_id_status
found(llmnum_id_result *out, const void *entry, const state *st)
{
	out->status = LLMNUM_ID_FOUND;
	out->entry = entry;
	out->host = st->host;
	return out->status;
}

/* Entry e, or NULL when the weights pass found a model without open weights. */
static const void *
weights_only(const llmnum_id_catalog *cat, const void *e, bool weights)
{
	if (e != NULL && weights &&
		(cat->is_open_weights == NULL || !cat->is_open_weights(cat->ctx, e)))
		return NULL;
	return e;
}

/*
 * Look the current id (its first len bytes) up under the host's prefix;
 * in the weights pass also without it, and only an open-weights model
 * counts.
 */
static const void *
lookup_cur(const llmnum_id_catalog *cat, const state *st, size_t len,
		   bool weights, llmnum_id_result *out)
{
	const void *e = try_name(cat, st->prefix, st->cur, len, out);

	if (e == NULL && weights && st->prefix != NULL)
		e = try_name(cat, NULL, st->cur, len, out);
	return weights_only(cat, e, weights);
}

/* Where the longest suffix of the current id that matches pat starts, or 0. */
static size_t
suffix_at(const char *pat, const state *st)
{
	size_t		at;

	for (at = 1; at < st->curlen; at++)
		if (llmnum_id_glob(pat, st->cur + at, st->curlen - at, true) >= 0)
			return at;
	return 0;
}

/* Whether rule r may act on the state (host and scope). */
static bool
applies(const llmnum_id_rule *r, const state *st)
{
	if (r->kind == LLMNUM_ID_HOST_PREFIX || r->kind == LLMNUM_ID_HOST_MARKER)
	{
		if (st->host != NULL)
			return false;
	}
	else if (r->kind != LLMNUM_ID_ROUTER_FALLBACK && r->kind != LLMNUM_ID_ROUTER_VARIANT &&
			 r->host != NULL && (st->host == NULL || strcmp(r->host, st->host) != 0))
		return false;
	if (r->scope != NULL && r->kind != LLMNUM_ID_ROUTER_FALLBACK &&
		r->kind != LLMNUM_ID_ROUTER_VARIANT &&
		llmnum_id_glob(r->scope, st->cur, st->curlen, true) < 0)
		return false;
	return true;
}

static llmnum_id_status
resolve(const char *id, size_t len, const llmnum_id_rule *rules, size_t nrules,
		const llmnum_id_catalog *cat, const char *hint_host, const char *hint_prefix,
		bool weights, llmnum_id_result *out)
{
	state		st;
	char		orig[LLMNUM_ID_MAX + 1];
	size_t		origlen;
	size_t		i;
	bool		plain = true;	/* printable ASCII without controls */
	const void *e;

	memset(out, 0, sizeof(*out));
	out->status = LLMNUM_ID_UNKNOWN;
	st.host = NULL;
	st.prefix = NULL;

	/* trim ASCII white space: logs pad ids, catalog names never are */
	while (len > 0 && (id[0] == ' ' || (id[0] >= '\t' && id[0] <= '\r')))
		id++, len--;
	while (len > 0 && (id[len - 1] == ' ' || (id[len - 1] >= '\t' && id[len - 1] <= '\r')))
		len--;
	if (len == 0)
		return out->status;
	if (len > LLMNUM_ID_MAX)
	{
		/* too long for any rule: only the id itself (the catalog folds it) */
		if (len < sizeof(out->near))
		{
			e = try_name(cat, NULL, id, len, out);
			if (e != NULL)
				return found(out, e, &st);
		}
		return out->status;
	}
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) id[i];

		if (c >= 0x80 || c < 0x20 || c == 0x7f)
			plain = false;
		st.cur[i] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : (char) c;
	}
	st.cur[len] = '\0';
	st.curlen = len;
	memcpy(orig, st.cur, len + 1);
	origlen = len;

	/* the host the caller names comes first, for ids without one */
	if (hint_host != NULL && hint_prefix != NULL && hint_prefix[0] != '\0' &&
		strncmp(st.cur, hint_prefix, strlen(hint_prefix)) != 0)
	{
		e = try_name(cat, hint_prefix, st.cur, st.curlen, out);
		if (e != NULL)
		{
			st.host = hint_host;
			append_rule(out, "host argument");
			return found(out, e, &st);
		}
	}

	e = lookup_cur(cat, &st, st.curlen, weights, out);
	if (e != NULL)
		return found(out, e, &st);
	if (!plain)
		return out->status;		/* no rule speaks of such ids */

	if (hint_host != NULL && hint_prefix != NULL)
	{
		/* later host rules must not move the id to another host */
		st.host = hint_host;
		st.prefix = hint_prefix;
	}

	for (i = 0; i < nrules; i++)
	{
		const llmnum_id_rule *r = &rules[i];
		int			m;

		if (r->pattern == NULL || !applies(r, &st))
			continue;
		if (!weights && (r->kind == LLMNUM_ID_WEIGHTS_PREFIX ||
						 r->kind == LLMNUM_ID_WEIGHTS_SUFFIX))
			continue;
		switch (r->kind)
		{
			case LLMNUM_ID_HOST_PREFIX:
			case LLMNUM_ID_STRIP_PREFIX:
			case LLMNUM_ID_REGION_PREFIX:
			case LLMNUM_ID_OPEN_WEIGHTS_PREFIX:
			case LLMNUM_ID_WEIGHTS_PREFIX:
				{
					const char *rep = r->kind == LLMNUM_ID_REGION_PREFIX && r->replacement
						? r->replacement : "";
					size_t		replen = strlen(rep);

					m = llmnum_id_glob(r->pattern, st.cur, st.curlen, false);
					if (m <= 0 || (size_t) m >= st.curlen ||
						st.curlen - m + replen > LLMNUM_ID_MAX)
						continue;
					memmove(st.cur + replen, st.cur + m, st.curlen - m + 1);
					memcpy(st.cur, rep, replen);
					st.curlen = st.curlen - m + replen;
					if (r->kind == LLMNUM_ID_HOST_PREFIX)
					{
						st.host = r->host;
						st.prefix = r->replacement;
					}
					append_rule(out, r->name);
					e = lookup_cur(cat, &st, st.curlen, weights, out);
					/*
					 * A Hugging Face organisation or a self-hosting server
					 * says who made the weights, not who billed the call: a
					 * host's priced id would be a guess.
					 */
					if (e != NULL && !weights && r->kind == LLMNUM_ID_OPEN_WEIGHTS_PREFIX &&
						(cat->is_unhosted_open == NULL ||
						 !cat->is_unhosted_open(cat->ctx, e)))
						e = NULL;
					if (e != NULL)
						return found(out, e, &st);
					break;
				}
			case LLMNUM_ID_HOST_MARKER:
				if (llmnum_id_glob(r->pattern, st.cur, st.curlen, true) < 0)
					continue;
				st.host = r->host;
				st.prefix = r->replacement;
				append_rule(out, r->name);
				e = lookup_cur(cat, &st, st.curlen, weights, out);
				if (e != NULL)
					return found(out, e, &st);
				break;
			case LLMNUM_ID_WEIGHTS_SUFFIX:
				{
					size_t		at = suffix_at(r->pattern, &st);

					if (at == 0)
						continue;
					/* stripped for good: the same weights, served so */
					st.cur[at] = '\0';
					st.curlen = at;
					append_rule(out, r->name);
					e = lookup_cur(cat, &st, st.curlen, weights, out);
					if (e != NULL)
						return found(out, e, &st);
					break;
				}
			case LLMNUM_ID_STRIP_SUFFIX:
				{
					size_t		at = suffix_at(r->pattern, &st);

					if (at == 0)
						continue;
					e = lookup_cur(cat, &st, at, weights, out);
					if (e != NULL && (cat->is_alias == NULL || !cat->is_alias(cat->ctx, e)))
					{
						append_rule(out, r->name);
						return found(out, e, &st);
					}
					break;
				}
			case LLMNUM_ID_FINE_TUNE:
				{
					size_t		plen = strlen(r->pattern);
					size_t		colons = 0;
					size_t		baseend = 0;
					size_t		j;

					/* a fine-tune's weights are not its base's */
					if (weights || st.curlen <= plen || strncmp(st.cur, r->pattern, plen) != 0)
						continue;
					for (j = plen; j < st.curlen; j++)
						if (st.cur[j] == ':')
						{
							if (colons++ == 0)
								baseend = j;
						}
					/* ft:<base>:<org>:<suffix>:<job>, the suffix may be empty */
					if (colons != 3 || baseend == plen || st.cur[st.curlen - 1] == ':')
						continue;
					append_rule(out, r->name);
					e = try_name(cat, st.prefix, st.cur, baseend, out);
					if (e != NULL)
						return found(out, e, &st);
					/* never the base model's own price */
					out->status = LLMNUM_ID_NO_FINE_TUNE;
					out->host = st.host;
					return out->status;
				}
			case LLMNUM_ID_ROUTER_FALLBACK:
				/* the caller said who billed the call: not a router */
				if (hint_host != NULL)
					continue;
				if (r->scope != NULL && llmnum_id_glob(r->scope, orig, origlen, true) < 0)
					continue;
				e = weights_only(cat, try_name(cat, r->pattern, orig, origlen, out), weights);
				if (e != NULL)
				{
					append_rule(out, r->name);
					st.host = r->host;
					return found(out, e, &st);
				}
				break;
			case LLMNUM_ID_ROUTER_VARIANT:
				{
					const char *rep = r->replacement ? r->replacement : "";
					size_t		plen = strlen(r->pattern);
					size_t		replen = strlen(rep);
					size_t		baselen;

					/* another host billed the call: not the router's */
					if (hint_host != NULL && (r->host == NULL || strcmp(hint_host, r->host) != 0))
						continue;
					if (r->scope != NULL && llmnum_id_glob(r->scope, orig, origlen, true) < 0)
						continue;
					if (origlen <= plen || memcmp(orig + origlen - plen, r->pattern, plen) != 0)
						continue;
					baselen = origlen - plen;
					e = baselen > replen && strncmp(orig, rep, replen) == 0
						? try_name(cat, NULL, orig, baselen, out)
						: try_name(cat, rep, orig, baselen, out);
					if (e == NULL)
						break;
					append_rule(out, r->name);
					st.host = r->host;
					/* the model's own tokens and weights wherever it is routed */
					if (weights)
						return found(out, e, &st);
					/*
					 * Several providers serve open weights, each at its own
					 * price, and the variant picks one by another measure
					 * than the price the catalog lists.
					 */
					if (cat->is_maker_priced == NULL || !cat->is_maker_priced(cat->ctx, e))
					{
						out->status = LLMNUM_ID_ROUTED_OPEN;
						out->host = st.host;
						return out->status;
					}
					return found(out, e, &st);
				}
		}
	}
	/* a provider's own spelling of an open model's name (the weights only) */
	if (weights && cat->lookup_folded != NULL)
	{
		char		key[LLMNUM_ID_FOLD_MAX];
		size_t		keylen = llmnum_id_fold(st.cur, st.curlen, key, sizeof(key));

		e = keylen ? cat->lookup_folded(cat->ctx, key, keylen) : NULL;
		if (e != NULL)
		{
			append_rule(out, "folded name");
			return found(out, e, &st);
		}
	}
	/* the hint names the most rewritten id */
	(void) try_name(cat, st.prefix, st.cur, st.curlen, out);
	return out->status;
}

llmnum_id_status
llmnum_id_resolve(const char *id, size_t len,
				  const llmnum_id_rule *rules, size_t nrules,
				  const llmnum_id_catalog *cat,
				  const char *hint_host, const char *hint_prefix,
				  llmnum_id_result *out)
{
	return resolve(id, len, rules, nrules, cat, hint_host, hint_prefix, false, out);
}

llmnum_id_status
llmnum_id_resolve_weights(const char *id, size_t len,
						  const llmnum_id_rule *rules, size_t nrules,
						  const llmnum_id_catalog *cat, llmnum_id_result *out)
{
	return resolve(id, len, rules, nrules, cat, NULL, NULL, true, out);
}
