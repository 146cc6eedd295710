/* test-sync-split.c — a copied database and its original (issue 14), in
 * the store alone: the copy's first open records the original as an
 * origin and a peer seen up to its clock, with every row as the agreed
 * base; then one edit on each side, merged both ways through the store's
 * own export and merge (no package file), leaves both edits on both sides
 * and no conflict, and an edit of the same field on both sides is one. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/store/store.h"
#include "guanai/store/sync.h"
#include "t.h"

static char dir[256];

static long long
count_sql(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long long n = -1;

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

static int
copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[8192];
	size_t n;
	int rc = 0;

	if (in == NULL || out == NULL)
		rc = -1;
	while (rc == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			rc = -1;
	if (in != NULL)
		fclose(in);
	if (out != NULL && fclose(out) != 0)
		rc = -1;
	return rc;
}

static int
feed(void *ctx, const char *const *cells, size_t n, struct err *e)
{
	return store_sync_merge_record(ctx, cells, n, e);
}

/* Every class of `from` merged into `to`; the merge's stats. */
static int
exchange(struct store *from, struct store *to, struct sync_stats *st)
{
	struct sync_merge *m = NULL;
	struct sync_export_info info;
	struct err e = { 0, "" };

	if (store_sync_merge_new(&m, to, &e) != 0 ||
	    store_sync_export(from, 0, 0, feed, m, &info, &e) != 0 ||
	    store_sync_merge_finish(&m, 1, st, &e) != 0) {
		fprintf(stderr, "exchange: %s\n", e.msg);
		store_sync_merge_free(&m);
		return -1;
	}
	return 0;
}

/* Set field f of child id in s (an ordinary, audited save). */
static void
set_field(struct store *s, const char *id, enum field_id f, const char *v)
{
	struct record r;
	struct err e = { 0, "" };

	T_INTEQ(store_child_get(s, id, &r, &e), 0);
	record_set(&r, f, v);
	T_INTEQ(store_child_save(s, &r, &e), 0);
	record_clear(&r);
}

static void
expect_field(struct store *s, const char *id, enum field_id f, const char *want)
{
	struct record r;
	struct err e = { 0, "" };

	T_INTEQ(store_child_get(s, id, &r, &e), 0);
	T_STREQ(r.v[f], want);
	record_clear(&r);
}

int
main(void)
{
	static const char *names[] = { "张思远", "李小红", "王明" };
	struct store *a = NULL, *b = NULL;
	struct sync_stats st;
	struct err e = { 0, "" };
	struct record r;
	char *pa, *pb, *cmd, ids[3][UUID_LEN + 1];
	long long clock, rows;
	int renewed = -1, i;

	snprintf(dir, sizeof dir, "%s/test-sync-split.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	pa = xasprintf("%s/a.db", dir);
	pb = xasprintf("%s/b.db", dir);
	if (store_open(&a, pa, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	store_set_actor(a, "tester");
	for (i = 0; i < 3; i++) {
		record_init(&r);
		record_set(&r, F_NAME, names[i]);
		record_set(&r, F_GRADE, "3");
		record_set(&r, F_CLASS_NO, "2");
		record_set(&r, F_GUARDIAN_NAME, "奶奶");
		T_INTEQ(store_child_save(a, &r, &e), 0);
		memcpy(ids[i], r.id, sizeof ids[i]);
		record_clear(&r);
	}
	/* a database without an identity gets one where it was made */
	T_INTEQ(store_site_check(a, NULL, NULL, &renewed, &e), 0);
	T_INTEQ(renewed, 0);
	T_INTEQ(count_sql(pa, "SELECT count(*) FROM sync_site"), 1);
	T_INTEQ(count_sql(pa, "SELECT count(*) FROM sync_place"), 1);
	store_close(&a);
	clock = count_sql(pa, "SELECT clock FROM sync_site");
	T_INTEQ(copy_file(pa, pb), 0);

	/* the copy: its own identity, the original as origin and peer, and a
	 * base for every row that travels */
	T_INTEQ(store_open(&b, pb, STORE_OPEN_EXISTING, &e), 0);
	store_set_actor(b, "teacher");
	T_INTEQ(store_site_check(b, NULL, NULL, &renewed, &e), 0);
	T_INTEQ(renewed, 1);
	T_INTEQ(store_open(&a, pa, STORE_OPEN_EXISTING, &e), 0);
	store_set_actor(a, "office");
	T_INTEQ(store_site_check(a, NULL, NULL, &renewed, &e), 0);
	T_INTEQ(renewed, 0);
	T_CHECK(count_sql(pb, "SELECT count(*) FROM sync_origin o JOIN sync_peer p "
	    "ON p.id = o.site WHERE o.seq = p.last_seq") == 1);
	T_INTEQ(count_sql(pb, "SELECT count(*) FROM sync_origin"), 1);
	T_INTEQ(count_sql(pb, "SELECT seq FROM sync_origin"), clock);
	rows = count_sql(pb, "SELECT (SELECT count(*) FROM child) + (SELECT count(*) "
	    "FROM guardian) + (SELECT count(*) FROM class) + (SELECT count(*) FROM parent) "
	    "+ (SELECT count(*) FROM helper) + (SELECT count(*) FROM pairing) + "
	    "(SELECT count(*) FROM care) + (SELECT count(*) FROM checklist_confirm)");
	T_CHECK(rows >= 7);	/* 3 children, 3 guardians, a class */
	T_INTEQ(count_sql(pb, "SELECT count(*) FROM sync_base"), rows);
	T_INTEQ(count_sql(pb, "SELECT count(DISTINCT peer) FROM sync_base"), 1);

	/* one edit on each side, the copy's package first, then back */
	set_field(b, ids[0], F_HOBBIES, "剪纸");
	set_field(a, ids[1], F_PERSONALITY, "开朗");
	T_INTEQ(exchange(b, a, &st), 0);
	T_INTEQ(st.conflicts, 0);
	T_INTEQ(st.updated_children, 1);
	expect_field(a, ids[0], F_HOBBIES, "剪纸");
	expect_field(a, ids[1], F_PERSONALITY, "开朗");
	T_INTEQ(exchange(a, b, &st), 0);
	T_INTEQ(st.conflicts, 0);
	expect_field(b, ids[0], F_HOBBIES, "剪纸");
	expect_field(b, ids[1], F_PERSONALITY, "开朗");
	T_INTEQ(count_sql(pa, "SELECT count(*) FROM conflict"), 0);
	T_INTEQ(count_sql(pb, "SELECT count(*) FROM conflict"), 0);

	/* the same field on both sides is a conflict */
	set_field(b, ids[2], F_HOBBIES, "画画");
	set_field(a, ids[2], F_HOBBIES, "唱歌");
	T_INTEQ(exchange(b, a, &st), 0);
	T_INTEQ(st.conflicts, 1);
	T_INTEQ(count_sql(pa, "SELECT count(*) FROM conflict WHERE col = 'hobbies'"), 1);

	store_close(&a);
	store_close(&b);
	free(pa);
	free(pb);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (strstr(dir, "/test-sync-split.") != NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-sync-split");
}
