/* audit.c — the audit log: application events written (store_audit_row,
 * store_audit_event), and read for the headteacher's 操作日志 screen:
 * the latest rows, newest first (insertion order), with the child's name
 * when the row belongs to a child, a parent or a guardian.
 *
 * An import (demo, unpack) is one entry: the children its bulk saved are
 * kept in memory as (child rowid, added/changed) and written, sorted, as
 * runs of consecutive row numbers in audit_child (schema step 6) under the
 * entry's rowid when the operation writes its event — instead of an audit
 * row with a UUID key, a time and an actor a child (bench/README.md). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "store-int.h"

int
store_audit_each(struct store *s, size_t limit, audit_fn fn, void *ctx, struct err *e)
{
	sqlite3_stmt *st;
	struct audit_row r;
	int rc, stop = 0;

	st = store_stmt(s, "SELECT a.at, a.actor, a.action, a.tbl, a.row_id, a.col, "
	    "a.old_value, a.new_value, COALESCE(c1.name, c2.name), a.detail, "
	    "p.relation, a.rowid, a.tbl IS NULL AND EXISTS (SELECT 1 FROM audit_child l "
	    "WHERE l.entry = a.rowid) FROM "
	    "(SELECT rowid, * FROM audit ORDER BY rowid DESC LIMIT ?1) a "
	    "LEFT JOIN child c1 ON a.tbl = 'child' AND c1.id = a.row_id "
	    "LEFT JOIN parent p ON a.tbl = 'parent' AND p.id = a.row_id "
	    "LEFT JOIN guardian g ON a.tbl = 'guardian' AND g.id = a.row_id "
	    "LEFT JOIN child c2 ON c2.id = COALESCE(p.child_id, g.child_id) "
	    "ORDER BY a.rowid DESC", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)limit);
	store_stmt_hold(s, st, 1);	/* fn reads what a row is about */
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		r.at = store_col_text(st, 0);
		r.actor = store_col_text(st, 1);
		r.action = store_col_text(st, 2);
		r.tbl = store_col_text(st, 3);
		r.row_id = store_col_text(st, 4);
		r.col = store_col_text(st, 5);
		r.old = store_col_text(st, 6);
		r.new_value = store_col_text(st, 7);
		r.child_name = store_col_text(st, 8);
		r.detail = store_col_text(st, 9);
		r.relation = store_col_text(st, 10);
		r.entry = sqlite3_column_int64(st, 11);
		r.linked = sqlite3_column_int(st, 12);
		stop = fn(ctx, &r) != 0;
		audit_row_clear(&r);
	}
	sqlite3_reset(st);
	store_stmt_hold(s, st, 0);
	if (!stop && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the audit log"), e);
	return 0;
}

int
store_audit_row(struct store *s, const char *action, const char *tbl,
    const char *row_id, const char *detail, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE], id[UUID_LEN + 1];
	int rc;

	st = store_stmt(s, "INSERT INTO audit (id, at, actor, action, tbl, row_id, detail, "
	    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2, ?2)", e);
	if (st == NULL)
		return -1;
	store_new_id(s, id);
	store_time(s, now);
	store_bind_static(st, 1, id);
	store_bind_static(st, 2, now);
	store_bind_static(st, 3, s->actor);
	store_bind_static(st, 4, action);
	store_bind_static(st, 5, tbl);
	store_bind_static(st, 6, row_id);
	store_bind_static(st, 7, detail);
	rc = sqlite3_step(st);	/* translated below only when it failed */
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("writing the audit log"), e);
	return 0;
}

void
store_audit_link(struct store *s, sqlite3_int64 child_rowid, int is_new)
{
	if (s->nlinks == s->alinks) {
		s->alinks = s->alinks == 0 ? 1024 : s->alinks * 2;
		s->links = xrealloc(s->links, s->alinks * sizeof *s->links);
	}
	s->links[s->nlinks++] = child_rowid * 2 + (is_new ? 0 : 1);
}

void
store_audit_links_drop(struct store *s)
{
	free(s->links);
	s->links = NULL;
	s->nlinks = s->alinks = 0;
}

static int
link_cmp(const void *a, const void *b)
{
	sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;

	return x < y ? -1 : x > y;
}

/* The children noted since the transaction began, under entry, as runs
 * of consecutive row numbers of one kind; a child saved twice (two rows of
 * one file) once, "added" when it was. */
static int
write_links(struct store *s, sqlite3_int64 entry, struct err *e)
{
	sqlite3_int64 *l = s->links;
	sqlite3_stmt *st;
	size_t i, j, n = 0;
	int rc;

	if (s->nlinks == 0)
		return 0;
	qsort(l, s->nlinks, sizeof *l, link_cmp);
	for (i = 0; i < s->nlinks; i++)	/* one link a child: the first, "added" */
		if (n == 0 || l[i] / 2 != l[n - 1] / 2)
			l[n++] = l[i];
	st = store_stmt(s, "INSERT INTO audit_child (entry, child_first, child_last, "
	    "change) VALUES (?1, ?2, ?3, ?4)", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, entry);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && l[j] / 2 == l[j - 1] / 2 + 1 && l[j] % 2 == l[i] % 2;
		    j++)
			;
		sqlite3_bind_int64(st, 2, l[i] / 2);
		sqlite3_bind_int64(st, 3, l[j - 1] / 2);
		sqlite3_bind_int(st, 4, (int)(l[i] % 2) + 1);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return store_fail(s, rc, _("writing the audit log"), e);
	}
	store_audit_links_drop(s);
	return 0;
}

int
store_audit_unlink(struct store *s, sqlite3_int64 child, struct err *e)
{
	/* the part of a run after the child, then the part before it (the
	 * run keeps its key), then a run that began with it */
	static const char *const steps[] = {
		"INSERT INTO audit_child (entry, child_first, child_last, change) "
		"SELECT entry, ?1 + 1, child_last, change FROM audit_child "
		"WHERE child_first <= ?1 AND child_last > ?1",
		"UPDATE audit_child SET child_last = ?1 - 1 "
		"WHERE child_first < ?1 AND child_last >= ?1",
		"DELETE FROM audit_child WHERE child_first = ?1",
	};
	sqlite3_stmt *st;
	size_t i;

	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		st = store_stmt(s, steps[i], e);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, child);
		if (store_step_done(s, st, _("erasing a child's file"), e) != 0)
			return -1;
	}
	return 0;
}

int
store_audit_event(struct store *s, const char *action, const char *detail, struct err *e)
{
	if (store_audit_row(s, action, NULL, NULL, detail, e) != 0)
		return -1;
	return write_links(s, sqlite3_last_insert_rowid(s->db), e);
}

int
store_audit_children(struct store *s, long long entry, size_t limit,
    audit_child_fn fn, void *ctx, size_t *total, struct err *e)
{
	sqlite3_stmt *st;
	struct audit_child c;
	size_t n = 0;
	char *name, id[UUID_LEN + 1];
	int rc, stop = 0;

	st = store_stmt(s, "SELECT c.name, k.grade, k.number, l.change, "
	    "c.deleted_at IS NOT NULL, c.id FROM audit_child l "
	    "JOIN child c ON c.rowid BETWEEN l.child_first AND l.child_last "
	    "LEFT JOIN class k ON k.id = c.class_id "
	    "WHERE l.entry = ?1 AND (?2 = 0 OR c.class_id IN "
	    "(SELECT class_id FROM temp.scope)) "
	    "ORDER BY k.grade, k.number, c.sort_key, c.id", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, entry);
	sqlite3_bind_int(st, 2, s->scoped);
	store_stmt_hold(s, st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (stop || n >= limit) {
			n++;
			if (total == NULL)
				break;
			continue;
		}
		n++;
		name = store_col_text(st, 0);
		c.name = name != NULL ? name : "";
		c.grade = sqlite3_column_int(st, 1);
		c.class_no = sqlite3_column_int(st, 2);
		c.added = sqlite3_column_int(st, 3) == 1;
		c.in_trash = sqlite3_column_int(st, 4);
		store_col_id(st, 5, id);
		c.id = id;
		stop = fn(ctx, &c) != 0;
		free(name);
		if (stop && total == NULL)
			break;
	}
	sqlite3_reset(st);
	store_stmt_hold(s, st, 0);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, _("reading the audit log"), e);
	if (total != NULL)
		*total = n;
	return 0;
}
