/* test-store.c — the store: schema and migrations, file mode, a round trip
 * of every field, keyset paging, search (1-2 characters, initials, pinyin,
 * ID and phone fragments), trash, audit triggers and bulk mode. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/store/store.h"
#include "t.h"

static char dir[256];

static char *
db_path(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

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

static void
exec_sql(const char *path, const char *sql)
{
	sqlite3 *db;

	if (sqlite3_open(path, &db) == SQLITE_OK)
		sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
}

static void
child(struct record *r, const char *name, const char *g, const char *c)
{
	record_init(r);
	record_set(r, F_NAME, name);
	record_set(r, F_GRADE, g);
	record_set(r, F_CLASS_NO, c);
}

static void
test_open(void)
{
	char *p = db_path("sub/dir/a.db"), *p2 = db_path("none.db"), *d = db_path("sub/dir");
	struct store *s = NULL;
	struct err e = { 0, "" };
	struct stat sb;
	FILE *fp;
	char *junk = db_path("junk.db");

	T_INTEQ(store_open(&s, p2, STORE_OPEN_EXISTING, &e), -1);
	T_INTEQ(e.code, ERR_IO);
	T_CHECK(strstr(e.msg, "init") != NULL);
	T_CHECK(access(p2, F_OK) != 0);
	err_clear(&e);
	T_INTEQ(store_open(&s, p, STORE_OPEN_CREATE, &e), 0);
	T_CHECK(s != NULL);
	T_CHECK(stat(p, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	T_CHECK(stat(d, &sb) == 0 && (sb.st_mode & 0777) == 0700);
	store_close(&s);
	T_CHECK(s == NULL);
	T_INTEQ(count_sql(p, "PRAGMA user_version"), store_schema_version());
	T_INTEQ(count_sql(p, "SELECT count(*) FROM sqlite_master WHERE name = 'child_search'"), 1);
	/* every column the field table names exists */
	{
		int i, bad = 0;
		char sql[200];
		const struct field *f;

		for (i = 0; i < FIELD_COUNT; i++) {
			f = &field_table[i];
			if (f->entity == ENT_CLASS)
				continue;
			snprintf(sql, sizeof sql, "SELECT count(*) FROM pragma_table_info('%s') "
			    "WHERE name = '%s'", f->entity == ENT_CHILD ? "child" :
			    f->entity == ENT_GUARDIAN ? "guardian" : "parent", f->column);
			if (count_sql(p, sql) != 1) {
				fprintf(stderr, "no column for field %s\n", f->code);
				bad++;
			}
		}
		T_INTEQ(bad, 0);
	}
	/* reopen: no second migration, nothing lost */
	T_INTEQ(store_open(&s, p, STORE_OPEN_EXISTING, &e), 0);
	store_close(&s);
	/* step 2 (USB-package bookkeeping) on a version-1 database, with and
	 * without the tables a first pack used to create */
	T_INTEQ(count_sql(p, "SELECT count(*) FROM sqlite_master WHERE name IN "
	    "('sync_site', 'sync_peer', 'sync_base', 'sync_base_row')"), 4);
	exec_sql(p, "PRAGMA user_version = 1");
	T_INTEQ(store_open(&s, p, STORE_OPEN_EXISTING, &e), 0);
	store_close(&s);
	T_INTEQ(count_sql(p, "PRAGMA user_version"), store_schema_version());
	exec_sql(p, "DROP TABLE sync_site; DROP TABLE sync_peer; DROP TABLE sync_base; "
	    "PRAGMA user_version = 1");
	T_INTEQ(store_open(&s, p, STORE_OPEN_EXISTING, &e), 0);
	store_close(&s);
	T_INTEQ(count_sql(p, "PRAGMA user_version"), store_schema_version());
	T_INTEQ(count_sql(p, "SELECT count(*) FROM sqlite_master WHERE name IN "
	    "('sync_site', 'sync_peer', 'sync_base', 'sync_base_row')"), 4);
	/* a newer schema is refused, untouched */
	exec_sql(p, "PRAGMA user_version = 999");
	T_INTEQ(store_open(&s, p, STORE_OPEN_EXISTING, &e), -1);
	T_INTEQ(e.code, ERR_IO);
	T_CHECK(strstr(e.msg, "999") != NULL);
	T_INTEQ(count_sql(p, "PRAGMA user_version"), 999);
	/* not a database */
	fp = fopen(junk, "w");
	fputs("this is not sqlite, just text that is long enough to matter......"
	    "................................................................", fp);
	fclose(fp);
	err_clear(&e);
	T_INTEQ(store_open(&s, junk, STORE_OPEN_EXISTING, &e), -1);
	T_INTEQ(e.code, ERR_IO);
	free(junk);
	free(d);
	free(p);
	free(p2);
}

static void
test_round_trip(struct store *s, const char *path)
{
	struct record r, got;
	struct err e = { 0, "" };
	char buf[32];
	long before;
	int i;

	record_init(&r);
	for (i = 0; i < FIELD_COUNT; i++) {
		snprintf(buf, sizeof buf, "v%d", i);
		record_set(&r, (enum field_id)i, buf);
	}
	record_set(&r, F_NAME, "张思远");
	record_set(&r, F_GRADE, "3");
	record_set(&r, F_CLASS_NO, "2");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	T_CHECK(r.id[0] != '\0');
	T_INTEQ(store_child_get(s, r.id, &got, &e), 0);
	for (i = 0; i < FIELD_COUNT; i++)
		T_STREQ(got.v[i], r.v[i]);
	T_CHECK(got.updated_at != NULL);
	record_clear(&got);
	T_INTEQ(store_child_get(s, "00000000-0000-4000-8000-000000000000", &got, &e), 1);
	record_clear(&got);
	/* a field edit is audited field by field; an unchanged save writes nothing */
	before = count_sql(path, "SELECT count(*) FROM audit");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit"), before);
	record_set(&r, F_HOBBIES, "画画");
	record_set(&r, F_GUARDIAN_PHONE, "13800001111");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit WHERE action = 'update' "
	    "AND tbl = 'child' AND col = 'hobbies' AND new_value = '画画'"), 1);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit WHERE action = 'update' "
	    "AND tbl = 'guardian' AND col = 'phone' AND new_value = '13800001111'"), 1);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit WHERE actor = 'tester'"),
	    count_sql(path, "SELECT count(*) FROM audit"));
	record_clear(&r);
}

struct collect {
	int n;
	char names[64][32];
	struct child_key last;
};

static int
collect_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct collect *c = ctx;

	if (c->n < 64)
		snprintf(c->names[c->n], sizeof c->names[0], "%s", record_get(r, F_NAME));
	c->n++;
	child_key_copy(&c->last, k);
	return 0;
}

static int
search_n(struct store *s, const char *q, struct collect *c)
{
	struct child_filter f = { 0, 0, q, 0, NULL, NULL };
	struct err e = { 0, "" };

	memset(c, 0, sizeof *c);
	if (store_children_each(s, &f, NULL, 0, collect_cb, c, &e) != 0)
		return -1;
	child_key_clear(&c->last);
	return c->n;
}

static int
has_name(const struct collect *c, const char *name)
{
	int i;

	for (i = 0; i < c->n && i < 64; i++)
		if (strcmp(c->names[i], name) == 0)
			return 1;
	return 0;
}

static void
test_search(struct store *s)
{
	static const char *const names[] = { "章诗怡", "赵松", "王小明", "李华", "曾小红",
	    "单明", "张三", "𠮷田花" };
	struct record r;
	struct err e = { 0, "" };
	struct collect c;
	size_t i, n;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		child(&r, names[i], i < 4 ? "3" : "4", "1");
		if (i == 1) {
			record_set(&r, F_ID_NUMBER, "43112320150308123X");
			record_set(&r, F_FATHER_PHONE, "13912345678");
		}
		T_INTEQ(store_child_save(s, &r, &e), 0);
		record_clear(&r);
	}
	T_INTEQ(search_n(s, "张", &c), 2);	/* 张思远 张三 */
	T_CHECK(has_name(&c, "张三") && has_name(&c, "张思远"));
	T_INTEQ(search_n(s, "小", &c), 2);
	T_INTEQ(search_n(s, "小明", &c), 1);
	T_STREQ(c.names[0], "王小明");
	T_INTEQ(search_n(s, "王小明", &c), 1);
	T_INTEQ(search_n(s, "王小红", &c), 0);
	T_INTEQ(search_n(s, "zsy", &c), 2);	/* 张思远 章诗怡 */
	T_CHECK(has_name(&c, "张思远") && has_name(&c, "章诗怡"));
	T_INTEQ(search_n(s, "zsyu", &c), 0);
	T_INTEQ(search_n(s, "ZS", &c), 4);	/* … 张三 赵松 */
	T_INTEQ(search_n(s, "zhang", &c), 3);
	T_INTEQ(search_n(s, "zeng", &c), 1);	/* 曾 read as a surname */
	T_INTEQ(search_n(s, "shan", &c), 1);	/* 单 */
	T_INTEQ(search_n(s, "𠮷", &c), 1);
	T_INTEQ(search_n(s, "4311", &c), 1);
	T_INTEQ(search_n(s, "123x", &c), 1);	/* last four of the ID */
	T_INTEQ(search_n(s, "139", &c), 1);
	T_INTEQ(search_n(s, "5678", &c), 1);
	T_INTEQ(search_n(s, "139-1234", &c), 1);
	T_INTEQ(search_n(s, "1111", &c), 1);	/* guardian phone of 张思远 */
	T_INTEQ(search_n(s, "9999", &c), 0);
	T_INTEQ(search_n(s, "", &c), 9);
	/* a name change moves the child's terms */
	{
		char id[UUID_LEN + 1];

		T_INTEQ(store_child_resolve(s, "张三", id, &e), 0);
		T_INTEQ(store_child_get(s, id, &r, &e), 0);
		record_set(&r, F_NAME, "钱三");
		T_INTEQ(store_child_save(s, &r, &e), 0);
		record_clear(&r);
		T_INTEQ(search_n(s, "张", &c), 1);
		T_INTEQ(search_n(s, "钱", &c), 1);
		T_INTEQ(search_n(s, "qs", &c), 1);
	}
	/* class filter, count, trash */
	{
		struct child_filter f = { 3, 1, NULL, 0, NULL, NULL };

		T_INTEQ(store_children_count(s, &f, &n, &e), 0);
		T_INTEQ(n, 4);
		f.search = "赵";
		T_INTEQ(store_children_count(s, &f, &n, &e), 0);
		T_INTEQ(n, 1);
		f.grade = 4;
		T_INTEQ(store_children_count(s, &f, &n, &e), 0);
		T_INTEQ(n, 0);
	}
	{
		char id[UUID_LEN + 1];
		struct child_filter trash = { 0, 0, NULL, 1, NULL, NULL };

		T_INTEQ(store_child_resolve(s, "赵松", id, &e), 0);
		T_INTEQ(store_child_delete(s, id, &e), 0);
		T_INTEQ(search_n(s, "赵", &c), 0);
		T_INTEQ(store_children_count(s, &trash, &n, &e), 0);
		T_INTEQ(n, 1);
		T_INTEQ(store_child_resolve(s, "赵松", id, &e), 1);
		T_INTEQ(store_child_erase(s, "no-such", &e), -1);
		err_clear(&e);
		memset(&c, 0, sizeof c);
		T_INTEQ(store_children_each(s, &trash, NULL, 0, collect_cb, &c, &e), 0);
		T_INTEQ(c.n, 1);
		memcpy(id, c.last.id, sizeof id);
		child_key_clear(&c.last);
		T_INTEQ(store_child_restore(s, id, &e), 0);
		T_INTEQ(search_n(s, "赵", &c), 1);
		T_INTEQ(store_child_restore(s, id, &e), -1);
		err_clear(&e);
	}
}

/* Walk a filter page by page (2 at a time) and compare with one walk. */
static void
check_paging(struct store *s, const char *q)
{
	struct child_filter f = { 0, 0, q, 0, NULL, NULL };
	struct child_key after = { NULL, "", 0 };
	struct collect page, whole;
	struct err e = { 0, "" };
	char seen[64][32];
	int n = 0, i;

	memset(&whole, 0, sizeof whole);
	T_INTEQ(store_children_each(s, &f, NULL, 0, collect_cb, &whole, &e), 0);
	for (;;) {
		memset(&page, 0, sizeof page);
		T_INTEQ(store_children_each(s, &f, after.sort_key ? &after : NULL, 2,
		    collect_cb, &page, &e), 0);
		if (page.n == 0)
			break;
		T_CHECK(page.n <= 2);
		for (i = 0; i < page.n && n < 64; i++)
			strcpy(seen[n++], page.names[i]);
		child_key_copy(&after, &page.last);
		child_key_clear(&page.last);
	}
	T_INTEQ(n, whole.n);
	for (i = 0; i < n && i < whole.n; i++)
		T_STREQ(seen[i], whole.names[i]);
	child_key_clear(&after);
	child_key_clear(&whole.last);
}

static void
test_paging(struct store *s)
{
	struct record r;
	struct err e = { 0, "" };
	struct collect c;
	int i;

	for (i = 0; i < 5; i++) {	/* same name: ties broken by the key's id/seq */
		child(&r, "周小周", "2", "1");
		T_INTEQ(store_child_save(s, &r, &e), 0);
		record_clear(&r);
	}
	check_paging(s, NULL);
	check_paging(s, "小");
	check_paging(s, "z");
	check_paging(s, "周小周");
	/* pinyin order: 李 (li) before 王 (wang) before 张 (zhang) */
	T_INTEQ(search_n(s, "", &c), 14);
	T_STREQ(c.names[0], "李华");
	for (i = 0; i < c.n && strcmp(c.names[i], "王小明") != 0; i++)
		;
	T_CHECK(i < c.n && strcmp(c.names[i + 1], "曾小红") == 0);	/* wang < zeng */
}

static void
test_bulk(struct store *s, const char *path)
{
	struct record r;
	struct err e = { 0, "" };
	long before = count_sql(path, "SELECT count(*) FROM audit");
	int i;

	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	for (i = 0; i < 5; i++) {
		child(&r, "钱多多", "5", "2");
		record_set(&r, F_FATHER_NAME, "钱大");
		record_set(&r, F_GUARDIAN_NAME, "钱奶奶");
		T_INTEQ(store_child_save(s, &r, &e), 0);
		record_clear(&r);
	}
	/* the operation's one entry names the five children */
	T_INTEQ(store_audit_event(s, "import", "file=t.csv new=5", &e), 0);
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	/* one audit row for the operation, none per child, parent, guardian
	 * or class row; a link per child */
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit") - before, 1);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit WHERE tbl = 'parent' AND "
	    "row_id IN (SELECT id FROM parent WHERE name = '钱大')"), 0);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit_child l JOIN child c "
	    "ON c.rowid BETWEEN l.child_first AND l.child_last WHERE c.name = '钱多多' "
	    "AND l.change = 1 AND "
	    "l.entry = (SELECT max(rowid) FROM audit)"), 5);
	/* a bulk without its entry links nothing, and leaves nothing for
	 * the next transaction's entry */
	before = count_sql(path, "SELECT count(*) FROM audit_child");
	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	child(&r, "周不记", "5", "2");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	T_INTEQ(store_audit_event(s, "export", "file=x.csv", &e), 0);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM audit_child"), before);
	/* the rollback path leaves nothing */
	T_INTEQ(store_begin(s, &e), 0);
	child(&r, "孙悟空", "5", "2");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	store_rollback(s);
	T_INTEQ(count_sql(path, "SELECT count(*) FROM child WHERE name = '孙悟空'"), 0);
	/* a missing class is refused with a reason */
	record_init(&r);
	record_set(&r, F_NAME, "无班级");
	T_INTEQ(store_child_save(s, &r, &e), -1);
	T_INTEQ(e.code, ERR_INPUT);
	record_clear(&r);
}

static int
kid_seen(void *ctx, const struct audit_child *c)
{
	char *all = *(char **)ctx;

	*(char **)ctx = xasprintf("%s%s %d-%d %s\n", all, c->name, c->grade, c->class_no,
	    c->added ? "added" : "changed");
	free(all);
	return 0;
}

/* An import's entry: its children by class and name, a teacher's classes
 * only, at most `limit` given with the whole count; a child saved twice
 * in one bulk once (added); a child changed is "changed". */
static void
test_audit_children(struct store *s, const char *path)
{
	struct record r;
	struct err e = { 0, "" };
	char *seen = xstrdup(""), id[37];
	long long entry;
	size_t total = 0;
	int g = 6, n = 1;

	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	child(&r, "吴二", "6", "1");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	snprintf(id, sizeof id, "%s", r.id);
	record_set(&r, F_HOBBIES, "下棋");	/* the same child again */
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	child(&r, "吴一", "7", "3");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	T_INTEQ(store_audit_event(s, "import", "file=a.csv", &e), 0);
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	entry = count_sql(path, "SELECT max(rowid) FROM audit");
	T_INTEQ(store_audit_children(s, entry, 10, kid_seen, &seen, &total, &e), 0);
	T_INTEQ((long)total, 2);
	T_STREQ(seen, "吴二 6-1 added\n吴一 7-3 added\n");
	free(seen);
	seen = xstrdup("");
	T_INTEQ(store_audit_children(s, entry, 1, kid_seen, &seen, &total, &e), 0);
	T_INTEQ((long)total, 2);
	T_STREQ(seen, "吴二 6-1 added\n");
	free(seen);
	/* changed in the next import */
	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	child(&r, "吴二", "6", "1");
	snprintf(r.id, sizeof r.id, "%s", id);
	record_set(&r, F_HOBBIES, "围棋");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	T_INTEQ(store_audit_event(s, "import", "file=b.csv", &e), 0);
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	seen = xstrdup("");
	T_INTEQ(store_audit_children(s, entry + 1, 10, kid_seen, &seen, &total, &e), 0);
	T_STREQ(seen, "吴二 6-1 changed\n");
	free(seen);
	/* a teacher of 7-3 sees that child only */
	g = 7, n = 3;
	T_INTEQ(store_set_class_scope(s, &g, &n, 1, &e), 0);
	seen = xstrdup("");
	T_INTEQ(store_audit_children(s, entry, 10, kid_seen, &seen, &total, &e), 0);
	T_INTEQ((long)total, 1);
	T_STREQ(seen, "吴一 7-3 added\n");
	free(seen);
	T_INTEQ(store_set_class_scope(s, NULL, NULL, 0, &e), 0);
}

/* Every (term, child) of child_search, as one checksum-able text. */
static char *
search_dump(struct store *s, const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	struct err e = { 0, "" };
	char *out = xstrdup(""), *n;

	(void)s, (void)e;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return out;
	if (sqlite3_prepare_v2(db, "SELECT t.term || '|' || t.sort_key || '|' || q.child_id "
	    "FROM child_search t JOIN child_seq q ON q.seq = t.seq ORDER BY 1", -1, &st,
	    NULL) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW) {
			n = xasprintf("%s%s\n", out, (const char *)sqlite3_column_text(st, 0));
			free(out);
			out = n;
		}
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return out;
}

/* Bulk mode (import, demo, unpack) writes the search terms at the commit,
 * sorted, in memory or through runs of a temporary file: a child saved in
 * bulk is found right after by a character, two characters, its initials
 * and an ID or phone fragment; a child saved twice in one bulk keeps only
 * its last terms, one erased in the bulk none; and the terms are exactly
 * those store_search_rebuild writes. */
static void
test_bulk_search(const char *chunk)
{
	static const char *const sur[] = { "欧阳", "覃", "王", "李", "曾", "张" },
	    *const given[] = { "静", "小明", "一", "思远", "红", "𠮷" };
	struct store *s = NULL;
	struct record r;
	struct err e = { 0, "" };
	struct collect c;
	char *p = db_path(chunk != NULL ? "bulk-runs.db" : "bulk.db"), *a, *b;
	char twice[UUID_LEN + 1], gone[UUID_LEN + 1], qid[UUID_LEN + 1], idn[32];
	int i, n = 0;

	if (chunk != NULL)
		setenv("GUANAI_SEARCH_CHUNK", chunk, 1);
	T_INTEQ(store_open(&s, p, STORE_OPEN_CREATE, &e), 0);
	/* one child before the bulk, updated in it */
	child(&r, "钱前", "2", "1");
	record_set(&r, F_MOTHER_PHONE, "13700002468");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	for (i = 0; i < 36 * 6; i++) {
		a = xasprintf("%s%s", sur[i % 6], given[i / 6 % 6]);
		child(&r, a, i % 2 ? "3" : "4", i % 3 ? "1" : "2");
		snprintf(idn, sizeof idn, "4311232015%04d%03d%c", 1000 + i, i, i % 5 ? '1' : 'X');
		record_set(&r, F_ID_NUMBER, idn);
		snprintf(idn, sizeof idn, "139%08d", 40000000 + i);
		record_set(&r, F_FATHER_PHONE, idn);
		T_INTEQ(store_child_save(s, &r, &e), 0);
		if (i == 7)
			snprintf(twice, sizeof twice, "%s", r.id);
		if (i == 8)
			snprintf(gone, sizeof gone, "%s", r.id);
		record_clear(&r);
		free(a);
		n++;
	}
	/* saved again in the same bulk: the old phone is no longer found */
	T_INTEQ(store_child_get(s, twice, &r, &e), 0);
	record_set(&r, F_FATHER_PHONE, "13655556666");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	/* erased in the bulk: not found */
	T_INTEQ(store_child_delete(s, gone, &e), 0);
	T_INTEQ(store_child_erase(s, gone, &e), 0);
	T_INTEQ(store_child_resolve(s, "钱前", qid, &e), 0);
	T_INTEQ(store_child_get(s, qid, &r, &e), 0);
	record_set(&r, F_MOTHER_PHONE, "13722223333");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	/* found right after the commit */
	T_INTEQ(search_n(s, "覃", &c), 36);
	T_INTEQ(search_n(s, "欧阳", &c), 36);
	T_INTEQ(search_n(s, "阳思", &c), 6);
	T_INTEQ(search_n(s, "qj", &c), 6);	/* 覃静 */
	T_INTEQ(search_n(s, "qin", &c), 36);
	T_INTEQ(search_n(s, "oyxm", &c), 6);
	T_INTEQ(search_n(s, "𠮷", &c), 36);
	T_INTEQ(search_n(s, "43112320151007", &c), 1);	/* ID of child 7 */
	T_INTEQ(search_n(s, "0007", &c), 0);		/* its old phone */
	T_INTEQ(search_n(s, "6666", &c), 1);		/* its new one */
	T_INTEQ(search_n(s, "0008", &c), 0);		/* erased */
	T_INTEQ(search_n(s, "43112320151008", &c), 0);
	T_INTEQ(search_n(s, "2468", &c), 0);		/* 钱前's old phone */
	T_INTEQ(search_n(s, "3333", &c), 1);
	T_INTEQ(search_n(s, "钱", &c), 1);
	T_INTEQ(search_n(s, "", &c), n);	/* 216 + 钱前 - the erased one */
	/* exactly the terms a rebuild writes */
	a = search_dump(s, p);
	n = (int)count_sql(p, "SELECT count(*) FROM child_search");	/* none stale */
	T_INTEQ(store_search_rebuild(s, &e), 0);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM child_search"), n);
	b = search_dump(s, p);
	T_CHECK(strlen(a) > 1000);
	T_CHECK(strcmp(a, b) == 0);
	free(a);
	free(b);
	/* the triggers stood aside in bulk mode; after it, an edit is
	 * audited field by field again */
	n = (int)count_sql(p, "SELECT count(*) FROM audit WHERE col = 'phone'");
	T_INTEQ(store_child_get(s, qid, &r, &e), 0);
	record_set(&r, F_MOTHER_PHONE, "13711112222");
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
	T_INTEQ(count_sql(p, "SELECT count(*) FROM audit WHERE col = 'phone'"), n + 1);
	T_INTEQ(search_n(s, "2222", &c), 1);
	store_close(&s);
	unsetenv("GUANAI_SEARCH_CHUNK");
	free(p);
}

int
main(void)
{
	struct store *s = NULL;
	struct err e = { 0, "" };
	char *p, *cmd;

	snprintf(dir, sizeof dir, "%s/test-store.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	test_open();
	p = db_path("b.db");
	if (store_open(&s, p, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	store_set_actor(s, "tester");
	test_round_trip(s, p);
	test_search(s);
	test_paging(s);
	test_bulk(s, p);
	test_audit_children(s, p);
	store_close(&s);
	free(p);
	test_bulk_search(NULL);
	test_bulk_search("2000");	/* ~70 sorted runs merged */
	cmd = xasprintf("rm -rf '%s'", dir);
	if (strstr(dir, "/test-store.") != NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-store");
}
