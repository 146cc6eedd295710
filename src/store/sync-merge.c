/* sync-merge.c — applying a package's rows, field by field, with a per-peer
 * base and a conflict queue (the rules are in sync.h); the records of the
 * payload are read here, one row at a time.  sync-apply.c starts and
 * finishes the transaction. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "sync-int.h"

static int
veq(const char *a, const char *b)
{
	if (a == SYNC_UNKNOWN || b == SYNC_UNKNOWN)
		return a == b;
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static void
vals_free(char **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		if (v[i] != SYNC_UNKNOWN)
			free(v[i]);
	free(v);
}

int
sync_prep(struct sync_merge *m, const char *sql, sqlite3_stmt **st, struct err *e)
{
	int rc = sqlite3_prepare_v2(m->s->db, sql, -1, st, NULL);

	if (rc != SQLITE_OK)
		return store_fail(m->s, rc, _("merging a package"), e);
	return 0;
}

static int
damaged(struct err *e)
{
	err_set(e, ERR_IO, _("the package content is not what guanai writes; "
	    "nothing was changed"));
	return -1;
}

static void
pending_clear(struct sync_merge *m)
{
	vals_free(m->p.theirs, m->cur.n);
	vals_free(m->p.pbase, m->cur.n);
	free(m->p.created);
	free(m->p.updated);
	memset(&m->p, 0, sizeof m->p);
}

void
sync_table_clear(struct sync_merge *m)
{
	struct sync_mtable *t = &m->cur;

	pending_clear(m);
	sqlite3_finalize(t->mine);
	sqlite3_finalize(t->ins);
	sqlite3_finalize(t->upd);
	sqlite3_finalize(t->natural);
	sync_strv_free(t->cols, t->n);
	free(t->local);
	memset(t, 0, sizeof *t);
}

/* ---- setting up a table ----------------------------------------------- */

static int
col_index(const struct sync_mtable *t, const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < t->n; i++)
		if (strcmp(t->cols[i], name) == 0)
			return (int)i;
	return -1;
}

/* Statements over the columns both sides have (names checked against this
 * database's schema, so nothing from the file reaches SQL text). */
static int
table_statements(struct sync_merge *m, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	struct buf sel = BUF_INIT, ins = BUF_INIT, vals = BUF_INIT, upd = BUF_INIT;
	size_t i, k = 0;
	int rc = -1;

	buf_adds(&sel, "SELECT updated_at");
	buf_addf(&ins, "INSERT INTO \"%s\" (id, created_at, updated_at", t->t->name);
	buf_adds(&vals, "?1, ?2, ?3");
	buf_addf(&upd, "UPDATE \"%s\" SET updated_at = ?1", t->t->name);
	for (i = 0; i < t->n; i++) {
		if (!t->local[i])
			continue;
		k++;
		buf_addf(&sel, ", \"%s\"", t->cols[i]);
		buf_addf(&ins, ", \"%s\"", t->cols[i]);
		buf_addf(&vals, ", ?%zu", k + 3);
		buf_addf(&upd, ", \"%s\" = ?%zu", t->cols[i], k + 2);
	}
	buf_addf(&sel, " FROM \"%s\" WHERE id = ?1", t->t->name);
	buf_addf(&ins, ") VALUES (%s)", buf_str(&vals));
	buf_adds(&upd, " WHERE id = ?2");
	if (sync_prep(m, buf_str(&sel), &t->mine, e) != 0 ||
	    sync_prep(m, buf_str(&ins), &t->ins, e) != 0 ||
	    sync_prep(m, buf_str(&upd), &t->upd, e) != 0)
		goto out;
	if (t->t->natural != NULL && t->nat[0] >= 0 && t->nat[1] >= 0 &&
	    sync_prep(m, t->t->natural, &t->natural, e) != 0)
		goto out;
	rc = 0;
out:
	buf_free(&sel);
	buf_free(&ins);
	buf_free(&vals);
	buf_free(&upd);
	return rc;
}

/* Whether the current table has no row yet (the name is one of
 * sync_tables, never the file's). */
static int
table_was_empty(struct sync_merge *m, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	sqlite3_stmt *st = NULL;
	char *sql = xasprintf("SELECT NOT EXISTS (SELECT 1 FROM \"%s\")", t->t->name);
	int rc;

	rc = sync_prep(m, sql, &st, e);
	free(sql);
	if (rc != 0)
		return -1;
	rc = sqlite3_step(st);
	t->was_empty = rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_fail(m->s, rc, _("merging a package"), e);
	return 0;
}

static int
start_table(struct sync_merge *m, const char *const *cells, size_t n, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	char **local = NULL;
	size_t nlocal = 0, i, j;

	sync_table_clear(m);
	t->t = sync_table_find(cells[1]);
	t->n = n - 2;
	t->cols = xcalloc(t->n + 1, sizeof *t->cols);
	t->local = xcalloc(t->n + 1, sizeof *t->local);
	for (i = 0; i < t->n; i++) {
		if (cells[2 + i] == NULL)
			return damaged(e);
		t->cols[i] = xstrdup(cells[2 + i]);
		for (j = 0; j < i; j++)
			if (strcmp(t->cols[j], t->cols[i]) == 0)
				return damaged(e);
	}
	if (t->t == NULL)
		return 0;	/* a table this version does not know */
	if (sync_table_cols(m->s, t->t, &local, &nlocal, e) != 0)
		return -1;
	for (i = 0; i < t->n; i++)
		for (j = 0; j < nlocal; j++)
			if (strcmp(t->cols[i], local[j]) == 0)
				t->local[i] = 1;
	sync_strv_free(local, nlocal);
	t->nat[0] = col_index(t, t->t->natural_cols[0]);
	t->nat[1] = col_index(t, t->t->natural_cols[1]);
	t->class_col = strcmp(t->t->name, "child") == 0 ? col_index(t, "class_id") : -1;
	t->child_col = col_index(t, "child_id");
	t->deleted_col = col_index(t, "deleted_at");
	if (table_statements(m, e) != 0)
		return -1;
	return table_was_empty(m, e);
}

/* ---- one row ---------------------------------------------------------- */

/* Mine: 0 found (vals aligned to cols, unknown where not local), 1 none. */
static int
fetch_mine(struct sync_merge *m, const char *id, char **mine, char **upd,
    struct err *e)
{
	struct sync_mtable *t = &m->cur;
	size_t i, k = 0;
	int rc;

	sqlite3_reset(t->mine);
	sqlite3_bind_text(t->mine, 1, id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(t->mine);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(t->mine);
		return 1;
	}
	if (rc != SQLITE_ROW)
		return store_fail(m->s, rc, _("merging a package"), e);
	*upd = store_col_text(t->mine, 0);
	for (i = 0; i < t->n; i++)
		mine[i] = t->local[i] ? sync_value(t->mine, 1 + (int)k++) : SYNC_UNKNOWN;
	sqlite3_reset(t->mine);
	return 0;
}

/* The local id of the same thing under another id (natural key). */
static int
natural_match(struct sync_merge *m, char id[UUID_LEN + 1], struct err *e)
{
	struct sync_mtable *t = &m->cur;
	int rc;

	if (t->natural == NULL ||
	    (t->deleted_col >= 0 && m->p.theirs[t->deleted_col] != NULL))
		return 1;
	sqlite3_reset(t->natural);
	sync_bind_value(t->natural, 1, m->p.theirs[t->nat[0]]);
	sync_bind_value(t->natural, 2, m->p.theirs[t->nat[1]]);
	rc = sqlite3_step(t->natural);
	if (rc == SQLITE_ROW) {
		store_col_id(t->natural, 0, id);
		sqlite3_reset(t->natural);
		return 0;
	}
	sqlite3_reset(t->natural);
	return rc == SQLITE_DONE ? 1 : store_fail(m->s, rc, _("merging a package"), e);
}

static void
map_class(struct sync_merge *m, char **v)
{
	size_t i;

	if (*v == NULL || (*v)[0] != 't')
		return;
	for (i = 0; i < m->nmap; i++)
		if (strcmp(*v + 1, m->map[i].theirs) == 0) {
			free(*v);
			*v = xasprintf("t%s", m->map[i].mine);
			return;
		}
}

/* The grade and number of the class of a typed cell: a class id
 * (is_child 0) or a child id (1), as stored here.  0 found, 1 none. */
static int
class_gn(struct sync_merge *m, const char *cell, int is_child, int *g, int *n,
    struct err *e)
{
	const char *v = sync_value_text(cell);
	sqlite3_stmt *st;
	int rc;

	if (v == NULL)
		return 1;
	st = store_stmt(m->s, is_child ? "SELECT k.grade, k.number FROM child c JOIN "
	    "class k ON k.id = c.class_id WHERE c.id = ?1" :
	    "SELECT grade, number FROM class WHERE id = ?1", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, v);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*g = sqlite3_column_int(st, 0);
		*n = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(m->s, rc, _("merging a package"), e);
	return rc == SQLITE_ROW ? 0 : 1;
}

/* The class a row belongs to, from its values (theirs or mine):
 * 0 found, 1 none (a helper, or a reference to nothing here), -1. */
static int
row_class(struct sync_merge *m, char **vals, int *g, int *n, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	const char *vg, *vn;

	if (strcmp(t->t->name, "class") == 0) {
		if (t->nat[0] < 0 || t->nat[1] < 0)
			return 1;
		vg = vals[t->nat[0]];
		vn = vals[t->nat[1]];
		if (vg == NULL || vn == NULL || vg == SYNC_UNKNOWN || vn == SYNC_UNKNOWN ||
		    vg[0] != 'i' || vn[0] != 'i')
			return 1;
		*g = atoi(vg + 1);
		*n = atoi(vn + 1);
		return 0;
	}
	if (t->class_col >= 0)
		return vals[t->class_col] == SYNC_UNKNOWN ? 1 :
		    class_gn(m, vals[t->class_col], 0, g, n, e);
	if (t->child_col >= 0)
		return vals[t->child_col] == SYNC_UNKNOWN ? 1 :
		    class_gn(m, vals[t->child_col], 1, g, n, e);
	return 1;
}

static int
declared(const struct sync_merge *m, int g, int n)
{
	size_t i;

	if (m->decl_all)
		return 1;
	for (i = 0; i < m->ndecl; i++)
		if (m->decl[i][0] == g && m->decl[i][1] == n)
			return 1;
	return 0;
}

/* May this row be written?  Its class is looked at twice: as the package
 * has it and as this database has it, so that no row moves into or out
 * of a class it may not touch (a forged base changes neither).
 *  - a class or child row that the package itself puts outside the
 *    classes it declares refuses the whole package (-1, nothing changed):
 *    guanai never writes one;
 *  - any other row outside those classes (a row of a child that is in
 *    another class here), or (a teacher account) outside the teacher's
 *    classes on either side, is skipped (0);
 *  - a teacher account changes no helper that exists already (a helper
 *    serves several classes).
 * 1 when the row may be written. */
static int
allowed(struct sync_merge *m, char **mine, int exists, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	int scoped = store_class_scoped(m->s), g = 0, n = 0, rc;

	if (strcmp(t->t->name, "helper") == 0)
		return !(scoped && exists);
	if (m->decl_all && !scoped)
		return 1;	/* a whole-school package at the headteacher's */
	rc = row_class(m, m->p.theirs, &g, &n, e);
	if (rc != 0)
		return rc < 0 ? -1 : 0;	/* refers to nothing here: skipped */
	if (!declared(m, g, n)) {
		if (t->child_col >= 0)
			return 0;	/* the child is in another class here */
		err_set(e, ERR_INPUT, _("the package says it holds %s but carries a "
		    "record of class %d-%d; it was not imported (nothing was changed)"),
		    m->decl_text, g, n);
		return -1;
	}
	if (!store_scope_has_class(m->s, g, n))
		return 0;
	if (!exists)
		return 1;
	rc = row_class(m, mine, &g, &n, e);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	return declared(m, g, n) && store_scope_has_class(m->s, g, n);
}

/* The field a column of a child, parent or guardian row holds. */
static const struct field *
column_field(const char *tbl, const char *col)
{
	enum entity ent;
	int i;

	if (strcmp(tbl, "child") == 0)
		ent = ENT_CHILD;
	else if (strcmp(tbl, "parent") == 0)
		ent = ENT_FATHER;	/* the mother's columns are the same */
	else if (strcmp(tbl, "guardian") == 0)
		ent = ENT_GUARDIAN;
	else
		return NULL;
	for (i = 0; i < FIELD_COUNT; i++)
		if (field_table[i].entity == ent && field_table[i].column != NULL &&
		    strcmp(field_table[i].column, col) == 0)
			return &field_table[i];
	return NULL;
}

/* A package row's values are checked like an imported row's: guanai never
 * packs a gender "x" or a birth date "not-a-date", so one refuses the
 * whole package (-1), naming the field. */
static int
valid_values(struct sync_merge *m, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	const struct field *f;
	struct err why = { 0, "" };
	const char *v;
	char *out = NULL;
	size_t i;

	for (i = 0; i < t->n; i++) {
		if (!t->local[i] || (v = sync_value_text(m->p.theirs[i])) == NULL ||
		    (f = column_field(t->t->name, t->cols[i])) == NULL ||
		    f->type == FT_TEXT || f->type == FT_NAME)
			continue;
		err_clear(&why);
		if (field_parse(f, v, &out, &why) != 0) {
			err_set(e, ERR_INPUT, _("the package carries a value that is not "
			    "valid (%s); it was not imported (nothing was changed)"), why.msg);
			return -1;
		}
		free(out);
		out = NULL;
	}
	return 0;
}

static size_t
touched_hash(const char *id)
{
	size_t h = 2166136261u;

	for (; *id; id++)
		h = (h ^ (unsigned char)*id) * 16777619u;
	return h;
}

/* Add id to the set (is_new: max of every touch). */
static void
touched_add(struct sync_touched *t, const char *id, int is_new)
{
	size_t i, j, h;

	if (2 * (t->n + 1) > t->nslot) {	/* grow: at most half full */
		free(t->slot);
		t->nslot = t->nslot ? 2 * t->nslot : 1024;
		t->slot = xcalloc(t->nslot, sizeof *t->slot);
		for (j = 0; j < t->n; j++) {
			for (i = touched_hash(t->id[j]) & (t->nslot - 1); t->slot[i] != 0;
			    i = (i + 1) & (t->nslot - 1))
				;
			t->slot[i] = j + 1;
		}
	}
	h = touched_hash(id);
	for (i = h & (t->nslot - 1); t->slot[i] != 0; i = (i + 1) & (t->nslot - 1))
		if (strcmp(t->id[t->slot[i] - 1], id) == 0) {
			t->is_new[t->slot[i] - 1] |= (unsigned char)(is_new != 0);
			return;
		}
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 1024;
		t->id = xrealloc(t->id, t->cap * sizeof *t->id);
		t->is_new = xrealloc(t->is_new, t->cap);
	}
	t->id[t->n] = xstrdup(id);
	t->is_new[t->n] = (unsigned char)(is_new != 0);
	t->slot[i] = ++t->n;
}

void
sync_touched_clear(struct sync_touched *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->id[i]);
	free(t->id);
	free(t->is_new);
	free(t->slot);
	memset(t, 0, sizeof *t);
}

static int
touch(struct sync_merge *m, const char *id, char **vals, int is_new, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	const char *child = NULL;

	(void)e;
	if (strcmp(t->t->name, "child") == 0)
		child = id;
	else if (t->child_col >= 0)
		child = sync_value_text(vals[t->child_col]);
	if (child == NULL)
		return 0;
	touched_add(&m->touched, child, is_new && child == id);
	return 0;
}

static int
put_base(struct sync_merge *m, const char *id, struct err *e)
{
	char *data = sync_base_encode(m->cur.cols, m->p.theirs, m->cur.n);
	int rc;

	sqlite3_reset(m->base_put);
	sqlite3_bind_text(m->base_put, 1, m->peer, -1, SQLITE_STATIC);
	sqlite3_bind_text(m->base_put, 2, m->cur.t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(m->base_put, 3, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(m->base_put, 4, m->peer_seq);
	sqlite3_bind_int64(m->base_put, 5, m->clock);
	sqlite3_bind_text(m->base_put, 6, data, -1, SQLITE_TRANSIENT);
	rc = store_step_done(m->s, m->base_put, _("merging a package"), e);
	free(data);
	return rc;
}

/* The base: what this database last received from the peer, or what the
 * peer last received from us, whichever came later (same clock). */
static int
get_base(struct sync_merge *m, const char *id, char ***base, struct err *e)
{
	long long local = -1;
	char **mine = NULL;
	int rc;

	*base = NULL;
	sqlite3_reset(m->base_get);
	sqlite3_bind_text(m->base_get, 1, m->peer, -1, SQLITE_STATIC);
	sqlite3_bind_text(m->base_get, 2, m->cur.t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(m->base_get, 3, id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(m->base_get);
	if (rc == SQLITE_ROW) {
		local = sqlite3_column_int64(m->base_get, 0);
		mine = xcalloc(m->cur.n + 1, sizeof *mine);
		if (sync_base_decode((const char *)sqlite3_column_text(m->base_get, 1),
		    m->cur.cols, mine, m->cur.n) != 0) {
			sqlite3_reset(m->base_get);
			vals_free(mine, m->cur.n);
			err_set(e, ERR_IO, _("%s: the exchange history is damaged"),
			    store_path(m->s));
			return -1;
		}
	}
	sqlite3_reset(m->base_get);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(m->s, rc, _("merging a package"), e);
	if (m->p.pbase != NULL && (mine == NULL || m->p.pseq > local)) {
		vals_free(mine, m->cur.n);
		*base = m->p.pbase;
		m->p.pbase = NULL;
	} else
		*base = mine;
	return 0;
}

/* Show the conflict to the caller (CLI list, TUI), with the child's name. */
static int
tell_conflict(struct sync_merge *m, const char *cid, const char *id, size_t i,
    const char *mine, int took_theirs, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	struct sync_conflict c;
	sqlite3_stmt *st;
	const char *child = NULL;
	char *name = NULL;
	int rel = col_index(t, "relation"), rc;

	if (m->on_conflict == NULL)
		return 0;
	memset(&c, 0, sizeof c);
	snprintf(c.id, sizeof c.id, "%s", cid);
	snprintf(c.row_id, sizeof c.row_id, "%s", id);
	c.tbl = t->t->name;
	c.col = t->cols[i];
	if (strcmp(t->t->name, "child") == 0)
		child = id;
	else if (t->child_col >= 0)
		child = sync_value_text(m->p.theirs[t->child_col]);
	st = store_stmt(m->s, "SELECT name FROM child WHERE id = ?1", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child);
	if (sqlite3_step(st) == SQLITE_ROW)
		name = store_col_text(st, 0);
	sqlite3_reset(st);
	c.child_name = name;
	c.relation = strcmp(t->t->name, "parent") == 0 && rel >= 0 ?
	    sync_value_text(m->p.theirs[rel]) : NULL;
	c.mine = sync_value_text(mine);
	c.theirs = sync_value_text(m->p.theirs[i]);
	c.their_actor = m->st.actor;
	c.their_at = m->p.updated;
	c.resolution = took_theirs ? "auto_theirs" : "auto_mine";
	rc = m->on_conflict(m->on_conflict_ctx, &c);
	free(name);
	if (rc != 0)
		err_set(e, ERR_IO, _("cancelled"));
	return rc != 0 ? -1 : 0;
}

static int
add_conflict(struct sync_merge *m, const char *id, size_t i, const char *mine,
    int took_theirs, struct err *e)
{
	sqlite3_stmt *st = m->conflict_ins;
	char cid[UUID_LEN + 1], now[DATE_UTC_SIZE];

	uuid_new(cid);
	store_now(now);
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, cid, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, m->cur.t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, m->cur.cols[i], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, mine, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, m->p.theirs[i], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, m->st.actor, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, m->p.updated, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, took_theirs ? "auto_theirs" : "auto_mine", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, now, -1, SQLITE_TRANSIENT);
	m->st.conflicts++;
	if (store_step_done(m->s, st, _("merging a package"), e) != 0)
		return -1;
	return tell_conflict(m, cid, id, i, mine, took_theirs, e);
}

/* Three-way merge of an existing row into mine[] (which becomes the
 * result); *changed when anything differs from what is stored. */
static int
merge_fields(struct sync_merge *m, const char *id, char **mine, const char *mine_upd,
    char **base, int *changed, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	char **theirs = m->p.theirs;
	int newer = m->p.updated != NULL && mine_upd != NULL &&
	    strcmp(m->p.updated, mine_upd) > 0;
	const char *b;
	size_t i;

	*changed = 0;
	for (i = 0; i < t->n; i++) {
		if (!t->local[i] || veq(theirs[i], mine[i]))
			continue;
		b = base != NULL ? base[i] : SYNC_UNKNOWN;
		if (b != SYNC_UNKNOWN && veq(b, mine[i])) {
			/* changed on their side only: take it */
		} else if (b != SYNC_UNKNOWN && veq(b, theirs[i])) {
			continue;	/* changed here only: keep mine */
		} else {
			if (add_conflict(m, id, i, mine[i], newer, e) != 0)
				return -1;
			if (!newer)
				continue;
		}
		free(mine[i]);
		mine[i] = xstrdup(theirs[i]);
		*changed = 1;
	}
	return 0;
}

static void
bind_row(sqlite3_stmt *st, const struct sync_mtable *t, char **vals, int first)
{
	size_t i;
	int k = first;

	for (i = 0; i < t->n; i++)
		if (t->local[i])
			sync_bind_value(st, k++, vals[i]);
}

static int
insert_row(struct sync_merge *m, const char *id, struct err *e)
{
	struct sync_mtable *t = &m->cur;

	sqlite3_reset(t->ins);
	sqlite3_bind_text(t->ins, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(t->ins, 2, m->p.created, -1, SQLITE_STATIC);
	sqlite3_bind_text(t->ins, 3, m->p.updated, -1, SQLITE_STATIC);
	bind_row(t->ins, t, m->p.theirs, 4);
	if (store_step_done(m->s, t->ins, _("merging a package"), e) != 0)
		return -1;
	m->st.new_rows++;
	return touch(m, id, m->p.theirs, 1, e);
}

static int
update_row(struct sync_merge *m, const char *id, char **merged, const char *mine_upd,
    struct err *e)
{
	struct sync_mtable *t = &m->cur;
	const char *upd = mine_upd;

	if (m->p.updated != NULL && (upd == NULL || strcmp(m->p.updated, upd) > 0))
		upd = m->p.updated;
	sqlite3_reset(t->upd);
	sqlite3_bind_text(t->upd, 1, upd, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(t->upd, 2, id, -1, SQLITE_TRANSIENT);
	bind_row(t->upd, t, merged, 3);
	if (store_step_done(m->s, t->upd, _("merging a package"), e) != 0)
		return -1;
	m->st.updated_rows++;
	return touch(m, id, merged, 0, e);
}

static int
flush_row(struct sync_merge *m, struct err *e)
{
	struct sync_mtable *t = &m->cur;
	char id[UUID_LEN + 1], *mine_upd = NULL, **mine = NULL, **base = NULL;
	int rc = -1, found, changed = 0;

	if (!m->p.active || t->t == NULL || m->already) {
		pending_clear(m);
		return 0;
	}
	snprintf(id, sizeof id, "%s", m->p.id);
	if (t->class_col >= 0) {
		map_class(m, &m->p.theirs[t->class_col]);
		if (m->p.pbase != NULL && m->p.pbase[t->class_col] != SYNC_UNKNOWN)
			map_class(m, &m->p.pbase[t->class_col]);
	}
	mine = xcalloc(t->n + 1, sizeof *mine);
	found = t->was_empty ? 1 : fetch_mine(m, id, mine, &mine_upd, e);
	if (found == 1 && (found = natural_match(m, id, e)) == 0) {
		if (strcmp(t->t->name, "class") == 0) {
			m->map = xrealloc(m->map, (m->nmap + 1) * sizeof *m->map);
			snprintf(m->map[m->nmap].theirs, UUID_LEN + 1, "%s", m->p.id);
			snprintf(m->map[m->nmap++].mine, UUID_LEN + 1, "%s", id);
		}
		found = fetch_mine(m, id, mine, &mine_upd, e);
	}
	if (found < 0)
		goto out;
	rc = allowed(m, mine, found == 0, e);
	if (rc <= 0) {
		m->st.skipped += rc == 0;
		rc = rc < 0 ? -1 : 0;
		goto out;
	}
	if (valid_values(m, e) != 0) {
		rc = -1;
		goto out;
	}
	if (found == 1)
		rc = insert_row(m, id, e);
	else if ((rc = get_base(m, id, &base, e)) == 0 &&
	    (rc = merge_fields(m, id, mine, mine_upd, base, &changed, e)) == 0 && changed)
		rc = update_row(m, id, mine, mine_upd, e);
	if (rc == 0)
		rc = put_base(m, id, e);
out:
	vals_free(mine, t->n);
	vals_free(base, t->n);
	free(mine_upd);
	pending_clear(m);
	return rc;
}

/* ---- records ---------------------------------------------------------- */

/* The classes a package declares: "all", or "G-N" words separated by
 * spaces.  -1 when it is neither. */
static int
read_declared(struct sync_merge *m, const char *what, struct err *e)
{
	const char *p = what;
	int g, n, used;

	snprintf(m->decl_text, sizeof m->decl_text, "%s", what != NULL ? what : "");
	if (what != NULL && strcmp(what, "all") == 0) {
		m->decl_all = 1;
		return 0;
	}
	while (p != NULL && *p != '\0') {
		if (sscanf(p, "%d-%d%n", &g, &n, &used) != 2 || g < 1 || g > 9 ||
		    n < 1 || n > 99)
			return damaged(e);
		m->decl = xrealloc(m->decl, (m->ndecl + 1) * sizeof *m->decl);
		m->decl[m->ndecl][0] = g;
		m->decl[m->ndecl++][1] = n;
		p += used;
		while (*p == ' ')
			p++;
	}
	return m->ndecl > 0 ? 0 : damaged(e);
}

/* A package of another school is refused: two schools' classes of the
 * same name would merge into one (keeping schools apart in one file is a
 * later feature).  A package without a school (an older guanai) or a
 * database without one cannot be told apart and is let through. */
static int
check_school(struct sync_merge *m, const char *theirs, struct err *e)
{
	struct school sc;
	int rc = 0;

	snprintf(m->st.school, sizeof m->st.school, "%s", theirs != NULL ? theirs : "");
	if (str_empty(theirs))
		return 0;
	memset(&sc, 0, sizeof sc);
	if (store_school_get(m->s, &sc, e) != 0)
		return -1;
	if (!str_empty(sc.name) && strcmp(sc.name, theirs) != 0) {
		err_set(e, ERR_USAGE, _("this package comes from another school (%s) and "
		    "cannot be imported here (%s)"), theirs, sc.name);
		rc = -1;
	}
	school_clear(&sc);
	return rc;
}

static int
read_meta(struct sync_merge *m, const char *const *c, size_t n, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	if (n < 7 || c[0] == NULL || strcmp(c[0], "guanai-sync") != 0 || c[2] == NULL ||
	    c[3] == NULL || !uuid_valid(c[2]))
		return damaged(e);
	if (c[1] == NULL || strcmp(c[1], SYNC_FORMAT) != 0) {
		err_set(e, ERR_IO, _("the package was made by a newer version of guanai; "
		    "update guanai to open it"));
		return -1;
	}
	snprintf(m->peer, sizeof m->peer, "%s", c[2]);
	if (strcmp(m->peer, m->site) == 0) {
		err_set(e, ERR_USAGE, _("this package was made from this same database; "
		    "open it on the other computer"));
		return -1;
	}
	if (read_declared(m, c[6], e) != 0 || check_school(m, n > 7 ? c[7] : NULL, e) != 0)
		return -1;
	snprintf(m->st.account, sizeof m->st.account, "%s",
	    n > 8 && c[8] != NULL ? c[8] : "");
	m->peer_seq = strtoll(c[3], NULL, 10);
	snprintf(m->st.actor, sizeof m->st.actor, "%s", c[4] != NULL ? c[4] : "");
	snprintf(m->st.packed_at, sizeof m->st.packed_at, "%s", c[5] != NULL ? c[5] : "");
	st = store_stmt(m->s, "SELECT last_seq FROM sync_peer WHERE id = ?1", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, m->peer);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int64(st, 0) >= m->peer_seq)
		m->already = 1;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(m->s, rc, _("merging a package"), e);
	m->st.already = m->already;
	m->meta = 1;
	return m->already ? 0 : sync_tick(m->s, &m->clock, e);
}

static int
read_row(struct sync_merge *m, const char *const *c, size_t n, struct err *e)
{
	size_t i;

	if (flush_row(m, e) != 0)
		return -1;
	if (m->cur.cols == NULL || n != m->cur.n + 5 || c[1] == NULL || c[2] == NULL ||
	    !uuid_valid(c[2]) || c[3] == NULL || c[4] == NULL ||
	    (m->cur.t != NULL && strcmp(c[1], m->cur.t->name) != 0))
		return damaged(e);
	m->rows++;
	m->p.active = 1;
	snprintf(m->p.id, sizeof m->p.id, "%s", c[2]);
	m->p.created = xstrdup(c[3]);
	m->p.updated = xstrdup(c[4]);
	m->p.theirs = xcalloc(m->cur.n + 1, sizeof *m->p.theirs);
	for (i = 0; i < m->cur.n; i++) {
		if (c[5 + i] != NULL && (c[5 + i][0] == '\0' ||
		    strchr("irt", c[5 + i][0]) == NULL))
			return damaged(e);
		m->p.theirs[i] = xstrdup(c[5 + i]);
	}
	return 0;
}

/* Whether a "base" record naming `site` at its clock `seq` is a state of
 * this database: this site, or a site this database was copied from, up
 * to the copy (the copy's clock went on from the original's, so the seq
 * compares with this database's clock like its own). */
static int
base_is_mine(const struct sync_merge *m, const char *site, long long seq)
{
	size_t i;

	if (strcmp(site, m->site) == 0)
		return 1;
	for (i = 0; i < m->norigins; i++)
		if (strcmp(site, m->origins[i].site) == 0 && seq <= m->origins[i].seq)
			return 1;
	return 0;
}

static int
read_base(struct sync_merge *m, const char *const *c, size_t n, struct err *e)
{
	size_t i;
	long long seq;

	if (!m->p.active || n != m->cur.n + 5 || c[2] == NULL || c[3] == NULL ||
	    c[4] == NULL || strcmp(c[2], m->p.id) != 0)
		return damaged(e);
	seq = strtoll(c[4], NULL, 10);
	if (!base_is_mine(m, c[3], seq) || (m->p.pbase != NULL && m->p.pseq >= seq))
		return 0;	/* what the sender knows of another PC */
	vals_free(m->p.pbase, m->cur.n);
	m->p.pseq = seq;
	m->p.pbase = xcalloc(m->cur.n + 1, sizeof *m->p.pbase);
	for (i = 0; i < m->cur.n; i++)
		m->p.pbase[i] = c[5 + i] != NULL && strcmp(c[5 + i], "?") == 0 ?
		    SYNC_UNKNOWN : xstrdup(c[5 + i]);
	return 0;
}

int
store_sync_merge_record(struct sync_merge *m, const char *const *c, size_t n,
    struct err *e)
{
	if (n == 0 || c[0] == NULL || m->ended)
		return damaged(e);
	if (!m->meta)
		return read_meta(m, c, n, e);
	if (strcmp(c[0], "row") == 0)
		return read_row(m, c, n, e);
	if (strcmp(c[0], "base") == 0)
		return read_base(m, c, n, e);
	if (flush_row(m, e) != 0)
		return -1;
	if (strcmp(c[0], "cols") == 0) {
		if (n < 2 || c[1] == NULL)
			return damaged(e);
		return start_table(m, c, n, e);
	}
	if (strcmp(c[0], "end") == 0) {
		if (n < 2 || c[1] == NULL || strtoull(c[1], NULL, 10) != m->rows)
			return damaged(e);
		m->ended = 1;
		sync_table_clear(m);
	}
	return 0;	/* a record kind of a later version */
}
