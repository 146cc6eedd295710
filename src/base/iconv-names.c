/* iconv-names.c — iconv_open, iconv and iconv_close for FreeXL in the
 * Windows build (issue 16), where no iconv library exists: the program's
 * own converters (guanai/base/iconv-own.h).  Built only on Windows
 * (mk/base.mk); FreeXL is compiled against dist/windows/iconv/iconv.h,
 * whose declarations these match. */
#include "config.h"

#include <stddef.h>

#include "guanai/base/iconv-own.h"

typedef void *iconv_t;

iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf,
    size_t *outbytesleft);
int iconv_close(iconv_t cd);

iconv_t
iconv_open(const char *tocode, const char *fromcode)
{
	struct own_iconv *cd = own_iconv_open(tocode, fromcode);

	return cd != NULL ? (iconv_t)cd : (iconv_t)-1;
}

size_t
iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf,
    size_t *outbytesleft)
{
	return own_iconv(cd != (iconv_t)-1 ? cd : NULL, inbuf, inbytesleft, outbuf, outbytesleft);
}

int
iconv_close(iconv_t cd)
{
	return own_iconv_close(cd != (iconv_t)-1 ? cd : NULL);
}
