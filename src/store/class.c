/* class.c — the school (one row) and its classes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "store-int.h"

int
store_school_get(struct store *s, struct school *out, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	st = store_stmt(s, "SELECT name, code, township, county, year_start FROM school "
	    "WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1", e);
	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->name = store_col_text(st, 0);
		out->code = store_col_text(st, 1);
		out->township = store_col_text(st, 2);
		out->county = store_col_text(st, 3);
		out->year_start = store_col_text(st, 4);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the school"), e);
	return 0;
}

int
store_school_set(struct store *s, const struct school *sc, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE], id[UUID_LEN + 1];

	store_now(now);
	if (store_begin(s, e) != 0)
		return -1;
	st = store_stmt(s, "UPDATE school SET name = ?1, code = ?2, township = ?3, "
	    "county = ?4, year_start = ?5, updated_at = ?6 WHERE deleted_at IS NULL "
	    "AND (name IS NOT ?1 OR code IS NOT ?2 OR township IS NOT ?3 OR "
	    "county IS NOT ?4 OR year_start IS NOT ?5)", e);
	if (st == NULL)
		goto fail;
	store_bind_text(st, 1, sc->name);
	store_bind_text(st, 2, sc->code);
	store_bind_text(st, 3, sc->township);
	store_bind_text(st, 4, sc->county);
	store_bind_text(st, 5, sc->year_start);
	store_bind_text(st, 6, now);
	if (store_step_done(s, st, _("saving the school"), e) != 0)
		goto fail;
	st = store_stmt(s, "INSERT INTO school (id, name, code, township, county, "
	    "year_start, created_at, updated_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7 "
	    "WHERE NOT EXISTS (SELECT 1 FROM school WHERE deleted_at IS NULL)", e);
	if (st == NULL)
		goto fail;
	uuid_new(id);
	store_bind_text(st, 1, id);
	store_bind_text(st, 2, sc->name);
	store_bind_text(st, 3, sc->code);
	store_bind_text(st, 4, sc->township);
	store_bind_text(st, 5, sc->county);
	store_bind_text(st, 6, sc->year_start);
	store_bind_text(st, 7, now);
	if (store_step_done(s, st, _("saving the school"), e) != 0)
		goto fail;
	return store_commit(s, e);
fail:
	store_rollback(s);
	return -1;
}

int
store_classes(struct store *s, struct class_info **out, size_t *n, struct err *e)
{
	sqlite3_stmt *st;
	struct class_info *v = NULL, *c;
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	st = store_stmt(s, "SELECT k.id, k.grade, k.number, k.enrolled, k.head_teacher_id, "
	    "(SELECT count(*) FROM child c WHERE c.class_id = k.id AND c.deleted_at IS NULL) "
	    "FROM class k WHERE k.deleted_at IS NULL AND (?1 = 0 OR k.id IN "
	    "(SELECT class_id FROM temp.scope)) ORDER BY k.grade, k.number", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, s->scoped);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xrealloc(v, cap * sizeof *v);
		}
		c = &v[(*n)++];
		store_col_id(st, 0, c->id);
		c->grade = sqlite3_column_int(st, 1);
		c->number = sqlite3_column_int(st, 2);
		c->enrolled = sqlite3_column_int(st, 3);
		store_col_id(st, 4, c->head_teacher_id);
		c->children = sqlite3_column_int(st, 5);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		*n = 0;
		return store_fail(s, rc, _("reading the classes"), e);
	}
	*out = v;
	return 0;
}

void
store_class_forget(struct store *s)
{
	free(s->class_ids);
	s->class_ids = NULL;
}

/* Inside a bulk's transaction nothing but store_class_ensure adds a class
 * and nothing removes one, so an import looks each class up once instead
 * of once a child (bench/README.md).  The slot to remember a class in,
 * NULL outside a bulk. */
static char *
class_memo(struct store *s, int grade, int number)
{
	if (s->bulk == 0 || s->tx_depth == 0)
		return NULL;
	if (s->class_ids == NULL)
		s->class_ids = xcalloc(9 * 99, sizeof *s->class_ids);
	return s->class_ids[(grade - 1) * 99 + number - 1];
}

int
store_class_ensure(struct store *s, int grade, int number, char id[UUID_LEN + 1],
    struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE], *memo;
	int rc;

	if (grade < 1 || grade > 9 || number < 1 || number > 99) {
		err_set(e, ERR_INPUT, _("grade %d, class %d: there is no such class "
		    "(grades 1-9, classes 1-99)"), grade, number);
		return -1;
	}
	memo = class_memo(s, grade, number);
	if (memo != NULL && memo[0] != '\0') {
		memcpy(id, memo, UUID_LEN + 1);
		return 0;
	}
	st = store_stmt(s, "SELECT id FROM class WHERE grade = ? AND number = ?", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, grade);
	sqlite3_bind_int(st, 2, number);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_col_id(st, 0, id);
		sqlite3_reset(st);
		if (memo != NULL)
			memcpy(memo, id, UUID_LEN + 1);
		return 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the classes"), e);
	st = store_stmt(s, "INSERT INTO class (id, grade, number, created_at, updated_at) "
	    "VALUES (?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return -1;
	uuid_new(id);
	store_now(now);
	store_bind_text(st, 1, id);
	sqlite3_bind_int(st, 2, grade);
	sqlite3_bind_int(st, 3, number);
	store_bind_text(st, 4, now);
	store_bind_text(st, 5, now);
	if (store_step_done(s, st, _("adding a class"), e) != 0 ||
	    store_scope_add_class(s, id, grade, number, e) != 0)
		return -1;
	if (memo != NULL)
		memcpy(memo, id, UUID_LEN + 1);
	return 0;
}

int
store_class_set_enrolled(struct store *s, int grade, int number, int enrolled,
    struct err *e)
{
	char id[UUID_LEN + 1], now[DATE_UTC_SIZE];
	sqlite3_stmt *st;

	if (enrolled < 0) {
		err_set(e, ERR_INPUT, _("the number of pupils cannot be negative"));
		return -1;
	}
	if (store_begin(s, e) != 0)
		return -1;
	if (store_class_ensure(s, grade, number, id, e) != 0)
		goto fail;
	st = store_stmt(s, "UPDATE class SET enrolled = ?1, updated_at = ?2 "
	    "WHERE id = ?3 AND enrolled IS NOT ?1", e);
	if (st == NULL)
		goto fail;
	store_now(now);
	sqlite3_bind_int(st, 1, enrolled);
	store_bind_text(st, 2, now);
	store_bind_text(st, 3, id);
	if (store_step_done(s, st, _("saving a class"), e) != 0)
		goto fail;
	return store_commit(s, e);
fail:
	store_rollback(s);
	return -1;
}

int
store_class_set_head_teacher(struct store *s, int grade, int number,
    const char *helper_id, struct err *e)
{
	char id[UUID_LEN + 1], now[DATE_UTC_SIZE];
	sqlite3_stmt *st;

	if (store_begin(s, e) != 0)
		return -1;
	if (store_class_ensure(s, grade, number, id, e) != 0)
		goto fail;
	st = store_stmt(s, "UPDATE class SET head_teacher_id = ?1, updated_at = ?2 "
	    "WHERE id = ?3 AND head_teacher_id IS NOT ?1", e);
	if (st == NULL)
		goto fail;
	store_now(now);
	store_bind_text(st, 1, helper_id);
	store_bind_text(st, 2, now);
	store_bind_text(st, 3, id);
	if (store_step_done(s, st, _("saving a class"), e) != 0)
		goto fail;
	return store_commit(s, e);
fail:
	store_rollback(s);
	return -1;
}
