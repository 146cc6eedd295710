/* gb18030.h — GB18030 <-> Unicode, the program's own codec (no iconv).
 *
 * GB18030 is ASCII in one byte, the GBK repertoire (and more) in two bytes
 * (lead 0x81..0xFE, trail 0x40..0x7E or 0x80..0xFE), and the rest of the
 * BMP and all of U+10000..U+10FFFF in four (lead 0x81..0xFE, 0x30..0x39,
 * 0x81..0xFE, 0x30..0x39).  The two-byte table and the four-byte BMP runs
 * are generated at build time from glibc's charmap (src/base/gen-gb18030.sh)
 * and match glibc's iconv for every code point (tests/unit/test-gb18030.c).
 * It behaves the same on every platform, Windows included. */
#ifndef GUANAI_GB18030_H
#define GUANAI_GB18030_H

#include <stddef.h>
#include <stdint.h>

#define GB18030_MAXLEN 4

enum gb18030_status {
	GB18030_OK = 0,		/* all input consumed */
	GB18030_FULL = 1,	/* the output has no room for the next character */
	GB18030_INCOMPLETE = -1, /* the input ends inside a character */
	GB18030_INVALID = -2,	/* an invalid sequence */
};

/* Decode one character at p (n bytes available): bytes used (1, 2 or 4)
 * and *cp; GB18030_INCOMPLETE when p[0..n) is the valid start of a longer
 * character; GB18030_INVALID when it is not GB18030. */
int gb18030_decode(const unsigned char *p, size_t n, uint32_t *cp);
/* Encode a Unicode scalar value into out: bytes written (1, 2 or 4), or 0
 * when cp is a surrogate or above U+10FFFF. */
size_t gb18030_encode(uint32_t cp, unsigned char out[GB18030_MAXLEN]);

/* Streaming GB18030 -> UTF-8 over a stream cut anywhere: a character split
 * between two chunks is kept in the decoder until the rest comes. */
struct gb18030_decoder {
	unsigned char pend[GB18030_MAXLEN];
	size_t npend;
	unsigned long long pos;	/* stream offset of the next undecoded byte */
};
void gb18030_decoder_init(struct gb18030_decoder *d);
/* Decode *in (*inlen bytes) into *out (*outlen bytes of room), advancing
 * all four.  GB18030_OK when the input is used up (an open character is
 * kept), GB18030_FULL when the output is, GB18030_INVALID on an invalid
 * sequence: d->pos is then its offset in the stream and *in has not moved
 * past it. */
int gb18030_decode_utf8(struct gb18030_decoder *d, const char **in, size_t *inlen,
    char **out, size_t *outlen);
/* At the end of the stream: GB18030_OK, or GB18030_INCOMPLETE when a
 * character was left open (it began at d->pos). */
int gb18030_decoder_finish(const struct gb18030_decoder *d);

/* UTF-8 -> GB18030 over whole characters: like gb18030_decode_utf8, with
 * GB18030_INVALID for invalid UTF-8 (*in points at it) and
 * GB18030_INCOMPLETE when the input ends inside a UTF-8 character. */
int gb18030_encode_utf8(const char **in, size_t *inlen, char **out, size_t *outlen);

#endif
