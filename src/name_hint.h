/*-------------------------------------------------------------------------
 *
 * name_hint.h
 *	  How names appear in error messages: cut to a readable length, and
 *	  the closest known names as a hint.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_NAME_HINT_H
#define LLMNUM_NAME_HINT_H

#define LLMNUM_SHOWN_NAME_MAX 64

extern char *llmnum_shown_name(const char *name, int len);

/* How many names the hint of an unknown-name error lists. */
#define LLMNUM_HINT_NAMES 3

extern char *llmnum_closest_names_hint(const char *query,
									   const char *const *names, size_t n);

#endif							/* LLMNUM_NAME_HINT_H */
