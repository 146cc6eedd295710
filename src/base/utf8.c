/* utf8.c — UTF-8 decoding, validation and display width; see guanai/utf8.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c;
	size_t n, i;

	*cp = 0xfffd;
	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

int
utf8_valid(const char *s, size_t len)
{
	uint32_t cp;
	size_t i = 0, k;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

size_t
utf8_count(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* East Asian Wide and Fullwidth ranges (the blocks that occur in names,
 * addresses and the UI), used when the locale cannot tell. */
static int
is_wide(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) ||
	    (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
	    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
	    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
	    (c >= 0x20000 && c <= 0x3fffd);
}

int
utf8_cp_width(uint32_t cp)
{
	int w;

	if (cp == 0)
		return 0;
	if (cp < 0x20 || cp == 0x7f)
		return 0;
	w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return w;
	if ((cp >= 0x300 && cp <= 0x36f) || cp == 0x200b)
		return 0;
	return is_wide(cp) ? 2 : 1;
}

int
utf8_width(const char *s)
{
	size_t len = strlen(s), i = 0, k;
	uint32_t cp;
	int w = 0;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			k = 1;
		w += utf8_cp_width(cp);
		i += k;
	}
	return w;
}

char *
utf8_cut(const char *s, int cells, int ascii_only)
{
	const char *ell = ascii_only ? "~" : "\xe2\x80\xa6";
	size_t len = strlen(s), i = 0, k, keep = 0;
	int w = 0, cw, ellw;
	uint32_t cp;
	struct buf b = BUF_INIT;

	if (cells <= 0)
		return xstrdup("");
	if (utf8_width(s) <= cells)
		return xstrdup(s);
	ellw = ascii_only ? 1 : utf8_cp_width(0x2026);
	if (ellw < 1 || ellw > cells)
		ell = "~", ellw = 1;
	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			k = 1;
		cw = utf8_cp_width(cp);
		if (w + cw > cells - ellw)
			break;
		w += cw;
		i += k;
		keep = i;
	}
	buf_add(&b, s, keep);
	buf_adds(&b, ell);
	return buf_detach(&b);
}

char *
utf8_pad(const char *s, int cells, int ascii_only)
{
	char *cut = utf8_cut(s, cells, ascii_only);
	struct buf b = BUF_INIT;
	int w = utf8_width(cut);

	buf_adds(&b, cut);
	for (; w < cells; w++)
		buf_addc(&b, ' ');
	free(cut);
	return buf_detach(&b);
}
