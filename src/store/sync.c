/* sync.c — the rows that travel in a USB package (format in sync.h): which
 * tables and rows, typed values, the per-peer base, the exchange clock and
 * the export.  The merge is in sync-merge.c and sync-apply.c. */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "sync-int.h"

#define CHILDREN "(SELECT id FROM child WHERE class_id IN (SELECT id FROM temp.sync_classes))"

char sync_unknown_marker[] = "?";

/* A class's helpers travel with it; packing every class takes every helper. */
const struct sync_table sync_tables[] = {
	{ "helper", "id IN (SELECT helper_id FROM pairing WHERE child_id IN " CHILDREN
	    ") OR id IN (SELECT helper_id FROM care WHERE child_id IN " CHILDREN
	    ") OR id IN (SELECT head_teacher_id FROM class WHERE id IN "
	    "(SELECT id FROM temp.sync_classes)) OR NOT EXISTS (SELECT 1 FROM class "
	    "WHERE id NOT IN (SELECT id FROM temp.sync_classes))", NULL, { NULL, NULL },
	    { NULL } },
	{ "class", "id IN (SELECT id FROM temp.sync_classes)",
	    "SELECT id FROM class WHERE grade = ?1 AND number = ?2",
	    { "grade", "number" }, { NULL } },
	{ "child", "class_id IN (SELECT id FROM temp.sync_classes)", NULL, { NULL, NULL },
	    { "pinyin", "initials", "sort_key", NULL } },
	{ "parent", "child_id IN " CHILDREN,
	    "SELECT id FROM parent WHERE child_id = ?1 AND relation = ?2 "
	    "AND deleted_at IS NULL", { "child_id", "relation" }, { NULL } },
	{ "guardian", "child_id IN " CHILDREN,
	    "SELECT id FROM guardian WHERE child_id = ?1 AND is_primary = ?2 "
	    "AND ?2 = 1 AND deleted_at IS NULL", { "child_id", "is_primary" }, { NULL } },
	{ "pairing", "child_id IN " CHILDREN, NULL, { NULL, NULL }, { NULL } },
	{ "care", "child_id IN " CHILDREN, NULL, { NULL, NULL }, { NULL } },
	{ "checklist_confirm", "child_id IN " CHILDREN, NULL, { NULL, NULL }, { NULL } },
	{ NULL, NULL, NULL, { NULL, NULL }, { NULL } },
};

/* The per-connection scratch tables of a pack or unpack; the persistent
 * bookkeeping (sync_site, sync_peer, sync_base) is migration step 2 of
 * src/store/schema.c. */
static const char sync_schema[] =
	"CREATE TEMP TABLE IF NOT EXISTS sync_classes (id TEXT PRIMARY KEY) WITHOUT ROWID;\n"
	"CREATE TEMP TABLE IF NOT EXISTS sync_touched (id TEXT PRIMARY KEY,\n"
	" is_new INTEGER NOT NULL) WITHOUT ROWID;\n";

const struct sync_table *
sync_table_find(const char *name)
{
	const struct sync_table *t;

	for (t = sync_tables; t->name != NULL; t++)
		if (strcmp(t->name, name) == 0)
			return t;
	return NULL;
}

void
sync_strv_free(char **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int
skipped(const struct sync_table *t, const char *col)
{
	int i;

	if (strcmp(col, "id") == 0 || strcmp(col, "created_at") == 0 ||
	    strcmp(col, "updated_at") == 0)
		return 1;
	for (i = 0; i < 4 && t->skip[i] != NULL; i++)
		if (strcmp(col, t->skip[i]) == 0)
			return 1;
	return 0;
}

int
sync_table_cols(struct store *s, const struct sync_table *t, char ***cols, size_t *n,
    struct err *e)
{
	sqlite3_stmt *st = NULL;
	char *sql = xasprintf("PRAGMA table_info(\"%s\")", t->name);
	const char *name;
	int rc;

	*cols = NULL;
	*n = 0;
	rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	free(sql);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		name = (const char *)sqlite3_column_text(st, 1);
		if (name == NULL || skipped(t, name))
			continue;
		*cols = xrealloc(*cols, (*n + 1) * sizeof **cols);
		(*cols)[(*n)++] = xstrdup(name);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_OK) {
		sync_strv_free(*cols, *n);
		*cols = NULL;
		*n = 0;
		return store_fail(s, rc, _("reading the database layout"), e);
	}
	return 0;
}

char *
sync_value(sqlite3_stmt *st, int col)
{
	switch (sqlite3_column_type(st, col)) {
	case SQLITE_NULL:
		return NULL;
	case SQLITE_INTEGER:
		return xasprintf("i%lld", (long long)sqlite3_column_int64(st, col));
	case SQLITE_FLOAT:
		return xasprintf("r%.17g", sqlite3_column_double(st, col));
	default:
		return xasprintf("t%s", (const char *)sqlite3_column_text(st, col));
	}
}

int
sync_bind_value(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL || v == SYNC_UNKNOWN)
		return sqlite3_bind_null(st, i);
	switch (v[0]) {
	case 'i':
		return sqlite3_bind_int64(st, i, strtoll(v + 1, NULL, 10));
	case 'r':
		return sqlite3_bind_double(st, i, strtod(v + 1, NULL));
	default:
		return sqlite3_bind_text(st, i, v + 1, -1, SQLITE_TRANSIENT);
	}
}

const char *
sync_value_text(const char *v)
{
	return v == NULL || v[0] == '\0' ? NULL : v + 1;
}

/* data: for each column, NAME ":" LENGTH ":" VALUE, LENGTH -1 for NULL.
 * Written by hand into one allocation: through buf_addf (vsnprintf per
 * column) it was an eighth of an unpack (bench/README-pack.md). */
char *
sync_base_encode(char *const *cols, char *const *vals, size_t n)
{
	size_t i, need = 1, cl, vl;
	char *out, *w, digits[24];
	int k;

	for (i = 0; i < n; i++)
		if (vals[i] != SYNC_UNKNOWN)
			need += strlen(cols[i]) + 4 + sizeof digits +
			    (vals[i] != NULL ? strlen(vals[i]) : 0);
	out = w = xmalloc(need);
	for (i = 0; i < n; i++) {
		if (vals[i] == SYNC_UNKNOWN)
			continue;
		cl = strlen(cols[i]);
		memcpy(w, cols[i], cl);
		w += cl;
		*w++ = ':';
		if (vals[i] == NULL) {
			memcpy(w, "-1:", 3);
			w += 3;
			continue;
		}
		vl = strlen(vals[i]);
		k = (int)sizeof digits;
		do
			digits[--k] = (char)('0' + vl % 10);
		while ((vl /= 10) > 0);
		memcpy(w, digits + k, sizeof digits - (size_t)k);
		w += sizeof digits - (size_t)k;
		*w++ = ':';
		vl = strlen(vals[i]);
		memcpy(w, vals[i], vl);
		w += vl;
	}
	*w = '\0';
	return out;
}

int
sync_base_decode(const char *data, char *const *cols, char **vals, size_t n)
{
	const char *p = data, *colon;
	char *end;
	long len;
	size_t i;

	for (i = 0; i < n; i++)
		vals[i] = SYNC_UNKNOWN;
	while (p != NULL && *p) {
		colon = strchr(p, ':');
		if (colon == NULL)
			return -1;
		len = strtol(colon + 1, &end, 10);
		if (*end != ':' || len < -1 || (len >= 0 && strlen(end + 1) < (size_t)len))
			return -1;
		for (i = 0; i < n; i++)
			if (strlen(cols[i]) == (size_t)(colon - p) &&
			    memcmp(cols[i], p, (size_t)(colon - p)) == 0 &&
			    vals[i] == SYNC_UNKNOWN) {
				vals[i] = len < 0 ? NULL : xstrndup(end + 1, (size_t)len);
				break;
			}
		p = end + 1 + (len > 0 ? len : 0);
	}
	return 0;
}

int
sync_ensure(struct store *s, struct err *e)
{
	return store_exec(s, sync_schema, e);
}

/* Record where the site id `site` was minted or first seen. */
static int
put_place(struct store *s, const char *site, const char *place, struct err *e)
{
	sqlite3_stmt *st;
	char now[21];

	if (place == NULL)
		return 0;
	if (store_exec(s, "DELETE FROM sync_place", e) != 0)
		return -1;
	st = store_stmt(s, "INSERT INTO sync_place (site, place, updated_at) "
	    "VALUES (?1, ?2, ?3)", e);
	if (st == NULL)
		return -1;
	store_now(now);
	store_bind_text(st, 1, site);
	store_bind_text(st, 2, place);
	store_bind_text(st, 3, now);
	return store_step_done(s, st, _("giving this database its own identity"), e);
}

/* This database's site id, clock and the place where the id was minted
 * (*was NULL: not recorded); *found = 0 when it has no identity yet. */
static int
read_identity(struct store *s, char site[UUID_LEN + 1], long long *clock, char **was,
    int *found, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	*found = 0;
	*was = NULL;
	st = store_stmt(s, "SELECT s.id, s.clock, p.place FROM sync_site s LEFT JOIN "
	    "sync_place p ON p.site = s.id LIMIT 1", e);
	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*found = 1;
		store_col_id(st, 0, site);
		*clock = sqlite3_column_int64(st, 1);
		*was = store_col_text(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading this database's identity"), e);
	return 0;
}

int
store_site_check(struct store *s, void (*before_split)(void *ctx), void *ctx,
    int *renewed, struct err *e)
{
	sqlite3_stmt *st;
	char *place = fs_file_place(s->path), *was = NULL, site[UUID_LEN + 1], now[21];
	char origin[UUID_LEN + 1];
	long long clock = 0;
	int found, ret = -1;

	*renewed = 0;
	site[0] = '\0';
	if (place == NULL)
		return 0;
	if (read_identity(s, site, &clock, &was, &found, e) != 0)
		goto out;
	if (found && was != NULL && strcmp(was, place) == 0) {
		ret = 0;
		goto out;
	}
	/* again under the write lock: another guanai opening the same copy
	 * at the same time may have done it meanwhile */
	xfree(&was);
	if (store_begin(s, e) != 0 ||
	    read_identity(s, site, &clock, &was, &found, e) != 0)
		goto fail;
	if (found && was != NULL && strcmp(was, place) == 0) {
		ret = store_commit(s, e);
		goto out;
	}
	if (!found) {
		/* no identity yet: one now, where the database was made, so that
		 * a copy of it (the school's database handed to a class teacher
		 * before any package) is told from its original */
		if (sync_site(s, site, e) != 0)
			goto fail;
		ret = store_commit(s, e);
		goto out;
	}
	/* a database of before this check records its place; a copy or a
	 * restored backup (another place) mints its own identity, keeping
	 * its clock and what it shared with the original (sync-split.c), so
	 * that it and the original exchange packages from the first */
	if (was != NULL) {
		if (before_split != NULL)
			before_split(ctx);
		memcpy(origin, site, sizeof origin);
		uuid_new(site);
		store_now(now);
		st = store_stmt(s, "UPDATE sync_site SET id = ?1, updated_at = ?2", e);
		if (st == NULL)
			goto fail;
		store_bind_text(st, 1, site);
		store_bind_text(st, 2, now);
		if (store_step_done(s, st, _("giving this database its own identity"), e) != 0 ||
		    sync_split_record(s, origin, clock, e) != 0)
			goto fail;
	}
	if (put_place(s, site, place, e) != 0 || store_commit(s, e) != 0)
		goto out;
	*renewed = was != NULL;
	ret = 0;
	goto out;
fail:
	store_rollback(s);
out:
	free(place);
	free(was);
	return ret;
}

int
sync_site(struct store *s, char site[UUID_LEN + 1], struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE], *place;
	int rc;

	st = store_stmt(s, "SELECT id FROM sync_site LIMIT 1", e);
	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_col_id(st, 0, site);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading this database's identity"), e);
	uuid_new(site);
	store_now(now);
	st = store_stmt(s, "INSERT INTO sync_site (id, clock, created_at, updated_at) "
	    "VALUES (?1, 0, ?2, ?2)", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, site);
	store_bind_text(st, 2, now);
	if (store_step_done(s, st, _("reading this database's identity"), e) != 0)
		return -1;
	place = fs_file_place(s->path);
	rc = put_place(s, site, place, e);
	free(place);
	return rc;
}

int
sync_tick(struct store *s, long long *clock, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE];
	int rc;

	store_now(now);
	st = store_stmt(s, "UPDATE sync_site SET clock = clock + 1, updated_at = ?1", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, now);
	if (store_step_done(s, st, _("counting exchanges"), e) != 0)
		return -1;
	st = store_stmt(s, "SELECT clock FROM sync_site LIMIT 1", e);
	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	*clock = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, _("counting exchanges"), e);
	return 0;
}

/* ---- export ----------------------------------------------------------- */

struct exporter {
	struct store *s;
	sync_emit_fn emit;
	void *ctx;
	struct sync_export_info *info;
	sqlite3_stmt *bases;	/* NULL: this database never received a package */
};

static int
export_bases(struct exporter *x, const char *tbl, const char *id, char **cols,
    size_t n, const char **cells, struct err *e)
{
	char **vals = xcalloc(n + 1, sizeof *vals), seq[32];
	size_t i;
	int rc = SQLITE_DONE, ret = 0;

	sqlite3_reset(x->bases);
	sqlite3_bind_text(x->bases, 1, tbl, -1, SQLITE_STATIC);
	sqlite3_bind_text(x->bases, 2, id, -1, SQLITE_TRANSIENT);
	while (ret == 0 && (rc = sqlite3_step(x->bases)) == SQLITE_ROW) {
		snprintf(seq, sizeof seq, "%lld", (long long)sqlite3_column_int64(x->bases, 1));
		cells[0] = "base";
		cells[1] = tbl;
		cells[2] = id;
		cells[3] = (const char *)sqlite3_column_text(x->bases, 0);
		cells[4] = seq;
		if (sync_base_decode((const char *)sqlite3_column_text(x->bases, 2), cols,
		    vals, n) != 0) {
			err_set(e, ERR_IO, _("%s: the exchange history is damaged"),
			    x->s->path);
			ret = -1;
			break;
		}
		for (i = 0; i < n; i++)
			cells[5 + i] = vals[i];
		ret = x->emit(x->ctx, cells, n + 5, e);
		for (i = 0; i < n; i++)
			if (vals[i] != SYNC_UNKNOWN)
				free(vals[i]);
	}
	if (ret == 0 && rc != SQLITE_DONE)
		ret = store_fail(x->s, rc, _("reading the exchange history"), e);
	sqlite3_reset(x->bases);
	free(vals);
	return ret;
}

static int
export_table(struct exporter *x, const struct sync_table *t, struct err *e)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st = NULL;
	char **cols = NULL;
	const char **cells = NULL;
	size_t n = 0, i;
	int rc, ret = -1;

	if (sync_table_cols(x->s, t, &cols, &n, e) != 0)
		return -1;
	cells = xcalloc(n + 5, sizeof *cells);
	cells[0] = "cols";
	cells[1] = t->name;
	for (i = 0; i < n; i++)
		cells[2 + i] = cols[i];
	if (x->emit(x->ctx, cells, n + 2, e) != 0)
		goto out;
	buf_adds(&sql, "SELECT id, created_at, updated_at");
	for (i = 0; i < n; i++)
		buf_addf(&sql, ", \"%s\"", cols[i]);
	buf_addf(&sql, " FROM \"%s\" WHERE %s ORDER BY id", t->name, t->scope);
	rc = sqlite3_prepare_v2(x->s->db, buf_str(&sql), -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		cells[0] = "row";
		cells[1] = t->name;
		for (i = 0; i < 3; i++)
			cells[2 + i] = (const char *)sqlite3_column_text(st, (int)i);
		for (i = 0; i < n; i++)
			cells[5 + i] = sync_value(st, 3 + (int)i);
		rc = x->emit(x->ctx, cells, n + 5, e);
		for (i = 0; i < n; i++)
			free((char *)cells[5 + i]);
		if (rc != 0)
			goto out;
		x->info->rows++;
		if (strcmp(t->name, "child") == 0)
			x->info->children++;
		if (x->bases != NULL && export_bases(x, t->name,
		    (const char *)sqlite3_column_text(st, 0), cols, n, cells, e) != 0)
			goto out;
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_DONE) {
		store_fail(x->s, rc, _("reading the records to pack"), e);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	buf_free(&sql);
	free(cells);
	sync_strv_free(cols, n);
	return ret;
}

/* temp.sync_classes := the classes to pack; ERR_USAGE when none. */
static int
choose_classes(struct store *s, int grade, int class_no, struct err *e)
{
	sqlite3_stmt *st;
	int rc, count;

	if (store_exec(s, "DELETE FROM temp.sync_classes", e) != 0)
		return -1;
	st = store_stmt(s, "INSERT INTO temp.sync_classes SELECT id FROM class "
	    "WHERE (?1 = 0 OR (grade = ?1 AND number = ?2)) AND "
	    "(?3 = 0 OR id IN (SELECT class_id FROM temp.scope))", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, grade);
	sqlite3_bind_int(st, 2, class_no);
	sqlite3_bind_int(st, 3, store_class_scoped(s));
	if (store_step_done(s, st, _("choosing the classes to pack"), e) != 0)
		return -1;
	count = sqlite3_changes(s->db);
	if (count > 0)
		return 0;
	if (grade == 0) {
		err_set(e, ERR_USAGE, _("there is no class to pack"));
		return -1;
	}
	st = store_stmt(s, "SELECT count(*) FROM class WHERE grade = ?1 AND number = ?2", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, grade);
	sqlite3_bind_int(st, 2, class_no);
	rc = sqlite3_step(st);
	count = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	if (count > 0)
		err_set(e, ERR_USAGE, _("class %d-%d is not one of your classes"), grade,
		    class_no);
	else
		err_set(e, ERR_USAGE, _("there is no class %d-%d"), grade, class_no);
	return -1;
}

/* WHAT of the header: "all" for a whole-school package, else the classes
 * packed ("3-1 3-2"), which the receiver holds the rows to. */
static int
declared_classes(struct store *s, int all, struct buf *what, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	if (all) {
		buf_adds(what, "all");
		return 0;
	}
	st = store_stmt(s, "SELECT grade, number FROM class WHERE id IN "
	    "(SELECT id FROM temp.sync_classes) ORDER BY grade, number", e);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		buf_addf(what, "%s%d-%d", what->len > 0 ? " " : "",
		    sqlite3_column_int(st, 0), sqlite3_column_int(st, 1));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("choosing the classes to pack"), e);
	return 0;
}

/* The school's name and the signed-in account ("" when nobody signs in:
 * the actor is then the OS user); caller frees both. */
static int
sender(struct store *s, char **school, char **account, struct err *e)
{
	struct school sc;
	sqlite3_stmt *st;
	int rc;

	memset(&sc, 0, sizeof sc);
	if (store_school_get(s, &sc, e) != 0)
		return -1;
	*school = xstrdup(sc.name != NULL ? sc.name : "");
	school_clear(&sc);
	st = store_stmt(s, "SELECT name FROM \"user\" WHERE name = ?1 AND "
	    "deleted_at IS NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, store_actor(s));
	rc = sqlite3_step(st);
	*account = xstrdup(rc == SQLITE_ROW ? store_actor(s) : "");
	sqlite3_reset(st);
	return 0;
}

static int
export_all(struct exporter *x, int grade, int class_no, struct err *e)
{
	const struct sync_table *t;
	const char *cells[9];
	char seq[32], rows[32], now[DATE_UTC_SIZE], *school = NULL, *account = NULL;
	struct buf what = BUF_INIT;
	int rc = -1;

	if (choose_classes(x->s, grade, class_no, e) != 0 ||
	    sync_site(x->s, x->info->site, e) != 0 || sync_tick(x->s, &x->info->seq, e) != 0 ||
	    declared_classes(x->s, grade == 0 && !store_class_scoped(x->s), &what, e) != 0 ||
	    sender(x->s, &school, &account, e) != 0)
		goto out;
	snprintf(seq, sizeof seq, "%lld", x->info->seq);
	store_now(now);
	cells[0] = "guanai-sync";
	cells[1] = SYNC_FORMAT;
	cells[2] = x->info->site;
	cells[3] = seq;
	cells[4] = store_actor(x->s) != NULL ? store_actor(x->s) : "";
	cells[5] = now;
	cells[6] = buf_str(&what);
	cells[7] = school;
	cells[8] = account;
	if (x->emit(x->ctx, cells, 9, e) != 0)
		goto out;
	for (t = sync_tables; t->name != NULL; t++)
		if (export_table(x, t, e) != 0)
			goto out;
	snprintf(rows, sizeof rows, "%zu", x->info->rows);
	cells[0] = "end";
	cells[1] = rows;
	rc = x->emit(x->ctx, cells, 2, e);
out:
	buf_free(&what);
	free(school);
	free(account);
	return rc;
}

int
store_sync_export(struct store *s, int grade, int class_no, sync_emit_fn emit,
    void *ctx, struct sync_export_info *info, struct err *e)
{
	struct exporter x = { s, emit, ctx, info, NULL };
	sqlite3_stmt *st;
	int rc, any = 0;

	memset(info, 0, sizeof *info);
	if (store_begin(s, e) != 0)
		return -1;
	if (sync_ensure(s, e) != 0 ||
	    (st = store_stmt(s, "SELECT EXISTS (SELECT 1 FROM sync_base)", e)) == NULL)
		goto fail;
	if (sqlite3_step(st) == SQLITE_ROW)
		any = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	rc = !any ? SQLITE_OK : sqlite3_prepare_v2(s->db, "SELECT peer, peer_seq, data "
	    "FROM sync_base WHERE tbl = ?1 AND row_id = ?2 ORDER BY peer", -1, &x.bases, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, _("reading the exchange history"), e);
		goto fail;
	}
	if (export_all(&x, grade, class_no, e) != 0)
		goto fail;
	sqlite3_finalize(x.bases);
	return store_commit(s, e);
fail:
	sqlite3_finalize(x.bases);
	store_rollback(s);
	return -1;
}
