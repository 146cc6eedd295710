/* sync-split.c — what a copy keeps of its original when it takes its own
 * site identity (issue 14).  A copied database (or a restored backup) was,
 * until it was opened in another place, the original itself: the same
 * rows, the same site id and clock.  So at the split it records the
 * original as an origin and as a peer whose packages up to the clock of
 * the split are already here, and every row as the base agreed with the
 * original at that clock (sync_base, as if the original had sent it).
 * The copy's packages carry that base ("base" records naming the original,
 * sync.h), so the original too knows, from the copy's first package, which
 * rows the copy has not changed since: the first exchange either way is a
 * three-way merge like any other, and only a field changed on both sides
 * is a conflict.  The copy's clock goes on from the original's, so a base
 * that a third PC holds from the original up to the split is one of the
 * copy's own (sync_origins_load, used by the merge). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "sync-int.h"

/* Every row of table t (all classes, soft-deleted ones too: what a
 * package of the whole school would carry) as a base from `origin`. */
static int
split_table(struct store *s, const struct sync_table *t, sqlite3_stmt *put,
    const char *origin, long long clock, struct err *e)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st = NULL;
	char **cols = NULL, **vals = NULL, *data;
	size_t n = 0, i;
	int rc, ret = -1;

	if (sync_table_cols(s, t, &cols, &n, e) != 0)
		return -1;
	vals = xcalloc(n + 1, sizeof *vals);
	buf_adds(&sql, "SELECT id");
	for (i = 0; i < n; i++)
		buf_addf(&sql, ", \"%s\"", cols[i]);
	buf_addf(&sql, " FROM \"%s\" ORDER BY id", t->name);
	rc = sqlite3_prepare_v2(s->db, buf_str(&sql), -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < n; i++)
			vals[i] = sync_value(st, 1 + (int)i);
		data = sync_base_encode(cols, vals, n);
		for (i = 0; i < n; i++)
			xfree(&vals[i]);
		sqlite3_reset(put);
		sqlite3_bind_text(put, 1, origin, -1, SQLITE_STATIC);
		sqlite3_bind_text(put, 2, t->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(put, 3, (const char *)sqlite3_column_text(st, 0), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_int64(put, 4, clock);
		sqlite3_bind_text(put, 5, data, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(put);
		free(data);
		if (rc != SQLITE_DONE)
			break;
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("giving this database its own identity"), e);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	buf_free(&sql);
	free(vals);
	sync_strv_free(cols, n);
	return ret;
}

/* One row naming the original and its clock at the split (?1, ?2, ?3 =
 * origin, clock, now). */
static int
origin_row(struct store *s, const char *sql, const char *origin, long long clock,
    const char *now, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, sql, e);

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, origin);
	sqlite3_bind_int64(st, 2, clock);
	store_bind_text(st, 3, now);
	return store_step_done(s, st, _("giving this database its own identity"), e);
}

int
sync_split_record(struct store *s, const char *origin, long long clock, struct err *e)
{
	const struct sync_table *t;
	sqlite3_stmt *put = NULL;
	char now[DATE_UTC_SIZE];
	int rc;

	store_now(now);
	if (origin_row(s, "INSERT OR REPLACE INTO sync_origin (site, seq, created_at) "
	    "VALUES (?1, ?2, ?3)", origin, clock, now, e) != 0)
		return -1;
	/* the original's packages up to the split are in this database */
	if (origin_row(s, "INSERT INTO sync_peer (id, last_seq, created_at, updated_at) "
	    "VALUES (?1, ?2, ?3, ?3) ON CONFLICT (id) DO UPDATE SET "
	    "last_seq = max(last_seq, excluded.last_seq), updated_at = excluded.updated_at",
	    origin, clock, now, e) != 0)
		return -1;
	rc = sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO sync_base (peer, tbl, "
	    "row_id, peer_seq, local_clock, data) VALUES (?1, ?2, ?3, ?4, ?4, ?5)", -1,
	    &put, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("giving this database its own identity"), e);
	for (t = sync_tables; t->name != NULL; t++)
		if (split_table(s, t, put, origin, clock, e) != 0) {
			sqlite3_finalize(put);
			return -1;
		}
	sqlite3_finalize(put);
	return 0;
}

int
sync_origins_load(struct store *s, struct sync_origin **out, size_t *n, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	*n = 0;
	st = store_stmt(s, "SELECT site, seq FROM sync_origin", e);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		store_col_id(st, 0, (*out)[*n].site);
		(*out)[(*n)++].seq = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return store_fail(s, rc, _("reading the exchange history"), e);
	}
	return 0;
}
