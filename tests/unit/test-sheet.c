/* test-sheet.c — unit tests of io/sheet: Excel's General format and date
 * serials (values checked against what Excel and LibreOffice show), and a
 * workbook written by libxlsxwriter (inline strings, numbers, gaps, two
 * sheets) read back row by row; broken and missing files.  The files that
 * LibreOffice writes (shared strings, styles, .xls) are read by
 * tests/cli/excel-import.sh. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/err.h"
#include "guanai/base/mem.h"
#include "guanai/io/sheet.h"
#include "guanai/io/xlsx.h"
#include "t.h"

static char dir[] = "/tmp/guanai-sheet.XXXXXX";

static void
test_general(void)
{
	static const struct {
		double v;
		const char *want;
	} cases[] = {
		{ 431226201503081234.0, "4.31226E+17" }, { 12, "12" }, { 0.5, "0.5" },
		{ 13812345678.0, "13812345678" }, { 123456789012.0, "1.23457E+11" },
		{ -3, "-3" }, { 0, "0" }, { 1e-10, "1E-10" }, { 2.25, "2.25" },
		{ 100000000000.0, "1E+11" }, { 1234.5678, "1234.5678" },
	};
	char out[64];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sheet_format_general(cases[i].v, out, sizeof out);
		T_STREQ(out, cases[i].want);
	}
}

static void
test_dates(void)
{
	char out[16];

	sheet_format_date(42496, 0, out, sizeof out);
	T_STREQ(out, "2016-05-06");
	sheet_format_date(42496.75, 0, out, sizeof out);	/* a time of day */
	T_STREQ(out, "2016-05-06");
	sheet_format_date(1, 0, out, sizeof out);
	T_STREQ(out, "1900-01-01");
	sheet_format_date(59, 0, out, sizeof out);
	T_STREQ(out, "1900-02-28");
	sheet_format_date(61, 0, out, sizeof out);		/* after Lotus's 02-29 */
	T_STREQ(out, "1900-03-01");
	sheet_format_date(25569, 0, out, sizeof out);
	T_STREQ(out, "1970-01-01");
	sheet_format_date(41034, 1, out, sizeof out);		/* 1904 system */
	T_STREQ(out, "2016-05-06");
	/* found by fuzz-sheet: a NaN or huge serial was converted to long
	 * before the range check (undefined) */
	sheet_format_date(NAN, 0, out, sizeof out);
	T_STREQ(out, "");
	sheet_format_date(1e300, 0, out, sizeof out);
	T_STREQ(out, "");
	sheet_format_date(0, 0, out, sizeof out);
	T_STREQ(out, "");
}

static char *
path_of(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void
test_roundtrip(void)
{
	static const char *const h1[] = { "姓名", "身份证号", "年级", "备注" };
	static const char *const r1[] = { "张思远", "431102201605061018", "3", "=1+2" };
	static const char *const r2[] = { "𠮷祥", NULL, "12345678901234", "" };
	static const unsigned char num[] = { 0, 0, 1, 0 };
	static const char *const h2[] = { "帮扶人" };
	static const char *const q1[] = { "李老师" };
	char *p = path_of("two.xlsx");
	struct err e = { 0, "" };
	struct sheet_reader *r = NULL;
	struct xlsx *x = NULL;
	struct csv_record rec;

	T_INTEQ(xlsx_open(&x, p, &e), 0);
	T_INTEQ(xlsx_sheet(x, "留守儿童", h1, NULL, 4, &e), 0);
	T_INTEQ(xlsx_row(x, r1, num, &e), 0);
	T_INTEQ(xlsx_row(x, r2, num, &e), 0);
	T_INTEQ(xlsx_sheet(x, "结对帮扶", h2, NULL, 1, &e), 0);
	T_INTEQ(xlsx_row(x, q1, NULL, &e), 0);
	T_INTEQ(xlsx_commit(&x, &e), 0);

	T_INTEQ(sheet_is_excel(p), 1);
	T_INTEQ(sheet_open(p, NULL, &r, &e), 0);
	T_INTEQ(sheet_next(r, &rec, &e), 1);
	T_INTEQ(rec.nfields, 4);
	T_INTEQ(rec.line, 1);
	T_STREQ(rec.nfields > 3 ? rec.fields[3] : NULL, "备注");
	T_INTEQ(sheet_next(r, &rec, &e), 1);
	T_INTEQ(rec.line, 2);
	T_STREQ(rec.fields[0], "张思远");
	T_STREQ(rec.fields[1], "431102201605061018");	/* a text cell */
	T_STREQ(rec.fields[2], "3");			/* a number cell */
	T_STREQ(rec.fields[3], "=1+2");
	/* the raw text for the rejected file is CSV, formula-escaped */
	T_STREQ(rec.raw, "张思远,431102201605061018,3,'=1+2");
	T_INTEQ(sheet_next(r, &rec, &e), 1);
	T_INTEQ(rec.line, 3);
	T_INTEQ(rec.nfields, 3);			/* trailing blanks dropped */
	T_STREQ(rec.fields[1], "");			/* a gap */
	T_STREQ(rec.fields[2], "12345678901234");	/* long digits stay text */
	T_INTEQ(sheet_next(r, &rec, &e), 0);
	sheet_reader_free(&r);

	T_INTEQ(sheet_open(p, "结对帮扶", &r, &e), 0);
	T_INTEQ(sheet_next(r, &rec, &e), 1);
	T_STREQ(rec.fields[0], "帮扶人");
	T_INTEQ(sheet_next(r, &rec, &e), 1);
	T_STREQ(rec.fields[0], "李老师");
	T_INTEQ(sheet_next(r, &rec, &e), 0);
	sheet_reader_free(&r);

	err_clear(&e);
	T_INTEQ(sheet_open(p, "没有", &r, &e), -1);
	T_INTEQ(e.code, ERR_INPUT);
	T_CHECK(strstr(e.msg, "留守儿童, 结对帮扶") != NULL);
	T_CHECK(r == NULL);
	unlink(p);
	free(p);
}

static void
test_broken(void)
{
	char *p = path_of("text.xlsx"), *q = path_of("text.xls"), *m = path_of("none.xlsx");
	struct err e = { 0, "" };
	struct sheet_reader *r = NULL;
	FILE *fp;

	fp = fopen(p, "w");
	fputs("姓名,班级\n张三,2\n", fp);
	fclose(fp);
	T_INTEQ(rename(p, q) == 0 && (fp = fopen(p, "w")) != NULL, 1);
	if (fp != NULL) {
		fputs("PK\003\004 not really a zip", fp);
		fclose(fp);
	}
	T_INTEQ(sheet_open(p, NULL, &r, &e), -1);
	T_INTEQ(e.code, ERR_INPUT);
	T_CHECK(strstr(e.msg, "text.xlsx") != NULL);
	err_clear(&e);
	T_INTEQ(sheet_open(q, NULL, &r, &e), -1);
	T_INTEQ(e.code, ERR_INPUT);
	err_clear(&e);
	T_INTEQ(sheet_open(m, NULL, &r, &e), -1);
	T_INTEQ(e.code, ERR_IO);
	T_CHECK(r == NULL);
	T_INTEQ(sheet_is_excel("a.XLS"), 1);
	T_INTEQ(sheet_is_excel("a.csv"), 0);
	unlink(p);
	unlink(q);
	free(p);
	free(q);
	free(m);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 99;
	test_general();
	test_dates();
	test_roundtrip();
	test_broken();
	rmdir(dir);
	return t_done("test-sheet");
}
