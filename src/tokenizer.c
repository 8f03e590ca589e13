/*-------------------------------------------------------------------------
 *
 * tokenizer.c
 *	  SQL entry points of the BPE tokenizer: count, estimate, tokenize,
 *	  detokenize, truncate, chunk, tokens per word.
 *
 * Thin glue over the pure engine (tokenizer.h).  Text is handed to the
 * engine as UTF-8: in a database of another encoding it is converted
 * first, and text results are converted back.  Names are resolved here: an encoding name
 * needs nothing but the engine's table, a model name is looked up in the
 * catalog cache of llmnum.models (which is why the functions that accept
 * model names are STABLE, and count_tokens_enc, which does not, is
 * IMMUTABLE).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/detoast.h"
#include "access/htup_details.h"
#include "access/toast_compression.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "catalog.h"
#include "host_pg.h"
#include "llmnum.h"
#include "name_hint.h"
#include "pglz.h"
#include "special_tokens.h"
#include "tokenizer.h"

/* The setting llmnum.default_encoding. */
static char *default_encoding = NULL;

/* How a name given as "encoding" was understood. */
typedef enum name_kind
{
	NAME_ENCODING,				/* an encoding, or a model that has one */
	NAME_MODEL_WITHOUT_TOKENIZER,	/* a model whose encoding is NULL */
	NAME_UNKNOWN
} name_kind;

/*
 * Models without a public tokenizer (Claude, Gemini...) are estimated with
 * the cl100k_base count: of the public encodings it is the closest to the
 * one public Anthropic tokenizer (docs/tokenizer.md: method and error).
 */
#define NO_TOKENIZER_PROXY "cl100k_base"

/* "o200k_base, cl100k_base, ..." for hints. */
static char *
encoding_list(void)
{
	size_t		n;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n);
	StringInfoData buf;
	size_t		i;

	initStringInfo(&buf);
	for (i = 0; i < n; i++)
		appendStringInfo(&buf, "%s%s", i ? ", " : "", all[i]->name);
	return buf.data;
}

/* Check hook: the default must be one of the encodings, not a model. */
static bool
check_default_encoding(char **newval, void **extra, GucSource source)
{
	if (*newval != NULL && llmnum_encoding_find(*newval, strlen(*newval)) != NULL)
		return true;
	GUC_check_errdetail("Valid encodings: %s.", encoding_list());
	return false;
}

/* Registers the tokenizer's setting, llmnum.default_encoding. */
void
llmnum_tokenizer_init(void)
{
	DefineCustomStringVariable("llmnum.default_encoding",
							   "Encoding used by estimate_tokens(text) and when no encoding is given.",
							   "An encoding name, as llmnum.encoding_known() accepts it (not a model name).",
							   &default_encoding,
							   "o200k_base",
							   PGC_USERSET,
							   0,
							   check_default_encoding,
							   NULL,
							   NULL);
}

/* The encoding the setting names (the check hook guarantees one). */
static const llmnum_encoding *
default_enc(void)
{
	const llmnum_encoding *enc = NULL;

	if (default_encoding != NULL)
		enc = llmnum_encoding_find(default_encoding, strlen(default_encoding));
	return enc != NULL ? enc : llmnum_encoding_find("o200k_base", 10);
}


/*
 * Resolve an encoding or (if models) model name.  Model names come from
 * the catalog cache on every call, never from a per-call-site cache: a
 * PL/pgSQL expression keeps its call site across catalog changes.
 */
static name_kind
resolve(text *name, bool models, const llmnum_encoding **enc)
{
	const char *s = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	const llmnum_catalog_model *m;

	*enc = llmnum_encoding_find(s, len);
	if (*enc != NULL)
		return NAME_ENCODING;
	if (!models)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown encoding \"%s\"", llmnum_shown_name(s, len)),
				 errhint("Valid encodings: %s. Model names are accepted by llmnum.count_tokens().",
						 encoding_list())));
	m = llmnum_catalog_find_model(s, len);
	if (m != NULL)
	{
		*enc = m->encoding;
		return m->encoding != NULL ? NAME_ENCODING : NAME_MODEL_WITHOUT_TOKENIZER;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown encoding or model \"%s\"", llmnum_shown_name(s, len)),
			 llmnum_catalog_count(LLMNUM_CATALOG_MODELS) > 0 ?
			 errhint("Valid encodings: %s. Closest model names: %s.", encoding_list(),
					 llmnum_catalog_closest(LLMNUM_CATALOG_MODELS, pnstrdup(s, len))) :
			 errhint("Valid encodings: %s.", encoding_list())));
	return NAME_UNKNOWN;		/* keep the compiler quiet */
}

/* An encoding for an exact result: a model without tokenizer is an error. */
static const llmnum_encoding *
exact_encoding(text *name)
{
	const llmnum_encoding *enc = NULL;

	if (resolve(name, true, &enc) == NAME_MODEL_WITHOUT_TOKENIZER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model \"%s\" has no tokenizer that llmnum implements",
						llmnum_shown_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name))),
				 errdetail("Its tokenizer is not public (Claude, Gemini, Grok) or not one llmnum has checked against the model's own (docs/tokenizer.md lists them)."),
				 errhint("Use llmnum.estimate_tokens(content, model) for an estimate.")));
	return enc;
}

/*
 * Argument argno, text to tokenize, detoasted.  Text over about 2 kB is
 * stored compressed, by default with pglz, whose decoding by the server
 * takes about a sixth of the time of a count; llmnum's decoder (pglz.c) is
 * 2-2.6 times as fast.  Other values (lz4, not compressed, in memory) are
 * detoasted as PG_GETARG_TEXT_PP does.
 */
static text *
content_arg(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *datum = (struct varlena *) PG_GETARG_POINTER(argno);
	struct varlena *stored = datum;
	text	   *result;
	size_t		rawsize;

	if (VARATT_IS_EXTERNAL_ONDISK(datum))
		stored = detoast_external_attr(datum);	/* still compressed */
	if (!VARATT_IS_COMPRESSED(stored) ||
		VARDATA_COMPRESSED_GET_COMPRESS_METHOD(stored) != TOAST_PGLZ_COMPRESSION_ID)
	{
		struct varlena *plain = pg_detoast_datum_packed(stored);

		/* a fetched lz4 value: its compressed copy is not needed any more */
		if (stored != datum && plain != stored)
			pfree(stored);
		return (text *) plain;
	}

	rawsize = VARDATA_COMPRESSED_GET_EXTSIZE(stored);
	result = (text *) palloc(rawsize + VARHDRSZ);
	if (!llmnum_pglz_decompress((const unsigned char *) stored + VARHDRSZ_COMPRESSED,
								VARSIZE(stored) - VARHDRSZ_COMPRESSED,
								(unsigned char *) VARDATA(result), rawsize))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg_internal("compressed pglz data is corrupt")));
	SET_VARSIZE(result, rawsize + VARHDRSZ);
	if (stored != datum)
		pfree(stored);
	return result;
}

/* The text's bytes in UTF-8 (converted if the database is not UTF-8). */
static const unsigned char *
utf8_of(text *t, size_t *len)
{
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	char	   *u = pg_server_to_any(s, n, PG_UTF8);

	*len = u == s ? (size_t) n : strlen(u);
	return (const unsigned char *) u;
}

/*
 * The text an encoding tokenizes: the content in UTF-8, then normalized as
 * the encoding's tokenizer does (qwen2: NFC; unchanged text is not
 * copied).  Token offsets, truncations and chunks refer to these bytes.
 */
static const unsigned char *
input_of(const llmnum_encoding *enc, text *t, size_t *len)
{
	size_t		n;
	const unsigned char *s = utf8_of(t, &n);

	return llmnum_tokenizer_normalize(enc, s, n, len, &llmnum_pg_host);
}

/* A text value from UTF-8 bytes, in the database encoding. */
static text *
text_from_utf8(const unsigned char *s, size_t len)
{
	char	   *server = pg_any_to_server((const char *) s, (int) len, PG_UTF8);
	text	   *result;

	if (server == (const char *) s)
		return cstring_to_text_with_len(server, (int) len);
	result = cstring_to_text(server);
	pfree(server);				/* chunk_tokens makes many in one call */
	return result;
}

/* Is byte offset i of s (length len) the start of a UTF-8 character? */
static inline bool
char_boundary(const unsigned char *s, size_t len, size_t i)
{
	return i >= len || (s[i] & 0xC0) != 0x80;
}

/* Reports an engine failure: only a piece too long to merge can fail. */
static void
check_status(llmnum_tokenizer_status status)
{
	if (status == LLMNUM_TOKENIZER_PIECE_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text has a run of more than %zu bytes without a break",
						(size_t) LLMNUM_TOKENIZER_MAX_PIECE),
				 errdetail("Letters, digits or white space without any separator longer than this are not tokenized, to bound the memory used.")));
}

/* Token count of UTF-8 bytes, raising an error if the engine refuses. */
static size_t
count_utf8(const llmnum_encoding *enc, const unsigned char *s, size_t len)
{
	size_t		count = 0;

	check_status(llmnum_tokenizer_count(enc, s, len, &count, &llmnum_pg_host));
	return count;
}

/*
 * Exact count for an encoding or a model with a public tokenizer: usable
 * wherever per-row token counts are needed.
 */
PG_FUNCTION_INFO_V1(llmnum_count_tokens);
Datum
llmnum_count_tokens(PG_FUNCTION_ARGS)
{
	text	   *content = content_arg(fcinfo, 0);
	const llmnum_encoding *enc = exact_encoding(PG_GETARG_TEXT_PP(1));
	size_t		len;
	const unsigned char *s = input_of(enc, content, &len);

	PG_RETURN_INT32((int32) count_utf8(enc, s, len));
}

/*
 * Count of UTF-8 bytes that are not normalized yet: normalized first (and
 * the copy, if any, freed), as the references normalize each piece of text
 * between special tokens on its own.
 */
static size_t
count_normalized(const llmnum_encoding *enc, const unsigned char *s, size_t len)
{
	size_t		n;
	const unsigned char *norm = llmnum_tokenizer_normalize(enc, s, len, &n, &llmnum_pg_host);
	size_t		count = count_utf8(enc, norm, n);

	if (norm != s)
		pfree((void *) norm);
	return count;
}

/*
 * The encoding of a name for the forms that take special_tokens: asked for,
 * specials must be recognisable, or the count would silently be the
 * ordinary one.
 */
static const llmnum_encoding *
special_encoding(text *name, bool special)
{
	const llmnum_encoding *enc = exact_encoding(name);

	if (special && llmnum_specials_unknown(enc))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("special tokens of encoding \"%s\" are not known", enc->name),
				 errdetail("Its text is tokenized exactly, but the model's added tokens (ids %u and up) were not checked against its tokenizer, so they cannot be recognised.", enc->n_vocab),
				 errhint("Count without special_tokens: text that does not spell a special token counts exactly.")));
	if (special && !llmnum_special_tokens_supported(enc))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("special tokens of encoding \"%s\" cannot be recognised", enc->name),
				 errdetail("The index of special-token strings is full.")));
	return enc;
}

/*
 * count_tokens(content, name, special_tokens): with special_tokens, each
 * special-token string of the encoding is one token and the text between
 * them is counted on its own, as tiktoken's encode with every special
 * allowed and Hugging Face tokenizers count.
 */
PG_FUNCTION_INFO_V1(llmnum_count_tokens_special);
Datum
llmnum_count_tokens_special(PG_FUNCTION_ARGS)
{
	text	   *content = content_arg(fcinfo, 0);
	bool		special = PG_GETARG_BOOL(2);
	const llmnum_encoding *enc = special_encoding(PG_GETARG_TEXT_PP(1), special);
	size_t		len;
	const unsigned char *s = utf8_of(content, &len);
	size_t		total = 0;
	size_t		pos = 0;

	if (!special)
		PG_RETURN_INT32((int32) count_normalized(enc, s, len));
	while (pos < len)
	{
		size_t		tok_len = 0;
		uint32_t	id;
		size_t		at = llmnum_special_next(enc, s, len, pos, &tok_len, &id);

		total += count_normalized(enc, s + pos, at - pos);
		if (at == len)
			break;
		total++;
		pos = at + tok_len;
	}
	PG_RETURN_INT32((int32) total);
}

/*
 * The same count for encoding names only, reading no table: IMMUTABLE, for
 * expression indexes and generated columns.
 */
PG_FUNCTION_INFO_V1(llmnum_count_tokens_enc);
Datum
llmnum_count_tokens_enc(PG_FUNCTION_ARGS)
{
	text	   *content = content_arg(fcinfo, 0);
	const llmnum_encoding *enc = NULL;
	size_t		len;
	const unsigned char *s;

	resolve(PG_GETARG_TEXT_PP(1), false, &enc);
	s = input_of(enc, content, &len);
	PG_RETURN_INT32((int32) count_utf8(enc, s, len));
}

/*
 * The CHECK constraint of the models' encoding column: the names are those
 * this library implements, so a new encoding needs no schema change.  The
 * set only grows from one version to the next, which keeps IMMUTABLE true
 * for every value a table already holds.
 */
PG_FUNCTION_INFO_V1(llmnum_encoding_known);
Datum
llmnum_encoding_known(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);

	PG_RETURN_BOOL(llmnum_encoding_find(VARDATA_ANY(name),
										VARSIZE_ANY_EXHDR(name)) != NULL);
}

/* Count with the encoding of llmnum.default_encoding. */
PG_FUNCTION_INFO_V1(llmnum_estimate_tokens);
Datum
llmnum_estimate_tokens(PG_FUNCTION_ARGS)
{
	const llmnum_encoding *enc = default_enc();
	size_t		len;
	const unsigned char *s = input_of(enc, content_arg(fcinfo, 0), &len);

	PG_RETURN_INT32((int32) count_utf8(enc, s, len));
}

/*
 * Exact count when the model's tokenizer is public, else the documented
 * estimate (the count of NO_TOKENIZER_PROXY).
 */
PG_FUNCTION_INFO_V1(llmnum_estimate_tokens_model);
Datum
llmnum_estimate_tokens_model(PG_FUNCTION_ARGS)
{
	text	   *content = content_arg(fcinfo, 0);
	const llmnum_encoding *enc = NULL;
	name_kind	kind = resolve(PG_GETARG_TEXT_PP(1), true, &enc);
	size_t		len;
	const unsigned char *s;

	if (kind != NAME_ENCODING)
		enc = llmnum_encoding_find(NO_TOKENIZER_PROXY, strlen(NO_TOKENIZER_PROXY));
	s = input_of(enc, content, &len);
	PG_RETURN_INT32((int32) count_utf8(enc, s, len));
}

/*
 * How estimate_tokens counts for a name: with which encoding, and whether
 * that count is the model's own (exact) or the documented estimate.  Lets
 * a report label its token figures without knowing the catalog.
 */
PG_FUNCTION_INFO_V1(llmnum_tokenizer_of);
Datum
llmnum_tokenizer_of(PG_FUNCTION_ARGS)
{
	const llmnum_encoding *enc = NULL;
	name_kind	kind = resolve(PG_GETARG_TEXT_PP(0), true, &enc);
	TupleDesc	desc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "tokenizer_of must return a composite type");
	if (kind != NAME_ENCODING)
		enc = llmnum_encoding_find(NO_TOKENIZER_PROXY, strlen(NO_TOKENIZER_PROXY));
	values[0] = CStringGetTextDatum(enc->name);
	values[1] = BoolGetDatum(kind == NAME_ENCODING);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc),
													  values, nulls)));
}

/*
 * Token ids, for inspection and for other tools.  The int4[] is the only
 * copy of the ids: pieces are tokenized into a small buffer and appended
 * to the array's own data, grown by doubling (repalloc of a large chunk is
 * a realloc, which for big blocks remaps pages instead of copying them,
 * and pages not yet written are not resident).  Peak: the input plus 4
 * bytes per token, where encoding the whole text first and then building
 * the array held the ids three times (issue 14).  With special_tokens (the
 * three-argument form), the text is cut at special-token strings: the
 * pieces end where the next special starts, which then gives its id.  The
 * text between specials (all of it without them) is normalized on its own
 * for an encoding that normalizes (qwen2), as the references do.
 */
PG_FUNCTION_INFO_V1(llmnum_tokenize);
Datum
llmnum_tokenize(PG_FUNCTION_ARGS)
{
	text	   *content = content_arg(fcinfo, 0);
	bool		special = PG_NARGS() > 2 && PG_GETARG_BOOL(2);
	const llmnum_encoding *enc = special_encoding(PG_GETARG_TEXT_PP(1), special);
	size_t		len;
	const unsigned char *s = utf8_of(content, &len);
	const size_t header = ARR_OVERHEAD_NONULLS(1);
	size_t		seg_end = len;
	size_t		special_len = 0;
	uint32_t	special_id = 0;
	const unsigned char *seg;	/* s[pos, seg_end), as the encoding reads it */
	size_t		seg_len;
	size_t		seg_pos = 0;
	llmnum_tokens piece = {0};
	ArrayType  *arr;
	size_t		cap = 1024;
	size_t		n = 0;
	size_t		pos = 0;
	size_t		next_check = 1024 * 1024;

	arr = palloc(header + cap * sizeof(int32));
	if (special)
		seg_end = llmnum_special_next(enc, s, len, 0, &special_len, &special_id);
	seg = llmnum_tokenizer_normalize(enc, s, seg_end, &seg_len, &llmnum_pg_host);
	while (seg_pos < seg_len || seg_end < len)
	{
		uint32_t	found_id = special_id;
		const uint32_t *add = &found_id;
		size_t		n_add = 1;

		if (seg_pos == seg_len)
		{
			/* the segment is done: its special, then the next segment */
			if (seg != s + pos)
				pfree((void *) seg);
			pos = seg_end + special_len;
			seg_end = llmnum_special_next(enc, s, len, pos, &special_len, &special_id);
			seg = llmnum_tokenizer_normalize(enc, s + pos, seg_end - pos, &seg_len,
											 &llmnum_pg_host);
			seg_pos = 0;
		}
		else
		{
			/*
			 * The segment is tokenized on its own, from its start: for the
			 * SentencePiece encodings that gives it its own prepended "▁",
			 * as count_tokens counts it (and for qwen2 it is normalized on
			 * its own).
			 */
			piece.n = 0;
			check_status(llmnum_tokenizer_encode_piece(enc, seg, seg_len, &seg_pos, 0, &piece,
													   &llmnum_pg_host));
			add = piece.ids;
			n_add = piece.n;
		}
		if (n + n_add > cap)
		{
			while (n + n_add > cap)
				cap *= 2;
			if (header + cap * sizeof(int32) > MaxAllocSize)
			{
				cap = (MaxAllocSize - header) / sizeof(int32);
				if (n + n_add > cap)
					ereport(ERROR,
							(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							 errmsg("array size exceeds the maximum allowed (%d)",
									(int) MaxAllocSize)));
			}
			arr = repalloc(arr, header + cap * sizeof(int32));
		}
		/* ids are below 2^31: the same bits as int4 */
		memcpy((char *) arr + header + n * sizeof(int32), add, n_add * sizeof(int32));
		n += n_add;
		if (pos + seg_pos >= next_check)
		{
			CHECK_FOR_INTERRUPTS();
			next_check = pos + seg_pos + 1024 * 1024;
		}
	}
	if (piece.ids != NULL)
		pfree(piece.ids);
	if (n == 0)
	{
		pfree(arr);
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(INT4OID));
	}
	if (n < cap)
		arr = repalloc(arr, header + n * sizeof(int32));
	SET_VARSIZE(arr, header + n * sizeof(int32));
	arr->ndim = 1;
	arr->dataoffset = 0;		/* no null bitmap */
	arr->elemtype = INT4OID;
	ARR_DIMS(arr)[0] = (int) n;
	ARR_LBOUND(arr)[0] = 1;
	PG_RETURN_ARRAYTYPE_P(arr);
}

/* Text of token ids; the inverse of tokenize. */
PG_FUNCTION_INFO_V1(llmnum_detokenize);
Datum
llmnum_detokenize(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	const llmnum_encoding *enc = exact_encoding(PG_GETARG_TEXT_PP(1));
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int32	   *ids;
	unsigned char *out;
	size_t		out_len;
	size_t		bad;
	int			i;

	deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT, &elems, &nulls, &n);
	ids = palloc_extended(Max(n, 1) * sizeof(int32), MCXT_ALLOC_HUGE);
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("token array must not contain nulls")));
		ids[i] = DatumGetInt32(elems[i]);
	}
	if (llmnum_tokenizer_decode(enc, ids, n, &out, &out_len, &bad, &llmnum_pg_host) != LLMNUM_TOKENIZER_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("token id %d is not in encoding %s", ids[bad], enc->name),
				 errdetail("The id is at position %zu of the array.", bad + 1),
				 llmnum_specials_unknown(enc) ?
				 errhint("%s knows the ids of text tokens only (below %u): the model's special tokens were not checked.",
						 enc->name, enc->n_vocab) :
				 errhint("Ids of %s run from 0 to %u.", enc->name, enc->n_vocab - 1)));
	if (!pg_verify_mbstr(PG_UTF8, (const char *) out, (int) out_len, true))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("tokens do not decode to valid UTF-8"),
				 errdetail("A character is split between tokens that are not all present.")));
	PG_RETURN_TEXT_P(text_from_utf8(out, out_len));
}

/*
 * The longest prefix of at most max_tokens tokens, cut on a token
 * boundary that is also a character boundary, so that a prompt can be
 * made to fit a context window.  Text that fits is returned as it is; for
 * an encoding that normalizes (qwen2), a cut text is a prefix of the
 * normalized (NFC) text, the only text whose token boundaries are known
 * (identical for text already in NFC, which is almost all text).
 *
 * Streams: the text is tokenized piece by piece only until token
 * max_tokens is reached, keeping just the starts of tokens that begin on a
 * character boundary (the only candidate cuts), so memory is bounded by
 * max_tokens, not by the text (issue 14).
 */
PG_FUNCTION_INFO_V1(llmnum_truncate_tokens);
Datum
llmnum_truncate_tokens(PG_FUNCTION_ARGS)
{
	text	   *content = content_arg(fcinfo, 0);
	int32		max_tokens = PG_GETARG_INT32(1);
	const llmnum_encoding *enc = exact_encoding(PG_GETARG_TEXT_PP(2));
	size_t		len;
	const unsigned char *s;
	llmnum_tokens piece = {0};
	size_t	   *cuts;			/* starts of boundary tokens 0..max_tokens */
	size_t		ncuts = 0;
	size_t		cuts_cap = 64;
	size_t		seen = 0;		/* tokens before the current piece */
	size_t		pos = 0;
	size_t		next_check = 1024 * 1024;
	bool		over = false;	/* the text has more than max_tokens tokens */

	if (max_tokens < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_tokens must not be negative")));
	s = input_of(enc, content, &len);
	cuts = palloc(cuts_cap * sizeof(size_t));
	while (!over && pos < len)
	{
		size_t		i;

		piece.n = 0;
		check_status(llmnum_tokenizer_encode_piece(enc, s, len, &pos, 1, &piece,
												   &llmnum_pg_host));
		for (i = 0; i < piece.n; i++)
		{
			size_t		k = seen + i;

			/* token 0 is kept whatever it is: the cut of last resort */
			if (k == 0 || char_boundary(s, len, piece.starts[i]))
			{
				if (ncuts == cuts_cap)
				{
					cuts_cap *= 2;
					cuts = repalloc_huge(cuts, cuts_cap * sizeof(size_t));
				}
				cuts[ncuts++] = piece.starts[i];
			}
			if (k == (size_t) max_tokens)
			{
				over = true;
				break;
			}
		}
		seen += piece.n;
		if (pos >= next_check)
		{
			CHECK_FOR_INTERRUPTS();
			next_check = pos + 1024 * 1024;
		}
	}
	if (!over)
		PG_RETURN_TEXT_P(content);

	/*
	 * cuts[ncuts - 1] is the start of the last token at or before index
	 * max_tokens that starts a character.  Tokenizing the prefix alone can
	 * in rare cases give more tokens than it had inside the whole text;
	 * back off until it fits.
	 */
	while (ncuts > 1 && count_utf8(enc, s, cuts[ncuts - 1]) > (size_t) max_tokens)
		ncuts--;
	PG_RETURN_TEXT_P(text_from_utf8(s, cuts[ncuts - 1]));
}

/*
 * A window on a text's tokens for chunking: the starts of tokens
 * base .. base + n - 1, tokenized piece by piece on demand, with the tokens
 * before the current chunk dropped.  It holds about one chunk's tokens,
 * never the whole text's (issue 14).
 */
typedef struct token_window
{
	const llmnum_encoding *enc;
	const unsigned char *s;
	size_t		len;
	size_t		pos;			/* text tokenized up to here */
	size_t		base;			/* index of the first token held */
	size_t		next_check;
	llmnum_tokens toks;			/* starts[i] is token base + i's */
} token_window;

/* Does the text have token k?  Tokenizes further as needed. */
static bool
window_has(token_window *w, size_t k)
{
	while (k >= w->base + w->toks.n && w->pos < w->len)
	{
		check_status(llmnum_tokenizer_encode_piece(w->enc, w->s, w->len, &w->pos, 1,
												   &w->toks, &llmnum_pg_host));
		if (w->pos >= w->next_check)
		{
			CHECK_FOR_INTERRUPTS();
			w->next_check = w->pos + 1024 * 1024;
		}
	}
	return k < w->base + w->toks.n;
}

/* Start of token k, or the text's end if the text has no token k. */
static size_t
window_start(token_window *w, size_t k)
{
	return window_has(w, k) ? w->toks.starts[k - w->base] : w->len;
}

/* Forget the tokens before token k (k <= the tokens held). */
static void
window_drop(token_window *w, size_t k)
{
	size_t		d = k - w->base;

	memmove(w->toks.ids, w->toks.ids + d, (w->toks.n - d) * sizeof(uint32_t));
	memmove(w->toks.starts, w->toks.starts + d, (w->toks.n - d) * sizeof(size_t));
	w->toks.n -= d;
	w->base = k;
}

/*
 * Chunks of at most chunk_size tokens, each starting overlap tokens before
 * the previous one ended, for embedding pipelines.  The text is tokenized
 * once, through a window of about one chunk's tokens, and cut at token
 * boundaries that are also character boundaries (where byte tokens
 * straddle characters for longer than chunk_size tokens, the chunk runs on
 * to the next such cut), so the whole is linear in the input plus the
 * output.  Rows go to the tuplestore, which spills to disk past work_mem.
 * For an encoding that normalizes (qwen2), chunks are pieces of the
 * normalized (NFC) text.
 */
PG_FUNCTION_INFO_V1(llmnum_chunk_tokens);
Datum
llmnum_chunk_tokens(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *content;
	int32		chunk_size;
	int32		overlap;
	token_window w;
	size_t		start = 0;
	int32		ordinal = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	content = content_arg(fcinfo, 0);
	chunk_size = PG_GETARG_INT32(1);
	overlap = PG_GETARG_INT32(2);
	if (chunk_size <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("chunk_size must be positive")));
	if (overlap < 0 || overlap >= chunk_size)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("overlap must be at least 0 and less than chunk_size")));
	memset(&w, 0, sizeof(w));
	if (PG_ARGISNULL(3))
		w.enc = default_enc();
	else
		w.enc = exact_encoding(PG_GETARG_TEXT_PP(3));
	w.s = input_of(w.enc, content, &w.len);
	w.next_check = 1024 * 1024;

	while (window_has(&w, start))
	{
		size_t		end = start + (size_t) chunk_size;
		size_t		from = window_start(&w, start);
		size_t		next;
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		text	   *chunk;

		/* no more than the text's tokens */
		if (!window_has(&w, end - 1))
			end = w.base + w.toks.n;	/* the whole text is tokenized */

		/* end on a character boundary: back off, or if none, go forward */
		while (end > start && !char_boundary(w.s, w.len, window_start(&w, end)))
			end--;
		if (end == start)
		{
			end = start + 1;
			while (!char_boundary(w.s, w.len, window_start(&w, end)))
				end++;
		}
		chunk = text_from_utf8(w.s + from, window_start(&w, end) - from);
		values[0] = Int32GetDatum(++ordinal);
		values[1] = PointerGetDatum(chunk);
		values[2] = Int32GetDatum((int32) (end - start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(chunk);
		if (!window_has(&w, end))
			break;

		/* next chunk: overlap tokens back, on a character boundary, ahead of start */
		next = end - Min((size_t) overlap, end - start - 1);
		while (next > start + 1 && !char_boundary(w.s, w.len, window_start(&w, next)))
			next--;
		while (!char_boundary(w.s, w.len, window_start(&w, next)))
			next++;
		start = next;
		window_drop(&w, start);
		CHECK_FOR_INTERRUPTS();
	}
	PG_RETURN_NULL();
}

/*
 * Tokens per White_Space-separated word, to check the "1.3 tokens per
 * word" rule on one's own text; NULL when the text has no word.
 */
PG_FUNCTION_INFO_V1(llmnum_tokens_per_word);
Datum
llmnum_tokens_per_word(PG_FUNCTION_ARGS)
{
	text	   *content;
	const llmnum_encoding *enc;
	size_t		len;
	const unsigned char *s;
	size_t		words;
	size_t		tokens;
	Datum		ratio;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	content = content_arg(fcinfo, 0);
	enc = PG_ARGISNULL(1) ? default_enc() : exact_encoding(PG_GETARG_TEXT_PP(1));
	s = input_of(enc, content, &len);
	words = llmnum_count_words(s, len);
	if (words == 0)
		PG_RETURN_NULL();
	tokens = count_utf8(enc, s, len);
	ratio = DirectFunctionCall2(numeric_div,
								NumericGetDatum(int64_to_numeric((int64) tokens)),
								NumericGetDatum(int64_to_numeric((int64) words)));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_round, ratio, Int32GetDatum(3)));
}
