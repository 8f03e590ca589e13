/*-------------------------------------------------------------------------
 *
 * llmnum_citus.h
 *	  The check that a Citus worker prices with the coordinator's user rows.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_CITUS_H
#define LLMNUM_CITUS_H

extern void llmnum_citus_check(void);

#endif							/* LLMNUM_CITUS_H */
