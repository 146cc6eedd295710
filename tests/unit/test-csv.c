/* test-csv.c — the RFC 4180 reader on each quirk (fed a few bytes at a
 * time, so records cross read boundaries), and formula escaping. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/io/csv.h"
#include "t.h"

/* Parse text and render it as "line:f1|f2;line:…" for easy comparison. */
static char *
parse(const char *text, size_t step, struct err *e)
{
	struct csv_mem m = { text, strlen(text), 0, step };
	struct csv_reader *r = csv_reader_new(csv_mem_read, &m);
	struct csv_record rec;
	struct buf b = BUF_INIT;
	size_t i;
	int rc;

	while ((rc = csv_next(r, &rec, e)) == 1) {
		buf_addf(&b, "%ld:", rec.line);
		for (i = 0; i < rec.nfields; i++)
			buf_addf(&b, "%s%s", i ? "|" : "", rec.fields[i]);
		buf_adds(&b, ";");
	}
	csv_reader_free(&r);
	if (rc < 0) {
		buf_free(&b);
		return NULL;
	}
	buf_adds(&b, "");
	return buf_detach(&b);
}

static void
check(const char *text, const char *want)
{
	static const size_t steps[] = { 0, 1, 2, 3, 7 };
	struct err e = { 0, "" };
	size_t i;
	char *got;

	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		got = parse(text, steps[i], &e);
		T_STREQ(got, want);
		free(got);
	}
}

static void
test_quirks(void)
{
	check("a,b\n1,2\n", "1:a|b;2:1|2;");
	check("a,b\r\n1,2\r\n", "1:a|b;2:1|2;");
	check("a,b\r1,2\r", "1:a|b;2:1|2;");			/* old Mac */
	check("a,b\n1,2", "1:a|b;2:1|2;");			/* no final newline */
	check("a,b\n\n\r\n1,2\n\n", "1:a|b;4:1|2;");		/* blank lines */
	check("a,b\n,,\n1,2\n", "1:a|b;3:1|2;");		/* Excel's empty row */
	check("a,b,c\n1\n", "1:a|b|c;2:1;");			/* short row */
	check("\"张,三\",\"say \"\"hi\"\"\"\n", "1:张,三|say \"hi\";");
	/* a line break inside quotes is LF however written (DESIGN §6) */
	check("\"a\r\nb\",c\nd,e\n", "1:a\nb|c;3:d|e;");
	check("\"a\rb\",c\rd,e\r", "1:a\nb|c;3:d|e;");
	check("\"a\r\r\nb\n\nc\",d\n", "1:a\n\nb\n\nc|d;");
	/* csv-spectrum: newlines.csv and newlines_crlf.csv */
	check("a,b,c\n1,2,3\n\"Once upon \na time\",5,6\n7,8,9\n",
	    "1:a|b|c;2:1|2|3;3:Once upon \na time|5|6;5:7|8|9;");
	check("a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n",
	    "1:a|b|c;2:1|2|3;3:Once upon \na time|5|6;5:7|8|9;");
	check("\"\",x\n", "1:|x;");
	check("a,\n", "1:a|;");
	check("a\"b,c\n", "1:a\"b|c;");			/* stray quote kept */
	check("\"ab\"c,d\n", "1:abc|d;");			/* text after a quote */
	check(" 王五 ,x\n", "1: 王五 |x;");			/* blanks kept for field_parse */
	check("", "");
	check("\n\n", "");
}

static void
test_raw_and_errors(void)
{
	const char *text = "h1,h2\r\n\"x,\ny\",2\r\nlast";
	struct csv_mem m = { text, strlen(text), 0, 3 };
	struct csv_reader *r = csv_reader_new(csv_mem_read, &m);
	struct csv_record rec;
	struct err e = { 0, "" };
	char *got;

	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(rec.raw_len, 5);
	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(rec.line, 2);
	T_STREQ(rec.raw, "\"x,\ny\",2");
	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(rec.line, 4);
	T_STREQ(rec.raw, "last");
	T_INTEQ(csv_next(r, &rec, &e), 0);
	T_INTEQ(csv_next(r, &rec, &e), 0);
	csv_reader_free(&r);

	got = parse("a\n\"open,\n", 0, &e);
	T_CHECK(got == NULL);
	T_INTEQ(e.code, ERR_INPUT);
	T_CHECK(strstr(e.msg, "2") != NULL);

	err_clear(&e);
	got = parse("a\n\xff\xfe\n", 0, &e);
	T_CHECK(got == NULL);
	T_CHECK(strstr(e.msg, "2") != NULL);

	/* a NUL byte is refused, not a cell silently cut short */
	m = (struct csv_mem){ "a,b\n\xe5\xbc\xa0\0x,c\n", 11, 0, 0 };
	r = csv_reader_new(csv_mem_read, &m);
	err_clear(&e);
	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(csv_next(r, &rec, &e), -1);
	T_CHECK(strstr(e.msg, "NUL") != NULL);
	csv_reader_free(&r);
}

/* The reader copies runs of ordinary bytes and checks the record's text
 * once: records longer than its 64 KiB input buffer, a quote inside a
 * character (the record alone is not UTF-8, its field is), empty and
 * blank cells, the 4 MB limit. */
static void
test_fast_reader(void)
{
	static const size_t steps[] = { 0, 1, 5, 65535, 65536, 65537 };
	struct buf in = BUF_INIT, want = BUF_INIT, raw2 = BUF_INIT;
	struct csv_mem m;
	struct csv_reader *r;
	struct csv_record rec;
	struct err e = { 0, "" };
	size_t i, k;
	char *got, *big;

	check("a, ,\"\",\"\"\"\"\n", "1:a| ||\";");
	check("\"\xe4\"\xb8\xad,x\n", "1:\xe4\xb8\xad|x;");	/* "?"?? = 中 */
	check("\"a\"\"\r\nb\",\"\"\"\"\r\n2\r\n", "1:a\"\nb|\";3:2;");
	check("x\r\n\r\ny\r", "1:x;3:y;");
	check("\"a\",\"b\"\"\",c\"d\"\n", "1:a|b\"|c\"d\";");
	/* records that cross the input buffer, fed in every cut */
	for (i = 0; i < 30000; i++)
		buf_adds(&in, "好");
	buf_adds(&in, ",\"x\r\ny\"\"z\",");
	buf_adds(&raw2, buf_str(&in));
	buf_adds(&in, "\r\n2,");
	for (i = 0; i < 70000; i++)
		buf_addc(&in, 'a');
	buf_adds(&in, "\n");
	for (i = 0; i < 30000; i++)
		buf_adds(&want, "好");
	buf_adds(&want, "|x\ny\"z|");
	for (k = 0; k < sizeof steps / sizeof steps[0]; k++) {
		m = (struct csv_mem){ in.s, in.len, 0, steps[k] };
		r = csv_reader_new(csv_mem_read, &m);
		T_INTEQ(csv_next(r, &rec, &e), 1);
		T_INTEQ(rec.line, 1);
		T_INTEQ(rec.nfields, 3);
		T_INTEQ(rec.raw_len, raw2.len);
		T_CHECK(memcmp(rec.raw, raw2.s, raw2.len) == 0);
		T_CHECK(rec.nfields == 3 && strlen(rec.fields[0]) == 90000 &&
		    strcmp(rec.fields[1], "x\ny\"z") == 0 && rec.fields[2][0] == '\0');
		T_INTEQ(csv_next(r, &rec, &e), 1);
		T_INTEQ(rec.line, 3);
		T_INTEQ(rec.nfields, 2);
		T_INTEQ(rec.raw_len, 70002);
		T_CHECK(rec.nfields == 2 && strlen(rec.fields[1]) == 70000);
		T_INTEQ(csv_next(r, &rec, &e), 0);
		csv_reader_free(&r);
	}
	(void)want;
	/* a NUL in the second field: refused even though the first is fine */
	m = (struct csv_mem){ "\xe5\xbc\xa0,a\0b\n", 8, 0, 0 };
	r = csv_reader_new(csv_mem_read, &m);
	err_clear(&e);
	T_INTEQ(csv_next(r, &rec, &e), -1);
	T_CHECK(strstr(e.msg, "NUL") != NULL);
	csv_reader_free(&r);
	/* invalid UTF-8 before a NUL: the UTF-8 message, as each field says */
	m = (struct csv_mem){ "x\n\xff,a\0b\n", 8, 0, 0 };
	r = csv_reader_new(csv_mem_read, &m);
	err_clear(&e);
	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(csv_next(r, &rec, &e), -1);
	T_CHECK(strstr(e.msg, "UTF-8") != NULL && strstr(e.msg, "line 2") != NULL);
	csv_reader_free(&r);
	/* a quote never closed: stopped at 4 MB, not read to the end */
	big = xmalloc(5u << 20);
	memset(big, 'q', 5u << 20);
	big[0] = '"';
	m = (struct csv_mem){ big, 5u << 20, 0, 0 };
	r = csv_reader_new(csv_mem_read, &m);
	err_clear(&e);
	T_INTEQ(csv_next(r, &rec, &e), -1);
	T_CHECK(strstr(e.msg, "4 MB") != NULL);
	T_CHECK(m.off < (5u << 20));
	csv_reader_free(&r);
	/* exactly 4 MB, then the end of the file: still one record */
	big[0] = 'q';
	m = (struct csv_mem){ big, 4u << 20, 0, 0 };
	r = csv_reader_new(csv_mem_read, &m);
	err_clear(&e);
	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(rec.raw_len, 4u << 20);
	csv_reader_free(&r);
	free(big);
	got = parse("\"a\"\"b\n\"\"c\",\"\"\n", 2, &e);
	T_STREQ(got, "1:a\"b\n\"c|;");
	free(got);
	buf_free(&in);
	buf_free(&want);
	buf_free(&raw2);
}

static void
test_escape(void)
{
	static const char *vals[] = {
		"=SUM(A1)", "+86", "-3", "@x", "'=x", "''+y", "'plain", "plain",
		"a,b", "say \"x\"", "", " lead", "=\"a,b\"", NULL
	};
	struct buf b = BUF_INIT;
	struct err e = { 0, "" };
	struct csv_mem m;
	struct csv_reader *r;
	struct csv_record rec;
	size_t i;

	T_CHECK(csv_is_formula("=1"));
	T_CHECK(!csv_is_formula("1="));
	T_CHECK(!csv_is_formula(NULL));

	csv_add_cell(&b, "=1+2", 1);
	T_STREQ(buf_str(&b), "'=1+2");
	buf_reset(&b);
	csv_add_cell(&b, "-a,b", 1);
	T_STREQ(buf_str(&b), "\"'-a,b\"");
	buf_reset(&b);
	csv_add_cell(&b, "=x", 0);
	T_STREQ(buf_str(&b), "=x");
	buf_reset(&b);

	/* write every value, read it back, unescape: the same values */
	for (i = 0; vals[i] != NULL; i++) {
		if (i > 0)
			buf_addc(&b, ',');
		csv_add_cell(&b, vals[i], 1);
	}
	buf_adds(&b, "\r\n");
	m = (struct csv_mem){ b.s, b.len, 0, 0 };
	r = csv_reader_new(csv_mem_read, &m);
	T_INTEQ(csv_next(r, &rec, &e), 1);
	T_INTEQ(rec.nfields, 13);
	for (i = 0; i < rec.nfields && vals[i] != NULL; i++) {
		csv_unescape_formula(rec.fields[i]);
		T_STREQ(rec.fields[i], vals[i]);
	}
	csv_reader_free(&r);
	/* no written cell starts with a formula character */
	T_CHECK(strstr(b.s, ",=") == NULL && strstr(b.s, ",+") == NULL &&
	    strstr(b.s, ",-") == NULL && strstr(b.s, ",@") == NULL && b.s[0] != '=');
	buf_free(&b);
}

/* Long digit strings: ="…" on export, whole again on import. */
static void
test_digits(void)
{
	static const char *const at_risk[] = { "431102201605061018", "00123",
	    "012345678901234567890", "07", NULL };
	static const char *const safe[] = { "13812345678", "12345", "0", "",
	    "43110220160506101X", "0731-8412345", "1.5", "G0123", NULL };
	struct buf b = BUF_INIT;
	char cell[64];
	size_t i;

	for (i = 0; at_risk[i] != NULL; i++) {
		T_CHECK(csv_digits_at_risk(at_risk[i]));
		buf_reset(&b);
		csv_add_cell_guarded(&b, at_risk[i], 1);
		snprintf(cell, sizeof cell, "=\"%s\"", at_risk[i]);
		T_STREQ(buf_str(&b), cell);
		csv_unguard_digits(cell);
		T_STREQ(cell, at_risk[i]);
	}
	for (i = 0; safe[i] != NULL; i++) {
		T_CHECK(!csv_digits_at_risk(safe[i]));
		buf_reset(&b);
		csv_add_cell_guarded(&b, safe[i], 1);
		buf_reset(&b);
		csv_add_cell(&b, safe[i], 1);
		snprintf(cell, sizeof cell, "%s", safe[i]);
		csv_unguard_digits(cell);
		T_STREQ(cell, safe[i]);
	}
	/* a formula that is not only digits is left alone */
	snprintf(cell, sizeof cell, "=\"a1\"");
	csv_unguard_digits(cell);
	T_STREQ(cell, "=\"a1\"");
	buf_free(&b);
}

int
main(void)
{
	test_digits();
	test_quirks();
	test_raw_and_errors();
	test_fast_reader();
	test_escape();
	return t_done("test-csv");
}
