/* child-list.c — lists of children: filter (class, search, trash, teacher
 * scope), pinyin order, keyset paging, counts.  One cursor, nothing loaded
 * whole; a query can be cancelled (store_interrupt / progress handler). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "store-int.h"

/* How a search text is answered (see search.c for the terms). */
struct plan {
	enum { PLAN_NONE, PLAN_TERM, PLAN_RANGE } kind;
	char *term;		/* exact term (PLAN_TERM, or initials beside a range) */
	char *lo, *hi;		/* term range [lo, hi) */
	char *contains;		/* the name must contain this (3+ characters) */
	int broad;		/* a range matching many: walk the pinyin index */
	/* a broad range answered from the child's own columns while walking
	 * the pinyin index (no set of every match built first):
	 * 'p' letters: full pinyin starts with q, or (term set) initials do —
	 *     the walk stays within the sort keys [sk_lo, sk_hi] of the
	 *     matching terms;
	 * 'd' digits: an ID or phone number of the child, as the 'd' terms */
	char walk;
	char *q, *q_hi;		/* the text typed and its prefix bound */
	char *sk_lo, *sk_hi;
};

static void
plan_free(struct plan *p)
{
	free(p->term);
	free(p->lo);
	free(p->hi);
	free(p->contains);
	free(p->q);
	free(p->q_hi);
	free(p->sk_lo);
	free(p->sk_hi);
}

/* [tag+q, tag+q with its last byte incremented): every term starting with q. */
static void
plan_range(struct plan *p, char tag, const char *q)
{
	size_t n = strlen(q);

	p->kind = PLAN_RANGE;
	p->lo = xasprintf("%c%s", tag, q);
	p->hi = xstrdup(p->lo);
	p->hi[n] = (char)(p->hi[n] + 1);
}

static void
plan_make(const char *search, struct plan *p)
{
	char *q = str_trim(search != NULL ? search : ""), *w;
	int digits = 1, letters = 1, any = 0;
	size_t len, cut, n1;
	const char *c;
	uint32_t cp;

	memset(p, 0, sizeof *p);
	/* drop the separators people type inside numbers */
	for (c = q, w = q; *c != '\0'; c++)
		if (*c != ' ' && *c != '-')
			*w++ = *c;
	*w = '\0';
	for (c = q; *c != '\0'; c++) {
		any = 1;
		if (!isdigit((unsigned char)*c) && *c != 'x' && *c != 'X')
			digits = 0;
		if ((unsigned char)*c >= 0x80 || !isalpha((unsigned char)*c))
			letters = 0;
	}
	if (!any)
		goto out;
	if (digits && isdigit((unsigned char)q[0])) {
		for (w = q; *w; w++)
			*w = (char)toupper((unsigned char)*w);
		plan_range(p, 'd', q);
	} else if (letters) {
		for (w = q; *w; w++)
			*w = (char)tolower((unsigned char)*w);
		plan_range(p, 'p', q);
		p->term = xasprintf("i%s", q);
	} else {
		p->kind = PLAN_TERM;
		len = strlen(q);
		n1 = utf8_decode(q, len, &cp);
		cut = n1;
		if (n1 > 0 && n1 < len)
			cut += utf8_decode(q + n1, len - n1, &cp);
		if (cut == 0 || cut > len)
			cut = len;
		p->term = xasprintf("n%.*s", (int)cut, q);
		if (cut < len)
			p->contains = xstrdup(q);
	}
out:
	free(q);
}

enum {
	P_TERM = 1, P_LO, P_HI, P_CONTAINS, P_GRADE, P_NUMBER, P_NAME, P_AFTER_KEY,
	P_AFTER_ID, P_LIMIT, P_Q, P_QHI, P_SKLO, P_SKHI
};

/* The WHERE clause of a filter and plan (aliases c, k and, for an exact
 * term, t); the keyset condition when `after`. */
static void
add_where(struct store *s, struct buf *b, const struct child_filter *f,
    const struct plan *p, int after, const char *key, const char *kid, int desc)
{
	buf_addf(b, " WHERE c.deleted_at IS %s", f->deleted ? "NOT NULL" : "NULL");
	if (p->kind == PLAN_TERM)
		buf_addf(b, " AND t.term = ?%d", P_TERM);
	if (p->kind == PLAN_RANGE && p->walk == 'p') {
		buf_addf(b, " AND c.sort_key >= ?%d AND c.sort_key <= ?%d AND "
		    "((c.pinyin >= ?%d AND c.pinyin < ?%d)", P_SKLO, P_SKHI, P_Q, P_QHI);
		if (p->term != NULL)
			buf_addf(b, " OR (c.initials >= ?%d AND c.initials < ?%d)", P_Q, P_QHI);
		/* the other readings of the name (长 zhang as well as chang) */
		buf_addf(b, " OR guanai_pinyin(?%d, c.name, %d))", P_Q, p->term != NULL);
	} else if (p->kind == PLAN_RANGE && p->walk == 'd')
		buf_addf(b, " AND guanai_digits(?%d, c.id_number, f.phone, m.phone, g.phone)",
		    P_Q);
	else if (p->kind == PLAN_RANGE) {
		buf_addf(b, " AND %sc.id IN (SELECT q.child_id FROM child_seq q WHERE q.seq IN "
		    "(SELECT seq FROM child_search WHERE term >= ?%d AND term < ?%d",
		    p->broad ? "+" : "", P_LO, P_HI);
		if (p->term != NULL)
			buf_addf(b, " UNION SELECT seq FROM child_search WHERE term = ?%d",
			    P_TERM);
		buf_adds(b, "))");
	}
	if (p->contains != NULL)
		buf_addf(b, " AND instr(c.name, ?%d) > 0", P_CONTAINS);
	if (f->grade > 0)
		buf_addf(b, " AND k.grade = ?%d", P_GRADE);
	if (f->class_no > 0)
		buf_addf(b, " AND k.number = ?%d", P_NUMBER);
	if (f->name != NULL)
		buf_addf(b, " AND c.name = ?%d", P_NAME);
	if (s->scoped)
		buf_adds(b, " AND c.class_id IN (SELECT class_id FROM temp.scope)");
	if (after)
		buf_addf(b, " AND (%s, %s) %s (?%d, ?%d)", key, kid, desc ? "<" : ">",
		    P_AFTER_KEY, P_AFTER_ID);
}

/* SELECT (a record and its position, or count(*)) for a filter and plan.
 * Only identifiers and fixed fragments go into the text; values are bound.
 * An exact term pages in (sort_key, seq) order straight off the search
 * index and the plain list off the child table's pinyin index: both stop
 * after `limit` rows.  A range (pinyin, digits) must sort its matches:
 * it sorts the narrow (sort_key, id) pairs and joins the parents and
 * guardian for the page only. */
static void
build_sql(struct store *s, struct buf *b, const struct child_filter *f,
    const struct plan *p, int after, size_t limit, int count, int desc)
{
	const char *key = p->kind == PLAN_TERM ? "t.sort_key" : "c.sort_key";
	const char *kid = p->kind == PLAN_TERM ? "t.seq" : "c.id";
	const char *src = p->kind == PLAN_TERM ?
	    "child_search t CROSS JOIN child_seq q ON q.seq = t.seq "
	    "CROSS JOIN child c ON c.id = q.child_id" : "child c";
	const char *dir = desc ? " DESC" : "";

	if (count) {
		/* the class only for its grade and number (every child has one) */
		if (p->walk == 'd')
			buf_adds(b, "SELECT count(*) FROM (SELECT 1 FROM child c"
			    STORE_CHILD_JOINS);
		else
			buf_addf(b, "SELECT count(*) FROM %s%s", src, f->grade > 0 ||
			    f->class_no > 0 ? " JOIN class k ON k.id = c.class_id" : "");
		add_where(s, b, f, p, 0, key, kid, 0);
		if (p->walk == 'd')
			buf_addf(b, " LIMIT ?%d)", P_LIMIT);
		return;
	}
	if (p->kind == PLAN_RANGE && p->walk == 0) {
		buf_addf(b, "SELECT %s, c.id FROM child c" STORE_CHILD_JOINS " WHERE c.id IN "
		    "(SELECT c.id FROM child c JOIN class k ON k.id = c.class_id",
		    store_child_cols(s, f->fields));
		add_where(s, b, f, p, after, key, kid, desc);
		/* few matches: sort them ('+' keeps the planner off the index);
		 * many (every ID starts with the county's digits): walk the
		 * pinyin index and stop after the page ('+' on the id keeps the
		 * planner from looking each match up and sorting them all) */
		buf_addf(b, " ORDER BY %sc.sort_key%s, c.id%s", p->broad ? "" : "+", dir, dir);
		if (limit > 0)
			buf_addf(b, " LIMIT ?%d", P_LIMIT);
		buf_addf(b, ") ORDER BY c.sort_key%s, c.id%s", dir, dir);
		return;
	}
	buf_addf(b, "SELECT %s, %s FROM %s" STORE_CHILD_JOINS, store_child_cols(s, f->fields), kid, src);
	add_where(s, b, f, p, after, key, kid, desc);
	buf_addf(b, " ORDER BY %s%s, %s%s", key, dir, kid, dir);
	if (limit > 0)
		buf_addf(b, " LIMIT ?%d", P_LIMIT);
}

static void
bind_all(sqlite3_stmt *st, const struct child_filter *f, const struct plan *p,
    const struct child_key *after, size_t limit)
{
	store_bind_text(st, P_TERM, p->term);
	store_bind_text(st, P_LO, p->lo);
	store_bind_text(st, P_HI, p->hi);
	store_bind_text(st, P_CONTAINS, p->contains);
	sqlite3_bind_int(st, P_GRADE, f->grade);
	sqlite3_bind_int(st, P_NUMBER, f->class_no);
	if (f->name != NULL)
		sqlite3_bind_text(st, P_NAME, f->name, -1, SQLITE_TRANSIENT);
	if (after != NULL) {
		sqlite3_bind_text(st, P_AFTER_KEY, after->sort_key, -1, SQLITE_TRANSIENT);
		if (p->kind == PLAN_TERM)
			sqlite3_bind_int64(st, P_AFTER_ID, after->seq);
		else
			sqlite3_bind_text(st, P_AFTER_ID, after->id, -1, SQLITE_TRANSIENT);
	}
	if (limit > 0)
		sqlite3_bind_int64(st, P_LIMIT, (sqlite3_int64)limit);
	store_bind_text(st, P_Q, p->q);
	store_bind_text(st, P_QHI, p->q_hi);
	store_bind_text(st, P_SKLO, p->sk_lo);
	store_bind_text(st, P_SKHI, p->sk_hi);
}

/* More than BROAD matching terms (counted up to that, no further)?
 * *many: more than MANY — digits only: past that, a page is found sooner
 * by testing each child of the list than by building the set of matches
 * (bench/README.md). */
#define BROAD 1000
#define MANY 8000
static int
range_is_broad(struct store *s, const struct plan *p, int *broad, int *many,
    struct err *e)
{
	int cap = p->lo[0] == 'd' ? MANY : BROAD, n = 0;
	sqlite3_stmt *st = store_stmt(s, "SELECT count(*) FROM (SELECT 1 FROM child_search "
	    "WHERE term >= ?1 AND term < ?2 LIMIT ?3)", e);
	int rc;

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, p->lo);
	store_bind_text(st, 2, p->hi);
	sqlite3_bind_int(st, 3, cap);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	*broad = n >= BROAD;
	*many = n >= cap;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, _("reading the list of children"), e);
	return 0;
}

/* 1 when any term lies in [lo, hi) (hi NULL: equals lo), 0 none, -1. */
static int
any_term(struct store *s, const char *lo, const char *hi, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, hi != NULL ? "SELECT EXISTS (SELECT 1 FROM "
	    "child_search WHERE term >= ?1 AND term < ?2)" : "SELECT EXISTS (SELECT 1 "
	    "FROM child_search WHERE term = ?1)", e);
	int rc, yes = 0;

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, lo);
	if (hi != NULL)
		store_bind_text(st, 2, hi);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		yes = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, _("reading the list of children"), e);
	return yes;
}

/* Letters are initials or the start of a full pinyin.  When only one of
 * the two can match, answer with that one alone: initials ("zsy", "qj")
 * are then an exact term read in list order, not a union to sort. */
static int
narrow_letters(struct store *s, struct plan *p, struct err *e)
{
	int range, term;

	if (p->term == NULL)
		return 0;
	if ((range = any_term(s, p->lo, p->hi, e)) < 0 ||
	    (term = any_term(s, p->term, NULL, e)) < 0)
		return -1;
	if (!range) {
		p->kind = PLAN_TERM;
		xfree(&p->lo);
		xfree(&p->hi);
	} else if (!term)
		xfree(&p->term);
	return 0;
}

/* guanai_digits(q, v…): 1 when one of the numbers v (an ID, phones), read
 * as its 'd' search terms are written (search.c: the digits and X, and
 * its last four), starts with q. */
static void
digits_fn(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *q = (const char *)sqlite3_value_text(argv[0]), *v;
	char d[32];
	size_t n, qn;
	int i;

	if (q == NULL || argc < 2) {
		sqlite3_result_int(cx, 0);
		return;
	}
	qn = strlen(q);
	for (i = 1; i < argc; i++) {
		if ((v = (const char *)sqlite3_value_text(argv[i])) == NULL)
			continue;
		for (n = 0; *v != '\0' && n < sizeof d - 1; v++)
			if (isdigit((unsigned char)*v) || *v == 'X' || *v == 'x')
				d[n++] = (char)toupper((unsigned char)*v);
		if (n == 0)
			continue;
		if ((n >= qn && memcmp(d, q, qn) == 0) ||
		    (n > 4 && qn <= 4 && memcmp(d + n - 4, q, qn) == 0)) {
			sqlite3_result_int(cx, 1);
			return;
		}
	}
	sqlite3_result_int(cx, 0);
}

static int
digits_ready(struct store *s, struct err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(s->db, "SELECT guanai_digits('1', NULL)", -1, &st,
	    NULL) == SQLITE_OK) {
		sqlite3_finalize(st);
		return 0;
	}
	rc = sqlite3_create_function(s->db, "guanai_digits", -1, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, digits_fn, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("reading the list of children"), e);
	return 0;
}

/* The first and last sort key of the matches of a pinyin walk, from the
 * search index alone (its rows carry the sort key): the walk starts at the
 * first match instead of at the first letter ("zhang" no longer passes
 * every za-, ze-, zha- and zhan- name to reach the zhang ones). */
static int
sort_key_bounds(struct store *s, struct plan *p, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT min(a), max(b) FROM (SELECT "
	    "min(sort_key) AS a, max(sort_key) AS b FROM child_search WHERE term >= ?1 "
	    "AND term < ?2 UNION ALL SELECT min(sort_key), max(sort_key) FROM "
	    "child_search WHERE term = ?3)", e);
	int rc;

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, p->lo);
	store_bind_text(st, 2, p->hi);
	store_bind_text(st, 3, p->term);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		p->sk_lo = store_col_text(st, 0);
		p->sk_hi = store_col_text(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, _("reading the list of children"), e);
	if (p->sk_lo == NULL || p->sk_hi == NULL) {	/* none: an empty range */
		xstrset(&p->sk_lo, "b");
		xstrset(&p->sk_hi, "a");
	}
	return 0;
}

/* A broad range is read while walking the list in pinyin order, each child
 * tested on its own columns; a narrow one keeps the set of its terms. */
static int
plan_walk(struct store *s, struct plan *p, int walk_digits, struct err *e)
{
	int many;

	if (p->kind != PLAN_RANGE)
		return 0;
	if (narrow_letters(s, p, e) != 0)
		return -1;
	if (p->kind != PLAN_RANGE)
		return 0;
	if (range_is_broad(s, p, &p->broad, &many, e) != 0)
		return -1;
	if (!p->broad || (p->lo[0] == 'd' && !many))
		return 0;
	p->q = xstrdup(p->lo + 1);
	p->q_hi = xstrdup(p->hi + 1);
	if (p->lo[0] == 'p') {
		p->walk = 'p';
		if (store_search_pinyin_ready(s, e) != 0)
			return -1;
		return sort_key_bounds(s, p, e);
	}
	/* an exact count keeps the set, cheaper than testing every child;
	 * only a count up to a bound (store_children_count_upto) walks */
	if (!walk_digits) {
		xfree(&p->q);
		xfree(&p->q_hi);
		return 0;
	}
	p->walk = 'd';
	return digits_ready(s, e);
}

static int
children_walk(struct store *s, const struct child_filter *f,
    const struct child_key *after, size_t limit, int desc, child_fn fn, void *ctx,
    struct err *e)
{
	struct buf sql = BUF_INIT;
	struct plan p;
	struct record r;
	struct child_key key = { NULL, "", 0 };
	sqlite3_stmt *st = NULL;
	int rc, ret = -1, col, has_after = after != NULL && after->sort_key != NULL;

	record_init(&r);
	plan_make(f->search, &p);
	s->interrupted = 0;
	if (limit > 0 ? plan_walk(s, &p, 1, e) != 0 : p.kind == PLAN_RANGE &&
	    narrow_letters(s, &p, e) != 0)
		goto out;
	build_sql(s, &sql, f, &p, has_after, limit, 0, desc);
	st = store_stmt(s, buf_str(&sql), e);
	if (st == NULL)
		goto out;
	/* held: the callback may use the store (and its cache) */
	store_stmt_hold(s, st, 1);
	bind_all(st, f, &p, has_after ? after : NULL, limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col = store_child_row(st, 0, &r, f->fields);
		xstrset(&key.sort_key, (const char *)sqlite3_column_text(st, 2));
		memcpy(key.id, r.id, sizeof key.id);
		key.seq = p.kind == PLAN_TERM ? sqlite3_column_int64(st, col) : 0;
		if ((ret = fn(ctx, &r, &key)) != 0)
			goto out;
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("reading the list of children"), e);
		goto out;
	}
	ret = 0;
out:
	if (st != NULL) {
		sqlite3_reset(st);
		store_stmt_hold(s, st, 0);
	}
	record_clear(&r);
	free(key.sort_key);
	plan_free(&p);
	buf_free(&sql);
	return ret;
}

int
store_children_each(struct store *s, const struct child_filter *f,
    const struct child_key *after, size_t limit, child_fn fn, void *ctx, struct err *e)
{
	return children_walk(s, f, after, limit, 0, fn, ctx, e);
}

int
store_children_each_before(struct store *s, const struct child_filter *f,
    const struct child_key *before, size_t limit, child_fn fn, void *ctx,
    struct err *e)
{
	return children_walk(s, f, before, limit, 1, fn, ctx, e);
}

static int
children_count(struct store *s, const struct child_filter *f, size_t max, size_t *n,
    struct err *e)
{
	struct buf sql = BUF_INIT;
	struct plan p;
	sqlite3_stmt *st;
	int rc, ret = -1;

	*n = 0;
	plan_make(f->search, &p);
	s->interrupted = 0;
	if (plan_walk(s, &p, max > 0, e) != 0)
		goto out;
	build_sql(s, &sql, f, &p, 0, 0, 1, 0);
	st = store_stmt(s, buf_str(&sql), e);
	if (st == NULL)
		goto out;
	bind_all(st, f, &p, NULL, 0);
	sqlite3_bind_int64(st, P_LIMIT, (sqlite3_int64)max + 1);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*n = (size_t)sqlite3_column_int64(st, 0);
		ret = 0;
	} else
		store_fail(s, rc, _("counting children"), e);
	sqlite3_reset(st);
out:
	plan_free(&p);
	buf_free(&sql);
	return ret;
}

int
store_children_count(struct store *s, const struct child_filter *f, size_t *n,
    struct err *e)
{
	return children_count(s, f, 0, n, e);
}

int
store_children_count_upto(struct store *s, const struct child_filter *f, size_t max,
    size_t *n, struct err *e)
{
	return children_count(s, f, max, n, e);
}

/* The newest confirmation of each item from the statement's "7YYYY-MM-DD,
 * 1YYYY-MM-DD,…" (group_concat of item || confirmed_on: the item is one
 * digit, the table's CHECK says 1..7; a date holds no comma): confirmed[k]
 * points into the text, cut in place, NULL where an item has none.  ISO
 * dates compare as strings, as max(confirmed_on) does. */
static void
newest_confirmations(char *list, const char *confirmed[CHECKLIST_ITEMS])
{
	char *one, *next;
	int k;

	memset(confirmed, 0, CHECKLIST_ITEMS * sizeof confirmed[0]);
	for (one = list; one != NULL && *one != '\0'; one = next) {
		if ((next = strchr(one, ',')) != NULL)
			*next++ = '\0';
		k = *one - '0';
		if (k < 1 || k > CHECKLIST_ITEMS)
			continue;
		if (confirmed[k - 1] == NULL || strcmp(one + 1, confirmed[k - 1]) > 0)
			confirmed[k - 1] = one + 1;
	}
}

#define MARKS_CHUNK 64	/* ids per statement: a page, or a tall one in parts */

/* The facts behind the marks of a page of children, in one statement per
 * MARKS_CHUNK children: each item's last confirmation, an active pairing,
 * the newest care act (as store_checklist_get, store_pairings_each and
 * store_care_each give them one child at a time).  The confirmations come
 * as one text per child (one walk of the child's index entries, not one
 * lookup per item: a fifth of the first screen's instructions went to
 * seven); the ids are bound one by one (an IN list costs less to prepare
 * and run than json_each over a JSON array). */
static int
marks_chunk(struct store *s, const char *const *ids, size_t n, child_marks_fn fn,
    void *ctx, char **lines, struct err *e)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	const char *confirmed[CHECKLIST_ITEMS];
	const unsigned char *text;
	size_t i;
	int rc, ret = 0;

	/* one concatenation per row and the default separator: a tenth of
	 * the statement went to "item || ':' || confirmed_on, char(10)" */
	buf_adds(&sql, "SELECT c.id, (SELECT group_concat(item || confirmed_on) "
	    "FROM checklist_confirm WHERE child_id = c.id AND deleted_at IS NULL), "
	    "c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM pairing p JOIN helper h ON "
	    "h.id = p.helper_id WHERE p.child_id = c.id AND p.end_date IS NULL AND "
	    "p.deleted_at IS NULL), "
	    /* the index (child_id, date) read from the newest back */
	    "CASE WHEN c.deleted_at IS NULL THEN (SELECT r.date FROM care r WHERE "
	    "r.child_id = c.id AND r.deleted_at IS NULL ORDER BY r.date DESC LIMIT 1) END "
	    "FROM child c WHERE c.id IN (?1");
	for (i = 1; i < n; i++)
		buf_addf(&sql, ",?%zu", i + 1);
	buf_addc(&sql, ')');
	st = store_stmt(s, buf_str(&sql), e);
	buf_free(&sql);
	if (st == NULL)
		return -1;
	for (i = 0; i < n; i++)
		sqlite3_bind_text(st, (int)i + 1, ids[i], -1, SQLITE_STATIC);
	store_stmt_hold(s, st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		text = sqlite3_column_text(st, 1);
		xstrset(lines, text != NULL ? (const char *)text : "");
		newest_confirmations(*lines, confirmed);
		ret = fn(ctx, (const char *)sqlite3_column_text(st, 0), confirmed,
		    sqlite3_column_int(st, 2), (const char *)sqlite3_column_text(st, 3));
		if (ret != 0)
			break;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	store_stmt_hold(s, st, 0);
	if (ret == 0 && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the checklist"), e);
	return ret;
}

int
store_children_marks(struct store *s, const char *const *ids, size_t n,
    child_marks_fn fn, void *ctx, struct err *e)
{
	char *lines = NULL;
	size_t i, k;
	int ret = 0;

	s->interrupted = 0;
	for (i = 0; i < n && ret == 0; i += k) {
		k = n - i < MARKS_CHUNK ? n - i : MARKS_CHUNK;
		ret = marks_chunk(s, ids + i, k, fn, ctx, &lines, e);
	}
	free(lines);
	return ret;
}

void
store_interrupt_clear(struct store *s)
{
	s->interrupted = 0;
}
