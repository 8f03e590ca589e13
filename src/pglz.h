/*-------------------------------------------------------------------------
 *
 * pglz.h
 *	  Decoder of PostgreSQL's pglz compression format, for large text
 *	  values handed to the tokenizer.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_PGLZ_H
#define LLMNUM_PGLZ_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Decodes the pglz stream src[0, slen) into dst[0, rawsize).  True when the
 * stream is valid and yields exactly rawsize bytes: the streams that
 * PostgreSQL's pglz_decompress(..., check_complete = true) accepts, with
 * the same bytes.  False for a corrupt stream; dst is then undefined.
 * Never reads outside src nor writes outside dst.
 */
extern bool llmnum_pglz_decompress(const unsigned char *src, size_t slen,
								   unsigned char *dst, size_t rawsize);

#endif							/* LLMNUM_PGLZ_H */
