/* mem.h — allocation that aborts on out-of-memory, and small string helpers.
 * Every returned pointer is the caller's to free(). */
#ifndef GUANAI_MEM_H
#define GUANAI_MEM_H

#include <stddef.h>
#include "guanai/base/err.h"

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);		/* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) GUANAI_PRINTF(1, 2);
/* free(*p) and set *p = NULL. */
void xfree(char **p);
/* Replace *dst by a copy of src (NULL allowed). */
void xstrset(char **dst, const char *src);

/* True when s is NULL or holds only ASCII blanks. */
int str_empty(const char *s);
/* Copy of s without leading/trailing ASCII and full-width (U+3000) blanks. */
char *str_trim(const char *s);
/* Length of the blank str_trim takes off at s: an ASCII blank (1), U+3000
 * the ideographic space (3), or 0. */
static inline size_t
str_blank_len(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		return 1;
	if ((unsigned char)s[0] == 0xe3 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0x80)
		return 3;
	return 0;
}

int str_eq(const char *a, const char *b);	/* NULL equals NULL and "" */
int str_has_prefix(const char *s, const char *prefix);
int str_has_suffix(const char *s, const char *suffix);

#endif
