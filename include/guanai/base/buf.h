/* buf.h — a growable NUL-terminated byte string. */
#ifndef GUANAI_BUF_H
#define GUANAI_BUF_H

#include <stddef.h>
#include "guanai/base/err.h"

struct buf {
	char *s;		/* always NUL-terminated once anything is added */
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) GUANAI_PRINTF(2, 3);
void buf_reset(struct buf *b);			/* empty, keep memory */
const char *buf_str(const struct buf *b);	/* "" when nothing added */
char *buf_detach(struct buf *b);		/* caller owns; b is emptied */
void buf_free(struct buf *b);

#endif
