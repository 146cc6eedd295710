/* care.c — care records: one act of care for a child (a group activity
 * is one row per participant sharing group_id). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "store-int.h"

int
store_care_add(struct store *s, struct care *c, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	if (c->child_id[0] == '\0' || str_empty(c->date) || str_empty(c->kind)) {
		err_set(e, ERR_INPUT, _("a care record needs a child, a date and a kind"));
		return -1;
	}
	if (c->amount < 0) {
		err_set(e, ERR_INPUT, _("an amount cannot be negative"));
		return -1;
	}
	if (c->id[0] == '\0')
		store_new_id(s, c->id);
	store_now(now);
	st = store_stmt(s, "INSERT INTO care (id, child_id, helper_id, group_id, date, kind, "
	    "summary, amount, follow_up, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, "
	    "?5, ?6, ?7, ?8, ?9, ?10, ?10)", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, c->id);
	store_bind_text(st, 2, c->child_id);
	store_bind_text(st, 3, c->helper_id);
	store_bind_text(st, 4, c->group_id);
	store_bind_text(st, 5, c->date);
	store_bind_text(st, 6, c->kind);
	store_bind_text(st, 7, c->summary);
	if (c->amount > 0)
		sqlite3_bind_double(st, 8, c->amount);
	else
		sqlite3_bind_null(st, 8);
	store_bind_text(st, 9, c->follow_up);
	store_bind_text(st, 10, now);
	return store_step_done(s, st, _("saving a care record"), e);
}

int
store_care_each(struct store *s, const char *child_id, care_fn fn, void *ctx,
    struct err *e)
{
	struct care c;
	sqlite3_stmt *st;
	int rc, ret = 0;

	/* One statement per case, so that a child's records come from the
	 * care_child index rather than a scan of every care record. */
#define CARE_SELECT "SELECT r.id, r.child_id, r.helper_id, c.name, h.name, " \
	"r.date, r.kind, r.summary, r.follow_up, r.amount, r.group_id FROM care r " \
	"JOIN child c ON c.id = r.child_id LEFT JOIN helper h ON h.id = r.helper_id " \
	"WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND "
#define CARE_TAIL " AND (?2 = 0 OR c.class_id IN (SELECT class_id FROM " \
	"temp.scope)) ORDER BY r.date DESC, r.created_at DESC, r.id"
	st = child_id != NULL ?
	    store_stmt(s, CARE_SELECT "r.child_id = ?1" CARE_TAIL, e) :
	    store_stmt(s, CARE_SELECT "?1 IS NULL" CARE_TAIL, e);
#undef CARE_SELECT
#undef CARE_TAIL
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	sqlite3_bind_int(st, 2, s->scoped);
	store_stmt_hold(s, st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&c, 0, sizeof c);
		store_col_id(st, 0, c.id);
		store_col_id(st, 1, c.child_id);
		store_col_id(st, 2, c.helper_id);
		c.child_name = store_col_text(st, 3);
		c.helper_name = store_col_text(st, 4);
		c.date = store_col_text(st, 5);
		c.kind = store_col_text(st, 6);
		c.summary = store_col_text(st, 7);
		c.follow_up = store_col_text(st, 8);
		c.amount = sqlite3_column_double(st, 9);
		c.group_id = store_col_text(st, 10);
		ret = fn(ctx, &c);
		care_clear(&c);
		if (ret != 0)
			break;
	}
	sqlite3_reset(st);
	store_stmt_hold(s, st, 0);
	if (ret == 0 && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the care records"), e);
	return ret;
}

int
store_care_delete(struct store *s, const char *id, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	store_now(now);
	st = store_stmt(s, "UPDATE care SET deleted_at = ?1, updated_at = ?1 "
	    "WHERE id = ?2 AND deleted_at IS NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, now);
	store_bind_text(st, 2, id);
	return store_step_done(s, st, _("removing a care record"), e);
}
