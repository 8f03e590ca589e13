/*-------------------------------------------------------------------------
 *
 * shown_name.h
 *	  How a user-supplied name is quoted in an error message.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_SHOWN_NAME_H
#define LLMNUM_SHOWN_NAME_H

#define LLMNUM_SHOWN_NAME_MAX 64

extern char *llmnum_shown_name(const char *name, int len);

#endif							/* LLMNUM_SHOWN_NAME_H */
