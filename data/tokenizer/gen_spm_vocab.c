/*-------------------------------------------------------------------------
 *
 * gen_spm_vocab.c
 *	  Build-time generator: turn a SentencePiece vocabulary (.spm) into C.
 *
 * Usage: gen_spm_vocab NAME INPUT.spm OUTPUT.c
 *
 * A .spm file (written once by gen_spm_vocabs.mjs) has one line per piece,
 * in id order: "<id> <type> <merge priority> <base64 of the piece>", type
 * N (normal), B (byte fallback <0xXX>) or C (control).  The output defines
 * `const llmnum_spm_vocab llmnum_spm_vocab_NAME` (src/sentencepiece.h):
 * piece bytes, offsets and the bytes-to-id index laid out as in
 * vocab_hash.h, plus the tables the engine needs (priorities, types, the
 * byte pieces, the ASCII characters' pieces).  It also decides
 * split_at_space: whether any piece has "▁" right after another character.
 *
 *-------------------------------------------------------------------------
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

#define MAX_PIECES (1u << 20)
#define MAX_PIECE_LEN 255

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
	int			split_at_space = 1;
	uint32_t	index_bits = 4;
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
	while (fgets(line, sizeof(line), in) != NULL)
	{
		unsigned long id;
		unsigned long pr;
		char		type;
		int			consumed;
		size_t		len;
		unsigned char *p;

		lineno++;
		if (sscanf(line, "%lu %c %lu %n", &id, &type, &pr, &consumed) != 3)
			die("line %ld: expected \"id type priority base64\"", lineno);
		if (id != n || n >= MAX_PIECES)
			die("line %ld: ids must run 0, 1, 2, ... (< %u)", lineno, MAX_PIECES);
		if (type != 'N' && type != 'B' && type != 'C')
			die("line %ld: unknown type %c", lineno, type);
		if (pool_len + MAX_PIECE_LEN + 4 > (size_t) MAX_PIECES * 16)
			die("line %ld: pieces too long in total", lineno);
		p = pool + pool_len;
		len = b64_decode(line + consumed, strcspn(line + consumed, "=\n"), p, lineno);
		if (len == 0 || len > MAX_PIECE_LEN)
			die("line %ld: piece of %zu bytes", lineno, len);
		offsets[n] = (uint32_t) pool_len;
		prio[n] = (uint32_t) pr;
		if (pr >= (1u << 20))
			die("line %ld: priority too large for the merge key", lineno);
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
		if (type == 'N')
		{
			size_t		k;

			if (len == 1 && p[0] < 0x80)
				ascii_ids[p[0]] = n;
			if (len == 3 && memcmp(p, "\xE2\x96\x81", 3) == 0)
				space_id = n;
			/* "▁" after a character other than "▁"? */
			for (k = 1; k + 3 <= len; k++)
				if (memcmp(p + k, "\xE2\x96\x81", 3) == 0 &&
					!(k >= 3 && memcmp(p + k - 3, "\xE2\x96\x81", 3) == 0))
					split_at_space = 0;
		}
		if (len > max_len)
			max_len = (uint32_t) len;
		pool_len += len;
		n++;
	}
	fclose(in);
	offsets[n] = (uint32_t) pool_len;
	for (i = 0; i < 256; i++)
		if (byte_ids[i] == UINT32_MAX)
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
		uint32_t	mask = (1u << index_bits) - 1;
		uint32_t	s;

		for (s = (uint32_t) h & mask;; s = (s + 1) & mask)
		{
			uint64_t	slot = llmnum_load_le64(index + 8 * (size_t) s);

			if (slot == LLMNUM_VOCAB_SLOT_EMPTY)
				break;
			if (((slot >> 52) & 0xFF) == len &&
				memcmp(pool + (uint32_t) slot, p, len) == 0)
				die("piece %u appears twice", i);
		}
		put_le(index + 8 * (size_t) s,
			   (uint64_t) offsets[i] | ((uint64_t) i << 32) |
			   llmnum_vocab_key(len, h), 8);
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
	fprintf(out,
			"const llmnum_spm_vocab llmnum_spm_vocab_%s = {\n"
			"\t%u, %u, %u, %d, %u,\n"
			"\tbyte_pieces, ascii_pieces, piece_prio, piece_types,\n"
			"\tpiece_bytes, piece_offsets, piece_index\n"
			"};\n", argv[1], n, index_bits, max_len, split_at_space, space_id);

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
