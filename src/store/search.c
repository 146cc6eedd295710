/* search.c — the n-gram side table child_search (DESIGN.md §13).
 *
 * SQLite's LIKE '%张%' scans every name (~9 ms at 100k children) and a
 * trigram FTS index cannot answer 1-2 characters, so each child gets a few
 * exact terms, stored in the child's pinyin order:
 *   'n' + each character and each pair of characters of the name,
 *   'i' + each prefix of the pinyin initials (zsy: z, zs, zsy),
 *   'p' + the full pinyin (prefix ranges: zhang, zhangsi …),
 *   'd' + an ID or phone number, and its last four digits (prefix ranges).
 * A 1-2 character or initials query is one index range read in list order.
 * Rows carry the child's small local number (child_seq), not its UUID. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/buf.h"
#include "guanai/i18n.h"
#include "guanai/mem.h"
#include "guanai/utf8.h"
#include "store-int.h"

/* The terms of one child are gathered into a JSON array and written (or
 * deleted) by one statement over json_each(): one statement per child
 * instead of one per term (a dozen or more), which was a fifth of the CPU
 * of an import (bench/README.md). */
struct terms {
	struct buf json;	/* ["term", …] */
	int n;
};

static void
add_term(struct terms *t, char tag, const char *text, size_t len)
{
	size_t i, run = 0;
	unsigned char c;

	if (len == 0)
		return;
	buf_add(&t->json, t->n++ == 0 ? "[\"" : ",\"", 2);
	buf_addc(&t->json, tag);
	for (i = 0; i < len; i++) {
		c = (unsigned char)text[i];
		if (c != '"' && c != '\\' && c >= 0x20)
			continue;
		buf_add(&t->json, text + run, i - run);
		run = i + 1;
		if (c < 0x20)
			buf_addf(&t->json, "\\u%04x", c);
		else {
			buf_addc(&t->json, '\\');
			buf_addc(&t->json, (char)c);
		}
	}
	buf_add(&t->json, text + run, len - run);
	buf_addc(&t->json, '"');
}

static void
add_name(struct terms *t, const char *name)
{
	size_t len = strlen(name), i = 0, n1, n2;
	uint32_t cp;

	while (i < len) {
		n1 = utf8_decode(name + i, len - i, &cp);
		if (n1 == 0)
			break;
		add_term(t, 'n', name + i, n1);
		if (i + n1 < len) {
			n2 = utf8_decode(name + i + n1, len - i - n1, &cp);
			if (n2 > 0)
				add_term(t, 'n', name + i, n1 + n2);
		}
		i += n1;
	}
}

/* Digits (and a final X) of an ID or phone, without separators. */
static void
add_number(struct terms *t, const char *v)
{
	char d[32];
	size_t n = 0;

	if (v == NULL)
		return;
	for (; *v != '\0' && n < sizeof d - 1; v++)
		if (isdigit((unsigned char)*v) || *v == 'X' || *v == 'x')
			d[n++] = (char)toupper((unsigned char)*v);
	if (n == 0)
		return;
	add_term(t, 'd', d, n);
	if (n > 4)
		add_term(t, 'd', d + n - 4, 4);
}

/* Give a child its local search number when it has none. */
static int
ensure_seq(struct store *s, const char *child_id, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, "INSERT OR IGNORE INTO child_seq (child_id) "
	    "VALUES (?)", e);

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	return store_step_done(s, st, _("indexing a name for search"), e);
}

/* Run `sql` (?1 the JSON array of terms, ?2 the sort key, ?3 the seq)
 * over every term of the child as stored now. */
static int
each_term(struct store *s, const char *sql, const char *child_id, struct err *e)
{
	struct terms t = { BUF_INIT, 0 };
	sqlite3_stmt *st;
	sqlite3_int64 seq;
	char *row[8];
	size_t i, n;
	int rc, ret = -1;

	st = store_stmt(s, "SELECT c.name, c.initials, c.pinyin, c.sort_key, "
	    "c.id_number, f.phone, m.phone, g.phone, q.seq FROM child c" STORE_CHILD_JOINS
	    " JOIN child_seq q ON q.child_id = c.id WHERE c.id = ?", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : store_fail(s, rc,
		    _("indexing a name for search"), e);
	}
	for (i = 0; i < 8; i++)
		row[i] = store_col_text(st, (int)i);
	seq = sqlite3_column_int64(st, 8);
	sqlite3_reset(st);
	if (row[0] != NULL)
		add_name(&t, row[0]);
	if (row[1] != NULL)
		for (n = 1; n <= strlen(row[1]) && n <= 6; n++)
			add_term(&t, 'i', row[1], n);
	if (row[2] != NULL)
		add_term(&t, 'p', row[2], strlen(row[2]));
	for (i = 4; i < 8; i++)
		add_number(&t, row[i]);
	if (t.n == 0) {
		ret = 0;
		goto out;
	}
	buf_addc(&t.json, ']');
	st = store_stmt(s, sql, e);
	if (st == NULL)
		goto out;
	sqlite3_bind_text(st, 1, buf_str(&t.json), (int)t.json.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, row[3] != NULL ? row[3] : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, seq);
	rc = store_step_done(s, st, _("indexing a name for search"), e);
	sqlite3_clear_bindings(st);
	ret = rc;
out:
	for (i = 0; i < 8; i++)
		free(row[i]);
	buf_free(&t.json);
	return ret;
}

int
store_search_remove(struct store *s, const char *child_id, struct err *e)
{
	return each_term(s, "DELETE FROM child_search WHERE term IN (SELECT value "
	    "FROM json_each(?1)) AND sort_key = ?2 AND seq = ?3", child_id, e);
}

int
store_search_add(struct store *s, const char *child_id, struct err *e)
{
	if (ensure_seq(s, child_id, e) != 0)
		return -1;
	return each_term(s, "INSERT OR IGNORE INTO child_search (term, sort_key, seq) "
	    "SELECT value, ?2, ?3 FROM json_each(?1)", child_id, e);
}

void
store_search_defer(struct store *s, const char *child_id)
{
	if (s->npending == s->apending) {
		s->apending = s->apending ? s->apending * 2 : 256;
		s->pending = xrealloc(s->pending, s->apending * sizeof *s->pending);
	}
	strncpy(s->pending[s->npending], child_id, UUID_LEN);
	s->pending[s->npending][UUID_LEN] = '\0';
	s->npending++;
}

void
store_search_drop(struct store *s)
{
	s->npending = 0;
}

/* The terms of every deferred child go to a temporary table (appended),
 * then into child_search in key order: at 100k children the random-order
 * inserts of ~15 terms per child were the largest part of an import. */
int
store_search_flush(struct store *s, struct err *e)
{
	sqlite3_stmt *st;
	size_t i;

	if (s->npending == 0)
		return 0;
	if (store_exec(s, "CREATE TEMP TABLE IF NOT EXISTS search_pending (term TEXT, "
	    "sort_key TEXT, seq INTEGER); DELETE FROM temp.search_pending", e) != 0)
		goto fail;
	for (i = 0; i < s->npending; i++) {
		/* a child erased since it was saved has no row: no number */
		st = store_stmt(s, "INSERT OR IGNORE INTO child_seq (child_id) "
		    "SELECT id FROM child WHERE id = ?", e);
		if (st == NULL)
			goto fail;
		store_bind_text(st, 1, s->pending[i]);
		if (store_step_done(s, st, _("indexing a name for search"), e) != 0 ||
		    each_term(s, "INSERT INTO temp.search_pending SELECT value, ?2, ?3 "
		    "FROM json_each(?1)", s->pending[i], e) != 0)
			goto fail;
	}
	if (store_exec(s, "INSERT OR IGNORE INTO child_search (term, sort_key, seq) "
	    "SELECT term, sort_key, seq FROM temp.search_pending ORDER BY 1, 2, 3; "
	    "DELETE FROM temp.search_pending", e) != 0)
		goto fail;
	s->npending = 0;
	return 0;
fail:
	s->npending = 0;
	return -1;
}

/* For code that changed a child's row itself (the merge of a package):
 * the child gets a new local number and its terms are written again; the
 * old terms are left behind under a number no child has, which every query
 * skips (store_search_rebuild drops them). */
int
store_search_reindex(struct store *s, const char *child_id, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, "DELETE FROM child_seq WHERE child_id = ?", e);

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	if (store_step_done(s, st, _("indexing a name for search"), e) != 0)
		return -1;
	return store_search_add(s, child_id, e);
}

int
store_search_rebuild(struct store *s, struct err *e)
{
	sqlite3_stmt *st = NULL;
	char id[UUID_LEN + 1];
	int rc, ret = -1;

	if (store_begin(s, e) != 0)
		return -1;
	if (store_exec(s, "DELETE FROM child_search; DELETE FROM child_seq", e) != 0)
		goto out;
	/* a private statement: the indexing below reuses the cache */
	rc = sqlite3_prepare_v2(s->db, "SELECT id FROM child", -1, &st, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, _("indexing names for search"), e);
		goto out;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_col_id(st, 0, id);
		if (store_search_add(s, id, e) != 0)
			goto out;
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("indexing names for search"), e);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	if (ret == 0)
		return store_commit(s, e);
	store_rollback(s);
	return -1;
}
