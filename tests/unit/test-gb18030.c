/* test-gb18030.c — the program's own GB18030 codec against glibc's iconv
 * for every Unicode scalar value and every 2- and 4-byte sequence, its
 * errors (invalid and truncated sequences, with their position) and its
 * streaming (a character split at every position of a chunk boundary). */
#include "config.h"

#ifndef HAVE_ICONV
int
main(void)
{
	return 77;	/* nothing to compare with (a Windows build): skipped */
}
#else

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/charset.h"
#include "guanai/base/gb18030.h"
#include "guanai/base/utf8.h"
#include "t.h"

static iconv_t to_gb, from_gb;
static long mismatches;

static void
mismatch(const char *what, unsigned long v)
{
	if (++mismatches <= 20)
		fprintf(stderr, "mismatch (%s): %#lx\n", what, v);
}

/* iconv's GB18030 for one code point: its length, 0 when iconv refuses. */
static size_t
iconv_enc(uint32_t cp, unsigned char *gb)
{
	char u[4], *ip = u, *op = (char *)gb;
	size_t il = utf8_encode(cp, u), ol = 8;

	iconv(to_gb, NULL, NULL, NULL, NULL);
	if (iconv(to_gb, &ip, &il, &op, &ol) == (size_t)-1)
		return 0;
	return (size_t)(8 - ol);
}

/* iconv's code point for one byte sequence, -1 when it refuses it. */
static long
iconv_dec(const unsigned char *gb, size_t n)
{
	char u[8], *ip = (char *)gb, *op = u;
	size_t il = n, ol = sizeof u;
	uint32_t cp;

	iconv(from_gb, NULL, NULL, NULL, NULL);
	if (iconv(from_gb, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
		return -1;
	if (utf8_decode(u, sizeof u - ol, &cp) != sizeof u - ol)
		return -2;	/* more than one character */
	return (long)cp;
}

/* Every scalar value: the same bytes as iconv, and back. */
static void
every_code_point(void)
{
	unsigned char mine[8], theirs[8];
	size_t m, t;
	uint32_t cp, back;
	long n4 = 0, unencodable = 0;

	mismatches = 0;
	for (cp = 0; cp <= 0x10ffff; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) {
			if (gb18030_encode(cp, mine) != 0)
				mismatch("surrogate encoded", cp);
			continue;
		}
		m = gb18030_encode(cp, mine);
		t = iconv_enc(cp, theirs);
		if (m != t || memcmp(mine, theirs, m) != 0) {
			mismatch("encode", cp);
			continue;
		}
		if (m == 0) {
			/* glibc maps 24 of GB 18030-2005's private-use characters
			 * to their Unicode 4.1 equivalents and cannot encode the
			 * private-use code points: neither can we */
			unencodable++;
			continue;
		}
		n4 += m == 4;
		if (gb18030_decode(theirs, t, &back) != (int)t || back != cp)
			mismatch("decode", cp);
	}
	T_INTEQ(mismatches, 0);
	printf("every code point: %ld in 4 bytes, %ld unencodable, "
	    "%ld mismatches\n", n4, unencodable, mismatches);
	T_CHECK(unencodable <= 24);
	T_CHECK(n4 > 0x100000);	/* the loop did reach the 4-byte planes */
	T_INTEQ(gb18030_encode(0x110000, mine), 0);
}

/* Every 2-byte and every 4-byte sequence: decoded as iconv decodes it, or
 * refused where iconv refuses it. */
static void
every_sequence(void)
{
	unsigned char s[4];
	unsigned b1, b2, b3, b4;
	long want, valid = 0;
	uint32_t cp;
	int k;

	mismatches = 0;
	for (b1 = 0; b1 <= 0xff; b1++) {
		s[0] = (unsigned char)b1;
		k = gb18030_decode(s, 1, &cp);
		want = iconv_dec(s, 1);
		if (want >= 0 ? (k != 1 || cp != (uint32_t)want) : k == 1)
			mismatch("1-byte", b1);
		if (b1 < 0x81 || b1 > 0xfe)
			continue;
		for (b2 = 0x40; b2 <= 0xfe; b2++) {
			if (b2 == 0x7f)
				continue;
			s[1] = (unsigned char)b2;
			k = gb18030_decode(s, 2, &cp);
			want = iconv_dec(s, 2);
			valid += k == 2;
			if (want >= 0 ? (k != 2 || cp != (uint32_t)want) : k != GB18030_INVALID)
				mismatch("2-byte", b1 << 8 | b2);
		}
		for (b2 = 0x30; b2 <= 0x39; b2++)
			for (b3 = 0x81; b3 <= 0xfe; b3++)
				for (b4 = 0x30; b4 <= 0x39; b4++) {
					s[1] = (unsigned char)b2;
					s[2] = (unsigned char)b3;
					s[3] = (unsigned char)b4;
					k = gb18030_decode(s, 4, &cp);
					want = iconv_dec(s, 4);
					valid += k == 4;
					if (want >= 0 ? (k != 4 || cp != (uint32_t)want) :
					    k != GB18030_INVALID)
						mismatch("4-byte", (unsigned long)b1 << 24 |
						    b2 << 16 | b3 << 8 | b4);
				}
	}
	printf("every 2- and 4-byte sequence: %ld valid, %ld mismatches\n", valid,
	    mismatches);
	T_INTEQ(mismatches, 0);
	T_CHECK(valid > 23000 + 39000 + 1000000);
}

static void
one(const char *bytes, size_t n, int want, uint32_t want_cp)
{
	uint32_t cp = 0;
	int k = gb18030_decode((const unsigned char *)bytes, n, &cp);

	T_INTEQ(k, want);
	if (want > 0)
		T_INTEQ(cp, want_cp);
}

static void
errors(void)
{
	one("\x80", 1, GB18030_INVALID, 0);
	one("\xff", 1, GB18030_INVALID, 0);
	one("\x81", 1, GB18030_INCOMPLETE, 0);
	one("\x81\x7f", 2, GB18030_INVALID, 0);
	one("\x81\xff", 2, GB18030_INVALID, 0);
	one("\x81\x20", 2, GB18030_INVALID, 0);
	one("\x81\x30", 2, GB18030_INCOMPLETE, 0);
	one("\x81\x30\x81", 3, GB18030_INCOMPLETE, 0);
	one("\x81\x30\x30", 3, GB18030_INVALID, 0);
	one("\x81\x30\x81\x3a", 4, GB18030_INVALID, 0);
	one("\xd5\xc5", 2, 2, 0x5f20);			/* 张 */
	one("\x81\x30\x81\x30", 4, 4, 0x80);		/* the first 4-byte */
	one("\x84\x31\xa4\x39", 4, 4, 0xffff);		/* the last of the BMP */
	one("\x84\x31\xa5\x30", 4, GB18030_INVALID, 0);	/* past the BMP */
	one("\x8f\x39\xfe\x39", 4, GB18030_INVALID, 0);	/* the gap */
	one("\x90\x30\x81\x30", 4, 4, 0x10000);
	one("\x95\x32\x82\x36", 4, 4, 0x20000);
	one("\xe3\x32\x9a\x35", 4, 4, 0x10ffff);
	one("\xe3\x32\x9a\x36", 4, GB18030_INVALID, 0);	/* past U+10FFFF */
	one("\xfe\x39\xfe\x39", 4, GB18030_INVALID, 0);
}

/* 张 李𠮷 € · a mix of 1-, 2- and 4-byte characters */
static const char gb_text[] = "id,\xd5\xc5\xc8\xfd\n2,\xc0\xee\x95\x34\xb2\x35\xcf\xe9\n"
    "\xa2\xe3\x81\x30\x81\x30\xa1\xa4x\x84\x31\xa4\x39\n";
static const char u8_text[] = "id,张三\n2,李𠮷祥\n€\xc2\x80\xc2\xb7x\xef\xbf\xbf\n";

/* Decode gb_text cut into chunks — the first `cut` bytes, then the rest
 * `step` bytes at a time — with `room` bytes of output a call; the UTF-8
 * must be the same whatever the cuts. */
static int
decode_cut(size_t cut, size_t step, size_t room)
{
	struct gb18030_decoder d;
	size_t len = sizeof gb_text - 1, off = 0, il, ol;
	char out[256], *op = out;
	const char *ip = gb_text;
	int rc;

	gb18030_decoder_init(&d);
	while (off < len) {
		il = off == 0 && cut > 0 ? cut : len - off < step ? len - off : step;
		ip = gb_text + off;
		do {
			ol = room;
			rc = gb18030_decode_utf8(&d, &ip, &il, &op, &ol);
			if (rc < 0)
				return -1;
		} while (il > 0);
		if ((size_t)(ip - gb_text) == off)
			return -1;	/* no progress */
		off = (size_t)(ip - gb_text);
	}
	if (gb18030_decoder_finish(&d) != GB18030_OK || d.pos != len)
		return -1;
	return (size_t)(op - out) == sizeof u8_text - 1 &&
	    memcmp(out, u8_text, sizeof u8_text - 1) == 0 ? 0 : -1;
}

/* The streaming decoder takes a short cut for the 2-byte characters:
 * every 2-byte sequence (and ASCII, 4-byte ones, invalid pairs between
 * them) must come out as gb18030_decode + utf8_encode give it, whatever
 * the room for output. */
static void
streaming_every_pair(void)
{
	static const size_t rooms[] = { 4, 5, 7, 65536 };
	unsigned char *in = malloc(23940 * 4), *q;
	char *want = malloc(23940 * 8), *got = malloc(23940 * 8), *op;
	const char *ip;
	struct gb18030_decoder d;
	size_t nin = 0, nwant = 0, il, ol, r, i;
	unsigned b1, b2;
	uint32_t cp;
	int k, rc, bad = 0;

	for (b1 = 0x81; b1 <= 0xfe; b1++)
		for (b2 = 0x40; b2 <= 0xfe; b2++) {
			unsigned char s[2] = { (unsigned char)b1, (unsigned char)b2 };

			if (b2 == 0x7f || gb18030_decode(s, 2, &cp) != 2)
				continue;
			in[nin++] = s[0];
			in[nin++] = s[1];
			if ((b2 & 7) == 0)
				in[nin++] = 'a';	/* ASCII between */
			if (b2 == 0xfe)
				memcpy(in + nin, "\x81\x30\x81\x30", 4), nin += 4;
		}
	for (i = 0; i < nin; i += (size_t)k) {
		k = gb18030_decode(in + i, nin - i, &cp);
		if (k <= 0)
			break;
		nwant += utf8_encode(cp, want + nwant);
	}
	T_INTEQ(i, nin);
	for (r = 0; r < sizeof rooms / sizeof rooms[0]; r++) {
		gb18030_decoder_init(&d);
		ip = (const char *)in;
		il = nin;
		op = got;
		do {
			ol = rooms[r];
			rc = gb18030_decode_utf8(&d, &ip, &il, &op, &ol);
		} while ((rc == GB18030_OK || rc == GB18030_FULL) && il > 0);
		if (rc != GB18030_OK || (size_t)(op - got) != nwant ||
		    memcmp(got, want, nwant) != 0 || d.pos != nin)
			bad++;
	}
	T_INTEQ(bad, 0);
	/* an invalid pair stops it where it is, after what came before */
	q = (unsigned char *)"\xd5\xc5\x80\x40";
	gb18030_decoder_init(&d);
	ip = (const char *)q;
	il = 4;
	op = got;
	ol = 64;
	T_INTEQ(gb18030_decode_utf8(&d, &ip, &il, &op, &ol), GB18030_INVALID);
	T_INTEQ(op - got, 3);
	T_INTEQ(il, 2);
	free(in);
	free(want);
	free(got);
}

static void
streaming(void)
{
	size_t cut, step, room, bad = 0;
	struct gb18030_decoder d;
	const char *ip;
	char out[64], *op;
	size_t il, ol;

	for (cut = 0; cut < sizeof gb_text; cut++)
		for (step = 1; step <= 4; step++)
			for (room = 4; room <= 64; room += room < 8 ? 1 : 28)
				bad += decode_cut(cut, step, room) != 0;
	T_INTEQ(bad, 0);

	/* an invalid sequence split by the boundary: the position is where
	 * it began, counted over the whole stream */
	gb18030_decoder_init(&d);
	ip = "ab\x81\x30";
	il = 4;
	op = out;
	ol = sizeof out;
	T_INTEQ(gb18030_decode_utf8(&d, &ip, &il, &op, &ol), GB18030_OK);
	T_INTEQ(d.npend, 2);
	ip = "\x20z";
	il = 2;
	T_INTEQ(gb18030_decode_utf8(&d, &ip, &il, &op, &ol), GB18030_INVALID);
	T_INTEQ(d.pos, 2);
	T_INTEQ(op - out, 2);

	/* an invalid one inside a chunk */
	gb18030_decoder_init(&d);
	ip = "\xd5\xc5x\x80y";
	il = 5;
	op = out;
	ol = sizeof out;
	T_INTEQ(gb18030_decode_utf8(&d, &ip, &il, &op, &ol), GB18030_INVALID);
	T_INTEQ(d.pos, 3);
	T_INTEQ(il, 2);

	/* the stream ends inside a character */
	gb18030_decoder_init(&d);
	ip = "x\x95\x32\x82";
	il = 4;
	op = out;
	ol = sizeof out;
	T_INTEQ(gb18030_decode_utf8(&d, &ip, &il, &op, &ol), GB18030_OK);
	T_INTEQ(gb18030_decoder_finish(&d), GB18030_INCOMPLETE);
	T_INTEQ(d.pos, 1);
}

static void
encoding_utf8(void)
{
	char out[256], *op = out;
	const char *ip = u8_text;
	size_t il = sizeof u8_text - 1, ol = sizeof out;

	T_INTEQ(gb18030_encode_utf8(&ip, &il, &op, &ol), GB18030_OK);
	T_INTEQ(op - out, sizeof gb_text - 1);
	T_CHECK(memcmp(out, gb_text, sizeof gb_text - 1) == 0);

	ip = "ab\xe5\xbc";	/* 张 cut short */
	il = 4;
	op = out;
	ol = sizeof out;
	T_INTEQ(gb18030_encode_utf8(&ip, &il, &op, &ol), GB18030_INCOMPLETE);
	T_INTEQ(il, 2);
	ip = "ab\xed\xa0\x80";	/* a surrogate */
	il = 5;
	T_INTEQ(gb18030_encode_utf8(&ip, &il, &op, &ol), GB18030_INVALID);
	T_INTEQ(il, 3);
	ip = "a\xc0\xaf" "b";	/* an overlong */
	il = 4;
	T_INTEQ(gb18030_encode_utf8(&ip, &il, &op, &ol), GB18030_INVALID);
	ol = 1;
	ip = "张";
	il = 3;
	T_INTEQ(gb18030_encode_utf8(&ip, &il, &op, &ol), GB18030_FULL);
	T_INTEQ(il, 3);
}

int
main(void)
{
	to_gb = iconv_open("GB18030", "UTF-8");
	from_gb = iconv_open("UTF-8", "GB18030");
	if (to_gb == (iconv_t)-1 || from_gb == (iconv_t)-1) {
		fprintf(stderr, "no GB18030 in iconv: skipped\n");
		return 77;
	}
	errors();
	streaming();
	streaming_every_pair();
	encoding_utf8();
	every_code_point();
	every_sequence();
	iconv_close(to_gb);
	iconv_close(from_gb);
	return t_done("test-gb18030");
}

#endif /* HAVE_ICONV */
