/* test-base.c — unit tests of the base layer: dates, UTF-8, atomic files. */
#include "config.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/base/uuid.h"
#include "t.h"

static void
test_dates(void)
{
	struct date d;
	char iso[11];

	T_INTEQ(date_parse("2015-03-08", &d), 0);
	date_format(d, iso);
	T_STREQ(iso, "2015-03-08");
	T_INTEQ(date_parse("2015/3/8", &d), 0);
	T_INTEQ(d.m, 3);
	T_INTEQ(date_parse("2015.3.8", &d), 0);
	T_INTEQ(date_parse("20150308", &d), 0);
	T_INTEQ(d.d, 8);
	T_INTEQ(date_parse("2015年3月8日", &d), 0);
	T_INTEQ(d.y, 2015);
	T_INTEQ(date_parse("2016-02-29", &d), 0);	/* leap year */
	T_INTEQ(date_parse("2015-02-29", &d), -1);	/* common year */
	T_INTEQ(date_parse("2000-02-29", &d), 0);	/* divisible by 400 */
	T_INTEQ(date_parse("1900-02-29", &d), -1);	/* by 100, not 400 */
	T_INTEQ(date_parse("2015-04-31", &d), -1);
	T_INTEQ(date_parse("2015-13-01", &d), -1);
	T_INTEQ(date_parse("2015-3", &d), -1);
	T_INTEQ(date_parse("abc", &d), -1);
	T_INTEQ(date_parse("", &d), -1);
	T_INTEQ(date_parse("2015-03-08x", &d), -1);

	d = (struct date){ 2026, 11, 29 };
	T_INTEQ(date_to_days(date_from_days(date_to_days(d))), date_to_days(d));
	T_INTEQ(date_to_days((struct date){ 1970, 1, 1 }), 0);
	T_INTEQ(date_age((struct date){ 2016, 5, 6 }, d), 10);
	T_INTEQ(date_age((struct date){ 2010, 11, 30 }, d), 15);
	T_INTEQ(date_age((struct date){ 2010, 11, 29 }, d), 16);
	T_INTEQ(date_school_year_start(d).y, 2026);
	T_INTEQ(date_school_year_start((struct date){ 2026, 8, 31 }).y, 2025);
	T_INTEQ(date_days_to_birthday((struct date){ 2016, 12, 3 }, d), 4);
	T_INTEQ(date_days_to_birthday((struct date){ 2016, 11, 29 }, d), 0);
	T_INTEQ(date_days_to_birthday((struct date){ 2016, 11, 28 }, d), 364);
	/* 29 Feb in a common year counts as 28 Feb */
	T_INTEQ(date_days_to_birthday((struct date){ 2012, 2, 29 },
	    (struct date){ 2027, 2, 27 }), 1);
}

/* utf8_valid checks sequences in place (it is on every cell of an
 * import); it must agree with utf8_decode's strict rules on every 1-, 2-
 * and 3-byte string and on 4-byte strings over the lead bytes' edges,
 * also cut short and followed by ASCII. */
static void
test_utf8_valid_exhaustive(void)
{
	static const unsigned char edge[] = { 0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90,
	    0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0,
	    0xf4, 0xf5, 0xff };
	unsigned char b[5];
	unsigned long bad = 0, n;
	uint32_t cp;
	size_t i, j, k, len;

	/* whole sequences: valid exactly when utf8_decode takes all of them
	 * as one character, or as ASCII followed by what is left */
	for (n = 0; n < 0x1000000UL; n++) {
		b[0] = (unsigned char)(n >> 16);
		b[1] = (unsigned char)(n >> 8);
		b[2] = (unsigned char)n;
		for (len = 1; len <= 3; len++) {
			int want = 1;
			size_t off = 0, used;

			if (len < 3 && (n & ((1UL << (8 * (3 - len))) - 1)) != 0)
				continue;
			while (off < len) {
				used = utf8_decode((const char *)b + off, len - off, &cp);
				if (used == 0) {
					want = 0;
					break;
				}
				off += used;
			}
			if (utf8_valid((const char *)b, len) != want)
				bad++;
		}
	}
	for (i = 0; i < sizeof edge; i++)
		for (j = 0; j < sizeof edge; j++)
			for (k = 0; k < sizeof edge; k++) {
				b[0] = 0xf0 | (unsigned char)(i % 5);
				b[1] = edge[i];
				b[2] = edge[j];
				b[3] = edge[k];
				b[4] = 'a';
				for (len = 1; len <= 5; len++) {
					size_t off = 0, used;
					int want = 1;

					while (off < len) {
						used = utf8_decode((const char *)b + off,
						    len - off, &cp);
						if (used == 0) {
							want = 0;
							break;
						}
						off += used;
					}
					if (utf8_valid((const char *)b, len) != want)
						bad++;
				}
			}
	T_INTEQ(bad, 0);
}

static void
test_utf8(void)
{
	char *s;

	T_CHECK(utf8_valid("张思远", strlen("张思远")));
	T_CHECK(!utf8_valid("\xd5\xc5", 2));		/* GBK 张 */
	T_CHECK(!utf8_valid("\xc0\xaf", 2));		/* overlong */
	T_CHECK(!utf8_valid("\xed\xa0\x80", 3));	/* surrogate */
	T_CHECK(utf8_valid("\xf0\xa0\xae\xb7", 4));	/* 𠮷 */
	T_INTEQ(utf8_width("abc"), 3);
	T_INTEQ(utf8_width("张三"), 4);
	T_INTEQ(utf8_width("\xf0\xa0\xae\xb7"), 2);
	T_INTEQ(utf8_count("张a"), 2);
	s = utf8_cut("张思远同学", 6, 1);
	T_STREQ(s, "张思~");
	T_INTEQ(utf8_width(s), 5);
	free(s);
	s = utf8_cut("张思远", 6, 0);
	T_STREQ(s, "张思远");
	free(s);
	s = utf8_pad("张", 5, 1);
	T_STREQ(s, "张   ");
	free(s);
}

static void
test_strings(void)
{
	struct buf b = BUF_INIT;
	char *s;

	s = str_trim("\xe3\x80\x80 张三 \xe3\x80\x80");
	T_STREQ(s, "张三");
	free(s);
	T_CHECK(str_empty(NULL) && str_empty(" \t") && !str_empty(" x"));
	T_CHECK(str_eq(NULL, ""));
	buf_addf(&b, "%d-%s", 3, "2");
	buf_addc(&b, '!');
	T_STREQ(buf_str(&b), "3-2!");
	buf_free(&b);
}

static void
test_atomic(void)
{
	char dir[] = "/tmp/guanai-t-XXXXXX", *path, *tmp, *first;
	struct atomic_file af;
	struct err e = { 0, "" };
	struct stat st;
	FILE *fp;
	char line[32] = "";

	T_CHECK(mkdtemp(dir) != NULL);
	path = xasprintf("%s/out.csv", dir);
	first = xstrdup(path);
	T_INTEQ(atomic_open(&af, path, 0600, &e), 0);
	fputs("new", af.fp);
	T_CHECK(!fs_exists(path));	/* nothing under the final name yet */
	T_INTEQ(atomic_commit(&af, &e), 0);
	T_CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
	fp = fopen(path, "r");
	T_CHECK(fp != NULL && fgets(line, sizeof line, fp) != NULL);
	if (fp)
		fclose(fp);
	T_STREQ(line, "new");
	/* an aborted write leaves the old file and no temporary */
	T_INTEQ(atomic_open(&af, path, 0600, &e), 0);
	tmp = xstrdup(af.tmp_path);
	fputs("half", af.fp);
	atomic_abort(&af);
	T_CHECK(!fs_exists(tmp));
	fp = fopen(path, "r");
	T_CHECK(fp != NULL && fgets(line, sizeof line, fp) != NULL);
	if (fp)
		fclose(fp);
	T_STREQ(line, "new");
	/* a folder that does not exist is a clear error */
	free(path);
	path = xasprintf("%s/no/such/out.csv", dir);
	T_INTEQ(atomic_open(&af, path, 0600, &e), -1);
	T_INTEQ(e.code, ERR_IO);
	unlink(first);
	rmdir(dir);
	free(first);
	free(path);
	free(tmp);
}

static void
test_uuid(void)
{
	char a[UUID_LEN + 1], b[UUID_LEN + 1];
	unsigned long long s1 = 7, s2 = 7;

	uuid_new(a);
	uuid_new(b);
	T_CHECK(uuid_valid(a) && uuid_valid(b));
	T_CHECK(strcmp(a, b) != 0);
	T_CHECK(a[14] == '4');
	uuid_from_rng(a, &s1);
	uuid_from_rng(b, &s2);
	T_STREQ(a, b);
	/* the text of splitmix64's first two numbers from 7 (little-endian
	 * bytes), version and variant set: what the snprintf formatter gave */
	s1 = 7;
	uuid_from_rng(a, &s1);
	T_STREQ(a, "d70d3259-e4e1-4b63-9c66-3cf4d73c4c04");
	T_CHECK(strchr("89ab", a[19]) != NULL);
	T_CHECK(!uuid_valid("not-a-uuid"));
}

int
main(void)
{
	test_dates();
	test_utf8();
	test_utf8_valid_exhaustive();
	test_strings();
	test_atomic();
	test_uuid();
	return t_done("test-base");
}
