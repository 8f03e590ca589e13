/*-------------------------------------------------------------------------
 *
 * sentencepiece.h
 *	  Exact SentencePiece-BPE tokenization (Llama 2, Mistral's v1-v3,
 *	  Gemma 2 and 3).
 *
 * The engine behind the encodings whose llmnum_encoding has an spm
 * vocabulary; bpe.c's entry points hand those over to it, so callers see
 * the same API (tokenizer.h) for every encoding.
 *
 * What it computes equals the models' Hugging Face tokenizer.json (and
 * SentencePiece's own BPE): the added pieces of the vocabulary, if any
 * (Gemma's), are matched in the text first, leftmost and then longest,
 * and each becomes its token; the text between them is normalized by
 * prepending one "▁" (U+2581) to the text (not for Gemma) and turning
 * every space into "▁"; each character becomes the piece of that
 * character, or, if the vocabulary has none, one byte-fallback piece
 * <0xXX> per UTF-8 byte; then adjacent pieces whose concatenation is a
 * piece are merged, lowest merge priority first (for equal priorities
 * lowest left id, then right id, then leftmost; Gemma: longest left
 * piece, then longest right piece first).  No BOS is added and
 * special-token strings ("<s>", "<start_of_turn>") are ordinary text.
 *
 * Pure C, no PostgreSQL headers; memory through the llmnum_host.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_SENTENCEPIECE_H
#define LLMNUM_SENTENCEPIECE_H

#include <stddef.h>
#include <stdint.h>

#include "tokenizer.h"
#include "vocab_hash.h"

/* Piece types (one byte per piece in llmnum_spm_vocab.types). */
#define LLMNUM_SPM_NORMAL 'N'
#define LLMNUM_SPM_BYTE 'B'		/* <0xXX>: decodes to that byte */
#define LLMNUM_SPM_CONTROL 'C'	/* <unk>, <s>, </s>: never produced */
#define LLMNUM_SPM_ADDED 'A'	/* matched in the text before merging */

/*
 * A slot of a vocabulary's pair cache (sentencepiece.c): the merge key of
 * a pair of pieces and the piece it makes.
 */
typedef struct llmnum_spm_pair_slot
{
	uint64_t	key;
	uint32_t	piece;
} llmnum_spm_pair_slot;

/*
 * Slots of a pair cache: 2^17 of 16 bytes, 2 MiB of static memory per
 * vocabulary, resident as far as a backend's words reach it.  Words of
 * distinct pseudo-random letters (the worst case) create more pairs than
 * 2^15 slots held: 5-10% faster with 2^17 on those and on ordinary text
 * (docs/benchmarks.md, "What is left").
 */
#define LLMNUM_SPM_PAIR_CACHE_BITS 17

/*
 * A SentencePiece vocabulary compiled into the library
 * (data/tokenizer/<name>.spm turned into src/vocab_<name>.c by
 * data/tokenizer/gen_spm_vocab.c).  Pieces are stored as UTF-8 with "▁"
 * kept; the index maps piece bytes to ids with the hash and slot layout of
 * vocab_hash.h.
 */
typedef struct llmnum_spm_vocab
{
	uint32_t	n_pieces;
	uint32_t	index_bits;		/* the index has 1 << index_bits slots */
	uint32_t	max_len;		/* longest piece, in bytes */

	/*
	 * Bytes (a 256-bit set) that end a character some piece has right
	 * before a "▁" (Gemma 3's ">▁</"; none in the others).  A piece can
	 * span the start of a run of spaces only after such a byte, so the
	 * text is merged word by word (a word: spaces, then no space), words
	 * joined where the byte before the spaces is in the set, and the result
	 * is the same as merging the whole text.
	 */
	uint64_t	space_bridges[4];
	int			add_prefix;		/* prepend "▁" to the text (not Gemma) */

	/*
	 * 1 if merges of one priority are taken longest left piece first, then
	 * longest right piece (Gemma 2 and 3), else lowest left id first, then
	 * right id.
	 */
	int			order_by_length;
	uint32_t	space_id;		/* the piece "▁" */
	const uint32_t *byte_ids;	/* 256: id of <0xXX> */
	const uint32_t *ascii_ids;	/* 128: id of each ASCII character's piece
								 * (space: "▁"), or UINT32_MAX */
	const uint32_t *prio;		/* merge priority of each piece, 1 first;
								 * 0: no merge makes it */
	const unsigned char *types; /* LLMNUM_SPM_* of each piece */
	const unsigned char *bytes; /* piece bytes, concatenated in id order */
	const unsigned char *offsets;	/* n_pieces + 1 little-endian uint32 */
	const unsigned char *index; /* little-endian uint64 slots */

	/*
	 * The pair filter: two halves of 1 << pair_filter_bits bits, see
	 * llmnum_pair_filter_bit().  A clear bit means the pair makes no piece,
	 * which saves a probe of the index.
	 */
	const unsigned char *pair_filter;
	uint32_t	pair_filter_bits;

	/*
	 * The pair cache: 1 << LLMNUM_SPM_PAIR_CACHE_BITS slots of the
	 * process's zero-initialised memory (a backend is single-threaded;
	 * only the pages used become resident), which sentencepiece.c writes.
	 */
	llmnum_spm_pair_slot *pair_cache;

	/*
	 * The added pieces (Gemma's newline runs, HTML tags, <unusedN>...), as
	 * a trie: added_root[byte] is the node after that first byte (0: no
	 * added piece starts with it; NULL: the vocabulary has none); a node's
	 * edges are added_child_start[node] .. added_child_start[node + 1] - 1,
	 * sorted by added_edge_byte; added_node_id is the piece ending at a
	 * node, or UINT32_MAX.
	 */
	const uint32_t *added_root;
	const uint32_t *added_node_id;
	const uint32_t *added_child_start;
	const unsigned char *added_edge_byte;
	const uint32_t *added_edge_node;
} llmnum_spm_vocab;

/*
 * A merge's key (sentencepiece.c), lowest merged first: the priority of
 * the piece it makes (bits 46-63), then, for a vocabulary ordered by
 * length, LLMNUM_SPM_KEY_MAX_CHARS minus the characters of the left piece
 * and of the right piece (bits 41-45 and 36-40; zero otherwise), then the
 * left and right ids (bits 18-35, 0-17).  gen_spm_vocab.c checks that a
 * vocabulary's priorities, merged ids and lengths fit.
 */
#define LLMNUM_SPM_KEY_ID_BITS 18
#define LLMNUM_SPM_KEY_PRIO_SHIFT 46
#define LLMNUM_SPM_KEY_MAX_CHARS 31

extern const llmnum_spm_vocab llmnum_spm_vocab_llama2;
extern const llmnum_spm_vocab llmnum_spm_vocab_mistral_v1;
extern const llmnum_spm_vocab llmnum_spm_vocab_mistral_v2;
extern const llmnum_spm_vocab llmnum_spm_vocab_mistral_v3;
extern const llmnum_spm_vocab llmnum_spm_vocab_gemma2;
extern const llmnum_spm_vocab llmnum_spm_vocab_gemma3;

/*
 * Each vocabulary's control pieces (<unk>, <s>, </s>; for mistral_v2 and
 * mistral_v3 also [INST], [/INST], [TOOL_CALLS]... [control_N]), by id: the special tokens
 * of its encoding.  Written by gen_spm_vocab.c with the vocabulary, which
 * has the compiler check these counts.
 */
#define LLMNUM_SPM_N_SPECIALS_LLAMA2 3
#define LLMNUM_SPM_N_SPECIALS_MISTRAL_V1 3
#define LLMNUM_SPM_N_SPECIALS_MISTRAL_V2 771
#define LLMNUM_SPM_N_SPECIALS_MISTRAL_V3 771
#define LLMNUM_SPM_N_SPECIALS_GEMMA2 6
#define LLMNUM_SPM_N_SPECIALS_GEMMA3 9
extern const llmnum_special_token llmnum_spm_specials_llama2[];
extern const llmnum_special_token llmnum_spm_specials_mistral_v1[];
extern const llmnum_special_token llmnum_spm_specials_mistral_v2[];
extern const llmnum_special_token llmnum_spm_specials_mistral_v3[];
extern const llmnum_special_token llmnum_spm_specials_gemma2[];
extern const llmnum_special_token llmnum_spm_specials_gemma3[];

/*
 * The longest word merged at once (a run of spaces and the characters up
 * to the next space; Chinese or Japanese text has no spaces, so a whole
 * document can be one word): the same limit as the byte-level engine's
 * pieces.  Merging needs 24 bytes per character plus up to 24 per
 * character for the merge buckets, so a 16 MiB word of ASCII letters
 * takes up to about 800 MB; a word of text takes a few kilobytes.
 */
#define LLMNUM_SPM_MAX_WORD LLMNUM_TOKENIZER_MAX_PIECE

/* As llmnum_tokenizer_count, encode_piece and decode (tokenizer.h). */
extern llmnum_tokenizer_status llmnum_spm_count(const llmnum_spm_vocab *v,
												const unsigned char *text, size_t len,
												size_t *count, const llmnum_host *host);
extern llmnum_tokenizer_status llmnum_spm_encode_piece(const llmnum_spm_vocab *v,
													   const unsigned char *text, size_t len,
													   size_t *pos, int with_starts,
													   llmnum_tokens *out,
													   const llmnum_host *host);

/*
 * The text of piece id (< v->n_pieces) into buf, if not NULL: "▁" as a
 * space, a byte piece as its byte, a control piece as its name; returns
 * its length (at most 4 * max_len).
 */
extern size_t llmnum_spm_piece_text(const llmnum_spm_vocab *v, uint32_t id,
									unsigned char *buf);

/*
 * Text of a token sequence: "▁" back to spaces, byte pieces re-assembled
 * into their bytes, control pieces as their text, and one leading space
 * dropped (the one the encoder prepends), as Hugging Face's decoder does.
 */
extern llmnum_tokenizer_status llmnum_spm_decode(const llmnum_spm_vocab *v,
												 const int32_t *ids, size_t n,
												 unsigned char **out, size_t *out_len,
												 size_t *bad_index,
												 const llmnum_host *host);

#endif							/* LLMNUM_SENTENCEPIECE_H */
