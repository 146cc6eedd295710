/* lookup.c — find a row from what a person typed on the command line: a
 * whole id, its first 8 or more characters, or (children, helpers) an
 * exact name; and read or change one care record.  Child and care lookups
 * honour the teacher's class scope, so that a row of another class is
 * "not found", never named. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "store-int.h"

/* The shortest id prefix a person may type (DESIGN.md §6). */
#define ID_PREFIX_MIN 8

/* 1 when ref can be the start of an id: 8-36 characters of [0-9a-f-]. */
static int
id_prefix(const char *ref)
{
	size_t n = strlen(ref);

	return n >= ID_PREFIX_MIN && n <= UUID_LEN &&
	    strspn(ref, "0123456789abcdef-") == n;
}

/* Step st and collect the ids of column 0 (up to max); the count or -1. */
static int
collect_ids(struct store *s, sqlite3_stmt *st, char (*ids)[UUID_LEN + 1], int max,
    const char *what, struct err *e)
{
	int rc, n = 0;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n < max)
			store_col_id(st, 0, ids[n]);
		n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, what, e);
	return n;
}

/* Bind ?1 = the prefix (or "" when ref is no prefix: matches nothing),
 * ?2 = the prefix + 'g' (above every id character), ?3 = the name. */
static void
bind_ref(sqlite3_stmt *st, const char *ref)
{
	char *hi;

	if (id_prefix(ref)) {
		hi = xasprintf("%sg", ref);
		store_bind_text(st, 1, ref);
		sqlite3_bind_text(st, 2, hi, -1, SQLITE_TRANSIENT);
		free(hi);
	} else {
		sqlite3_bind_text(st, 1, "g", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, "g", -1, SQLITE_STATIC);
	}
	store_bind_text(st, 3, ref);
}

/* The children whose id ends with ref (8+ characters), other than those
 * already in ids[0..n): imported children share the start of their ids
 * (store_new_id in bulk mode), so their last 8 characters tell them
 * apart.  A scan, run only for what looks like a piece of an id. */
static int
child_suffix(struct store *s, const char *ref, int deleted, char (*ids)[UUID_LEN + 1],
    int n, int max, struct err *e)
{
	char id[UUID_LEN + 1];
	sqlite3_stmt *st;
	int rc, i, dup;

	st = store_stmt(s, "SELECT c.id FROM child c WHERE substr(c.id, -length(?1)) = ?1 "
	    "AND NOT (c.id >= ?1 AND c.id < ?1 || 'g') "
	    "AND (c.deleted_at IS NOT NULL) = ?2 "
	    "AND (?3 = 0 OR c.class_id IN (SELECT class_id FROM temp.scope)) "
	    "ORDER BY c.id LIMIT 10", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, ref);
	sqlite3_bind_int(st, 2, deleted != 0);
	sqlite3_bind_int(st, 3, s->scoped);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_col_id(st, 0, id);
		for (i = 0, dup = 0; i < n && i < max; i++)
			dup |= strcmp(ids[i], id) == 0;
		if (dup)
			continue;
		if (n < max)
			memcpy(ids[n], id, UUID_LEN + 1);
		n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("looking for a child"), e);
	return n;
}

int
store_child_lookup(struct store *s, const char *ref, int deleted,
    char (*ids)[UUID_LEN + 1], int max, struct err *e)
{
	sqlite3_stmt *st;
	int n;

	/* ids by prefix first (a whole id is its own prefix), then names */
	st = store_stmt(s, "SELECT c.id FROM child c WHERE "
	    "((c.id >= ?1 AND c.id < ?2) OR c.name = ?3) "
	    "AND (c.deleted_at IS NOT NULL) = ?4 "
	    "AND (?5 = 0 OR c.class_id IN (SELECT class_id FROM temp.scope)) "
	    "ORDER BY (c.id >= ?1 AND c.id < ?2) DESC, c.sort_key, c.id LIMIT 10", e);
	if (st == NULL)
		return -1;
	bind_ref(st, ref);
	sqlite3_bind_int(st, 4, deleted != 0);
	sqlite3_bind_int(st, 5, s->scoped);
	n = collect_ids(s, st, ids, max, _("looking for a child"), e);
	if (n < 0 || !id_prefix(ref) || strlen(ref) == UUID_LEN)
		return n;
	return child_suffix(s, ref, deleted, ids, n, max, e);
}

int
store_helper_lookup(struct store *s, const char *ref, char (*ids)[UUID_LEN + 1],
    int max, struct err *e)
{
	sqlite3_stmt *st;

	st = store_stmt(s, "SELECT id FROM helper WHERE "
	    "((id >= ?1 AND id < ?2) OR name = ?3) AND deleted_at IS NULL "
	    "ORDER BY (id >= ?1 AND id < ?2) DESC, name, id LIMIT 10", e);
	if (st == NULL)
		return -1;
	bind_ref(st, ref);
	return collect_ids(s, st, ids, max, _("looking for a helper"), e);
}

int
store_care_lookup(struct store *s, const char *ref, char (*ids)[UUID_LEN + 1],
    int max, struct err *e)
{
	sqlite3_stmt *st;

	st = store_stmt(s, "SELECT r.id FROM care r JOIN child c ON c.id = r.child_id "
	    "WHERE r.id >= ?1 AND r.id < ?2 AND ?3 IS NOT NULL "
	    "AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
	    "AND (?4 = 0 OR c.class_id IN (SELECT class_id FROM temp.scope)) "
	    "ORDER BY r.id LIMIT 10", e);
	if (st == NULL)
		return -1;
	bind_ref(st, ref);
	sqlite3_bind_int(st, 4, s->scoped);
	return collect_ids(s, st, ids, max, _("looking for a care record"), e);
}

int
store_care_get(struct store *s, const char *id, struct care *out, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	st = store_stmt(s, "SELECT r.id, r.child_id, r.helper_id, c.name, h.name, "
	    "r.date, r.kind, r.summary, r.follow_up, r.amount, r.group_id FROM care r "
	    "JOIN child c ON c.id = r.child_id LEFT JOIN helper h ON h.id = r.helper_id "
	    "WHERE r.id = ?1 AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
	    "AND (?2 = 0 OR c.class_id IN (SELECT class_id FROM temp.scope))", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, id);
	sqlite3_bind_int(st, 2, s->scoped);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_col_id(st, 0, out->id);
		store_col_id(st, 1, out->child_id);
		store_col_id(st, 2, out->helper_id);
		out->child_name = store_col_text(st, 3);
		out->helper_name = store_col_text(st, 4);
		out->date = store_col_text(st, 5);
		out->kind = store_col_text(st, 6);
		out->summary = store_col_text(st, 7);
		out->follow_up = store_col_text(st, 8);
		out->amount = sqlite3_column_double(st, 9);
		out->group_id = store_col_text(st, 10);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return store_fail(s, rc, _("reading the care records"), e);
}

int
store_care_update(struct store *s, const struct care *c, struct err *e)
{
	sqlite3_stmt *st;
	char now[21];

	if (str_empty(c->date) || str_empty(c->kind)) {
		err_set(e, ERR_INPUT, _("a care record needs a child, a date and a kind"));
		return -1;
	}
	if (c->amount < 0) {
		err_set(e, ERR_INPUT, _("an amount cannot be negative"));
		return -1;
	}
	store_now(now);
	/* only the columns that change, so the audit log shows just those */
	st = store_stmt(s, "UPDATE care SET helper_id = ?2, date = ?3, kind = ?4, "
	    "summary = ?5, amount = ?6, follow_up = ?7, updated_at = ?8 "
	    "WHERE id = ?1 AND deleted_at IS NULL AND (helper_id IS NOT ?2 OR "
	    "date IS NOT ?3 OR kind IS NOT ?4 OR summary IS NOT ?5 OR amount IS NOT ?6 "
	    "OR follow_up IS NOT ?7)", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, c->id);
	store_bind_text(st, 2, c->helper_id);
	store_bind_text(st, 3, c->date);
	store_bind_text(st, 4, c->kind);
	store_bind_text(st, 5, c->summary);
	if (c->amount > 0)
		sqlite3_bind_double(st, 6, c->amount);
	else
		sqlite3_bind_null(st, 6);
	store_bind_text(st, 7, c->follow_up);
	store_bind_text(st, 8, now);
	return store_step_done(s, st, _("saving a care record"), e);
}
