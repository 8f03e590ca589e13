/*-------------------------------------------------------------------------
 *
 * gen_spm_vocab.c
 *	  Build-time generator: turn a SentencePiece vocabulary (.spm) into C.
 *
 * Usage: gen_spm_vocab NAME INPUT.spm OUTPUT.c
 *
 * A .spm file (written once by gen_spm_vocabs.mjs) has one line per piece,
 * in id order: "<id> <type> <merge priority> <base64 of the piece>", type
 * N (normal), B (byte fallback <0xXX>), C (control) or A (added: matched
 * in the text before merging), after an optional line "#" with the words
 * "order=length" and "prefix=none" (see sentencepiece.h).  The output defines
 * `const llmnum_spm_vocab llmnum_spm_vocab_NAME` (src/sentencepiece.h):
 * piece bytes, offsets and the bytes-to-id index laid out as in
 * vocab_hash.h, plus the tables the engine needs (priorities, types, the
 * byte pieces, the ASCII characters' pieces, a trie of the added pieces).
 * It also finds the bytes after which a run of spaces may not start a new
 * word: the last bytes of the characters that some piece has right before
 * a "▁" (Gemma 3's ">▁</").
 *
 *-------------------------------------------------------------------------
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/sentencepiece.h"
#include "../../src/vocab_hash.h"

#define GEN_NAME "gen_spm_vocab"
#include "gen_common.h"






static void
emit_u32(FILE *out, const char *name, const uint32_t *a, size_t n)
{
	size_t		i;

	fprintf(out, "static const uint32_t %s[%zu] = {", name, n);
	for (i = 0; i < n; i++)
		fprintf(out, "%s%uu", i == 0 ? "\n\t" : i % 10 ? ", " : ",\n\t", a[i]);
	fprintf(out, "\n};\n\n");
}

static void
put_le(unsigned char *p, uint64_t v, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char) (v >> (8 * i));
}

#define MERGE_IDS (1u << LLMNUM_SPM_KEY_ID_BITS)	/* the merge key's id fields */
#define MAX_PIECES (MERGE_IDS + 64)	/* control pieces may follow them */
#define MAX_PIECE_LEN 255
/* the merge key's priority field, of which all ones is no merge */
#define MAX_PRIO ((UINT64_C(1) << (64 - LLMNUM_SPM_KEY_PRIO_SHIFT)) - 2)

/*
 * The trie of the added pieces: node 0 is the root; a node's children are
 * edges child_start[i] .. child_start[i + 1] - 1, by byte; node_id is the
 * piece that ends at a node, or UINT32_MAX.
 */
typedef struct trie
{
	uint32_t	n_nodes;
	uint32_t   *node_id;
	uint32_t   *first_edge;		/* per node, building: linked edges */
	uint32_t   *edge_next;
	unsigned char *edge_byte;
	uint32_t   *edge_node;
	uint32_t	n_edges;
} trie;

static uint32_t
trie_child(trie *t, uint32_t node, unsigned char b, int add)
{
	uint32_t	e;

	for (e = t->first_edge[node]; e != UINT32_MAX; e = t->edge_next[e])
		if (t->edge_byte[e] == b)
			return t->edge_node[e];
	if (!add)
		return UINT32_MAX;
	if (t->n_nodes >= MAX_PIECES)
		die("added pieces too long in total");
	e = t->n_edges++;
	t->edge_byte[e] = b;
	t->edge_node[e] = t->n_nodes;
	t->edge_next[e] = t->first_edge[node];
	t->first_edge[node] = e;
	t->node_id[t->n_nodes] = UINT32_MAX;
	t->first_edge[t->n_nodes] = UINT32_MAX;
	return t->n_nodes++;
}

/* Emit the trie with each node's edges contiguous and sorted by byte. */
static void
emit_trie(FILE *out, trie *t)
{
	uint32_t   *start = xmalloc(((size_t) t->n_nodes + 1) * 4);
	unsigned char *bytes = xmalloc(t->n_edges + 1);
	uint32_t   *nodes = xmalloc(((size_t) t->n_edges + 1) * 4);
	uint32_t	root[256];
	uint32_t	k = 0;
	uint32_t	i;

	for (i = 0; i < t->n_nodes; i++)
	{
		int			b;

		start[i] = k;
		for (b = 0; b < 256; b++)
		{
			uint32_t	c = trie_child(t, i, (unsigned char) b, 0);

			if (c != UINT32_MAX)
			{
				bytes[k] = (unsigned char) b;
				nodes[k++] = c;
			}
		}
	}
	start[t->n_nodes] = k;
	for (i = 0; i < 256; i++)
	{
		uint32_t	c = trie_child(t, 0, (unsigned char) i, 0);

		root[i] = c == UINT32_MAX ? 0 : c;
	}
	emit_u32(out, "added_root", root, 256);
	emit_u32(out, "added_node_id", t->node_id, t->n_nodes);
	emit_u32(out, "added_child_start", start, (size_t) t->n_nodes + 1);
	emit_literal(out, "added_edge_byte", bytes, k + 1);
	emit_u32(out, "added_edge_node", nodes, (size_t) k + 1);
	free(start);
	free(bytes);
	free(nodes);
}

/*
 * The id of the piece p[0, len) in the index being built, or UINT32_MAX
 * with *empty set to the slot where it would go.
 */
static uint32_t
find_piece(const unsigned char *index, uint32_t index_bits, const unsigned char *pool,
		   const unsigned char *p, size_t len, uint32_t *empty)
{
	uint64_t	h = llmnum_vocab_hash(p, len);
	uint32_t	mask = (1u << index_bits) - 1;
	uint32_t	s;

	for (s = (uint32_t) h & mask;; s = (s + 1) & mask)
	{
		uint64_t	slot = llmnum_load_le64(index + 8 * (size_t) s);

		if (slot == LLMNUM_VOCAB_SLOT_EMPTY)
		{
			*empty = s;
			return UINT32_MAX;
		}
		if ((slot & LLMNUM_VOCAB_KEY_MASK) == llmnum_vocab_key(len, h) &&
			memcmp(pool + (uint32_t) slot, p, len) == 0)
			return (uint32_t) ((slot >> 32) & LLMNUM_VOCAB_RANK_MASK);
	}
}

/* Characters of a UTF-8 piece. */
static size_t
char_count(const unsigned char *p, size_t len)
{
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		if ((p[i] & 0xC0) != 0x80)
			n++;
	return n;
}

int
main(int argc, char **argv)
{
	FILE	   *in;
	FILE	   *out;
	char		line[4096];
	long		lineno = 0;
	uint32_t	n = 0;
	unsigned char *pool = xmalloc((size_t) MAX_PIECES * 16);
	size_t		pool_len = 0;
	uint32_t   *offsets = xmalloc(((size_t) MAX_PIECES + 1) * 4);
	uint32_t   *prio = xmalloc((size_t) MAX_PIECES * 4);
	unsigned char *types = xmalloc(MAX_PIECES);
	uint32_t	byte_ids[256];
	uint32_t	ascii_ids[128];
	uint32_t	space_id = UINT32_MAX;
	uint32_t	max_len = 0;
	uint64_t	bridges[4] = {0, 0, 0, 0};
	uint32_t	index_bits = 4;
	int			order_by_length = 0;
	int			add_prefix = 1;
	trie		added;
	gen_filter	filter = {NULL, 0, 0};
	int			pass;
	unsigned char *index;
	unsigned char *offset_bytes;
	uint32_t	i;

	if (argc != 4)
		die("usage: gen_spm_vocab NAME INPUT.spm OUTPUT.c");
	in = fopen(argv[2], "r");
	if (in == NULL)
		die("cannot open %s: %s", argv[2], strerror(errno));
	memset(byte_ids, 0xFF, sizeof(byte_ids));
	memset(ascii_ids, 0xFF, sizeof(ascii_ids));
	added.n_nodes = 1;
	added.n_edges = 0;
	added.node_id = xmalloc((size_t) MAX_PIECES * 4);
	added.first_edge = xmalloc((size_t) MAX_PIECES * 4);
	added.edge_next = xmalloc((size_t) MAX_PIECES * 4);
	added.edge_byte = xmalloc(MAX_PIECES);
	added.edge_node = xmalloc((size_t) MAX_PIECES * 4);
	added.node_id[0] = UINT32_MAX;
	added.first_edge[0] = UINT32_MAX;
	while (fgets(line, sizeof(line), in) != NULL)
	{
		unsigned long id;
		unsigned long pr;
		char		type;
		int			consumed;
		size_t		len;
		unsigned char *p;

		lineno++;
		if (lineno == 1 && line[0] == '#')
		{
			char	   *word;

			for (word = strtok(line + 1, " \n"); word != NULL; word = strtok(NULL, " \n"))
			{
				if (strcmp(word, "order=length") == 0)
					order_by_length = 1;
				else if (strcmp(word, "prefix=none") == 0)
					add_prefix = 0;
				else
					die("line 1: unknown option %s", word);
			}
			continue;
		}
		if (sscanf(line, "%lu %c %lu %n", &id, &type, &pr, &consumed) != 3)
			die("line %ld: expected \"id type priority base64\"", lineno);
		if (id != n || n >= MAX_PIECES)
			die("line %ld: ids must run 0, 1, 2, ... (< %u)", lineno, MAX_PIECES);
		if (type != 'N' && type != 'B' && type != 'C' && type != 'A')
			die("line %ld: unknown type %c", lineno, type);
		if (n >= MERGE_IDS && type != 'C')
			die("line %ld: only control pieces may have ids from %u on (a merge key's id field)",
				lineno, MERGE_IDS);
		if (pool_len + MAX_PIECE_LEN + 4 > (size_t) MAX_PIECES * 16)
			die("line %ld: pieces too long in total", lineno);
		p = pool + pool_len;
		len = b64_decode(line + consumed, strcspn(line + consumed, "=\n"), p, lineno);
		if (len == 0 || len > MAX_PIECE_LEN)
			die("line %ld: piece of %zu bytes", lineno, len);
		offsets[n] = (uint32_t) pool_len;
		prio[n] = (uint32_t) pr;
		if (pr > MAX_PRIO)
			die("line %ld: priority too large for the merge key", lineno);
		if (pr != 0 && char_count(p, len) > LLMNUM_SPM_KEY_MAX_CHARS)
			die("line %ld: a merged piece of more than %d characters", lineno,
				LLMNUM_SPM_KEY_MAX_CHARS);
		types[n] = (unsigned char) type;
		if (type == 'B')
		{
			unsigned int b = 0;
			char		piece[8];

			memcpy(piece, p, len < 7 ? len : 7);
			piece[len < 7 ? len : 7] = '\0';
			if (len != 6 || sscanf(piece, "<0x%2X>", &b) != 1 || b > 255 || pr != 0)
				die("line %ld: bad byte piece", lineno);
			byte_ids[b] = n;
		}
		if (type == 'A')
		{
			uint32_t	node = 0;
			size_t		k;

			for (k = 0; k < len; k++)
				node = trie_child(&added, node, p[k], 1);
			added.node_id[node] = n;
		}
		if (type == 'N' || type == 'A')
		{
			size_t		k;

			if (len == 1 && p[0] < 0x80)
				ascii_ids[p[0]] = n;
			if (len == 3 && memcmp(p, "\xE2\x96\x81", 3) == 0)
				space_id = n;
			/* "▁" after a character other than "▁": a word cannot end there */
			for (k = 1; k + 3 <= len; k++)
				if (memcmp(p + k, "\xE2\x96\x81", 3) == 0 &&
					!(k >= 3 && memcmp(p + k - 3, "\xE2\x96\x81", 3) == 0))
					bridges[p[k - 1] / 64] |= UINT64_C(1) << (p[k - 1] % 64);
		}
		if (len > max_len)
			max_len = (uint32_t) len;
		pool_len += len;
		n++;
	}
	fclose(in);
	offsets[n] = (uint32_t) pool_len;
	/* an ASCII character with a piece needs no byte piece (Gemma 2's tab) */
	for (i = 0; i < 256; i++)
		if (byte_ids[i] == UINT32_MAX && (i >= 128 || ascii_ids[i] == UINT32_MAX))
			die("no byte piece <0x%02X>", i);
	if (space_id == UINT32_MAX)
		die("no piece \"\\u2581\"");
	ascii_ids[' '] = space_id;
	if (2 * max_len > 512)
		die("pieces longer than the engine's merge buffer");

	/* the index: open addressing, load factor below 0.4 */
	while (((size_t) 1 << index_bits) * 2 < (size_t) n * 5)
		index_bits++;
	index = xmalloc(((size_t) 1 << index_bits) * 8);
	memset(index, 0xFF, ((size_t) 1 << index_bits) * 8);
	for (i = 0; i < n; i++)
	{
		const unsigned char *p = pool + offsets[i];
		size_t		len = offsets[i + 1] - offsets[i];
		uint64_t	h = llmnum_vocab_hash(p, len);
		uint32_t	s;

		if (find_piece(index, index_bits, pool, p, len, &s) != UINT32_MAX)
			die("piece %u appears twice", i);
		put_le(index + 8 * (size_t) s,
			   (uint64_t) offsets[i] | ((uint64_t) i << 32) |
			   llmnum_vocab_key(len, h), 8);
	}
	/*
	 * The pair filter (sentencepiece.h): a bit in each half for every pair
	 * of pieces that a merge joins, so that most pairs that merge into
	 * nothing are told without probing the index.
	 */
	for (pass = 0; pass < 2; pass++)
	{
		for (i = 0; i < n; i++)
		{
			const unsigned char *p = pool + offsets[i];
			size_t		len = offsets[i + 1] - offsets[i];
			size_t		k;

			if (prio[i] == 0)
				continue;
			for (k = 1; k < len; k++)
			{
				uint32_t	l;
				uint32_t	r;
				uint32_t	unused;

				if ((p[k] & 0xC0) == 0x80)
					continue;
				l = find_piece(index, index_bits, pool, p, k, &unused);
				r = find_piece(index, index_bits, pool, p + k, len - k, &unused);
				if (l != UINT32_MAX && r != UINT32_MAX)
					gen_filter_add(&filter, l, r);
			}
		}
		if (pass == 0)
			gen_filter_size(&filter);
	}
	offset_bytes = xmalloc(((size_t) n + 1) * 4);
	for (i = 0; i <= n; i++)
		put_le(offset_bytes + 4 * (size_t) i, offsets[i], 4);

	out = fopen(argv[3], "w");
	if (out == NULL)
		die("cannot write %s: %s", argv[3], strerror(errno));
	fprintf(out,
			"/* GENERATED by data/tokenizer/gen_spm_vocab.c from %s: do not edit. */\n"
			"#include \"sentencepiece.h\"\n\n", argv[2]);
	emit_literal(out, "piece_bytes", pool, pool_len);
	emit_literal(out, "piece_offsets", offset_bytes, ((size_t) n + 1) * 4);
	emit_literal(out, "piece_index", index, ((size_t) 1 << index_bits) * 8);
	emit_literal(out, "piece_types", types, n);
	emit_u32(out, "piece_prio", prio, n);
	emit_u32(out, "byte_pieces", byte_ids, 256);
	emit_u32(out, "ascii_pieces", ascii_ids, 128);
	emit_literal(out, "pair_filter", filter.bits, gen_filter_bytes(&filter));
	if (added.n_nodes > 1)
		emit_trie(out, &added);
	fprintf(out, "static llmnum_spm_pair_slot pair_cache[1 << LLMNUM_SPM_PAIR_CACHE_BITS];\n\n");
	fprintf(out,
			"const llmnum_spm_vocab llmnum_spm_vocab_%s = {\n"
			"\t.n_pieces = %u, .index_bits = %u, .max_len = %u,\n"
			"\t.space_bridges = {UINT64_C(0x%016" PRIx64 "), UINT64_C(0x%016" PRIx64 "),\n"
			"\t\tUINT64_C(0x%016" PRIx64 "), UINT64_C(0x%016" PRIx64 ")},\n"
			"\t.add_prefix = %d, .order_by_length = %d,\n"
			"\t.space_id = %u,\n"
			"\t.byte_ids = byte_pieces, .ascii_ids = ascii_pieces,\n"
			"\t.prio = piece_prio, .types = piece_types,\n"
			"\t.bytes = piece_bytes, .offsets = piece_offsets, .index = piece_index,\n",
			argv[1], n, index_bits, max_len, bridges[0], bridges[1], bridges[2],
			bridges[3], add_prefix,
			order_by_length, space_id);
	if (added.n_nodes > 1)
		fprintf(out,
				"\t.added_root = added_root, .added_node_id = added_node_id,\n"
				"\t.added_child_start = added_child_start,\n"
				"\t.added_edge_byte = added_edge_byte, .added_edge_node = added_edge_node,\n");
	fprintf(out, "\t.pair_filter = pair_filter, .pair_filter_bits = %u,\n", filter.half_bits);
	fprintf(out, "\t.pair_cache = pair_cache,\n");
	fprintf(out, "};\n");

	/*
	 * The control pieces are the encoding's special tokens (special_tokens
	 * => true matches them in text); sentencepiece.h states their number,
	 * which the compiler checks here.
	 */
	fprintf(out, "\nconst llmnum_special_token llmnum_spm_specials_%s[] = {\n", argv[1]);
	for (i = 0; i < n; i++)
	{
		const unsigned char *p = pool + offsets[i];
		size_t		len = offsets[i + 1] - offsets[i];
		size_t		k;

		if (types[i] != 'C')
			continue;
		for (k = 0; k < len; k++)
			if (p[k] < 0x20 || p[k] > 0x7E || p[k] == '"' || p[k] == '\\')
				die("control piece %u is not plain ASCII", i);
		fprintf(out, "\t{%u, \"%.*s\"},\n", i, (int) len, (const char *) p);
	}
	fprintf(out, "};\n\n_Static_assert(sizeof(llmnum_spm_specials_%s) / sizeof(llmnum_special_token) ==\n"
			"\t\t\t   LLMNUM_SPM_N_SPECIALS_", argv[1]);
	for (i = 0; argv[1][i] != '\0'; i++)
		fputc(toupper((unsigned char) argv[1][i]), out);
	fprintf(out, ", \"sentencepiece.h states another number of control pieces\");\n");
	if (fclose(out) != 0)
		die("cannot write %s", argv[3]);
	return 0;
}
