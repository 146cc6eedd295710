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
	check("\"a\r\nb\",c\nd,e\n", "1:a\r\nb|c;3:d|e;");	/* newline inside */
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

int
main(void)
{
	test_quirks();
	test_raw_and_errors();
	test_escape();
	return t_done("test-csv");
}
