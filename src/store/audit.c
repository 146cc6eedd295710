/* audit.c — the audit log: application events written (store_audit_row,
 * store_audit_event), and read for the headteacher's 操作日志 screen:
 * the latest rows, newest first (insertion order), with the child's name
 * when the row belongs to a child, a parent or a guardian. */
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
	    "p.relation FROM "
	    "(SELECT * FROM audit ORDER BY rowid DESC LIMIT ?1) a "
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

int
store_audit_event(struct store *s, const char *action, const char *detail, struct err *e)
{
	return store_audit_row(s, action, NULL, NULL, detail, e);
}
