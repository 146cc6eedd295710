/* helpers.c — the helpers (teachers, volunteers, cadres …) and their
 * pairings with children. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "store-int.h"

int
store_helper_save(struct store *s, struct helper *h, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	if (str_empty(h->name) || str_empty(h->kind)) {
		err_set(e, ERR_INPUT, _("a helper needs a name and a kind"));
		return -1;
	}
	if (h->id[0] == '\0')
		store_new_id(s, h->id);
	store_now(now);
	st = store_stmt(s, "INSERT INTO helper (id, name, kind, phone, organisation, notes, "
	    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
	    "ON CONFLICT (id) DO UPDATE SET name = ?2, kind = ?3, phone = ?4, "
	    "organisation = ?5, notes = ?6, updated_at = ?7 WHERE name IS NOT ?2 OR "
	    "kind IS NOT ?3 OR phone IS NOT ?4 OR organisation IS NOT ?5 OR notes IS NOT ?6", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, h->id);
	store_bind_text(st, 2, h->name);
	store_bind_text(st, 3, h->kind);
	store_bind_text(st, 4, h->phone);
	store_bind_text(st, 5, h->organisation);
	store_bind_text(st, 6, h->notes);
	store_bind_text(st, 7, now);
	return store_step_done(s, st, _("saving a helper"), e);
}

#define HELPER_COLS "h.id, h.name, h.kind, h.phone, h.organisation, h.notes, " \
	"(SELECT count(*) FROM pairing p JOIN child c ON c.id = p.child_id WHERE " \
	"p.helper_id = h.id AND p.end_date IS NULL AND p.deleted_at IS NULL AND " \
	"c.deleted_at IS NULL AND (?2 = 0 OR c.class_id IN (SELECT class_id FROM " \
	"temp.scope)))"

static void
helper_row(sqlite3_stmt *st, struct helper *h)
{
	store_col_id(st, 0, h->id);
	h->name = store_col_text(st, 1);
	h->kind = store_col_text(st, 2);
	h->phone = store_col_text(st, 3);
	h->organisation = store_col_text(st, 4);
	h->notes = store_col_text(st, 5);
	h->active_children = sqlite3_column_int(st, 6);
}

int
store_helper_get(struct store *s, const char *id, struct helper *out, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	st = store_stmt(s, "SELECT " HELPER_COLS " FROM helper h WHERE h.id = ?1", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, id);
	sqlite3_bind_int(st, 2, s->scoped);	/* a teacher counts her own children */
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		helper_row(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return store_fail(s, rc, _("reading a helper"), e);
}

int
store_helpers_each(struct store *s, helper_fn fn, void *ctx, struct err *e)
{
	struct helper h;
	sqlite3_stmt *st;
	int rc, ret = 0;

	st = store_stmt(s, "SELECT " HELPER_COLS " FROM helper h WHERE h.deleted_at IS NULL "
	    "ORDER BY h.kind, h.name, h.id", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 2, s->scoped);
	store_stmt_hold(s, st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&h, 0, sizeof h);
		helper_row(st, &h);
		ret = fn(ctx, &h);
		helper_clear(&h);
		if (ret != 0)
			break;
	}
	sqlite3_reset(st);
	store_stmt_hold(s, st, 0);
	if (ret == 0 && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the helpers"), e);
	return ret;
}

int
store_helper_delete(struct store *s, const char *id, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	store_now(now);
	st = store_stmt(s, "UPDATE helper SET deleted_at = ?1, updated_at = ?1 "
	    "WHERE id = ?2 AND deleted_at IS NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, now);
	store_bind_text(st, 2, id);
	return store_step_done(s, st, _("removing a helper"), e);
}

int
store_pairing_save(struct store *s, struct pairing *p, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	if (p->child_id[0] == '\0' || p->helper_id[0] == '\0' || str_empty(p->role) ||
	    str_empty(p->start)) {
		err_set(e, ERR_INPUT, _("a pairing needs a child, a helper, a role and a "
		    "start date"));
		return -1;
	}
	if (p->id[0] == '\0')
		store_new_id(s, p->id);
	store_now(now);
	st = store_stmt(s, "INSERT INTO pairing (id, child_id, helper_id, role, start_date, "
	    "end_date, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
	    "?8, ?8) ON CONFLICT (id) DO UPDATE SET child_id = ?2, helper_id = ?3, "
	    "role = ?4, start_date = ?5, end_date = ?6, notes = ?7, updated_at = ?8 "
	    "WHERE child_id IS NOT ?2 OR helper_id IS NOT ?3 OR role IS NOT ?4 OR "
	    "start_date IS NOT ?5 OR end_date IS NOT ?6 OR notes IS NOT ?7", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, p->id);
	store_bind_text(st, 2, p->child_id);
	store_bind_text(st, 3, p->helper_id);
	store_bind_text(st, 4, p->role);
	store_bind_text(st, 5, p->start);
	store_bind_text(st, 6, p->end);
	store_bind_text(st, 7, p->notes);
	store_bind_text(st, 8, now);
	return store_step_done(s, st, _("saving a pairing"), e);
}

int
store_pairing_end(struct store *s, const char *pairing_id, const char *end_date,
    struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	store_now(now);
	st = store_stmt(s, "UPDATE pairing SET end_date = ?1, updated_at = ?2 "
	    "WHERE id = ?3 AND end_date IS NULL AND deleted_at IS NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, end_date);
	store_bind_text(st, 2, now);
	store_bind_text(st, 3, pairing_id);
	if (store_step_done(s, st, _("ending a pairing"), e) != 0)
		return -1;
	if (sqlite3_changes(s->db) == 0) {
		err_set(e, ERR_INPUT, _("this pairing is not active"));
		return -1;
	}
	return 0;
}

int
store_pairings_each(struct store *s, const char *child_id, const char *helper_id,
    int active_only, pairing_fn fn, void *ctx, struct err *e)
{
	struct pairing p;
	sqlite3_stmt *st;
	int rc, ret = 0;

	/* "(?1 IS NULL OR child_id = ?1)" would keep SQLite off the child and
	 * helper indexes: one statement per case instead. */
#define PAIRING_SELECT "SELECT p.id, p.child_id, p.helper_id, c.name, h.name, " \
	"p.role, p.start_date, p.end_date, p.notes FROM pairing p JOIN child c ON " \
	"c.id = p.child_id JOIN helper h ON h.id = p.helper_id WHERE " \
	"p.deleted_at IS NULL AND c.deleted_at IS NULL AND "
#define PAIRING_TAIL " AND (?3 = 0 OR p.end_date IS NULL) AND (?4 = 0 OR " \
	"c.class_id IN (SELECT class_id FROM temp.scope)) " \
	"ORDER BY c.sort_key, p.start_date, p.id"
	if (child_id != NULL)
		st = store_stmt(s, PAIRING_SELECT "p.child_id = ?1 AND "
		    "(?2 IS NULL OR p.helper_id = ?2)" PAIRING_TAIL, e);
	else if (helper_id != NULL)
		st = store_stmt(s, PAIRING_SELECT "?1 IS NULL AND p.helper_id = ?2"
		    PAIRING_TAIL, e);
	else
		st = store_stmt(s, PAIRING_SELECT "?1 IS NULL AND ?2 IS NULL"
		    PAIRING_TAIL, e);
#undef PAIRING_SELECT
#undef PAIRING_TAIL
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	store_bind_text(st, 2, helper_id);
	sqlite3_bind_int(st, 3, active_only);
	sqlite3_bind_int(st, 4, s->scoped);
	store_stmt_hold(s, st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&p, 0, sizeof p);
		store_col_id(st, 0, p.id);
		store_col_id(st, 1, p.child_id);
		store_col_id(st, 2, p.helper_id);
		p.child_name = store_col_text(st, 3);
		p.helper_name = store_col_text(st, 4);
		p.role = store_col_text(st, 5);
		p.start = store_col_text(st, 6);
		p.end = store_col_text(st, 7);
		p.notes = store_col_text(st, 8);
		ret = fn(ctx, &p);
		pairing_clear(&p);
		if (ret != 0)
			break;
	}
	sqlite3_reset(st);
	store_stmt_hold(s, st, 0);
	if (ret == 0 && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the pairings"), e);
	return ret;
}
