/* test-charset.c — whole-file encoding detection and GB18030 <-> UTF-8
 * streaming, including the GBK names whose bytes are valid UTF-8. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/charset.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "t.h"

static FILE *
mem_file(const char *p, size_t n)
{
	FILE *fp = tmpfile();

	fwrite(p, 1, n, fp);
	rewind(fp);
	return fp;
}

static void
detect(const char *p, size_t n, enum charset want_cs, int want_bom)
{
	FILE *fp = mem_file(p, n);
	struct err e = { 0, "" };
	enum charset cs = 99;
	int bom = -1;

	T_INTEQ(charset_detect(fp, &cs, &bom, &e), 0);
	T_INTEQ(cs, want_cs);
	T_INTEQ(bom, want_bom);
	T_INTEQ(ftell(fp), 0);	/* rewound */
	fclose(fp);
}

/* Decode the whole of fp with a tiny output buffer (to cross chunk and
 * character boundaries) and return it. */
static char *
read_all(FILE *fp, enum charset cs, size_t step, struct err *e)
{
	struct charset_reader *r = charset_reader_new(fp, cs, "t.csv");
	struct buf b = BUF_INIT;
	char tmp[64];
	ssize_t n;

	while ((n = charset_reader_read(r, tmp, step, e)) > 0)
		buf_add(&b, tmp, (size_t)n);
	charset_reader_free(&r);
	if (n < 0) {
		buf_free(&b);
		return NULL;
	}
	buf_adds(&b, "");
	return buf_detach(&b);
}

static void
test_detect_basic(void)
{
	const char *u = "姓名,性别\n张三,男\n";
	char *gb;
	size_t n;
	struct err e = { 0, "" };
	struct buf b = BUF_INIT;

	detect(u, strlen(u), CHARSET_UTF8, 0);
	buf_adds(&b, "\xef\xbb\xbf");
	buf_adds(&b, u);
	detect(b.s, b.len, CHARSET_UTF8, 1);
	buf_free(&b);
	detect("", 0, CHARSET_UTF8, 0);
	detect("abc", 3, CHARSET_UTF8, 0);

	gb = charset_from_utf8(CHARSET_GB18030, u, strlen(u), &n, &e);
	T_CHECK(gb != NULL);
	T_CHECK(!utf8_valid(gb, n));
	detect(gb, n, CHARSET_GB18030, 0);
	free(gb);
	/* a file cut in the middle of a UTF-8 character is not UTF-8 */
	detect("\xe5\xbc", 2, CHARSET_GB18030, 0);
}

/* 郑谢 肖袁 叶魏 姚卢 in GBK are valid UTF-8; only a later row is not. */
static void
test_detect_whole_file(void)
{
	const char *pairs[] = { "郑谢", "肖袁", "叶魏", "姚卢" };
	struct buf u = BUF_INIT;
	struct err e = { 0, "" };
	char *gb, *back;
	size_t n, prefix, i;
	FILE *fp;

	buf_adds(&u, "姓名\n");
	for (i = 0; i < 20000; i++) {
		buf_adds(&u, pairs[i % 4]);
		buf_adds(&u, i % 2 ? ",\r\n" : "\n");
	}
	gb = charset_from_utf8(CHARSET_GB18030, u.s, u.len, &n, &e);
	/* the header 姓名 is not valid UTF-8 in GBK: skip it for the prefix */
	prefix = strlen("\xd0\xd5\xc3\xfb\n");
	T_CHECK(memcmp(gb, "\xd0\xd5\xc3\xfb\n", prefix) == 0);
	T_CHECK(utf8_valid(gb + prefix, n - prefix));	/* the trap is real */
	T_CHECK(n - prefix > 65536);			/* beyond the first chunk */
	free(gb);

	/* valid-UTF-8 GBK rows first, then one row that is not */
	buf_reset(&u);
	for (i = 0; i < 30000; i++) {
		buf_adds(&u, pairs[i % 4]);
		buf_adds(&u, "\n");
	}
	buf_adds(&u, "张三\n");
	gb = charset_from_utf8(CHARSET_GB18030, u.s, u.len, &n, &e);
	T_CHECK(utf8_valid(gb, n - 5));
	detect(gb, n, CHARSET_GB18030, 0);

	fp = mem_file(gb, n);
	back = read_all(fp, CHARSET_GB18030, 7, &e);
	T_CHECK(back != NULL);
	T_CHECK(back != NULL && strcmp(back, u.s) == 0);
	fclose(fp);
	free(back);

	/* read as UTF-8 (forced), the last line is refused with its number */
	fp = mem_file(gb, n);
	err_clear(&e);
	back = read_all(fp, CHARSET_UTF8, 64, &e);
	T_CHECK(back == NULL);
	T_CHECK(strstr(e.msg, "30001") != NULL);
	if (strstr(e.msg, "30001") == NULL)
		fprintf(stderr, "  message: %s\n", e.msg);
	T_INTEQ(e.code, ERR_INPUT);
	fclose(fp);
	free(gb);
	buf_free(&u);
}

static void
test_round_trip(void)
{
	/* 𠮷 (U+20BB7) is four bytes in GB18030 */
	const char *u = "𠮷𠮷,吉祥,\"a\nb\",€,é,郑谢\r\n";
	struct err e = { 0, "" };
	char *gb, *back;
	size_t n;
	FILE *fp;

	gb = charset_from_utf8(CHARSET_GB18030, "𠮷", strlen("𠮷"), &n, &e);
	T_INTEQ(n, 4);
	T_CHECK(memcmp(gb, "\x95\x34\xb2\x35", 4) == 0);
	free(gb);

	gb = charset_from_utf8(CHARSET_GB18030, u, strlen(u), &n, &e);
	back = charset_to_utf8(CHARSET_GB18030, gb, n, &e);
	T_STREQ(back, u);
	free(back);
	/* streaming read with a 5-byte output buffer crosses characters */
	fp = mem_file(gb, n);
	back = read_all(fp, CHARSET_GB18030, 5, &e);
	T_STREQ(back, u);
	free(back);
	fclose(fp);
	free(gb);

	/* a BOM is skipped by the UTF-8 reader */
	fp = mem_file("\xef\xbb\xbfok", 5);
	back = read_all(fp, CHARSET_UTF8, 64, &e);
	T_STREQ(back, "ok");
	free(back);
	fclose(fp);

	/* a truncated GB18030 file is an error, not silent loss */
	fp = mem_file("\xd5\xc5\xc8", 3);
	err_clear(&e);
	back = read_all(fp, CHARSET_GB18030, 64, &e);
	T_CHECK(back == NULL);
	T_INTEQ(e.code, ERR_INPUT);
	fclose(fp);
}

static void
test_writer(void)
{
	struct err e = { 0, "" };
	struct charset_writer *w;
	FILE *fp = tmpfile();
	char got[64];
	size_t n;

	w = charset_writer_new(fp, "test.csv", CHARSET_UTF8, 1);
	T_INTEQ(charset_write(w, "张", 3, &e), 0);
	T_INTEQ(charset_writer_flush(w, &e), 0);
	charset_writer_free(&w);
	rewind(fp);
	n = fread(got, 1, sizeof got, fp);
	T_INTEQ(n, 6);
	T_CHECK(memcmp(got, "\xef\xbb\xbf张", 6) == 0);
	fclose(fp);

	fp = tmpfile();
	w = charset_writer_new(fp, "test.csv", CHARSET_GB18030, 1);
	T_INTEQ(charset_write(w, "张三", 6, &e), 0);
	T_INTEQ(charset_write(w, "\xff", 1, &e), -1);	/* not UTF-8 */
	T_INTEQ(charset_writer_flush(w, &e), 0);
	charset_writer_free(&w);
	rewind(fp);
	n = fread(got, 1, sizeof got, fp);
	T_INTEQ(n, 4);
	T_CHECK(memcmp(got, "\xd5\xc5\xc8\xfd", 4) == 0);
	fclose(fp);
}

static void
test_parse_and_check(void)
{
	enum charset cs;
	struct utf8_check c;
	const char *s = "张";

	T_INTEQ(charset_parse("GBK", &cs), 0);
	T_INTEQ(cs, CHARSET_GB18030);
	T_INTEQ(charset_parse("utf-8", &cs), 0);
	T_INTEQ(cs, CHARSET_UTF8);
	T_INTEQ(charset_parse("latin1", &cs), -1);
	T_STREQ(charset_name(CHARSET_GB18030), "GB18030");

	/* a character split across feeds */
	utf8_check_init(&c);
	utf8_check_feed(&c, s, 1);
	utf8_check_feed(&c, s + 1, 1);
	T_CHECK(!utf8_check_done(&c));
	utf8_check_feed(&c, s + 2, 1);
	T_CHECK(utf8_check_done(&c));
	/* surrogates and overlongs are refused */
	utf8_check_init(&c);
	utf8_check_feed(&c, "\xed\xa0\x80", 3);
	T_CHECK(!utf8_check_done(&c));
	utf8_check_init(&c);
	utf8_check_feed(&c, "\xc0\xaf", 2);
	T_CHECK(!utf8_check_done(&c));
}

int
main(void)
{
	test_detect_basic();
	test_detect_whole_file();
	test_round_trip();
	test_writer();
	test_parse_and_check();
	return t_done("test-charset");
}
