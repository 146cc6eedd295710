/* test-exchange-import.c — import and export against a real store in a
 * temporary folder: counts, matching, twice-is-a-no-op, whole-row
 * rejection with the rejected file, dry run, near duplicates, and the
 * round trip export → import into an empty database in both encodings. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/app/app.h"
#include "guanai/app/export.h"
#include "guanai/app/import.h"
#include "guanai/base/buf.h"
#include "guanai/base/charset.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"
#include "t.h"

static char dir[] = "/tmp/guanai-imp.XXXXXX";

/* A valid 18-character ID (GB 11643 check character). */
static void
make_id(char out[19], const char *region, const char *ymd, const char *seq)
{
	static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	int i, sum = 0;

	snprintf(out, 19, "%s%s%s", region, ymd, seq);
	for (i = 0; i < 17; i++)
		sum += (out[i] - '0') * w[i];
	out[17] = "10X98765432"[sum % 11];
	out[18] = '\0';
}

static char *
path_of(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void
write_file(const char *name, const char *text, enum charset cs)
{
	char *p = path_of(name), *conv;
	struct err e = { 0, "" };
	size_t n;
	FILE *fp = fopen(p, "wb");

	conv = charset_from_utf8(cs, text, strlen(text), &n, &e);
	fwrite(conv, 1, n, fp);
	fclose(fp);
	free(conv);
	free(p);
}

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char tmp[4096];
	size_t n;

	if (fp == NULL)
		return NULL;
	while ((n = fread(tmp, 1, sizeof tmp, fp)) > 0)
		buf_add(&b, tmp, n);
	fclose(fp);
	buf_adds(&b, "");
	return buf_detach(&b);
}

static int
open_db(struct app *a, const char *name)
{
	struct err e = { 0, "" };
	char *p = path_of(name);

	app_init(a, p);
	free(p);
	if (app_open(a, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return -1;
	}
	return 0;
}

static int
run_import(struct app *a, const char *name, int dry, struct import_report *rep)
{
	struct import_opts o;
	struct err e = { 0, "" };
	char *p = path_of(name);
	int rc;

	memset(&o, 0, sizeof o);
	o.path = p;
	o.dry_run = dry;
	import_report_init(rep);
	rc = import_run(a, &o, rep, &e);
	if (rc != 0)
		fprintf(stderr, "import %s: %s\n", name, e.msg);
	free(p);
	return rc;
}

static size_t
count(struct app *a)
{
	struct child_filter f = { .grade = 0 };
	struct err e = { 0, "" };
	size_t n = 0;

	store_children_count(a->store, &f, &n, &e);
	return n;
}

static const char header[] = "姓名,性别,出生日期,身份证号,年级,班级,监护人姓名,"
    "监护人关系,监护人电话,父亲姓名,父亲电话,父亲是否外出,留守类型,备注,外星人列\n";

/* One good row of each kind, one bad row per kind of bad value. */
static void
write_roster(const char *id1, const char *id2, const char *idbad)
{
	struct buf csv = BUF_INIT;

	buf_adds(&csv, header);
	buf_addf(&csv, "张思远,男,2016-05-06,%s,三年级,(2)班,王秀英,奶奶,13812345678,"
	    "张建国,13900001111,是,父母均外出,\"爱画画，\"\"内向\"\"\",x\n", id1);
	buf_addf(&csv, "𠮷祥,女,2015/3/8,%s,3,2,李四,外婆,,,,,母亲外出,'=1+2\r\n", id2);
	buf_adds(&csv, "\n");					/* blank line */
	buf_adds(&csv, "郑谢,男,2014.1.9,,初一,1班,叶魏,爷爷\n");	/* short row */
	buf_adds(&csv, "坏日期,男,2015-02-30,,3,2,,,,,,,,\n");	/* line 6 */
	buf_addf(&csv, "坏身份证,男,,%s,3,2\n", idbad);		/* line 7 */
	buf_adds(&csv, "坏班级,男,,,3,二十五班半\n");		/* line 8 */
	buf_adds(&csv, "坏电话,男,,,3,2,王五,爷爷,12345\n");	/* line 9 */
	buf_adds(&csv, "坏词,男,,,3,2,王五,邻居大爷\n");		/* line 10 */
	write_file("roster.csv", csv.s, CHARSET_UTF8);
	buf_free(&csv);
}

static void
test_import_basic(void)
{
	struct app a;
	struct import_report r;
	struct buf csv = BUF_INIT;
	char id1[19], id2[19], idbad[19], *rej, *p;
	struct record rec, probe;
	struct err e = { 0, "" };
	char cid[UUID_LEN + 1];

	make_id(id1, "431102", "20160506", "101");	/* boy */
	make_id(id2, "431102", "20150308", "202");	/* girl */
	make_id(idbad, "431102", "20150308", "302");
	idbad[17] = idbad[17] == '1' ? '2' : '1';	/* wrong check character */
	T_INTEQ(open_db(&a, "basic.db"), 0);
	write_roster(id1, id2, idbad);

	T_INTEQ(run_import(&a, "roster.csv", 0, &r), 0);
	T_INTEQ(r.added, 3);
	T_INTEQ(r.rejected, 5);
	T_INTEQ(r.updated + r.unchanged, 0);
	T_INTEQ(r.nunknown, 1);
	T_STREQ(r.nunknown ? r.unknown[0] : NULL, "外星人列");
	T_CHECK(r.rejected_path != NULL &&
	    str_has_suffix(r.rejected_path, "/roster.rejected.csv"));
	T_INTEQ(count(&a), 3);

	/* rejected: the original rows, unchanged, with the reason last */
	rej = r.rejected_path ? slurp(r.rejected_path) : NULL;
	T_CHECK(rej != NULL && str_has_prefix(rej, "\xef\xbb\xbf姓名,性别"));
	T_CHECK(rej != NULL && strstr(rej, ",外星人列,错误原因\r\n") != NULL);
	T_CHECK(rej != NULL && strstr(rej,
	    "坏日期,男,2015-02-30,,3,2,,,,,,,,,,\"roster.csv, line 6: ") != NULL);
	T_CHECK(rej != NULL && strstr(rej, "roster.csv, line 7: ") != NULL);
	T_CHECK(rej != NULL && strstr(rej, idbad) != NULL);
	/* short rows are padded so the reason is in its own column */
	T_CHECK(rej != NULL && strstr(rej,
	    "坏班级,男,,,3,二十五班半,,,,,,,,,,\"roster.csv, line 8: ") != NULL);
	T_CHECK(rej != NULL && strstr(rej, "line 9: ") != NULL &&
	    strstr(rej, "line 10: ") != NULL);
	T_CHECK(rej != NULL && strstr(rej, "张思远") == NULL);
	free(rej);

	/* the values arrived canonical */
	record_init(&probe);
	record_set(&probe, F_ID_NUMBER, id1);
	T_INTEQ(store_child_match(a.store, &probe, cid, &e), 0);
	record_clear(&probe);
	record_init(&rec);
	T_INTEQ(store_child_get(a.store, cid, &rec, &e), 0);
	T_STREQ(record_get(&rec, F_NAME), "张思远");
	T_STREQ(record_get(&rec, F_GUARDIAN_RELATION), "grandmother");
	T_STREQ(record_get(&rec, F_GRADE), "3");
	T_STREQ(record_get(&rec, F_CLASS_NO), "2");
	T_STREQ(record_get(&rec, F_NOTES), "爱画画，\"内向\"");
	T_STREQ(record_get(&rec, F_FATHER_AWAY), "1");
	T_STREQ(record_get(&rec, F_LEFT_BEHIND_TYPE), "both_away");
	record_clear(&rec);
	import_report_clear(&r);

	/* twice: nothing changes, the rejects are rejected again */
	T_INTEQ(run_import(&a, "roster.csv", 0, &r), 0);
	T_INTEQ(r.added, 0);
	T_INTEQ(r.updated, 0);
	T_INTEQ(r.unchanged, 3);
	T_INTEQ(r.rejected, 5);
	import_report_clear(&r);

	/* an update by ID number; an empty cell does not erase; a class
	 * written whole in the 班级 column */
	buf_adds(&csv, "身份证号,姓名,年级,班级,备注,监护人电话\n");
	buf_addf(&csv, "%s,张思远,3,2,转来新备注,\n", id1);
	buf_adds(&csv, ",郑谢,,五年级(3)班,,\n");
	buf_addf(&csv, "%s,张冒名,3,2,,\n", id1);	/* one ID, another name */
	write_file("update.csv", csv.s, CHARSET_UTF8);
	T_INTEQ(run_import(&a, "update.csv", 1, &r), 0);	/* dry run first */
	T_INTEQ(r.updated, 1);
	T_INTEQ(r.added, 1);
	T_INTEQ(r.rejected, 1);
	T_CHECK(r.rejected_path == NULL);
	import_report_clear(&r);
	T_INTEQ(count(&a), 3);					/* nothing written */
	T_INTEQ(run_import(&a, "update.csv", 0, &r), 0);
	T_INTEQ(r.updated, 1);
	T_INTEQ(r.added, 1);
	T_INTEQ(r.rejected, 1);
	rej = r.rejected_path ? slurp(r.rejected_path) : NULL;
	T_CHECK(rej != NULL && strstr(rej, "张冒名") != NULL &&
	    strstr(rej, "already that of 张思远") != NULL);
	free(rej);
	import_report_clear(&r);
	T_INTEQ(count(&a), 4);
	record_init(&rec);
	T_INTEQ(store_child_get(a.store, cid, &rec, &e), 0);
	T_STREQ(record_get(&rec, F_NOTES), "转来新备注");
	T_STREQ(record_get(&rec, F_GUARDIAN_PHONE), "13812345678");
	record_clear(&rec);

	/* a file that is not an import file changes nothing, writes nothing */
	write_file("junk.csv", "a,b\n1,2\n", CHARSET_UTF8);
	T_INTEQ(run_import(&a, "junk.csv", 0, &r), -1);
	import_report_clear(&r);
	p = path_of("junk.rejected.csv");
	T_INTEQ(access(p, F_OK), -1);
	free(p);
	T_INTEQ(count(&a), 4);
	buf_free(&csv);
	app_close(&a);
}

/* The same file in GB18030: the same children, the rejected file in
 * GB18030 too, the bad rows byte for byte as they were. */
static void
test_import_gb18030(void)
{
	struct app a;
	struct import_report r;
	char id1[19], id2[19], idbad[19], *raw, *rej, *orig, *line;
	size_t n;
	struct err e = { 0, "" };

	make_id(id1, "431102", "20160506", "101");
	make_id(id2, "431102", "20150308", "202");
	make_id(idbad, "431102", "20150308", "302");
	idbad[17] = idbad[17] == '1' ? '2' : '1';
	T_INTEQ(open_db(&a, "gb.db"), 0);
	write_roster(id1, id2, idbad);
	raw = path_of("roster.csv");
	orig = slurp(raw);
	free(raw);
	raw = charset_from_utf8(CHARSET_GB18030, orig, strlen(orig), &n, &e);
	write_file("gb.csv", orig, CHARSET_GB18030);
	T_INTEQ(run_import(&a, "gb.csv", 0, &r), 0);
	T_INTEQ(r.charset, CHARSET_GB18030);
	T_INTEQ(r.added, 3);
	T_INTEQ(r.rejected, 5);
	rej = r.rejected_path ? slurp(r.rejected_path) : NULL;
	T_CHECK(rej != NULL && rej[0] != '\xef');		/* no BOM in GB18030 */
	/* each rejected row starts with its original bytes */
	line = charset_from_utf8(CHARSET_GB18030, "坏电话,男,,,3,2,王五,爷爷,12345",
	    strlen("坏电话,男,,,3,2,王五,爷爷,12345"), NULL, &e);
	T_CHECK(rej != NULL && line != NULL && strstr(rej, line) != NULL);
	T_CHECK(line != NULL && strstr(raw, line) != NULL);
	free(line);
	free(rej);
	free(raw);
	free(orig);
	import_report_clear(&r);
	app_close(&a);
}

/* A near match: same name and birth date, another class, no ID. */
static void
test_duplicate(void)
{
	struct app a;
	struct import_report r;

	T_INTEQ(open_db(&a, "dup.db"), 0);
	write_file("one.csv", "姓名,出生日期,年级,班级\n李明,2016-01-02,3,1\n", CHARSET_UTF8);
	write_file("two.csv", "姓名,出生日期,班级\n李明,2016-01-02,四年级(2)班\n",
	    CHARSET_UTF8);
	T_INTEQ(run_import(&a, "one.csv", 0, &r), 0);
	import_report_clear(&r);
	T_INTEQ(run_import(&a, "two.csv", 0, &r), 0);
	T_INTEQ(r.added, 1);
	T_INTEQ(r.duplicates, 1);
	T_INTEQ(r.nnotes, 1);
	T_CHECK(r.nnotes == 1 && strstr(r.notes[0], "李明") != NULL);
	import_report_clear(&r);
	T_INTEQ(count(&a), 2);
	app_close(&a);
}

/* County sheets put a title row above the header; the TUI previews the
 * first rows decoded before importing. */
static void
test_title_and_preview(void)
{
	struct app a;
	struct import_report r;
	struct import_preview pv;
	struct err e = { 0, "" };
	char *p;

	T_INTEQ(open_db(&a, "title.db"), 0);
	write_file("title.csv", "太平山镇中心小学留守儿童花名册,,,\n填表日期：2026年11月,,,\n"
	    "姓名,出生日期,年级,班级\n郑谢,2016-01-02,3,1\n肖袁,2016-01-03,3,1\n",
	    CHARSET_GB18030);
	T_INTEQ(run_import(&a, "title.csv", 0, &r), 0);
	T_INTEQ(r.added, 2);
	T_INTEQ(r.nunknown, 0);
	import_report_clear(&r);
	app_close(&a);

	p = path_of("title.csv");
	T_INTEQ(import_preview(p, 0, CHARSET_UTF8, 4, &pv, &e), 0);
	T_INTEQ(pv.charset, CHARSET_GB18030);
	T_INTEQ(pv.nrows, 4);
	T_STREQ(pv.nrows > 3 && pv.rows[3].ncells > 0 ? pv.rows[3].cells[0] : NULL, "郑谢");
	T_INTEQ(pv.nrows > 3 ? pv.rows[3].line : 0, 4);
	import_preview_clear(&pv);
	/* forced to the wrong encoding: an error, nothing to free */
	T_INTEQ(import_preview(p, 1, CHARSET_UTF8, 4, &pv, &e), -1);
	T_INTEQ(pv.nrows, 0);
	free(p);
}

struct dump {
	char **v;
	size_t n;
};

static int
dump_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct dump *d = ctx;
	struct buf b = BUF_INIT;
	int i;

	(void)k;
	for (i = 0; i < FIELD_COUNT; i++)
		buf_addf(&b, "%s|", r->v[i] ? r->v[i] : "");
	buf_addc(&b, '\n');
	d->v = xrealloc(d->v, (d->n + 1) * sizeof *d->v);
	d->v[d->n++] = buf_detach(&b);
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every field of every child as one string, sorted: ids and the order
 * of children with the same name differ between databases. */
static char *
dump(struct app *a)
{
	struct child_filter f = { .grade = 0 };
	struct dump d = { NULL, 0 };
	struct buf b = BUF_INIT;
	struct err e = { 0, "" };
	size_t i;

	store_children_each(a->store, &f, NULL, 0, dump_cb, &d, &e);
	qsort(d.v, d.n, sizeof *d.v, cmp_str);
	for (i = 0; i < d.n; i++) {
		buf_adds(&b, d.v[i]);
		free(d.v[i]);
	}
	free(d.v);
	buf_adds(&b, "");
	return buf_detach(&b);
}

static void
round_trip(struct app *src, enum charset cs, const char *name)
{
	struct export_opts o;
	struct export_report er;
	struct import_report r;
	struct err e = { 0, "" };
	struct app dst;
	char *p = path_of(name), *dbname = xasprintf("%s.db", name), *d1, *d2;

	memset(&o, 0, sizeof o);
	o.path = p;
	o.charset = cs;
	T_INTEQ(export_run(src, &o, &er, &e), 0);
	T_INTEQ(er.children, (long)count(src));
	T_INTEQ(open_db(&dst, dbname), 0);
	T_INTEQ(run_import(&dst, name, 0, &r), 0);
	T_INTEQ(r.added, er.children);
	T_INTEQ(r.rejected, 0);
	T_INTEQ(r.nunknown, 0);
	T_INTEQ(r.charset, cs);
	import_report_clear(&r);
	d1 = dump(src);
	d2 = dump(&dst);
	T_STREQ(d2, d1);
	free(d1);
	free(d2);
	app_close(&dst);
	free(p);
	free(dbname);
}

static void
test_round_trip(void)
{
	struct app a;
	struct import_report r;
	struct buf csv = BUF_INIT;
	char id[19], fid[19];
	int i;

	T_INTEQ(open_db(&a, "rt.db"), 0);
	make_id(fid, "110105", "19850101", "003");
	buf_adds(&csv, "姓名,性别,出生日期,身份证号,学籍号,年级,班级,民族,是否寄宿,留守类型,"
	    "困境类型,健康状况,健康备注,性格特点,家庭经济状况,家庭经济来源,家庭住址,"
	    "父亲姓名,父亲身份证号,父亲电话,父亲是否外出,父亲每年回家次数,母亲姓名,"
	    "监护人姓名,监护人关系,监护人年龄,监护人文化程度,监护人电话,备注\n");
	for (i = 0; i < 40; i++) {
		char seq[4], ymd[9];

		snprintf(seq, sizeof seq, "%03d", i + 1);
		snprintf(ymd, sizeof ymd, "201%d0%d1%d", i % 8, i % 9 + 1, i % 10);
		make_id(id, "431102", ymd, seq);
		buf_addf(&csv, "%s%s,,,%s,G%s%d,%d,%d,汉族,否,父母均外出,低保、孤儿,良好,"
		    "\"左眼弱,\n需复查\",-内向,困难,打工,\"长岭县太平山镇\"\"单家堡\"\"3组\","
		    "父亲%s,%s,0731-8123456%d,是,2,母亲%s,𠮷奶奶,祖母,6%d,小学,1381234%04d,"
		    "@备注%d\n", i % 2 ? "郑谢" : "𠮷", i % 3 ? "肖袁" : "", id,
		    ymd, i, i % 9 + 1, i % 4 + 1, i % 2 ? "甲" : "乙", fid, i % 10,
		    i % 3 ? "丙" : "丁", i % 10, i, i);
	}
	write_file("full.csv", csv.s, CHARSET_UTF8);
	T_INTEQ(run_import(&a, "full.csv", 0, &r), 0);
	T_INTEQ(r.added, 40);
	T_INTEQ(r.rejected, 0);
	import_report_clear(&r);
	round_trip(&a, CHARSET_UTF8, "rt-utf8.csv");
	round_trip(&a, CHARSET_GB18030, "rt-gb.csv");
	buf_free(&csv);
	app_close(&a);
}

int
main(void)
{
	char *cmd;

	setenv("GUANAI_TODAY", "2026-11-29", 1);
	unsetenv("LANGUAGE");
	if (mkdtemp(dir) == NULL)
		return 99;
	setenv("XDG_DATA_HOME", dir, 1);
	test_import_basic();
	test_import_gb18030();
	test_duplicate();
	test_title_and_preview();
	test_round_trip();
	if (t_failed == 0) {
		cmd = xasprintf("rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
		free(cmd);
	} else
		fprintf(stderr, "files kept in %s\n", dir);
	return t_done("test-exchange-import");
}
