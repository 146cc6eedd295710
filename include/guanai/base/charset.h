/* charset.h — the encodings of files that come from and go to Excel.
 *
 * Inside the program every string is UTF-8; files from Chinese Windows are
 * GBK, which GB18030 covers.  Detection looks at the WHOLE stream (DESIGN
 * §13): a BOM means UTF-8; else a stream that passes a strict UTF-8 check
 * from its first byte to its last is UTF-8; else it is GB18030.  Hundreds
 * of GBK name pairs (郑谢, 肖袁, 叶魏 …) are valid UTF-8 by accident, so a
 * decision on a prefix would be wrong.  Conversion streams through the
 * program's own codec (guanai/base/gb18030.h), not iconv:
 * nothing is held whole. */
#ifndef GUANAI_CHARSET_H
#define GUANAI_CHARSET_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "guanai/base/err.h"

enum charset {
	CHARSET_UTF8,
	CHARSET_GB18030,
};

/* "UTF-8" / "GB18030", for messages. */
const char *charset_name(enum charset cs);
/* Parse a --encoding word: utf-8, utf8, gb18030, gbk, gb2312, cp936 (any
 * case).  0, or -1 when unknown. */
int charset_parse(const char *word, enum charset *cs);

/* Incremental strict UTF-8 check over a stream cut into arbitrary chunks. */
struct utf8_check {
	unsigned char pend[4];
	size_t npend;
	int bad;		/* an invalid sequence was seen */
};
void utf8_check_init(struct utf8_check *c);
void utf8_check_feed(struct utf8_check *c, const char *p, size_t n);
/* True when everything fed is valid UTF-8 and no sequence is left open. */
int utf8_check_done(struct utf8_check *c);

/* Read fp from its current position to the end (a streaming pass, 64 KiB
 * at a time) and decide its encoding; *bom says whether it starts with the
 * UTF-8 BOM.  Rewinds fp to where it was.  -1 + ERR_IO on a read error. */
int charset_detect(FILE *fp, enum charset *cs, int *bom, struct err *e);

/* A stream of UTF-8 bytes decoded from a file in `cs`.  A leading BOM is
 * skipped.  An invalid byte sequence stops the read with ERR_INPUT naming
 * the line, so that a wrong --encoding is not silently turned into
 * mojibake.  Does not own fp; `path` names the file in messages. */
struct charset_reader;
struct charset_reader *charset_reader_new(FILE *fp, enum charset cs, const char *path);
void charset_reader_free(struct charset_reader **r);
/* Up to n bytes of UTF-8 into buf (a UTF-8 character may be split between
 * two calls); 0 at the end; -1 on error.  The signature is the CSV
 * reader's read callback. */
ssize_t charset_reader_read(void *r, char *buf, size_t n, struct err *e);

/* Writes UTF-8 text to fp in `cs` (with a BOM first when bom and cs is
 * UTF-8).  Does not own fp.  GB18030 encodes all of Unicode, so nothing is
 * lost; invalid UTF-8 in the input is an ERR_INPUT.  `name` is the file
 * as write errors name it. */
struct charset_writer;
struct charset_writer *charset_writer_new(FILE *fp, const char *name, enum charset cs,
    int bom);
void charset_writer_free(struct charset_writer **w);
int charset_write(struct charset_writer *w, const char *s, size_t n, struct err *e);
/* Flush what is pending (call before closing fp). */
int charset_writer_flush(struct charset_writer *w, struct err *e);

/* Convert a whole string (small ones: a header, a message); caller frees.
 * NULL + e on invalid input. */
char *charset_to_utf8(enum charset cs, const char *s, size_t n, struct err *e);
char *charset_from_utf8(enum charset cs, const char *s, size_t n, size_t *outlen,
    struct err *e);

#endif
