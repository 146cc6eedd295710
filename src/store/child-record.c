/* child-record.c — one child's file: the child row, father, mother and primary
 * guardian read and written together as a struct record (the columns come
 * from the field table), plus matching, trash and erasure. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "guanai/core/pinyin.h"
#include "store-int.h"

static const char *
entity_alias(enum entity ent)
{
	switch (ent) {
	case ENT_CHILD:
		return "c";
	case ENT_FATHER:
		return "f";
	case ENT_MOTHER:
		return "m";
	case ENT_GUARDIAN:
		return "g";
	case ENT_CLASS:
		return "k";
	}
	return "c";
}

/* c.id, c.updated_at, c.sort_key, then one column per field of set (NULL:
 * every field).  Each list is built once per store: the full one, and the
 * last partial one asked for (the lists ask for one and the same). */
const char *
store_child_cols(struct store *s, const unsigned char *set)
{
	struct buf b = BUF_INIT;
	const struct field *f;
	int i;

	if (set == NULL && s->child_cols != NULL)
		return s->child_cols;
	if (set != NULL && s->some_cols != NULL &&
	    memcmp(set, s->some_set, sizeof s->some_set) == 0)
		return s->some_cols;
	buf_adds(&b, "c.id, c.updated_at, c.sort_key");
	for (i = 0; i < FIELD_COUNT; i++) {
		f = &field_table[i];
		if (set != NULL && !set[f->id])
			continue;
		if (f->id == F_GRADE)
			buf_adds(&b, ", k.grade");
		else if (f->id == F_CLASS_NO)
			buf_adds(&b, ", k.number");
		else {
			buf_adds(&b, ", ");
			buf_adds(&b, entity_alias(f->entity));
			buf_adds(&b, ".\"");
			buf_adds(&b, f->column);
			buf_adds(&b, "\"");
		}
	}
	if (set == NULL)
		return s->child_cols = buf_detach(&b);
	free(s->some_cols);
	memcpy(s->some_set, set, sizeof s->some_set);
	return s->some_cols = buf_detach(&b);
}

int
store_child_row(sqlite3_stmt *st, int first, struct record *r, const unsigned char *set)
{
	int i, col = first + 3;

	store_col_id(st, first, r->id);
	xfree(&r->updated_at);
	r->updated_at = store_col_text(st, first + 1);
	for (i = 0; i < FIELD_COUNT; i++) {
		xfree(&r->v[i]);
		if (set == NULL || set[field_table[i].id])
			r->v[i] = store_col_text(st, col++);
	}
	return col;
}

int
store_child_get(struct store *s, const char *id, struct record *out, struct err *e)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc, ret = -1;

	record_init(out);
	buf_addf(&sql, "SELECT %s FROM child c" STORE_CHILD_JOINS " WHERE c.id = ?",
	    store_child_cols(s, NULL));
	st = store_stmt(s, buf_str(&sql), e);
	if (st == NULL)
		goto out;
	store_bind_text(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		(void)store_child_row(st, 0, out, NULL);
		ret = 0;
	} else if (rc == SQLITE_DONE)
		ret = 1;
	else
		store_fail(s, rc, _("reading a child's file"), e);
	sqlite3_reset(st);
out:
	buf_free(&sql);
	return ret;
}

/* ---- saving ---------------------------------------------------------- */

/* Row id of the father/mother/primary guardian of a child, "" when none. */
static int
person_id(struct store *s, enum entity ent, const char *child_id, char id[UUID_LEN + 1],
    struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	if (ent == ENT_GUARDIAN)
		st = store_stmt(s, "SELECT id, min(created_at) FROM guardian WHERE "
		    "child_id = ? AND is_primary = 1 AND deleted_at IS NULL", e);
	else
		st = store_stmt(s, "SELECT id, min(created_at) FROM parent WHERE "
		    "child_id = ? AND relation = ? AND deleted_at IS NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	if (ent != ENT_GUARDIAN)
		store_bind_text(st, 2, ent == ENT_FATHER ? "father" : "mother");
	id[0] = '\0';
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		store_col_id(st, 0, id);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading a child's file"), e);
	return 0;
}

/* The SQL that INSERTs or UPDATEs (only when something differs) the row of
 * one entity.  Parameters: ?1 id, ?2 updated_at, ?3 class/child id, ?4..
 * the fields in table order, then the child's extra columns. */
static void
entity_sql(struct buf *sql, enum entity ent, int insert, const int *ids, int n,
    int nextra)
{
	static const char *const child_extra[] = { "pinyin", "initials", "sort_key" };
	const char *tbl = ent == ENT_CHILD ? "child" : ent == ENT_GUARDIAN ? "guardian" :
	    "parent";
	const char *owner_col = ent == ENT_CHILD ? "class_id" : "child_id";
	struct buf cond = BUF_INIT, vals = BUF_INIT;
	int i, p = 4;

	if (insert) {
		buf_addf(sql, "INSERT INTO %s (id, updated_at, %s, created_at", tbl, owner_col);
		buf_adds(&vals, "?1, ?2, ?3, ?2");
		if (ent == ENT_FATHER || ent == ENT_MOTHER) {
			buf_adds(sql, ", relation");
			buf_addf(&vals, ", '%s'", ent == ENT_FATHER ? "father" : "mother");
		}
		if (ent == ENT_GUARDIAN) {
			buf_adds(sql, ", is_primary");
			buf_adds(&vals, ", 1");
		}
	} else {
		buf_addf(sql, "UPDATE %s SET updated_at = ?2, %s = ?3", tbl, owner_col);
		buf_addf(&cond, "%s IS NOT ?3", owner_col);
	}
	for (i = 0; i < n + nextra; i++, p++) {
		const char *col = i < n ? field_table[ids[i]].column : child_extra[i - n];

		if (insert) {
			buf_addf(sql, ", \"%s\"", col);
			buf_addf(&vals, ", ?%d", p);
		} else {
			buf_addf(sql, ", \"%s\" = ?%d", col, p);
			buf_addf(&cond, " OR \"%s\" IS NOT ?%d", col, p);
		}
	}
	if (insert)
		buf_addf(sql, ") VALUES (%s)", buf_str(&vals));
	else
		buf_addf(sql, " WHERE id = ?1 AND (%s)", buf_str(&cond));
	buf_free(&cond);
	buf_free(&vals);
}

static void
bind_static(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL || v[0] == '\0')
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

/* Write one entity's row; adds the rows changed to *changed.  `now` is
 * the time of the whole save. */
static int
write_entity(struct store *s, enum entity ent, int insert, const char *id,
    const char *owner, const struct record *r, char *const *extra, int nextra,
    const char *now, int *changed, struct err *e)
{
	struct buf sql = BUF_INIT;
	int i, p, ids[FIELD_COUNT], n = 0, rc;
	char **cached = &s->entity_sql[ent][insert != 0];
	sqlite3_stmt *st;

	for (i = 0; i < FIELD_COUNT; i++)
		if (field_table[i].entity == ent)
			ids[n++] = i;
	/* the text depends only on (ent, insert): nextra is 3 for the child,
	 * 0 for the others; built once, not once per saved child */
	if (*cached == NULL) {
		entity_sql(&sql, ent, insert, ids, n, nextra);
		*cached = buf_detach(&sql);
	}
	st = store_stmt(s, *cached, e);
	if (st == NULL)
		return -1;
	/* every string outlives the step, and the bindings are cleared right
	 * after it: bound without a copy (the copies were 4% of an import) */
	bind_static(st, 1, id);
	bind_static(st, 2, now);
	bind_static(st, 3, owner);
	for (i = 0, p = 4; i < n; i++, p++)
		bind_static(st, p, r->v[ids[i]]);
	for (i = 0; i < nextra; i++, p++)
		bind_static(st, p, extra[i]);
	/* the message is translated only when it is needed */
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, _("saving a child's file"), e);
	*changed += sqlite3_changes(s->db);
	return 0;
}

static int
has_values(const struct record *r, enum entity ent)
{
	int i;

	for (i = 0; i < FIELD_COUNT; i++)
		if (field_table[i].entity == ent && !str_empty(r->v[i]))
			return 1;
	return 0;
}

/* A child just inserted has no parent or guardian rows yet (they
 * reference the child): no need to look for them. */
static int
save_person(struct store *s, enum entity ent, const char *child_id, int child_new,
    const struct record *r, const char *now, int *changed, struct err *e)
{
	char id[UUID_LEN + 1];

	id[0] = '\0';
	if (!child_new && person_id(s, ent, child_id, id, e) != 0)
		return -1;
	if (id[0] == '\0') {
		if (!has_values(r, ent))
			return 0;
		store_new_id(s, id);
		return write_entity(s, ent, 1, id, child_id, r, NULL, 0, now, changed, e);
	}
	return write_entity(s, ent, 0, id, child_id, r, NULL, 0, now, changed, e);
}

/* 1 when a child row with this id exists (trash included), 0 not, -1;
 * *rowid (if not NULL) is its row number (the audit log's link). */
static int
child_exists(struct store *s, const char *id, int trash_only, sqlite3_int64 *rowid,
    struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, trash_only ? "SELECT rowid FROM child WHERE "
	    "id = ? AND deleted_at IS NOT NULL" : "SELECT rowid FROM child WHERE id = ?", e);
	int rc;

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && rowid != NULL)
		*rowid = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return store_fail(s, rc, _("reading a child's file"), e);
}

/* The class of a record: grade and class number are required. */
static int
record_class(struct store *s, const struct record *r, char id[UUID_LEN + 1],
    struct err *e)
{
	const char *g = record_get(r, F_GRADE), *n = record_get(r, F_CLASS_NO);

	if (str_empty(g) || str_empty(n)) {
		err_set(e, ERR_INPUT, _("%s: the grade and the class are required"),
		    str_empty(record_get(r, F_NAME)) ? "?" : record_get(r, F_NAME));
		return -1;
	}
	return store_class_ensure(s, atoi(g), atoi(n), id, e);
}

int
store_child_save(struct store *s, struct record *r, struct err *e)
{
	char class_id[UUID_LEN + 1], now[DATE_UTC_SIZE];
	const char *name = record_get(r, F_NAME);
	char *extra[3] = { NULL, NULL, NULL };
	const char *num[4];
	struct store_readings rd;
	sqlite3_int64 rowid = 0;
	int exists = 0, changed = 0, ret = -1;

	rd.n = 0;

	if (str_empty(name)) {
		err_set(e, ERR_INPUT, _("a child's name is required"));
		return -1;
	}
	if (store_begin(s, e) != 0)
		return -1;
	if (record_class(s, r, class_id, e) != 0)
		goto out;
	if (r->id[0] != '\0' && (exists = child_exists(s, r->id, 0, &rowid, e)) < 0)
		goto out;
	if (r->id[0] == '\0')
		store_new_id(s, r->id);
	if (exists && store_search_remove(s, r->id, e) != 0)
		goto out;
	if (s->bulk > 0)	/* every reading at once: the first is full and initials */
		store_readings_get(&rd, name);
	extra[0] = rd.n > 0 ? xstrdup(rd.full[0]) : pinyin_full(name);
	extra[1] = rd.n > 0 ? xstrdup(rd.initials[0]) : pinyin_initials(name);
	extra[2] = pinyin_sort_key(name);
	store_time(s, now);
	if (write_entity(s, ENT_CHILD, !exists, r->id, class_id, r, extra, 3, now,
	    &changed, e) != 0)
		goto out;
	if (!exists)
		rowid = sqlite3_last_insert_rowid(s->db);
	if (save_person(s, ENT_FATHER, r->id, !exists, r, now, &changed, e) != 0 ||
	    save_person(s, ENT_MOTHER, r->id, !exists, r, now, &changed, e) != 0 ||
	    save_person(s, ENT_GUARDIAN, r->id, !exists, r, now, &changed, e) != 0)
		goto out;
	if (s->bulk > 0) {	/* added at the commit */
		num[0] = record_get(r, F_ID_NUMBER);
		num[1] = record_get(r, F_FATHER_PHONE);
		num[2] = record_get(r, F_MOTHER_PHONE);
		num[3] = record_get(r, F_GUARDIAN_PHONE);
		if (store_search_pend(s, r->id, !exists, name, extra[1], extra[0], extra[2],
		    num, &rd, e) != 0)
			goto out;
	} else if (store_search_add(s, r->id, e) != 0)
		goto out;
	/* bulk mode: the triggers stood aside; the child is noted for the
	 * operation's one audit entry (store_audit_event) */
	if (changed > 0 && s->bulk > 0)
		store_audit_link(s, rowid, !exists);
	ret = 0;
out:
	store_readings_clear(&rd);
	free(extra[0]);
	free(extra[1]);
	free(extra[2]);
	if (ret == 0)
		return store_commit(s, e);
	store_rollback(s);
	return -1;
}

/* ---- matching -------------------------------------------------------- */

/* The "first created" lookups use min(created_at) with a bare id column
 * (SQLite returns the row of the minimum) rather than ORDER BY … LIMIT 1,
 * which opened a temporary b-tree per call.  An aggregate over no rows
 * gives one row of NULLs, read as "none". */

/* Step a bound statement whose first column is a child id: 0 found (id
 * filled), 1 none, -1 error. */
static int
step_child_id(struct store *s, sqlite3_stmt *st, char id[UUID_LEN + 1], struct err *e)
{
	int rc;

	id[0] = '\0';
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		store_col_id(st, 0, id);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("looking for a child"), e);
	return id[0] != '\0' ? 0 : 1;
}

/* By ID number, else student number, else (name, birth date, class): one
 * statement (coalesce stops at the first rule that finds a child) instead
 * of up to three. */
int
store_child_match(struct store *s, const struct record *r, char id[UUID_LEN + 1],
    struct err *e)
{
	const char *g = record_get(r, F_GRADE), *n = record_get(r, F_CLASS_NO);
	sqlite3_stmt *st;

	id[0] = '\0';
	st = store_stmt(s, "SELECT coalesce("
	    "(SELECT id FROM (SELECT id, min(created_at) FROM child WHERE "
	    "id_number = ?1 AND deleted_at IS NULL)), "
	    "(SELECT id FROM (SELECT id, min(created_at) FROM child WHERE "
	    "student_no = ?2 AND deleted_at IS NULL)), "
	    "(SELECT id FROM (SELECT c.id, min(c.created_at) FROM child c JOIN class k "
	    "ON k.id = c.class_id WHERE c.name = ?3 AND c.birth_date IS ?4 "
	    "AND k.grade = ?5 AND k.number = ?6 AND c.deleted_at IS NULL)))", e);
	if (st == NULL)
		return -1;
	store_bind_static(st, 1, record_get(r, F_ID_NUMBER));
	store_bind_static(st, 2, record_get(r, F_STUDENT_NO));
	store_bind_static(st, 3, record_get(r, F_NAME));
	store_bind_static(st, 4, record_get(r, F_BIRTH_DATE));
	sqlite3_bind_int(st, 5, g != NULL ? atoi(g) : 0);
	sqlite3_bind_int(st, 6, n != NULL ? atoi(n) : 0);
	return step_child_id(s, st, id, e);
}

int
store_child_near_matches(struct store *s, const struct record *r,
    char (*ids)[UUID_LEN + 1], int max, struct err *e)
{
	const char *name = record_get(r, F_NAME), *g = record_get(r, F_GRADE),
	    *n = record_get(r, F_CLASS_NO);
	sqlite3_stmt *st;
	char *py = NULL;
	int rc, count = 0;

	if (str_empty(name) || str_empty(record_get(r, F_BIRTH_DATE)))
		return 0;
	st = store_stmt(s, "SELECT c.id FROM child c JOIN class k ON k.id = c.class_id "
	    "WHERE (c.name = ?1 OR c.pinyin = ?2) AND c.birth_date = ?3 "
	    "AND NOT (k.grade = ?4 AND k.number = ?5) AND c.id IS NOT ?6 "
	    "AND c.deleted_at IS NULL ORDER BY c.sort_key, c.id", e);
	if (st == NULL)
		return -1;
	py = pinyin_full(name);
	store_bind_static(st, 1, name);
	store_bind_static(st, 2, py);
	store_bind_static(st, 3, record_get(r, F_BIRTH_DATE));
	sqlite3_bind_int(st, 4, g != NULL ? atoi(g) : 0);
	sqlite3_bind_int(st, 5, n != NULL ? atoi(n) : 0);
	store_bind_static(st, 6, r->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (count < max)
			store_col_id(st, 0, ids[count]);
		count++;
	}
	sqlite3_reset(st);
	free(py);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("looking for a child"), e);
	return count;
}

int
store_child_resolve(struct store *s, const char *id_or_name, char id[UUID_LEN + 1],
    struct err *e)
{
	sqlite3_stmt *st;
	int rc, n = 0;

	id[0] = '\0';
	if (uuid_valid(id_or_name)) {
		st = store_stmt(s, "SELECT c.id FROM child c WHERE c.id = ? AND "
		    "c.deleted_at IS NULL AND (?2 = 0 OR c.class_id IN (SELECT class_id "
		    "FROM temp.scope))", e);
		if (st == NULL)
			return -1;
		store_bind_text(st, 1, id_or_name);
		sqlite3_bind_int(st, 2, s->scoped);
		rc = step_child_id(s, st, id, e);
		if (rc != 1)
			return rc;
	}
	st = store_stmt(s, "SELECT c.id FROM child c WHERE c.name = ? AND "
	    "c.deleted_at IS NULL AND (?2 = 0 OR c.class_id IN (SELECT class_id FROM "
	    "temp.scope)) ORDER BY c.sort_key, c.id LIMIT 2", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, id_or_name);
	sqlite3_bind_int(st, 2, s->scoped);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (n++ == 0)
			store_col_id(st, 0, id);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("looking for a child"), e);
	return n == 0 ? 1 : n == 1 ? 0 : 2;
}

/* ---- trash and erasure ----------------------------------------------- */

static int
set_deleted(struct store *s, const char *id, int deleted, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];

	store_now(now);
	st = store_stmt(s, deleted ?
	    "UPDATE child SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2 AND "
	    "deleted_at IS NULL" :
	    "UPDATE child SET deleted_at = NULL, updated_at = ?1 WHERE id = ?2 AND "
	    "deleted_at IS NOT NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, now);
	store_bind_text(st, 2, id);
	if (store_step_done(s, st, _("moving a child's file"), e) != 0)
		return -1;
	if (sqlite3_changes(s->db) == 0) {
		err_set(e, ERR_INPUT, deleted ? _("%s: no such child on the register") :
		    _("%s: no such child in the trash"), id);
		return -1;
	}
	return 0;
}

int
store_child_delete(struct store *s, const char *id, struct err *e)
{
	return set_deleted(s, id, 1, e);
}

int
store_child_restore(struct store *s, const char *id, struct err *e)
{
	return set_deleted(s, id, 0, e);
}

/* Real deletion (个人信息保护法: a record can be erased): only from the
 * trash; the values kept in the audit log for the child's rows are blanked
 * too, and one "erase" event without personal data is logged. */
int
store_child_erase(struct store *s, const char *id, struct err *e)
{
	static const char *const steps[] = {
		"UPDATE audit SET old_value = NULL, new_value = NULL WHERE row_id = ?1 "
		"OR row_id IN (SELECT id FROM parent WHERE child_id = ?1) "
		"OR row_id IN (SELECT id FROM guardian WHERE child_id = ?1) "
		"OR row_id IN (SELECT id FROM care WHERE child_id = ?1) "
		"OR row_id IN (SELECT id FROM pairing WHERE child_id = ?1) "
		"OR row_id IN (SELECT id FROM checklist_confirm WHERE child_id = ?1)",
		"DELETE FROM child WHERE id = ?1 AND deleted_at IS NOT NULL",
	};
	sqlite3_stmt *st;
	sqlite3_int64 rowid = 0;
	size_t i;
	int in_trash;

	if (store_begin(s, e) != 0)
		return -1;
	if ((in_trash = child_exists(s, id, 1, &rowid, e)) < 0)
		goto fail;
	if (!in_trash) {
		err_set(e, ERR_INPUT, _("%s: only a file in the trash can be erased"), id);
		goto fail;
	}
	/* an import's entry no longer names the child: no index on the
	 * children's numbers, a walk of the runs for a rare act */
	if (store_search_remove(s, id, e) != 0 || store_search_forget(s, id, e) != 0 ||
	    store_audit_unlink(s, rowid, e) != 0)
		goto fail;
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		st = store_stmt(s, steps[i], e);
		if (st == NULL)
			goto fail;
		store_bind_text(st, 1, id);
		if (store_step_done(s, st, _("erasing a child's file"), e) != 0)
			goto fail;
	}
	if (store_audit_row(s, "erase", "child", id, NULL, e) != 0)
		goto fail;
	return store_commit(s, e);
fail:
	store_rollback(s);
	return -1;
}
