/* gb18030.c — GB18030 <-> Unicode with generated tables; see
 * guanai/base/gb18030.h. */
#include "config.h"

#include <string.h>

#include "guanai/base/gb18030.h"
#include "guanai/base/utf8.h"

struct gb2_pair {
	uint16_t cp, idx;
};
struct gb2_supp {
	uint32_t cp;
	uint16_t idx;
};
struct gb4_run {
	uint16_t lin, cp, len;
};

#include "src/base/gb18030-table.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])
#define BMP4_END 39420UL	/* linear indexes of 0x81308130..0x8431A439 */
#define SUPP_LIN 189000UL	/* linear index of 0x90308130 = U+10000 */

static int
is_lead(unsigned b)
{
	return b >= 0x81 && b <= 0xfe;
}

static int
is_digit(unsigned b)
{
	return b >= 0x30 && b <= 0x39;
}

static int
bmp4_decode(unsigned long lin, uint32_t *cp)
{
	size_t lo = 0, hi = NELEM(gb4_lin);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (lin < gb4_lin[mid].lin)
			hi = mid;
		else if (lin >= (unsigned long)gb4_lin[mid].lin + gb4_lin[mid].len)
			lo = mid + 1;
		else {
			*cp = gb4_lin[mid].cp + (uint32_t)(lin - gb4_lin[mid].lin);
			return 0;
		}
	}
	return -1;
}

int
gb18030_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	unsigned long lin;
	unsigned b1, b2, t;
	size_t t2;

	if (n == 0)
		return GB18030_INCOMPLETE;
	b1 = p[0];
	if (b1 < 0x80) {
		*cp = b1;
		return 1;
	}
	if (!is_lead(b1))
		return GB18030_INVALID;
	if (n < 2)
		return GB18030_INCOMPLETE;
	b2 = p[1];
	if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
		t = b2 - 0x40 - (b2 > 0x7f);
		t += (b1 - 0x81) * 190;
		*cp = gb2_dec[t];
		if (*cp != 0)
			return 2;
		for (t2 = 0; t2 < NELEM(gb2_supp); t2++)
			if (gb2_supp[t2].idx == t) {
				*cp = gb2_supp[t2].cp;
				return 2;
			}
		return GB18030_INVALID;
	}
	if (!is_digit(b2))
		return GB18030_INVALID;
	if (n < 3)
		return GB18030_INCOMPLETE;
	if (!is_lead(p[2]))
		return GB18030_INVALID;
	if (n < 4)
		return GB18030_INCOMPLETE;
	if (!is_digit(p[3]))
		return GB18030_INVALID;
	lin = (((unsigned long)(b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (p[2] - 0x81)) * 10 +
	    (p[3] - 0x30);
	if (lin < BMP4_END)
		return bmp4_decode(lin, cp) == 0 ? 4 : GB18030_INVALID;
	if (lin >= SUPP_LIN && lin - SUPP_LIN <= 0x10ffffUL - 0x10000UL) {
		*cp = (uint32_t)(0x10000UL + (lin - SUPP_LIN));
		return 4;
	}
	return GB18030_INVALID;
}

static size_t
put4(unsigned long lin, unsigned char *out)
{
	out[3] = (unsigned char)(0x30 + lin % 10);
	lin /= 10;
	out[2] = (unsigned char)(0x81 + lin % 126);
	lin /= 126;
	out[1] = (unsigned char)(0x30 + lin % 10);
	out[0] = (unsigned char)(0x81 + lin / 10);
	return 4;
}

static size_t
put2(unsigned idx, unsigned char *out)
{
	out[0] = (unsigned char)(0x81 + idx / 190);
	out[1] = (unsigned char)(0x40 + idx % 190);
	if (out[1] >= 0x7f)
		out[1]++;
	return 2;
}

size_t
gb18030_encode(uint32_t cp, unsigned char out[GB18030_MAXLEN])
{
	size_t lo, hi, mid;

	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	if (cp >= 0x10000) {
		for (mid = 0; mid < NELEM(gb2_supp); mid++)
			if (gb2_supp[mid].cp == cp)
				return put2(gb2_supp[mid].idx, out);
		return put4(SUPP_LIN + (cp - 0x10000), out);
	}
	lo = 0;
	hi = NELEM(gb2_enc);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < gb2_enc[mid].cp)
			hi = mid;
		else if (cp > gb2_enc[mid].cp)
			lo = mid + 1;
		else
			return put2(gb2_enc[mid].idx, out);
	}
	lo = 0;
	hi = NELEM(gb4_cp);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < gb4_cp[mid].cp)
			hi = mid;
		else if (cp >= (uint32_t)gb4_cp[mid].cp + gb4_cp[mid].len)
			lo = mid + 1;
		else
			return put4(gb4_cp[mid].lin + (cp - gb4_cp[mid].cp), out);
	}
	return 0;	/* not reached: every BMP scalar value has a sequence */
}

/* ---- streaming -------------------------------------------------------- */

void
gb18030_decoder_init(struct gb18030_decoder *d)
{
	memset(d, 0, sizeof *d);
}

int
gb18030_decode_utf8(struct gb18030_decoder *d, const char **in, size_t *inlen,
    char **out, size_t *outlen)
{
	const unsigned char *p = (const unsigned char *)*in;
	size_t left = *inlen;
	char u[4];
	uint32_t cp;
	size_t ul;
	int k;

	/* a character left open by the previous chunk */
	while (d->npend > 0) {
		unsigned char tmp[GB18030_MAXLEN];
		size_t take = GB18030_MAXLEN - d->npend;

		if (take > left)
			take = left;
		memcpy(tmp, d->pend, d->npend);
		memcpy(tmp + d->npend, p, take);
		k = gb18030_decode(tmp, d->npend + take, &cp);
		if (k == GB18030_INVALID)
			goto stop;
		if (k == GB18030_INCOMPLETE) {
			/* all of the input is the open character's */
			memcpy(d->pend + d->npend, p, left);
			d->npend += left;
			p += left;
			left = 0;
			goto stop;
		}
		ul = utf8_encode(cp, u);
		if (ul > *outlen) {
			k = GB18030_FULL;
			goto stop;
		}
		memcpy(*out, u, ul);
		*out += ul;
		*outlen -= ul;
		p += (size_t)k - d->npend;
		left -= (size_t)k - d->npend;
		d->pos += (unsigned long long)k;
		d->npend = 0;
	}
	while (left > 0) {
		if (p[0] < 0x80) {
			/* the common case: ASCII (commas, digits, newlines) */
			if (*outlen == 0) {
				k = GB18030_FULL;
				goto stop;
			}
			*(*out)++ = (char)p[0];
			(*outlen)--;
			p++;
			left--;
			d->pos++;
			continue;
		}
		/* the next most common: a 2-byte character of the table, three
		 * bytes of UTF-8 (a name, an address); no call, no copy */
		if (left >= 2 && *outlen >= 3 && is_lead(p[0]) &&
		    ((p[1] >= 0x40 && p[1] <= 0x7e) || (p[1] >= 0x80 && p[1] <= 0xfe)) &&
		    (cp = gb2_dec[(p[0] - 0x81) * 190 + p[1] - 0x40 - (p[1] > 0x7f)]) >= 0x800) {
			unsigned char *o = (unsigned char *)*out;

			o[0] = (unsigned char)(0xe0 | (cp >> 12));
			o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
			o[2] = (unsigned char)(0x80 | (cp & 0x3f));
			*out += 3;
			*outlen -= 3;
			p += 2;
			left -= 2;
			d->pos += 2;
			continue;
		}
		k = gb18030_decode(p, left, &cp);
		if (k == GB18030_INVALID)
			goto stop;
		if (k == GB18030_INCOMPLETE) {
			memcpy(d->pend, p, left);
			d->npend = left;
			p += left;
			left = 0;
			break;
		}
		ul = utf8_encode(cp, u);
		if (ul > *outlen) {
			k = GB18030_FULL;
			goto stop;
		}
		memcpy(*out, u, ul);
		*out += ul;
		*outlen -= ul;
		p += k;
		left -= (size_t)k;
		d->pos += (unsigned long long)k;
	}
	k = GB18030_OK;
stop:
	if (k == GB18030_INCOMPLETE)
		k = GB18030_OK;
	*in = (const char *)p;
	*inlen = left;
	return k;
}

int
gb18030_decoder_finish(const struct gb18030_decoder *d)
{
	return d->npend > 0 ? GB18030_INCOMPLETE : GB18030_OK;
}

/* Bytes a UTF-8 lead byte announces (0 when it cannot lead). */
static size_t
u8len(unsigned char b)
{
	return b < 0x80 ? 1 : b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0;
}

/* True when p[0..n) is the valid start of a longer UTF-8 character: it
 * completes to a valid one with some continuation bytes. */
static int
u8_cut(const char *p, size_t n)
{
	static const char fill[2] = { '\x80', '\xbf' };
	size_t need = u8len((unsigned char)p[0]), f;
	char tmp[4];
	uint32_t cp;

	if (need <= n)
		return 0;
	for (f = 0; f < 2; f++) {
		memcpy(tmp, p, n);
		memset(tmp + n, fill[f], need - n);
		if (utf8_decode(tmp, need, &cp) == need)
			return 1;
	}
	return 0;
}

int
gb18030_encode_utf8(const char **in, size_t *inlen, char **out, size_t *outlen)
{
	const char *p = *in;
	size_t left = *inlen, k, g;
	unsigned char b[GB18030_MAXLEN];
	uint32_t cp;
	int rc = GB18030_OK;

	while (left > 0) {
		if ((unsigned char)*p < 0x80) {
			if (*outlen == 0) {
				rc = GB18030_FULL;
				break;
			}
			*(*out)++ = *p++;
			(*outlen)--;
			left--;
			continue;
		}
		k = utf8_decode(p, left, &cp);
		if (k == 0) {
			rc = u8_cut(p, left) ? GB18030_INCOMPLETE : GB18030_INVALID;
			break;
		}
		g = gb18030_encode(cp, b);
		if (g > *outlen) {
			rc = GB18030_FULL;
			break;
		}
		memcpy(*out, b, g);
		*out += g;
		*outlen -= g;
		p += k;
		left -= k;
	}
	*in = p;
	*inlen = left;
	return rc;
}
