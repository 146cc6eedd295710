/* conflict.c — the queue of fields changed on both PCs (filled by the merge
 * in sync-merge.c): listing and settling them, mine or theirs. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/pinyin.h"
#include "sync-int.h"

int
store_conflicts_each(struct store *s, int open_only, sync_conflict_fn fn, void *ctx,
    struct err *e)
{
	sqlite3_stmt *st = NULL;
	struct sync_conflict c;
	int rc, ret = -1;

	if (store_scope_ready(s, e) != 0)
		return -1;
	rc = sqlite3_prepare_v2(s->db, "SELECT k.id, k.row_id, k.tbl, k.col, "
	    "COALESCE(c1.name, c2.name), p.relation, k.mine, k.theirs, k.their_actor, "
	    "k.their_at, k.resolution, k.resolved_at, m.actor, m.at FROM conflict k "
	    "LEFT JOIN child c1 ON k.tbl = 'child' AND c1.id = k.row_id "
	    "LEFT JOIN parent p ON k.tbl = 'parent' AND p.id = k.row_id "
	    "LEFT JOIN guardian g ON k.tbl = 'guardian' AND g.id = k.row_id "
	    "LEFT JOIN child c2 ON c2.id = COALESCE(p.child_id, g.child_id) "
	    /* mine's who and when: the last audit entry before the conflict
	     * that changed this field (an edit) or this child (an import, an
	     * unpack: audit_child) — not the unpack that found the conflict,
	     * written after it in the same second or later */
	    "LEFT JOIN audit m ON m.rowid = (SELECT a.rowid FROM audit a "
	    "WHERE ((a.tbl = k.tbl AND a.row_id = k.row_id AND a.col = k.col) "
	    "OR (a.tbl IS NULL AND a.rowid IN (SELECT l.entry FROM audit_child l "
	    "WHERE COALESCE(c1.rowid, c2.rowid) BETWEEN l.child_first AND l.child_last))) "
	    "AND a.at <= k.created_at AND NOT (a.action = 'unpack' AND a.at >= k.created_at) "
	    "ORDER BY a.at DESC, a.rowid DESC LIMIT 1) "
	    "WHERE (?1 = 0 OR k.resolved_at IS NULL) AND k.deleted_at IS NULL "
	    "AND (?2 = 0 OR COALESCE(c1.class_id, c2.class_id) IN "
	    "(SELECT class_id FROM temp.scope)) "
	    "ORDER BY k.created_at DESC, k.id", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("reading the conflicts"), e);
	sqlite3_bind_int(st, 1, open_only);
	sqlite3_bind_int(st, 2, store_class_scoped(s));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&c, 0, sizeof c);
		store_col_id(st, 0, c.id);
		store_col_id(st, 1, c.row_id);
		c.tbl = (const char *)sqlite3_column_text(st, 2);
		c.col = (const char *)sqlite3_column_text(st, 3);
		c.child_name = (const char *)sqlite3_column_text(st, 4);
		c.relation = (const char *)sqlite3_column_text(st, 5);
		c.mine = sync_value_text((const char *)sqlite3_column_text(st, 6));
		c.theirs = sync_value_text((const char *)sqlite3_column_text(st, 7));
		c.their_actor = (const char *)sqlite3_column_text(st, 8);
		c.their_at = (const char *)sqlite3_column_text(st, 9);
		c.resolution = (const char *)sqlite3_column_text(st, 10);
		c.resolved_at = (const char *)sqlite3_column_text(st, 11);
		c.mine_actor = (const char *)sqlite3_column_text(st, 12);
		c.mine_at = (const char *)sqlite3_column_text(st, 13);
		if (fn(ctx, &c) != 0) {
			ret = 0;
			goto out;
		}
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("reading the conflicts"), e);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	return ret;
}

/* The column must be one that travels (the names come from the database,
 * but they end up in SQL text: check them against the schema). */
static int
real_column(struct store *s, const char *tbl, const char *col, struct err *e)
{
	const struct sync_table *t = sync_table_find(tbl);
	char **cols = NULL;
	size_t n = 0, i;
	int found = 0;

	if (t == NULL)
		return 0;
	if (sync_table_cols(s, t, &cols, &n, e) != 0)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(cols[i], col) == 0)
			found = 1;
	sync_strv_free(cols, n);
	return found;
}

/* After a child's name or a phone changed: pinyin, sort key, search terms. */
static int
refresh_child(struct store *s, const char *tbl, const char *row_id, struct err *e)
{
	sqlite3_stmt *st;
	char *child = NULL, *name = NULL, *py, *ini, *key;
	int rc = -1;

	st = store_stmt(s, "SELECT c.id, c.name FROM child c WHERE c.id = ?1 OR c.id = "
	    "(SELECT child_id FROM parent WHERE id = ?1 AND ?2 = 'parent') OR c.id = "
	    "(SELECT child_id FROM guardian WHERE id = ?1 AND ?2 = 'guardian')", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, row_id);
	store_bind_text(st, 2, tbl);
	if (sqlite3_step(st) == SQLITE_ROW) {
		child = store_col_text(st, 0);
		name = store_col_text(st, 1);
	}
	sqlite3_reset(st);
	if (child == NULL || name == NULL) {
		rc = 0;
		goto out;
	}
	py = pinyin_full(name);
	ini = pinyin_initials(name);
	key = pinyin_sort_key(name);
	st = store_stmt(s, "UPDATE child SET pinyin = ?1, initials = ?2, sort_key = ?3 "
	    "WHERE id = ?4", e);
	if (st != NULL) {
		store_bind_text(st, 1, py);
		store_bind_text(st, 2, ini);
		sqlite3_bind_text(st, 3, key != NULL ? key : "", -1, SQLITE_TRANSIENT);
		store_bind_text(st, 4, child);
		rc = store_step_done(s, st, _("settling a conflict"), e);
	}
	free(py);
	free(ini);
	free(key);
	if (rc == 0)
		rc = store_search_reindex(s, child, e);
out:
	free(child);
	free(name);
	return rc;
}

static int
apply_choice(struct store *s, const char *id, const char *tbl, const char *row_id,
    const char *col, const char *value, int theirs, struct err *e)
{
	sqlite3_stmt *st;
	char *sql, now[DATE_UTC_SIZE];
	int rc;

	store_now(now);
	sql = xasprintf("UPDATE \"%s\" SET \"%s\" = ?1, updated_at = ?2 WHERE id = ?3",
	    tbl, col);
	st = store_stmt(s, sql, e);
	free(sql);
	if (st == NULL)
		return -1;
	sync_bind_value(st, 1, value);
	store_bind_text(st, 2, now);
	store_bind_text(st, 3, row_id);
	if (store_step_done(s, st, _("settling a conflict"), e) != 0)
		return -1;
	st = store_stmt(s, "UPDATE conflict SET resolution = ?1, resolved_at = ?2, "
	    "resolved_by = ?3, updated_at = ?2 WHERE id = ?4", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, theirs ? "theirs" : "mine");
	store_bind_text(st, 2, now);
	store_bind_text(st, 3, store_actor(s));
	store_bind_text(st, 4, id);
	rc = store_step_done(s, st, _("settling a conflict"), e);
	if (rc == 0 && (strcmp(tbl, "child") == 0 || strcmp(col, "phone") == 0 ||
	    strcmp(col, "name") == 0))
		rc = refresh_child(s, tbl, row_id, e);
	return rc;
}

int
store_conflict_resolve(struct store *s, const char *id, int theirs, struct err *e)
{
	sqlite3_stmt *st;
	char *tbl = NULL, *row_id = NULL, *col = NULL, *value = NULL;
	int rc, ret = -1;

	if (store_begin(s, e) != 0)
		return -1;
	/* a teacher account settles only the conflicts of its own classes */
	st = store_stmt(s, "SELECT k.tbl, k.row_id, k.col, k.mine, k.theirs "
	    "FROM conflict k "
	    "LEFT JOIN child c1 ON k.tbl = 'child' AND c1.id = k.row_id "
	    "LEFT JOIN parent p ON k.tbl = 'parent' AND p.id = k.row_id "
	    "LEFT JOIN guardian g ON k.tbl = 'guardian' AND g.id = k.row_id "
	    "LEFT JOIN child c2 ON c2.id = COALESCE(p.child_id, g.child_id) "
	    "WHERE k.id = ?1 AND k.deleted_at IS NULL AND (?2 = 0 OR "
	    "COALESCE(c1.class_id, c2.class_id) IN (SELECT class_id FROM temp.scope))", e);
	if (st == NULL)
		goto out;
	store_bind_text(st, 1, id);
	sqlite3_bind_int(st, 2, store_class_scoped(s));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		tbl = store_col_text(st, 0);
		row_id = store_col_text(st, 1);
		col = store_col_text(st, 2);
		value = store_col_text(st, theirs ? 4 : 3);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		ret = 1;
		goto out;
	}
	if (rc != SQLITE_ROW) {
		store_fail(s, rc, _("settling a conflict"), e);
		goto out;
	}
	rc = real_column(s, tbl, col, e);
	if (rc <= 0) {
		if (rc == 0)
			err_set(e, ERR_IO, _("the conflict names a field this version does "
			    "not know"));
		goto out;
	}
	if (apply_choice(s, id, tbl, row_id, col, value, theirs, e) != 0)
		goto out;
	ret = 0;
out:
	free(tbl);
	free(row_id);
	free(col);
	free(value);
	if (ret >= 0)
		return store_commit(s, e) == 0 ? ret : -1;
	store_rollback(s);
	return -1;
}
