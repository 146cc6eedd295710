/* iconv-own.c — iconv(3) for the charsets FreeXL asks for, to UTF-8, on
 * the program's GB18030 codec and UTF-16; see guanai/base/iconv-own.h. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/gb18030.h"
#include "guanai/base/iconv-own.h"
#include "guanai/base/utf8.h"

/* Decode one character at p (n > 0 bytes): bytes used and *cp, or 0 with
 * errno EILSEQ (invalid) or EINVAL (p[0..n) is the start of a longer one). */
typedef size_t (*own_decode_fn)(const unsigned char *p, size_t n, uint32_t *cp);

struct own_iconv {
	own_decode_fn decode;
};

static size_t
dec_ascii(const unsigned char *p, size_t n, uint32_t *cp)
{
	if (p[0] >= 0x80) {
		errno = EILSEQ;
		return 0;
	}
	*cp = p[0];
	return 1;
}

/* CP1252: Latin-1 but for 0x80..0x9F; five of those are unassigned. */
static const uint16_t cp1252_hi[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

static size_t
dec_cp1252(const unsigned char *p, size_t n, uint32_t *cp)
{
	*cp = p[0];
	if (p[0] >= 0x80 && p[0] <= 0x9f && (*cp = cp1252_hi[p[0] - 0x80]) == 0) {
		errno = EILSEQ;
		return 0;
	}
	return 1;
}

static size_t
dec_gb18030(const unsigned char *p, size_t n, uint32_t *cp)
{
	int r = gb18030_decode(p, n, cp);

	if (r > 0)
		return (size_t)r;
	errno = r == GB18030_INCOMPLETE ? EINVAL : EILSEQ;
	return 0;
}

/* CP936 (GBK): GB18030 without its four-byte sequences, and 0x80 the euro
 * sign as Windows has it. */
static size_t
dec_cp936(const unsigned char *p, size_t n, uint32_t *cp)
{
	if (p[0] == 0x80) {
		*cp = 0x20ac;
		return 1;
	}
	if (p[0] > 0x80 && n >= 2 && p[1] >= 0x30 && p[1] <= 0x39) {
		errno = EILSEQ;	/* a GB18030 four-byte sequence */
		return 0;
	}
	return dec_gb18030(p, n < 2 ? n : 2, cp);
}

static size_t
dec_utf16le(const unsigned char *p, size_t n, uint32_t *cp)
{
	uint32_t u, lo;

	if (n < 2) {
		errno = EINVAL;
		return 0;
	}
	u = p[0] | (uint32_t)p[1] << 8;
	if (u < 0xd800 || u > 0xdfff) {
		*cp = u;
		return 2;
	}
	if (u >= 0xdc00) {	/* a low surrogate first */
		errno = EILSEQ;
		return 0;
	}
	if (n < 4) {
		errno = EINVAL;
		return 0;
	}
	lo = p[2] | (uint32_t)p[3] << 8;
	if (lo < 0xdc00 || lo > 0xdfff) {
		errno = EILSEQ;
		return 0;
	}
	*cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
	return 4;
}

static const struct {
	const char *name;
	own_decode_fn decode;
} own_from[] = {
	{ "UTF-16LE", dec_utf16le },
	{ "CP936", dec_cp936 },
	{ "GBK", dec_cp936 },
	{ "GB18030", dec_gb18030 },
	{ "CP1252", dec_cp1252 },
	{ "ASCII", dec_ascii },
	{ "US-ASCII", dec_ascii },
};

static int
same_name(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		char x = *a >= 'a' && *a <= 'z' ? (char)(*a - 'a' + 'A') : *a;

		if (x != *b)
			return 0;
	}
	return *a == *b;
}

struct own_iconv *
own_iconv_open(const char *tocode, const char *fromcode)
{
	struct own_iconv *cd;
	size_t i;

	if (tocode == NULL || fromcode == NULL ||
	    (!same_name(tocode, "UTF-8") && !same_name(tocode, "UTF8")))
		goto unsupported;
	for (i = 0; i < sizeof own_from / sizeof own_from[0]; i++)
		if (same_name(fromcode, own_from[i].name)) {
			if ((cd = malloc(sizeof *cd)) == NULL) {
				errno = ENOMEM;
				return NULL;
			}
			cd->decode = own_from[i].decode;
			return cd;
		}
unsupported:
	errno = EINVAL;
	return NULL;
}

size_t
own_iconv(struct own_iconv *cd, char **in, size_t *inleft, char **out,
    size_t *outleft)
{
	const unsigned char *p;
	char u[4];
	uint32_t cp;
	size_t k, m;

	if (cd == NULL) {
		errno = EBADF;
		return (size_t)-1;
	}
	if (in == NULL || *in == NULL)
		return 0;	/* a reset: there is no state */
	while (*inleft > 0) {
		p = (const unsigned char *)*in;
		if ((k = cd->decode(p, *inleft, &cp)) == 0)
			return (size_t)-1;	/* errno set by the decoder */
		m = utf8_encode(cp, u);
		if (m > *outleft) {
			errno = E2BIG;
			return (size_t)-1;
		}
		memcpy(*out, u, m);
		*out += m;
		*outleft -= m;
		*in += k;
		*inleft -= k;
	}
	return 0;
}

int
own_iconv_close(struct own_iconv *cd)
{
	if (cd == NULL) {
		errno = EBADF;
		return -1;
	}
	free(cd);
	return 0;
}
