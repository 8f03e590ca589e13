/*-------------------------------------------------------------------------
 *
 * nfc.h
 *	  Unicode Normalization Form C of UTF-8 text, for the encodings whose
 *	  tokenizer normalizes before it splits (qwen2).
 *
 * A pure engine like the tokenizer: no PostgreSQL headers, memory through
 * an llmnum_host.  The result equals JavaScript's
 * String.prototype.normalize('NFC') of the Unicode version recorded in
 * llmnum_nfc_unicode_version (nfc_tables.c).  Bytes that are not valid
 * UTF-8 are left as they are and, like characters that never change under
 * NFC, end the span that is being normalized.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_NFC_H
#define LLMNUM_NFC_H

#include <stddef.h>

#include "host.h"

/*
 * Length of the longest prefix of s[0..len) that the quick check proves to
 * be NFC; len when the whole text is.  Text whose characters are all below
 * U+0300 (ASCII, Latin-1, most Latin text) or otherwise "safe" (never
 * changed by NFC, never combining with what precedes: CJK, Hangul
 * syllables, Cyrillic...) passes whole.
 */
extern size_t llmnum_nfc_quick_check(const unsigned char *s, size_t len);

/*
 * NFC of s[0..len).  Returns 0 when the text is already NFC: nothing is
 * allocated and *out is untouched.  Otherwise returns 1 and sets *out to a
 * host allocation of *out_len bytes plus a terminating NUL.  Only the spans
 * around characters that the quick check cannot pass are normalized; the
 * rest is copied.
 */
extern int	llmnum_nfc(const unsigned char *s, size_t len,
					   unsigned char **out, size_t *out_len,
					   const llmnum_host *host);

#endif							/* LLMNUM_NFC_H */
