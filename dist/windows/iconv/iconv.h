/* iconv.h — for compiling FreeXL for Windows only (dist/windows/build-deps.sh).
 *
 * Debian builds no iconv for Windows.  guanai.exe supplies these three
 * functions itself (src/base/iconv-names.c over src/base/iconv-own.c, the
 * program's own GB18030 codec and UTF-16): to "UTF-8" from UTF-16LE, CP936
 * (GBK), GB18030, CP1252 and ASCII — what FreeXL asks for in BIFF8 files and
 * Chinese and Western BIFF5 ones.  Any other charset fails iconv_open with
 * EINVAL. */
#ifndef GUANAI_WINDOWS_ICONV_H
#define GUANAI_WINDOWS_ICONV_H

#include <stddef.h>

typedef void *iconv_t;

iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf,
    size_t *outbytesleft);
int iconv_close(iconv_t cd);

#endif
