/*-------------------------------------------------------------------------
 *
 * llmnum_citus.h
 *	  The check that a Citus worker prices with the coordinator's user rows.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_CITUS_H
#define LLMNUM_CITUS_H

#include "utils/snapshot.h"

extern void llmnum_citus_check(void);
extern void llmnum_citus_verify(Snapshot snap);

#endif							/* LLMNUM_CITUS_H */
