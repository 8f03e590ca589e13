/*-------------------------------------------------------------------------
 *
 * tokenizer.h
 *	  Load-time setup of the SQL tokenizer functions (tokenizer.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_TOKENIZER_H
#define LLMNUM_TOKENIZER_H

/* Registers llmnum.default_encoding; called from _PG_init. */
extern void llmnum_tokenizer_init(void);

#endif							/* LLMNUM_TOKENIZER_H */
