/* test-search-readings.c — names found by every reading, through the store
 * (issue 13): the terms of every reading written by a single save and by
 * bulk mode are those a rebuild writes; a broad pinyin search walking the
 * list finds children by a reading other than their stored one; schema
 * step 3 turns a version-2 database (tests/data/schema-v2-names.sql,
 * written by the program before) into one where every reading is found. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/core/field.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"
#include "t.h"

static char dir[256];

static long
count_sql(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long n = -1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return n;
}

/* Every (term, sort key, child) of child_search, as one text. */
static char *
search_dump(const char *path)
{
	struct buf b = BUF_INIT;
	sqlite3 *db;
	sqlite3_stmt *st;

	buf_adds(&b, "");
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return buf_detach(&b);
	if (sqlite3_prepare_v2(db, "SELECT t.term || '|' || t.sort_key || '|' || q.child_id "
	    "FROM child_search t JOIN child_seq q ON q.seq = t.seq ORDER BY 1", -1, &st,
	    NULL) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW) {
			buf_adds(&b, (const char *)sqlite3_column_text(st, 0));
			buf_addc(&b, '\n');
		}
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return buf_detach(&b);
}

struct found {
	size_t n;
	char first[64];
	int has;		/* the name asked for was among them */
	const char *want;
};

static int
found_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct found *f = ctx;

	(void)k;
	if (f->n++ == 0)
		snprintf(f->first, sizeof f->first, "%s", record_get(r, F_NAME));
	if (f->want != NULL && strcmp(record_get(r, F_NAME), f->want) == 0)
		f->has = 1;
	return 0;
}

/* How many children the search q lists (a page of `limit`, 0 = all), and
 * whether `want` is one of them. */
static size_t
search(struct store *s, const char *q, size_t limit, const char *want, int *has)
{
	struct child_filter f = { 0, 0, q, 0, NULL, NULL };
	struct err e = { 0, "" };
	struct found fd;

	memset(&fd, 0, sizeof fd);
	fd.want = want;
	if (store_children_each(s, &f, NULL, limit, found_cb, &fd, &e) != 0) {
		fprintf(stderr, "search %s: %s\n", q, e.msg);
		return (size_t)-1;
	}
	if (has != NULL)
		*has = fd.has;
	return fd.n;
}

static int
finds(struct store *s, const char *q, const char *name)
{
	int a = 0, b = 0;

	search(s, q, 0, name, &a);	/* the CLI's whole list */
	search(s, q, 20, name, &b);	/* the TUI's page */
	return a && b;
}

static void
save(struct store *s, const char *name, const char *birth, const char *g, const char *c)
{
	struct record r;
	struct err e = { 0, "" };

	record_init(&r);
	record_set(&r, F_NAME, name);
	record_set(&r, F_BIRTH_DATE, birth);
	record_set(&r, F_GRADE, g);
	record_set(&r, F_CLASS_NO, c);
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
}

static const char *const names[] = { "张长江", "覃晟睿", "澹台明月", "单于飞",
    "乐正和", "曾小红", "王乐乐", "张朝阳", "李重行", "和和和和和和", "万俟长乐" };
#define NNAMES (sizeof names / sizeof names[0])

static void
check_cases(struct store *s)
{
	T_CHECK(finds(s, "zcj", "张长江"));
	T_CHECK(finds(s, "zzj", "张长江"));
	T_CHECK(finds(s, "zhangchangjiang", "张长江"));
	T_CHECK(finds(s, "zhangzhangjiang", "张长江"));
	T_CHECK(finds(s, "qsr", "覃晟睿"));
	T_CHECK(finds(s, "qcr", "覃晟睿"));
	T_CHECK(finds(s, "qinshengrui", "覃晟睿"));
	T_CHECK(finds(s, "tt", "澹台明月"));
	T_CHECK(finds(s, "tantai", "澹台明月"));
	T_CHECK(finds(s, "cy", "单于飞"));
	T_CHECK(finds(s, "yz", "乐正和"));
	T_CHECK(finds(s, "zeng", "曾小红"));
	T_CHECK(!finds(s, "ceng", "曾小红"));
	T_CHECK(finds(s, "wyy", "王乐乐"));
	T_CHECK(finds(s, "zzy", "张朝阳"));
	T_CHECK(finds(s, "zcy", "张朝阳"));
}

/* Single saves and a bulk save write exactly the terms a rebuild writes. */
static void
test_terms(void)
{
	char *p = xasprintf("%s/terms.db", dir), *a, *b, birth[32];
	struct store *s = NULL;
	struct err e = { 0, "" };
	size_t i;
	long n;

	T_INTEQ(store_open(&s, p, STORE_OPEN_CREATE, &e), 0);
	for (i = 0; i < NNAMES; i++)	/* one at a time (the record form) */
		save(s, names[i], "2017-01-01", "3", "1");
	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);		/* an import */
	for (i = 0; i < NNAMES; i++) {
		snprintf(birth, sizeof birth, "2016-02-%02d", (int)i + 1);
		save(s, names[i], birth, "4", "2");
	}
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	check_cases(s);
	T_INTEQ((int)search(s, "zcj", 0, NULL, NULL), 2);	/* both 张长江 */
	/* bounded: 16 readings of 和和和和和和, each child */
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child_search WHERE term LIKE 'p%' "
	    "AND seq IN (SELECT seq FROM child_search WHERE term = 'n和和')"), 2 * 16);
	a = search_dump(p);
	n = count_sql(p, "SELECT count(*) FROM child_search");
	T_INTEQ(store_search_rebuild(s, &e), 0);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child_search"), n);
	b = search_dump(p);
	T_CHECK(strlen(a) > 1000);
	T_CHECK(strcmp(a, b) == 0);
	free(a);
	free(b);
	store_close(&s);
	free(p);
}

/* A pinyin prefix matching over a thousand terms is answered by walking
 * the list in pinyin order, testing each child: the children found only
 * by another reading of their name must be among them. */
static void
test_broad(void)
{
	char *p = xasprintf("%s/broad.db", dir), birth[32];
	struct store *s = NULL;
	struct err e = { 0, "" };
	struct child_filter f = { 0, 0, "zhangzhang", 0, NULL, NULL };
	size_t n = 0;
	int i, has = 0;

	T_INTEQ(store_open(&s, p, STORE_OPEN_CREATE, &e), 0);
	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	for (i = 0; i < 1100; i++) {	/* stored as zhangchangjiang */
		snprintf(birth, sizeof birth, "%04d-%02d-%02d", 2012 + i / 300,
		    1 + i / 25 % 12, 1 + i % 25);
		save(s, "张长江", birth, i % 2 ? "3" : "4", "1");
	}
	save(s, "张章", "2015-01-01", "2", "1");	/* zhangzhang, stored so */
	save(s, "李华", "2015-01-01", "2", "1");
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	T_CHECK(count_sql(p, "SELECT count(*) FROM child_search WHERE term >= "
	    "'pzhangzhang' AND term < 'pzhangzhanh'") > 1000);
	T_INTEQ((int)search(s, "zhangzhang", 50, "张长江", &has), 50);
	T_CHECK(has);
	T_INTEQ((int)search(s, "zhangzhang", 0, NULL, NULL), 1101);
	T_INTEQ(store_children_count(s, &f, &n, &e), 0);
	T_INTEQ((int)n, 1101);
	T_INTEQ((int)search(s, "zhangc", 50, "张长江", &has), 50);
	T_CHECK(has);
	T_INTEQ((int)search(s, "zh", 2000, NULL, NULL), 1101);
	T_INTEQ((int)search(s, "lihua", 50, "李华", &has), 1);
	store_close(&s);
	free(p);
}

/* Schema step 3 on a database of version 2 written by the program before:
 * the stored readings are read again, every reading is found, and the
 * terms are those a rebuild writes. */
static void
test_migration(void)
{
	const char *src = getenv("GUANAI_SRCDIR");
	char *fx = xasprintf("%s/tests/data/schema-v2-names.sql", src != NULL ? src : ".."),
	    *p = xasprintf("%s/v2.db", dir), *sql = NULL, *a, *b;
	struct store *s = NULL;
	struct err e = { 0, "" };
	sqlite3 *db;
	FILE *fp;
	long len;

	fp = fopen(fx, "rb");
	T_CHECK(fp != NULL);
	if (fp == NULL)
		goto out;
	fseek(fp, 0, SEEK_END);
	len = ftell(fp);
	rewind(fp);
	sql = xmalloc((size_t)len + 1);
	T_INTEQ((long)fread(sql, 1, (size_t)len, fp), len);
	sql[len] = '\0';
	fclose(fp);
	T_INTEQ(sqlite3_open(p, &db), SQLITE_OK);
	T_INTEQ(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	T_INTEQ(count_sql(p, "PRAGMA user_version"), 2);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child_search WHERE term = 'izcj'"), 0);
	/* the step writes the terms through sorted runs of a temporary file
	 * (bulk mode): make it many runs */
	setenv("GUANAI_SEARCH_CHUNK", "300", 1);
	T_INTEQ(store_open(&s, p, STORE_OPEN_EXISTING, &e), 0);
	unsetenv("GUANAI_SEARCH_CHUNK");
	T_INTEQ(count_sql(p, "PRAGMA user_version"), store_schema_version());
	T_CHECK(store_schema_version() >= 3);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child WHERE name = '张长江' AND "
	    "pinyin = 'zhangchangjiang' AND initials = 'zcj' AND "
	    "sort_key = 'zhang chang jiang\t张长江'"), 1);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child WHERE name = '澹台明月' AND "
	    "pinyin = 'tantaimingyue'"), 1);
	/* nothing else of the children changed, nothing audited */
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child WHERE updated_at <> created_at"), 0);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM audit WHERE action = 'update'"), 0);
	check_cases(s);
	a = search_dump(p);
	T_INTEQ(store_search_rebuild(s, &e), 0);
	b = search_dump(p);
	T_CHECK(strcmp(a, b) == 0);
	free(a);
	free(b);
	store_close(&s);
	/* opened again: no second migration */
	T_INTEQ(store_open(&s, p, STORE_OPEN_EXISTING, &e), 0);
	check_cases(s);
	store_close(&s);
out:
	free(sql);
	free(fx);
	free(p);
}

int
main(void)
{
	char *cmd;

	snprintf(dir, sizeof dir, "%s/test-search-readings.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	test_terms();
	test_broad();
	test_migration();
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-search-readings");
}
