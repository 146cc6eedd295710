/* test-exchange-layout.c — export layouts as data (every field in the
 * standard layout exactly once, the national form's order, computed
 * columns), and an .xlsx written and read back through unzip. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/io/layout.h"
#include "guanai/io/xlsx.h"
#include "t.h"

static char *
join_headers(const char *name)
{
	struct layout_col *c;
	struct buf b = BUF_INIT;
	size_t n, i;

	if (layout_columns(name, &c, &n) != 0)
		return NULL;
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? "," : "", layout_header(&c[i]));
	free(c);
	return buf_detach(&b);
}

static void
test_layouts(void)
{
	struct layout_col *c;
	size_t n, i;
	int count[FIELD_COUNT] = { 0 };
	char *h;

	h = join_headers("template");
	T_STREQ(h, "姓名,性别,出生日期,身份证号,学籍号,年级,班级,民族,是否寄宿,"
	    "留守类型,困境类型,健康状况,性格特点,兴趣爱好,学习成绩,现实表现,心理状况,"
	    "家庭经济状况,家庭住址,生活情况,父亲姓名,父亲电话,父亲是否外出,父亲务工地,"
	    "母亲姓名,母亲电话,母亲是否外出,母亲务工地,监护人姓名,监护人关系,监护人年龄,"
	    "监护人健康状况,监护人文化程度,监护人电话,备注");
	free(h);
	h = join_headers("mca");
	T_STREQ(h, "序号,姓名,性别,民族,出生日期,公民身份证号码,是否登记户口,"
	    "户籍所在地,现居住地,是否学校寄宿,身体情况,就学情况,父母双方是否同时外出,"
	    "父母一方外出另一方是否无监护能力,父亲姓名,父亲身份证号,父亲务工地点,"
	    "父亲联系电话,母亲姓名,母亲身份证号,母亲务工地点,母亲联系电话,"
	    "委托监护人姓名,与儿童关系,委托监护人联系电话,委托监护人身份证号,监护情况,"
	    "家庭经济来源,救助帮扶情况,填报单位,填报日期");
	free(h);
	h = join_headers("xueji");
	T_CHECK(h != NULL && strstr(h, ",班级,学籍留守类型,填报单位,填报日期") != NULL);
	free(h);
	T_CHECK(join_headers("nope") == NULL);

	/* standard: every field exactly once, and each header reads back */
	T_INTEQ(layout_columns("standard", &c, &n), 0);
	T_INTEQ(n, FIELD_COUNT);
	for (i = 0; i < n; i++) {
		T_INTEQ(c[i].kind, LC_FIELD);
		count[c[i].field]++;
		T_CHECK(field_by_header(layout_header(&c[i])) == &field_table[c[i].field]);
	}
	for (i = 0; i < FIELD_COUNT; i++)
		T_INTEQ(count[i], 1);
	free(c);
}

static void
test_cells(void)
{
	struct layout_col both = { "x", LC_BOTH_AWAY, F_NAME };
	struct layout_col one = { "x", LC_ONE_AWAY_UNABLE, F_NAME };
	struct layout_col xj = { "x", LC_XUEJI, F_NAME };
	struct layout_col sch = { "x", LC_SCHOOLING, F_NAME };
	struct layout_col seq = { "x", LC_SEQ, F_NAME };
	struct layout_col cls = { "x", LC_CLASS, F_NAME };
	struct layout_col rel = { NULL, LC_FIELD, F_GUARDIAN_RELATION };
	struct layout_ctx ctx = { 7, "太平山镇中心小学", "2026-11-29" };
	struct record r;
	char *s;

	record_init(&r);
	record_set(&r, F_LEFT_BEHIND_TYPE, "both_away");
	record_set(&r, F_GRADE, "7");
	record_set(&r, F_CLASS_NO, "2");
	record_set(&r, F_GUARDIAN_RELATION, "grandmother");
#define CELL(col, want) s = layout_cell(&(col), &r, &ctx); T_STREQ(s, want); free(s)
	CELL(both, "是");
	CELL(one, "否");
	CELL(xj, "双亲留守");
	CELL(sch, "初中");
	CELL(seq, "7");
	CELL(cls, "初一(2)班");
	CELL(rel, "祖母");
	record_set(&r, F_LEFT_BEHIND_TYPE, "one_away_other_unable");
	CELL(one, "是");
	CELL(xj, "单亲留守");
	record_set(&r, F_LEFT_BEHIND_TYPE, NULL);
	CELL(xj, "非留守");
	CELL(both, "");
	record_set(&r, F_FATHER_AWAY, "1");		/* no type: the flags */
	CELL(xj, "单亲留守");
	record_set(&r, F_MOTHER_AWAY, "1");
	CELL(xj, "双亲留守");
	record_set(&r, F_GRADE, "3");
	CELL(sch, "小学");
	record_clear(&r);
	T_CHECK(layout_col_is_text(&rel));
	T_CHECK(!layout_col_is_text(&seq));
	one.header = "父母一方外出另一方是否无监护能力";
	T_INTEQ(layout_col_width(&one), 32);	/* 16 CJK characters */
	T_INTEQ(layout_col_width(&rel), 10);	/* 监护人关系 */
}

/* Read one member of a zip file through unzip -p. */
static char *
unzip_member(const char *zip, const char *member)
{
	char *cmd = xasprintf("unzip -p '%s' '%s'", zip, member);
	FILE *p = popen(cmd, "r");
	struct buf b = BUF_INIT;
	char tmp[4096];
	size_t n;

	free(cmd);
	if (p == NULL)
		return NULL;
	while ((n = fread(tmp, 1, sizeof tmp, p)) > 0)
		buf_add(&b, tmp, n);
	pclose(p);
	buf_adds(&b, "");
	return buf_detach(&b);
}

static void
test_xlsx(void)
{
	char dir[] = "/tmp/guanai-xlsx.XXXXXX";
	const char *hdr[] = { "姓名", "身份证号", "序号" };
	const char *row1[] = { "𠮷祥", "11010520130101002X", "1" };
	const char *row2[] = { "张三", NULL, "2" };
	const char *bad[] = { "\xff", "", "" };
	const int minw[] = { 8, 18, 4 };
	const unsigned char num[] = { 0, 0, 1 };
	struct xlsx *x;
	struct err e = { 0, "" };
	char *path, *xml;

	if (system("command -v unzip >/dev/null") != 0) {
		fprintf(stderr, "unzip missing: xlsx read-back skipped\n");
		return;
	}
	T_CHECK(mkdtemp(dir) != NULL);
	path = xasprintf("%s/t.xlsx", dir);
	T_INTEQ(xlsx_open(&x, path, &e), 0);
	T_INTEQ(xlsx_sheet(x, "children", hdr, minw, 3, &e), 0);
	T_INTEQ(xlsx_row(x, row1, num, &e), 0);
	T_INTEQ(xlsx_row(x, row2, num, &e), 0);
	T_INTEQ(xlsx_row(x, bad, num, &e), -1);		/* refused, not written */
	T_CHECK(strstr(e.msg, "children") != NULL);
	T_INTEQ(xlsx_sheet(x, "pairings", hdr, NULL, 1, &e), 0);
	T_INTEQ(access(path, F_OK), -1);		/* nothing under the final name yet */
	T_INTEQ(xlsx_commit(&x, &e), 0);
	T_INTEQ(access(path, F_OK), 0);

	xml = unzip_member(path, "xl/worksheets/sheet1.xml");
	T_CHECK(strstr(xml, "𠮷祥") != NULL);
	/* the ID number is a text cell with all its digits */
	T_CHECK(strstr(xml, "t=\"inlineStr\"><is><t>11010520130101002X</t>") != NULL);
	T_CHECK(strstr(xml, "<v>2</v>") != NULL);	/* 序号 as a number */
	T_CHECK(strstr(xml, "<pane ySplit=\"1\"") != NULL);	/* frozen header */
	T_CHECK(strstr(xml, "width=\"20") != NULL);	/* 18 cells + 2 */
	T_CHECK(strstr(xml, "\xff") == NULL);
	free(xml);
	xml = unzip_member(path, "xl/workbook.xml");
	T_CHECK(strstr(xml, "name=\"children\"") != NULL);
	T_CHECK(strstr(xml, "name=\"pairings\"") != NULL);
	free(xml);
	unlink(path);
	rmdir(dir);
	free(path);
}

int
main(void)
{
	test_layouts();
	test_cells();
	test_xlsx();
	return t_done("test-exchange-layout");
}
