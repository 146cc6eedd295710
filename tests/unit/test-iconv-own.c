/* test-iconv-own.c — the iconv that guanai.exe gives FreeXL (src/base/
 * iconv-own.c) against glibc's iconv on the same input: GBK two-byte text,
 * GB18030 four-byte characters, UTF-16LE surrogate pairs, CP1252 and ASCII
 * byte by byte, every two-byte CP936 sequence; each input cut at every
 * length (EINVAL for a character left open) and converted into every
 * smaller output buffer (E2BIG), with EILSEQ at the same byte.  The inputs
 * are made by glibc from UTF-8, not written out here. */
#include "config.h"

#ifndef HAVE_ICONV
int
main(void)
{
	return 77;	/* nothing to compare with (a Windows build): skipped */
}
#else

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/iconv-own.h"
#include "guanai/base/utf8.h"
#include "t.h"

struct result {
	size_t rc;
	int err;		/* errno when rc is (size_t)-1 */
	size_t used, made;	/* input consumed, output written */
	char out[64];
};

static void
run_own(struct own_iconv *cd, const char *in, size_t n, size_t cap, struct result *r)
{
	char *ip = (char *)in, *op = r->out;
	size_t il = n, ol = cap;

	errno = 0;
	r->rc = own_iconv(cd, &ip, &il, &op, &ol);
	r->err = r->rc == (size_t)-1 ? errno : 0;
	r->used = n - il;
	r->made = cap - ol;
}

static void
run_glibc(iconv_t cd, const char *in, size_t n, size_t cap, struct result *r)
{
	char *ip = (char *)in, *op = r->out;
	size_t il = n, ol = cap;

	iconv(cd, NULL, NULL, NULL, NULL);
	errno = 0;
	r->rc = iconv(cd, &ip, &il, &op, &ol);
	r->err = r->rc == (size_t)-1 ? errno : 0;
	r->used = n - il;
	r->made = cap - ol;
}

static long mismatches;

/* One input in `from`, cut at every length, into every output size up to
 * what the whole needs (and a roomy one): the same as glibc each time. */
static void
same_as_glibc(const char *from, const char *in, size_t n, const char *what)
{
	struct own_iconv *own = own_iconv_open("UTF-8", from);
	iconv_t lib = iconv_open("UTF-8", from);
	struct result a, b;
	size_t len, cap;

	T_CHECK(own != NULL);
	T_CHECK(lib != (iconv_t)-1);
	if (own == NULL || lib == (iconv_t)-1)
		return;
	for (len = 0; len <= n; len++)
		for (cap = 0; cap <= sizeof a.out; cap = cap < 4 * n + 1 ? cap + 1 : sizeof a.out + 1) {
			size_t c = cap > sizeof a.out ? sizeof a.out : cap;

			run_own(own, in, len, c, &a);
			run_glibc(lib, in, len, c, &b);
			if (a.rc != b.rc || a.err != b.err || a.used != b.used ||
			    a.made != b.made || memcmp(a.out, b.out, a.made) != 0) {
				if (++mismatches <= 20)
					fprintf(stderr, "%s (%s), %zu bytes in, %zu out: "
					    "own rc %zd errno %d used %zu made %zu; "
					    "glibc rc %zd errno %d used %zu made %zu\n",
					    what, from, len, c, (ssize_t)a.rc, a.err, a.used,
					    a.made, (ssize_t)b.rc, b.err, b.used, b.made);
			}
		}
	own_iconv_close(own);
	iconv_close(lib);
}

/* glibc's encoding of UTF-8 text into `to`: the test inputs. */
static size_t
encode(const char *to, const char *utf8, char *out, size_t cap)
{
	iconv_t cd = iconv_open(to, "UTF-8");
	char *ip = (char *)utf8, *op = out;
	size_t il = strlen(utf8), ol = cap;

	if (cd == (iconv_t)-1 || iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
		fprintf(stderr, "glibc cannot encode %s in %s\n", utf8, to);
		exit(99);
	}
	iconv_close(cd);
	return cap - ol;
}

static void
test_texts(void)
{
	char b[64];
	size_t n;

	/* GBK two-byte, with ASCII between (what a Chinese BIFF5 file holds) */
	n = encode("CP936", "张思远 3班 王小明", b, sizeof b);
	T_CHECK(n == 17);
	same_as_glibc("CP936", b, n, "GBK names");
	same_as_glibc("GBK", b, n, "GBK names");
	same_as_glibc("GB18030", b, n, "GBK names");
	/* GB18030 four-byte: 𠮷 (U+20BB7) and 㐀 (U+3400, four bytes in the BMP) */
	n = encode("GB18030", "李𠮷祥㐀", b, sizeof b);
	T_CHECK(n == 12);
	same_as_glibc("GB18030", b, n, "four-byte GB18030");
	/* ... which CP936 has not: EILSEQ at the same byte */
	same_as_glibc("CP936", b, n, "four-byte GB18030 as CP936");
	/* UTF-16LE with a surrogate pair (𠮷), as a BIFF8 string holds it */
	n = encode("UTF-16LE", "李𠮷祥 Ab", b, sizeof b);
	T_CHECK(n == 14);
	same_as_glibc("UTF-16LE", b, n, "UTF-16 surrogate pair");
	same_as_glibc("utf-16le", b, n, "UTF-16 surrogate pair");
	/* broken UTF-16: a lone low surrogate, a high one before a letter */
	memcpy(b, "\x41\x00\x00\xdc\x42\x00", 6);
	same_as_glibc("UTF-16LE", b, 6, "lone low surrogate");
	memcpy(b, "\x41\x00\x42\xd8\x43\x00", 6);
	same_as_glibc("UTF-16LE", b, 6, "high surrogate before a letter");
	/* broken GBK: a lead byte before a control, 0xFF */
	memcpy(b, "a\xd5\x0a" "b\xff", 5);
	same_as_glibc("CP936", b, 5, "bad GBK");
	same_as_glibc("GB18030", b, 5, "bad GBK");
	/* Western BIFF5 */
	n = encode("CP1252", "Café – „naïve“ €5", b, sizeof b);
	same_as_glibc("CP1252", b, n, "CP1252 text");
}

/* every byte alone, in the single-byte charsets and CP936 */
static void
test_bytes(void)
{
	const char *cs[] = { "CP1252", "ASCII", "US-ASCII", "CP936", "GB18030" };
	size_t i;
	int c;
	char b[1];

	for (i = 0; i < sizeof cs / sizeof cs[0]; i++)
		for (c = 0; c < 256; c++) {
			b[0] = (char)c;
			same_as_glibc(cs[i], b, 1, "one byte");
		}
}

/* every two-byte CP936 sequence: glibc's character where glibc's CP936
 * has one; where it has none (GBK's user-defined areas, and the few that
 * GB18030 later gave characters), what glibc's GB18030 gives, as Windows'
 * code page 936 gives a character there too. */
static void
test_cp936_pairs(void)
{
	struct own_iconv *own = own_iconv_open("UTF-8", "CP936");
	iconv_t lib = iconv_open("UTF-8", "CP936");
	iconv_t gb = iconv_open("UTF-8", "GB18030");
	struct result a, r;
	long same = 0, beyond = 0, bad = 0;
	int b1, b2;
	char in[2];

	for (b1 = 0x81; b1 <= 0xfe; b1++)
		for (b2 = 0x40; b2 <= 0xfe; b2++) {
			in[0] = (char)b1;
			in[1] = (char)b2;
			run_own(own, in, 2, sizeof a.out, &a);
			run_glibc(lib, in, 2, sizeof r.out, &r);
			if (r.rc == (size_t)-1 && r.err == EILSEQ) {
				run_glibc(gb, in, 2, sizeof r.out, &r);
				beyond++;
			} else
				same++;
			if (a.rc != r.rc || a.err != r.err || a.used != r.used ||
			    a.made != r.made || memcmp(a.out, r.out, a.made) != 0)
				if (++bad <= 10)
					fprintf(stderr, "CP936 %02x%02x differs from glibc\n",
					    b1, b2);
		}
	own_iconv_close(own);
	iconv_close(lib);
	iconv_close(gb);
	T_INTEQ(bad, 0);
	T_CHECK(same > 21000);	/* GBK's characters */
	T_CHECK(beyond < 2500);
}

static void
test_open(void)
{
	const char *no[][2] = {
		{ "UTF-8", "CP949" }, { "UTF-8", "MacRoman" }, { "UTF-8", "CP1251" },
		{ "UTF-16LE", "CP936" }, { "UTF-8", "UTF-16" }, { "UTF-8", "" },
	};
	struct own_iconv *cd;
	size_t i;

	for (i = 0; i < sizeof no / sizeof no[0]; i++) {
		errno = 0;
		T_CHECK(own_iconv_open(no[i][0], no[i][1]) == NULL);
		T_INTEQ(errno, EINVAL);
	}
	T_CHECK((cd = own_iconv_open("utf8", "gbk")) != NULL);
	/* a reset (NULL input) converts nothing and succeeds */
	T_INTEQ(own_iconv(cd, NULL, NULL, NULL, NULL), 0);
	T_INTEQ(own_iconv_close(cd), 0);
}

int
main(void)
{
	test_open();
	test_texts();
	test_bytes();
	test_cp936_pairs();
	T_INTEQ(mismatches, 0);
	return t_done("test-iconv-own");
}

#endif
