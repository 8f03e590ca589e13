/*-------------------------------------------------------------------------
 *
 * llmnum.h
 *	  Load-time setup of the SQL modules, called from _PG_init (llmnum.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_H
#define LLMNUM_H

/* Registers llmnum.default_encoding; called from _PG_init. */
extern void llmnum_tokenizer_init(void);

#endif							/* LLMNUM_H */
