/* iconv-own.h — the few iconv conversions FreeXL needs, on the program's
 * own codecs (issue 16).
 *
 * Debian builds no iconv for Windows, and FreeXL (the .xls reader) turns the
 * text of a workbook into UTF-8 through iconv_open/iconv/iconv_close.  On
 * Windows those three names are these functions (src/base/iconv-names.c);
 * elsewhere glibc's iconv serves FreeXL and these are only tested against
 * it (tests/unit/test-iconv-own.c).
 *
 * To "UTF-8" from:
 *   UTF-16LE          BIFF8 (Excel 97–2003) strings, sheet and stream names
 *   CP936, GBK        BIFF5 files from Chinese Excel/WPS: one byte ASCII
 *                     (0x80 the euro sign), two bytes as GB18030
 *   GB18030           also four bytes
 *   CP1252            BIFF5 files from Western Excel; BIFF2–4's default
 *   ASCII, US-ASCII
 * Names are matched without regard to case.  Anything else: own_iconv_open
 * fails with EINVAL, and FreeXL reports an unsupported charset.
 *
 * own_iconv has iconv(3)'s contract: it converts whole characters, advancing
 * *in, *inleft, *out and *outleft, and returns 0 (nothing is converted
 * irreversibly) or (size_t)-1 with errno E2BIG (no room for the next
 * character), EILSEQ (an invalid sequence; *in points at it) or EINVAL (the
 * input ends inside a character; *in points at its start).  The converters
 * keep no state between calls: a NULL in or *in is a reset that does nothing. */
#ifndef GUANAI_ICONV_OWN_H
#define GUANAI_ICONV_OWN_H

#include <stddef.h>

struct own_iconv;

/* A converter the caller frees with own_iconv_close; NULL + errno EINVAL
 * when the pair is not one of the above (ENOMEM when out of memory). */
struct own_iconv *own_iconv_open(const char *tocode, const char *fromcode);
size_t own_iconv(struct own_iconv *cd, char **in, size_t *inleft, char **out,
    size_t *outleft);
/* 0; -1 + EBADF for a NULL converter. */
int own_iconv_close(struct own_iconv *cd);

#endif
