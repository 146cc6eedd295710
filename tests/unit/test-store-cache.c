/* test-store-cache.c — the store's private parts, on a real database: the
 * statement cache (store_stmt: the same SQL from another buffer hits, SQL
 * sharing a prefix or a length misses, eviction least-recently-used, busy
 * slots neither reused nor evicted) and the classes a bulk remembers
 * (store_class_ensure: looked up once a bulk, a class the bulk made
 * remembered, forgotten at a rollback, the commit and outside a bulk) and
 * the time of a change (store_time: the same text as date_now_utc, new
 * each second) and a bulk's ids (store_new_id: one base, a sequence). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/date.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/uuid.h"
#include "guanai/store/store.h"
#include "../../src/store/store-int.h"
#include "t.h"

static char dir[256];

/* The slot holding this SQL text, -1 when none. */
static int
slot_of(struct store *s, const char *sql)
{
	int i;

	for (i = 0; i < STORE_CACHE; i++)
		if (s->cache[i].sql != NULL && strcmp(s->cache[i].sql, sql) == 0)
			return i;
	return -1;
}

static void
test_stmt_cache(struct store *s)
{
	struct err e = { 0, "" };
	const char *a = "SELECT 1 + 1 FROM class WHERE grade = ?";
	char *copy = xstrdup(a), sql[STORE_CACHE + 2][64];
	sqlite3_stmt *st, *st2, *held;
	int i, n, slot;

	st = store_stmt(s, a, &e);
	T_CHECK(st != NULL);
	sqlite3_bind_int(st, 1, 3);
	/* the same text from another buffer: the same statement, bindings cleared */
	st2 = store_stmt(s, copy, &e);
	T_CHECK(st2 == st);
	T_CHECK(sqlite3_step(st2) == SQLITE_DONE);
	/* the caller's buffer changed under the same pointer: not the old statement */
	copy[strlen(copy) - 1] = '1';
	copy[strlen(copy) - 3] = '<';
	st2 = store_stmt(s, copy, &e);
	T_CHECK(st2 != NULL && st2 != st);
	T_STREQ(sqlite3_sql(st2), "SELECT 1 + 1 FROM class WHERE grade < 1");
	/* a common prefix, a longer text; the same length, other text */
	st2 = store_stmt(s, "SELECT 1 + 1 FROM class WHERE grade = ? OR 1", &e);
	T_CHECK(st2 != NULL && st2 != st);
	T_STREQ(sqlite3_sql(st2), "SELECT 1 + 1 FROM class WHERE grade = ? OR 1");
	st2 = store_stmt(s, "SELECT 1 + 2 FROM class WHERE grade = ?", &e);
	T_CHECK(st2 != NULL && st2 != st);
	T_STREQ(sqlite3_sql(st2), "SELECT 1 + 2 FROM class WHERE grade = ?");
	T_CHECK(store_stmt(s, a, &e) == st);
	free(copy);

	/* eviction: fill every slot, use the first again; the next new SQL
	 * takes the slot of the least recently used, the second */
	n = STORE_CACHE + 2;
	for (i = 0; i < n; i++)
		snprintf(sql[i], sizeof sql[i], "SELECT %d FROM child WHERE id = ?", i);
	for (i = 0; i < STORE_CACHE; i++)
		T_CHECK(store_stmt(s, sql[i], &e) != NULL);
	for (i = 0; i < STORE_CACHE; i++)
		T_INTEQ(slot_of(s, sql[i]) >= 0, 1);
	T_CHECK(store_stmt(s, sql[0], &e) != NULL);
	slot = slot_of(s, sql[1]);
	T_CHECK(store_stmt(s, sql[STORE_CACHE], &e) != NULL);
	T_INTEQ(slot_of(s, sql[STORE_CACHE]), slot);
	T_INTEQ(slot_of(s, sql[1]), -1);
	T_CHECK(slot_of(s, sql[0]) >= 0);
	T_CHECK(slot_of(s, sql[2]) >= 0);

	/* busy: the held statement is not handed out again for the same SQL
	 * nor evicted, even as the least recently used */
	held = store_stmt(s, sql[2], &e);
	slot = slot_of(s, sql[2]);
	store_stmt_hold(s, held, 1);
	st2 = store_stmt(s, sql[2], &e);
	T_CHECK(st2 != NULL && st2 != held);
	T_INTEQ(s->cache[slot].busy, 1);
	T_CHECK(s->cache[slot].st == held);
	for (i = 3; i < STORE_CACHE + 2; i++)	/* every other slot turns over */
		T_CHECK(store_stmt(s, sql[i], &e) != NULL);
	T_CHECK(s->cache[slot].st == held);
	T_STREQ(s->cache[slot].sql, sql[2]);
	store_stmt_hold(s, held, 0);
	/* every slot held: an error, not a statement */
	for (i = 0; i < STORE_CACHE; i++)
		s->cache[i].busy = 1;
	e.code = 0;
	T_CHECK(store_stmt(s, "SELECT 42", &e) == NULL);
	T_CHECK(e.code != 0);
	for (i = 0; i < STORE_CACHE; i++)
		s->cache[i].busy = 0;
	T_CHECK(store_stmt(s, "SELECT 42", &e) != NULL);
}

#define CLASS_SQL "SELECT id FROM class WHERE grade = ? AND number = ?"

/* How often the class look-up ran since it was prepared: it stays cached
 * as long as the store has fewer than STORE_CACHE statements. */
static int
class_lookups(struct store *s)
{
	int i = slot_of(s, CLASS_SQL);

	return i < 0 ? 0 : sqlite3_stmt_status(s->cache[i].st, SQLITE_STMTSTATUS_RUN, 0);
}

static long
count(struct store *s, const char *sql, const char *arg)
{
	sqlite3_stmt *st;
	long n = -1;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (arg != NULL)
		sqlite3_bind_text(st, 1, arg, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void
test_class_memo(struct store *s)
{
	struct err e = { 0, "" };
	char id[UUID_LEN + 1], id2[UUID_LEN + 1], made[UUID_LEN + 1];
	int i, runs;

	/* outside a bulk: every call looks */
	T_INTEQ(store_class_ensure(s, 3, 2, id, &e), 0);
	runs = class_lookups(s);
	T_CHECK(runs >= 1);
	T_INTEQ(store_class_ensure(s, 3, 2, id2, &e), 0);
	T_STREQ(id2, id);
	T_INTEQ(class_lookups(s), runs + 1);

	/* a bulk: one look-up a class, then remembered */
	T_INTEQ(store_begin(s, &e), 0);
	store_bulk_begin(s);
	runs = class_lookups(s);
	for (i = 0; i < 5; i++) {
		id2[0] = '\0';
		T_INTEQ(store_class_ensure(s, 3, 2, id2, &e), 0);
		T_STREQ(id2, id);
	}
	T_INTEQ(class_lookups(s), runs + 1);
	/* a class the bulk makes: made once, remembered, one row */
	T_INTEQ(store_class_ensure(s, 5, 1, made, &e), 0);
	runs = class_lookups(s);
	for (i = 0; i < 3; i++) {
		T_INTEQ(store_class_ensure(s, 5, 1, id2, &e), 0);
		T_STREQ(id2, made);
	}
	T_INTEQ(class_lookups(s), runs);
	T_INTEQ(count(s, "SELECT count(*) FROM class WHERE grade = 5 AND number = 1", NULL), 1);
	/* the edges of the table: 1-1 and 9-99 are different classes */
	T_INTEQ(store_class_ensure(s, 1, 1, id, &e), 0);
	T_INTEQ(store_class_ensure(s, 9, 99, id2, &e), 0);
	T_CHECK(strcmp(id, id2) != 0);
	T_INTEQ(store_class_ensure(s, 1, 1, id2, &e), 0);
	T_STREQ(id2, id);
	T_INTEQ(store_class_ensure(s, 10, 1, id2, &e), -1);	/* still refused */
	e.code = 0;
	/* a rollback takes the class away: the next transaction of the same
	 * bulk makes a new one */
	store_rollback(s);
	T_INTEQ(count(s, "SELECT count(*) FROM class WHERE id = ?", made), 0);
	T_INTEQ(store_begin(s, &e), 0);
	T_INTEQ(store_class_ensure(s, 5, 1, id2, &e), 0);
	T_CHECK(strcmp(id2, made) != 0);
	T_INTEQ(count(s, "SELECT count(*) FROM class WHERE id = ?", id2), 1);
	strcpy(made, id2);
	T_INTEQ(store_commit(s, &e), 0);
	/* after the commit, another writer may remove it: looked up again,
	 * even by the same bulk */
	T_INTEQ(store_exec(s, "DELETE FROM class WHERE grade = 5 AND number = 1", &e), 0);
	T_INTEQ(store_begin(s, &e), 0);
	T_INTEQ(store_class_ensure(s, 5, 1, id2, &e), 0);
	T_CHECK(strcmp(id2, made) != 0);
	T_INTEQ(count(s, "SELECT count(*) FROM class WHERE id = ?", id2), 1);
	store_bulk_end(s);
	T_INTEQ(store_commit(s, &e), 0);
	T_CHECK(s->class_ids == NULL);
}

/* store_time is date_now_utc's text of the second it is called in */
static int
now_ok(struct store *s)
{
	char a[DATE_UTC_SIZE], b[DATE_UTC_SIZE], c[DATE_UTC_SIZE];

	date_now_utc(a);
	store_time(s, b);
	date_now_utc(c);
	if (strcmp(a, b) != 0 && strcmp(b, c) != 0) {
		fprintf(stderr, "store_time %s between %s and %s\n", b, a, c);
		return 0;
	}
	return 1;
}

static void
test_now(struct store *s)
{
	char a[DATE_UTC_SIZE], b[DATE_UTC_SIZE];

	T_CHECK(now_ok(s));
	T_CHECK(now_ok(s));
	store_time(s, a);
	plat_sleep_ms(1100);
	store_time(s, b);
	T_CHECK(strcmp(a, b) < 0);
	T_CHECK(now_ok(s));
	T_INTEQ(strlen(b), 20);
}

static void
test_new_id(struct store *s)
{
	char a[UUID_LEN + 1], b[UUID_LEN + 1], c[UUID_LEN + 1];

	store_new_id(s, a);	/* outside a bulk: random */
	store_new_id(s, b);
	T_CHECK(uuid_valid(a) && uuid_valid(b));
	T_CHECK(memcmp(a, b, 19) != 0);
	store_bulk_begin(s);
	store_new_id(s, a);
	store_new_id(s, b);
	T_CHECK(uuid_valid(a) && uuid_valid(b));
	T_CHECK(a[14] == '4' && strchr("89ab", a[19]) != NULL);
	T_CHECK(memcmp(a, b, 19) == 0);		/* one base */
	T_CHECK(strcmp(a, b) < 0);
	/* the sequence is bytes 8-15 under the variant bits: carry across
	 * the dash, then the run-out takes a new base */
	s->id_lo = 0x0000fffffffffffeULL;
	store_new_id(s, a);
	T_STREQ(a + 19, "8000-ffffffffffff");
	store_new_id(s, b);
	T_STREQ(b + 19, "8001-000000000000");
	T_CHECK(memcmp(a, b, 19) == 0);
	s->id_lo = 0x3ffffffffffffffeULL;
	store_new_id(s, a);
	T_STREQ(a + 19, "bfff-ffffffffffff");
	store_new_id(s, c);
	T_CHECK(uuid_valid(c) && c[14] == '4' && strchr("89ab", c[19]) != NULL);
	T_CHECK(memcmp(a, c, 19) != 0);
	store_bulk_end(s);
	store_bulk_begin(s);	/* a new bulk, a new base */
	store_new_id(s, c);
	T_CHECK(memcmp(b, c, 19) != 0);
	store_bulk_end(s);
}

/* temp.scope made lazily inside a transaction that is rolled back (a
 * stopped import) is made again by the next statement that names it: an
 * export's class list after it once failed with "no such table". */
static void
test_scope_after_rollback(struct store *s)
{
	struct err e = { 0, "" };
	struct class_info *ci = NULL;
	size_t n = 0;

	T_INTEQ(store_begin(s, &e), 0);
	T_INTEQ(store_classes(s, &ci, &n, &e), 0);
	free(ci);
	ci = NULL;
	store_rollback(s);
	e.code = 0;
	e.msg[0] = '\0';
	T_INTEQ(store_classes(s, &ci, &n, &e), 0);
	if (e.code != 0)
		fprintf(stderr, "after the rollback: %s\n", e.msg);
	free(ci);
	/* the same once committed: it stays */
	T_INTEQ(store_begin(s, &e), 0);
	T_INTEQ(store_commit(s, &e), 0);
	T_INTEQ(store_classes(s, &ci, &n, &e), 0);
	free(ci);
}

int
main(void)
{
	struct store *s = NULL;
	struct err e = { 0, "" };
	char *p, *cmd;

	snprintf(dir, sizeof dir, "%s/test-store-cache.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	p = xasprintf("%s/c.db", dir);
	if (store_open(&s, p, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	test_stmt_cache(s);
	store_close(&s);
	if (store_open(&s, p, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	test_scope_after_rollback(s);
	store_close(&s);
	if (store_open(&s, p, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	test_class_memo(s);
	test_new_id(s);
	test_now(s);
	store_close(&s);
	free(p);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (strstr(dir, "/test-store-cache.") != NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-store-cache");
}
