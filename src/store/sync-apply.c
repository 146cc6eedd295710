/* sync-apply.c — the life of a merge: one transaction in bulk mode (no
 * per-row triggers), then for each child touched its derived columns and
 * search terms, one audit entry for the operation naming every child
 * touched (store_audit_event, audit_child), and the
 * peer's package number so that the same package never applies twice. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/pinyin.h"
#include "sync-int.h"

void
store_sync_merge_on_conflict(struct sync_merge *m, sync_conflict_fn fn, void *ctx)
{
	m->on_conflict = fn;
	m->on_conflict_ctx = ctx;
}

int
store_sync_merge_new(struct sync_merge **out, struct store *s, struct err *e)
{
	struct sync_merge *m = xcalloc(1, sizeof *m);

	*out = NULL;
	m->s = s;
	if (store_begin(s, e) != 0) {
		free(m);
		return -1;
	}
	m->began = 1;
	store_bulk_begin(s);
	/* a package is opened with a 64 MiB key derivation, freed before the
	 * merge: a 32 MB cache keeps the peak where the derivation put it and
	 * spills far less of a big school's writes (bench/README-pack.md) */
	sqlite3_exec(s->db, "PRAGMA cache_size = -32768", NULL, NULL, NULL);
	if (sync_ensure(s, e) != 0 ||
	    sync_site(s, m->site, e) != 0 ||
	    sync_origins_load(s, &m->origins, &m->norigins, e) != 0 ||
	    sync_prep(m, "SELECT local_clock, data FROM sync_base "
	    "WHERE peer = ?1 AND tbl = ?2 AND row_id = ?3", &m->base_get, e) != 0 ||
	    sync_prep(m, "INSERT OR REPLACE INTO sync_base (peer, tbl, row_id, peer_seq, "
	    "local_clock, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &m->base_put, e) != 0 ||
	    sync_prep(m, "INSERT INTO conflict (id, tbl, row_id, col, mine, theirs, "
	    "their_actor, their_at, resolution, created_at, updated_at) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)", &m->conflict_ins, e) != 0) {
		store_sync_merge_free(&m);
		return -1;
	}
	*out = m;
	return 0;
}

/* Derived columns and search terms of a child touched, noted for the
 * unpack's audit entry.
 * The name is read once for its every reading (store_readings_get), and
 * the terms wait with the bulk's others, sorted, for the commit
 * (store_search_pend) — they were written child by child, the child and
 * its people read back and the name read four times (bench/README-pack.md). */
static int
finish_child(struct sync_merge *m, sqlite3_stmt *name_st, sqlite3_stmt *upd,
    const char *id, int is_new, struct err *e)
{
	struct store_readings rd;
	char *name = NULL, *py = NULL, *ini = NULL, *key = NULL, *num[4] = { 0 };
	sqlite3_int64 rowid = 0;
	int rc = -1, i;

	sqlite3_reset(name_st);
	sqlite3_bind_text(name_st, 1, id, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(name_st) == SQLITE_ROW) {
		name = store_col_text(name_st, 0);
		for (i = 0; i < 4; i++)
			num[i] = store_col_text(name_st, 1 + i);
		rowid = sqlite3_column_int64(name_st, 5);
	}
	sqlite3_reset(name_st);
	if (name == NULL)
		return 0;	/* a row for a child this package did not carry */
	store_readings_get(&rd, name);
	py = rd.n > 0 ? xstrdup(rd.full[0]) : pinyin_full(name);
	ini = rd.n > 0 ? xstrdup(rd.initials[0]) : pinyin_initials(name);
	key = pinyin_sort_key(name);
	sqlite3_reset(upd);
	sqlite3_bind_text(upd, 1, py, -1, SQLITE_STATIC);
	sqlite3_bind_text(upd, 2, ini, -1, SQLITE_STATIC);
	sqlite3_bind_text(upd, 3, key != NULL ? key : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(upd, 4, id, -1, SQLITE_TRANSIENT);
	if (store_step_done(m->s, upd, _("merging a package"), e) != 0 ||
	    store_search_pend(m->s, id, 0, name, ini, py, key != NULL ? key : "",
	    (const char *const *)num, &rd, e) != 0)
		goto out;
	/* for the unpack's one audit entry (remember_peer) */
	store_audit_link(m->s, rowid, is_new);
	if (is_new)
		m->st.new_children++;
	else
		m->st.updated_children++;
	rc = 0;
out:
	store_readings_clear(&rd);
	for (i = 0; i < 4; i++)
		free(num[i]);
	free(name);
	free(py);
	free(ini);
	free(key);
	return rc;
}

static const struct sync_touched *sort_touched;

static int
touched_cmp(const void *a, const void *b)
{
	return strcmp(sort_touched->id[*(const size_t *)a], sort_touched->id[*(const size_t *)b]);
}

/* Every child touched, in id order (as the temporary table gave them). */
static int
finish_children(struct sync_merge *m, struct err *e)
{
	sqlite3_stmt *name_st = NULL, *upd = NULL;
	struct sync_touched *t = &m->touched;
	size_t *order = NULL, i;
	int ret = -1;

	if (sync_prep(m, "SELECT c.name, c.id_number, f.phone, m.phone, g.phone, c.rowid "
	    "FROM child c" STORE_CHILD_JOINS " WHERE c.id = ?1", &name_st, e) != 0 ||
	    sync_prep(m, "UPDATE child SET pinyin = ?1, initials = ?2, sort_key = ?3 "
	    "WHERE id = ?4", &upd, e) != 0)
		goto out;
	order = xcalloc(t->n + 1, sizeof *order);
	for (i = 0; i < t->n; i++)
		order[i] = i;
	sort_touched = t;
	qsort(order, t->n, sizeof *order, touched_cmp);
	sort_touched = NULL;
	for (i = 0; i < t->n; i++)
		if (finish_child(m, name_st, upd, t->id[order[i]], t->is_new[order[i]], e) != 0)
			goto out;
	ret = 0;
out:
	free(order);
	sqlite3_finalize(name_st);
	sqlite3_finalize(upd);
	return ret;
}

static int
remember_peer(struct sync_merge *m, struct err *e)
{
	sqlite3_stmt *st;
	char now[DATE_UTC_SIZE], detail[320];

	store_now(now);
	/* a teacher account applies only its classes: the rest of the package
	 * must stay open to a headteacher, so it is not marked as merged */
	if (m->st.skipped > 0)
		goto audit;
	st = store_stmt(m->s, "INSERT INTO sync_peer (id, last_seq, actor, packed_at, "
	    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (id) DO "
	    "UPDATE SET last_seq = excluded.last_seq, actor = excluded.actor, "
	    "packed_at = excluded.packed_at, updated_at = excluded.updated_at", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, m->peer);
	sqlite3_bind_int64(st, 2, m->peer_seq);
	store_bind_text(st, 3, m->st.actor);
	store_bind_text(st, 4, m->st.packed_at);
	store_bind_text(st, 5, now);
	if (store_step_done(m->s, st, _("merging a package"), e) != 0)
		return -1;
audit:
	/* key=value words, in no language (app_audit_detail_text) */
	/* whose package: who packed it, on which PC (its site), when — as
	 * the package records them; said in this order in the log */
	snprintf(detail, sizeof detail, "actor=%s from=%s packed=%s new=%zu updated=%zu "
	    "conflicts=%zu", m->st.actor, m->peer, m->st.packed_at, m->st.new_children,
	    m->st.updated_children, m->st.conflicts);
	return store_audit_event(m->s, "unpack", detail, e);
}

int
store_sync_merge_finish(struct sync_merge **mp, int commit, struct sync_stats *st,
    struct err *e)
{
	struct sync_merge *m = *mp;
	int rc = -1;

	memset(st, 0, sizeof *st);
	if (!m->meta || !m->ended) {
		err_set(e, ERR_IO, _("the package holds no records (incomplete); nothing "
		    "was changed"));
		goto out;
	}
	if (!m->already && (finish_children(m, e) != 0 || remember_peer(m, e) != 0))
		goto out;
	*st = m->st;
	m->began = 0;
	if (commit && !m->already)
		rc = store_commit(m->s, e);
	else {
		store_rollback(m->s);
		rc = 0;
	}
out:
	store_sync_merge_free(mp);
	return rc;
}

void
store_sync_merge_free(struct sync_merge **mp)
{
	struct sync_merge *m = *mp;

	if (m == NULL)
		return;
	sync_table_clear(m);
	sqlite3_finalize(m->base_get);
	sqlite3_finalize(m->base_put);
	sqlite3_finalize(m->conflict_ins);
	sync_touched_clear(&m->touched);
	if (m->began)
		store_rollback(m->s);
	store_bulk_end(m->s);
	free(m->map);
	free(m->decl);
	free(m->origins);
	free(m);
	*mp = NULL;
}
