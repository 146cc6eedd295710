/* fuzz-gb18030.c — libFuzzer target for the GB18030 codec and the
 * charset layer on top of it.
 *
 * Properties checked on any input: decoding never reads or writes out of
 * bounds; the streaming decoder gives the same UTF-8, the same verdict and
 * the same error position whatever the chunks and the output room (the
 * first input byte chooses them); its output is valid UTF-8; encoding
 * that output gives the input bytes back when they were valid (GB18030 is
 * one-to-one except for the six 2-byte sequences glibc shares with the
 * 4-byte ones, so it is checked by decoding again); charset_to_utf8
 * agrees.  Build: see tests/fault/fuzz-build.sh. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/charset.h"
#include "guanai/base/gb18030.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct result {
	char *out;
	size_t len;
	int rc;			/* GB18030_OK, _INVALID or _INCOMPLETE */
	unsigned long long pos;
};

/* Decode in chunks of `step` bytes with `room` bytes of output a call. */
static void
decode(const char *in, size_t n, size_t step, size_t room, struct result *r)
{
	struct gb18030_decoder d;
	size_t off = 0, il, ol, cap = n * 2 + 16;
	const char *ip;
	char *op;
	int rc = GB18030_OK;

	r->out = xmalloc(cap);
	op = r->out;
	gb18030_decoder_init(&d);
	while (off < n && rc != GB18030_INVALID) {
		il = n - off < step ? n - off : step;
		ip = in + off;
		do {
			ol = room;
			if ((size_t)(op - r->out) + ol > cap)
				abort();	/* more output than 2n: impossible */
			rc = gb18030_decode_utf8(&d, &ip, &il, &op, &ol);
		} while (rc == GB18030_FULL);
		off = (size_t)(ip - in);
		if (rc != GB18030_INVALID && il != 0)
			abort();
	}
	if (rc == GB18030_OK)
		rc = gb18030_decoder_finish(&d);
	r->len = (size_t)(op - r->out);
	r->rc = rc;
	r->pos = d.pos;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct result a, b;
	const char *in;
	size_t n, step, room;
	struct err e = { 0, "" };
	char *s;

	if (size < 1)
		return 0;
	step = 1 + data[0] % 7;
	room = 4 + data[0] / 7 % 9;
	in = (const char *)data + 1;
	n = size - 1;

	decode(in, n, n + 1, n * 2 + 8, &a);	/* one chunk, room enough */
	decode(in, n, step, room, &b);
	if (a.rc != b.rc || a.pos != b.pos || a.len != b.len ||
	    memcmp(a.out, b.out, a.len) != 0)
		abort();
	if (!utf8_valid(a.out, a.len))
		abort();
	if (a.rc == GB18030_INVALID && a.pos >= n)
		abort();
	if (a.rc == GB18030_OK) {
		/* encode back, then decode again: the same text */
		size_t cap = a.len * 2 + 8, il = a.len, ol = cap;
		char *g = xmalloc(cap), *op = g;
		const char *ip = a.out;
		struct result c;

		if (gb18030_encode_utf8(&ip, &il, &op, &ol) != GB18030_OK)
			abort();
		decode(g, (size_t)(op - g), step, room, &c);
		if (c.rc != GB18030_OK || c.len != a.len || memcmp(c.out, a.out, a.len) != 0)
			abort();
		free(c.out);
		free(g);
	}
	s = charset_to_utf8(CHARSET_GB18030, in, n, &e);
	if ((s != NULL) != (a.rc == GB18030_OK))
		abort();
	if (s != NULL && (memcmp(s, a.out, a.len) != 0 || s[a.len] != '\0'))
		abort();
	free(s);
	free(a.out);
	free(b.out);
	return 0;
}
