/* search.c — the n-gram side table child_search (DESIGN.md §13).
 *
 * SQLite's LIKE '%张%' scans every name (~9 ms at 100k children) and a
 * trigram FTS index cannot answer 1-2 characters, so each child gets a few
 * exact terms, stored in the child's pinyin order:
 *   'n' + each character and each pair of characters of the name,
 *   'i' + each prefix of the pinyin initials (zsy: z, zs, zsy),
 *   'p' + the full pinyin (prefix ranges: zhang, zhangsi …),
 *     both for every reading of the name (长 chang and zhang: 张长江 is
 *     found by zcj, zzj, zhangchang… and zhangzhang…),
 *   'd' + an ID or phone number, and its last four digits (prefix ranges).
 * A 1-2 character or initials query is one index range read in list order.
 * Rows carry the child's small local number (child_seq), not its UUID. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/core/pinyin.h"
#include "guanai/base/utf8.h"
#include "store-int.h"

/* The terms of one child are gathered into a JSON array and written (or
 * deleted) by one statement over json_each(): one statement per child
 * instead of one per term (a dozen or more), which was a fifth of the CPU
 * of an import (bench/README.md). */
struct terms {
	struct buf json;	/* ["term", …] */
	int n;
	/* bulk mode: the terms go to the pending keys instead */
	struct search_pending *to;
	const char *sort_key;
	size_t sort_len;
	sqlite3_int64 seq;
};

struct search_pending;
static void pend_add(struct search_pending *p, char tag, const char *term, size_t tlen,
    const char *sort_key, size_t slen, sqlite3_int64 seq);

static void
add_term(struct terms *t, char tag, const char *text, size_t len)
{
	size_t i, run = 0;
	unsigned char c;

	if (len == 0)
		return;
	if (t->to != NULL) {
		pend_add(t->to, tag, text, len, t->sort_key, t->sort_len, t->seq);
		t->n++;
		return;
	}
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

/* The pinyin terms of one child, each once: the initials' prefixes and
 * the full pinyin of every reading of the name.  The texts seen are kept
 * one after the other in one buffer (was a formatted copy each: 6 k
 * instructions an imported child, bench/README.md). */
struct readings {
	struct terms *t;
	struct {
		char tag;
		size_t off, len;	/* in pool */
	} seen[(PINYIN_MAX_READINGS + 1) * 7];	/* 6 initials and a full each */
	size_t n;
	struct buf pool;
};

static void
add_once(struct readings *r, char tag, const char *text, size_t len)
{
	size_t i;

	if (len == 0)
		return;
	for (i = 0; i < r->n; i++)
		if (r->seen[i].tag == tag && r->seen[i].len == len &&
		    memcmp(r->pool.s + r->seen[i].off, text, len) == 0)
			return;
	if (r->n < sizeof r->seen / sizeof r->seen[0]) {
		r->seen[r->n].tag = tag;
		r->seen[r->n].off = r->pool.len;
		r->seen[r->n].len = len;
		r->n++;
		buf_add(&r->pool, text, len);
	}
	add_term(r->t, tag, text, len);
}

static void
add_reading(void *arg, const char *full, const char *initials)
{
	struct readings *r = arg;
	size_t n;

	for (n = 1; n <= strlen(initials) && n <= 6; n++)
		add_once(r, 'i', initials, n);
	add_once(r, 'p', full, strlen(full));
}

/* Every term of a child: name, initials and full pinyin (the stored ones,
 * then every other reading of the name, up to PINYIN_MAX_READINGS: 张长江
 * is found by zcj and by zzj), then the child's ID number and the
 * father's, mother's and guardian's phones (num[0..3]). */
static void
gather(struct terms *t, const char *name, const char *initials, const char *pinyin,
    const char *const num[4], const struct store_readings *rd)
{
	struct readings r;
	size_t i;

	r.t = t;
	r.n = 0;
	memset(&r.pool, 0, sizeof r.pool);
	if (name != NULL)
		add_name(t, name);
	add_reading(&r, pinyin != NULL ? pinyin : "", initials != NULL ? initials : "");
	if (rd != NULL)		/* read already, in pinyin_each's order */
		for (i = 0; i < rd->n; i++)
			add_reading(&r, rd->full[i], rd->initials[i]);
	else if (name != NULL)
		pinyin_each(name, PINYIN_MAX_READINGS, add_reading, &r);
	buf_free(&r.pool);
	for (i = 0; i < 4; i++)
		add_number(t, num[i]);
}

static void
keep_reading(void *arg, const char *full, const char *initials)
{
	struct store_readings *rd = arg;

	if (rd->n < PINYIN_MAX_READINGS) {
		rd->full[rd->n] = xstrdup(full);
		rd->initials[rd->n] = xstrdup(initials);
		rd->n++;
	}
}

void
store_readings_get(struct store_readings *rd, const char *name)
{
	rd->n = 0;
	pinyin_each(name, PINYIN_MAX_READINGS, keep_reading, rd);
}

void
store_readings_clear(struct store_readings *rd)
{
	size_t i;

	for (i = 0; i < rd->n; i++) {
		free(rd->full[i]);
		free(rd->initials[i]);
	}
	rd->n = 0;
}

/* guanai_pinyin(q, name, initials_too) — store-int.h: does a reading of
 * the name start with q? */
struct prefix {
	const char *q;
	size_t qn;
	int initials, yes;
};

static void
prefix_of(void *arg, const char *full, const char *initials)
{
	struct prefix *m = arg;

	if (strncmp(full, m->q, m->qn) == 0 ||
	    (m->initials && strncmp(initials, m->q, m->qn) == 0))
		m->yes = 1;
}

static void
pinyin_fn_sql(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct prefix m;
	const char *name;

	m.q = (const char *)sqlite3_value_text(argv[0]);
	name = (const char *)sqlite3_value_text(argv[1]);
	m.initials = argc > 2 && sqlite3_value_int(argv[2]) != 0;
	m.yes = 0;
	if (m.q != NULL && name != NULL) {
		m.qn = strlen(m.q);
		pinyin_each(name, PINYIN_MAX_READINGS, prefix_of, &m);
	}
	sqlite3_result_int(cx, m.yes);
}

int
store_search_pinyin_ready(struct store *s, struct err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(s->db, "SELECT guanai_pinyin('a', NULL, 0)", -1, &st,
	    NULL) == SQLITE_OK) {
		sqlite3_finalize(st);
		return 0;
	}
	rc = sqlite3_create_function(s->db, "guanai_pinyin", 3, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, pinyin_fn_sql, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("reading the list of children"), e);
	return 0;
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
	struct terms t = { BUF_INIT, 0, NULL, NULL, 0, 0 };
	sqlite3_stmt *st;
	sqlite3_int64 seq;
	char *row[8];
	size_t i;
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
	gather(&t, row[0], row[1], row[2], (const char *const *)row + 4, NULL);
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

/* ---- bulk mode: terms sorted outside SQLite ---------------------------
 *
 * The terms of the children saved in bulk are kept as keys "term \0
 * sort_key \0 seq (8 bytes, big-endian)", whose byte order is the order of
 * child_search's primary key.  Up to PEND_CHUNK bytes wait in memory; a
 * full chunk is sorted and written to a temporary file as one run, and the
 * flush merges the runs into child_search in key order.  Inserting in key
 * order keeps the writes on a few pages at a time, and the memory stays
 * bounded whatever the size of the file (the connection keeps its
 * temporary tables and sorts in memory: 1.5 million terms at 100,000
 * children would take ~150 MB there). */
#define PEND_CHUNK (4u << 20)

struct run {
	off_t pos, end;		/* still to read in the file */
	unsigned char *buf;
	size_t len, at, cap;	/* buffered bytes, read position, size */
};

struct search_pending {
	unsigned char *arena;	/* records: 4-byte length, key */
	size_t len, cap;
	uint32_t *off;		/* start of each record in the arena */
	size_t n, ncap;
	int fd;			/* runs already written, -1 none */
	off_t fsize;
	struct run *runs;
	size_t nruns;
	unsigned char *dead;	/* bitmap: numbers whose pending terms are stale */
	size_t ndead;		/* bytes of the bitmap */
	sqlite3_int64 last;	/* the last number given in this transaction */
	size_t chunk;		/* bytes kept in memory before a run is written */
};

static struct search_pending *
pend_get(struct store *s)
{
	if (s->pend == NULL) {
		const char *v = getenv("GUANAI_SEARCH_CHUNK");	/* tests: many runs */

		s->pend = xcalloc(1, sizeof *s->pend);
		s->pend->fd = -1;
		s->pend->chunk = v != NULL && atol(v) > 0 ? (size_t)atol(v) : PEND_CHUNK;
	}
	return s->pend;
}

static uint32_t
rec_len(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int
key_cmp(const unsigned char *a, uint32_t na, const unsigned char *b, uint32_t nb)
{
	int c = memcmp(a, b, na < nb ? na : nb);

	return c != 0 ? c : na < nb ? -1 : na > nb;
}

static const unsigned char *sort_arena;

static int
off_cmp(const void *x, const void *y)
{
	const unsigned char *a = sort_arena + *(const uint32_t *)x,
	    *b = sort_arena + *(const uint32_t *)y;

	return key_cmp(a + 4, rec_len(a), b + 4, rec_len(b));
}

static void
pend_sort(struct search_pending *p)
{
	sort_arena = p->arena;
	qsort(p->off, p->n, sizeof p->off[0], off_cmp);
	sort_arena = NULL;
}

static int
io_fail(struct store *s, struct err *e)
{
	err_set(e, ERR_IO, _("database error while %s: %s"),
	    _("indexing names for search"), strerror(errno));
	return -1;
}

static int
write_all(int fd, const unsigned char *b, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, b, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return -1;
		}
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The chunk in memory, sorted, becomes one run of the temporary file. */
static int
pend_spill(struct store *s, struct err *e)
{
	struct search_pending *p = s->pend;
	struct buf out = BUF_INIT;
	const char *dir = plat_temp_dir();
	char *path;
	size_t i;

	if (p->n == 0)
		return 0;
	if (p->fd < 0) {
		path = xasprintf("%s/guanai-search.XXXXXX", str_empty(dir) ? "/tmp" : dir);
		p->fd = plat_temp_anon(path);	/* nothing left behind, whatever happens */
		free(path);
		if (p->fd < 0)
			return io_fail(s, e);
	}
	pend_sort(p);
	for (i = 0; i < p->n; i++) {
		const unsigned char *r = p->arena + p->off[i];

		buf_add(&out, (const char *)r, 4 + rec_len(r));
		if (out.len >= 1u << 16 || i + 1 == p->n) {
			if (write_all(p->fd, (const unsigned char *)out.s, out.len) != 0) {
				buf_free(&out);
				return io_fail(s, e);
			}
			buf_reset(&out);
		}
	}
	buf_free(&out);
	p->runs = xrealloc(p->runs, (p->nruns + 1) * sizeof *p->runs);
	memset(&p->runs[p->nruns], 0, sizeof p->runs[0]);
	p->runs[p->nruns].pos = p->fsize;
	p->fsize += (off_t)(p->len);
	p->runs[p->nruns].end = p->fsize;
	p->nruns++;
	p->len = p->n = 0;
	return 0;
}

static void
pend_add(struct search_pending *p, char tag, const char *term, size_t tlen,
    const char *sort_key, size_t slen, sqlite3_int64 seq)
{
	uint32_t klen = (uint32_t)(1 + tlen + 1 + slen + 1 + 8);
	unsigned char *r;
	int i;

	if (p->len + 4 + klen > p->cap) {
		p->cap = p->cap ? p->cap * 2 : 1u << 16;
		while (p->cap < p->len + 4 + klen)
			p->cap *= 2;
		p->arena = xrealloc(p->arena, p->cap);
	}
	if (p->n == p->ncap) {
		p->ncap = p->ncap ? p->ncap * 2 : 4096;
		p->off = xrealloc(p->off, p->ncap * sizeof p->off[0]);
	}
	p->off[p->n++] = (uint32_t)p->len;
	r = p->arena + p->len;
	r[0] = (unsigned char)(klen >> 24);
	r[1] = (unsigned char)(klen >> 16);
	r[2] = (unsigned char)(klen >> 8);
	r[3] = (unsigned char)klen;
	r += 4;
	*r++ = (unsigned char)tag;
	memcpy(r, term, tlen);
	r[tlen] = '\0';
	r += tlen + 1;
	memcpy(r, sort_key, slen);
	r[slen] = '\0';
	r += slen + 1;
	for (i = 7; i >= 0; i--)
		*r++ = (unsigned char)((sqlite3_uint64)seq >> (8 * i));
	p->len += 4 + klen;
}

/* This number's pending terms are stale: its child was saved again (it has
 * a new number) or erased. */
static void
pend_kill(struct store *s, sqlite3_int64 seq)
{
	struct search_pending *p = s->pend;
	size_t byte = (size_t)seq / 8, n;

	if (p == NULL || seq < 0)
		return;
	if (byte >= p->ndead) {
		n = p->ndead ? p->ndead : 1024;
		while (n <= byte)
			n *= 2;
		p->dead = xrealloc(p->dead, n);
		memset(p->dead + p->ndead, 0, n - p->ndead);
		p->ndead = n;
	}
	p->dead[byte] |= (unsigned char)(1u << (seq % 8));
}

static int
is_dead(const struct search_pending *p, sqlite3_int64 seq)
{
	size_t byte = (size_t)seq / 8;

	return byte < p->ndead && (p->dead[byte] & (1u << (seq % 8))) != 0;
}

/* The number of a child, -1 when it has none (0 done, -1 + e). */
static int
seq_of(struct store *s, const char *child_id, sqlite3_int64 *seq, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT seq FROM child_seq WHERE child_id = ?", e);
	int rc;

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	*seq = -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*seq = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("indexing a name for search"), e);
	return 0;
}

/* The child's search number goes: its old terms, left under it, match no
 * child any more (store_search_rebuild drops them). */
static int
drop_seq(struct store *s, const char *child_id, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, "DELETE FROM child_seq WHERE child_id = ?", e);

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	return store_step_done(s, st, _("indexing a name for search"), e);
}

/* A child erased or re-indexed while terms are pending: forget its own. */
static int
pend_forget(struct store *s, const char *child_id, struct err *e)
{
	sqlite3_int64 seq;

	if (s->npending == 0)
		return 0;
	if (seq_of(s, child_id, &seq, e) != 0)
		return -1;
	pend_kill(s, seq);
	return 0;
}

int
store_search_forget(struct store *s, const char *child_id, struct err *e)
{
	return pend_forget(s, child_id, e);
}

/* Bulk mode: the terms come from the values just written (no reading back
 * of the child and its three people).  A child saved before gets a new
 * local number, so that terms an earlier save in this transaction left
 * pending are told apart (and dropped). */
int
store_search_pend(struct store *s, const char *child_id, int is_new,
    const char *name, const char *initials, const char *pinyin, const char *sort_key,
    const char *const num[4], const struct store_readings *rd, struct err *e)
{
	struct terms t = { BUF_INIT, 0, NULL, NULL, 0, 0 };
	struct search_pending *p = pend_get(s);
	sqlite3_stmt *st;
	sqlite3_int64 seq;
	int rc;

	if (!is_new) {
		if (seq_of(s, child_id, &seq, e) != 0)
			return -1;
		pend_kill(s, seq);
		if (drop_seq(s, child_id, e) != 0)
			return -1;
	}
	/* above every number in use and every number given in this
	 * transaction: a number whose pending terms are stale is never given
	 * again before the flush */
	st = store_stmt(s, "INSERT INTO child_seq (seq, child_id) VALUES "
	    "(max(?1, (SELECT coalesce(max(seq), 0) FROM child_seq)) + 1, ?2)", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, p->last);
	store_bind_text(st, 2, child_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("indexing a name for search"), e);
	seq = p->last = sqlite3_last_insert_rowid(s->db);
	s->npending++;
	t.to = p;
	t.sort_key = sort_key != NULL ? sort_key : "";
	t.sort_len = strlen(t.sort_key);
	t.seq = seq;
	gather(&t, name, initials, pinyin, num, rd);
	if (p->len >= p->chunk && pend_spill(s, e) != 0)
		return -1;
	return 0;
}

void
store_search_drop(struct store *s)
{
	struct search_pending *p = s->pend;
	size_t i;

	s->npending = 0;
	if (p == NULL)
		return;
	if (p->fd >= 0)
		close(p->fd);
	for (i = 0; i < p->nruns; i++)
		free(p->runs[i].buf);
	free(p->runs);
	free(p->arena);
	free(p->off);
	free(p->dead);
	free(p);
	s->pend = NULL;
}

/* The next record of a run, NULL at its end (errno set on a read error). */
static const unsigned char *
run_peek(struct search_pending *p, struct run *r)
{
	size_t need, have;
	ssize_t got;

	for (;;) {
		have = r->len - r->at;
		need = have >= 4 ? 4 + rec_len(r->buf + r->at) : 4;
		if (have >= need)
			return r->buf + r->at;
		if (r->pos >= r->end) {
			errno = have == 0 ? 0 : EIO;
			return NULL;
		}
		if (have > 0)
			memmove(r->buf, r->buf + r->at, have);
		r->len = have;
		r->at = 0;
		if (r->cap < need || r->cap < (1u << 15)) {
			r->cap = need > (1u << 15) ? need : 1u << 15;
			r->buf = xrealloc(r->buf, r->cap);
		}
		do
			got = plat_pread(p->fd, r->buf + r->len, r->cap - r->len < (size_t)(r->end -
			    r->pos) ? r->cap - r->len : (size_t)(r->end - r->pos), r->pos);
		while (got < 0 && errno == EINTR);
		if (got <= 0) {
			if (got == 0)
				errno = EIO;
			return NULL;
		}
		r->len += (size_t)got;
		r->pos += got;
	}
}

/* Terms go in by statements of BATCH rows (one statement per term cost
 * 1.8 times as much); the keys of a batch are copied, as a run's buffer
 * moves under them. */
#define BATCH 128

struct batch {
	struct buf keys;
	size_t at[BATCH];
	sqlite3_int64 seq[BATCH];
	int n;
};

static int
batch_flush(struct store *s, struct batch *b, struct err *e)
{
	static char *many;
	sqlite3_stmt *st = NULL;
	struct buf sql = BUF_INIT;
	const char *term;
	int i, rc, all = b->n == BATCH;

	if (b->n == 0)
		return 0;
	if (many == NULL) {
		buf_adds(&sql, "INSERT OR IGNORE INTO child_search (term, sort_key, seq) VALUES "
		    "(?, ?, ?)");
		for (i = 1; i < BATCH; i++)
			buf_adds(&sql, ", (?, ?, ?)");
		many = buf_detach(&sql);
	}
	for (i = 0; i < b->n; i++) {
		if (i == 0 || !all) {
			st = store_stmt(s, all ? many : "INSERT OR IGNORE INTO child_search "
			    "(term, sort_key, seq) VALUES (?, ?, ?)", e);
			if (st == NULL)
				return -1;
		}
		term = b->keys.s + b->at[i];
		sqlite3_bind_text(st, all ? 3 * i + 1 : 1, term, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, all ? 3 * i + 2 : 2, term + strlen(term) + 1, -1,
		    SQLITE_STATIC);
		sqlite3_bind_int64(st, all ? 3 * i + 3 : 3, b->seq[i]);
		if (!all || i + 1 == b->n) {
			rc = sqlite3_step(st);
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			if (rc != SQLITE_DONE)
				return store_fail(s, rc, _("indexing names for search"), e);
		}
	}
	b->n = 0;
	buf_reset(&b->keys);
	return 0;
}

static int
insert_key(struct store *s, struct batch *b, const unsigned char *k, uint32_t klen,
    struct err *e)
{
	sqlite3_int64 seq = 0;
	int i;

	for (i = 0; i < 8; i++)
		seq = (sqlite3_int64)((sqlite3_uint64)seq << 8 | k[klen - 8 + (uint32_t)i]);
	if (is_dead(s->pend, seq))
		return 0;
	b->at[b->n] = b->keys.len;
	b->seq[b->n] = seq;
	buf_add(&b->keys, (const char *)k, klen - 8);	/* term \0 sort_key \0 */
	if (++b->n < BATCH)
		return 0;
	return batch_flush(s, b, e);
}

/* Every pending term into child_search, in key order, once. */
int
store_search_flush(struct store *s, struct err *e)
{
	struct search_pending *p = s->pend;
	const unsigned char *best, *r, *prev = NULL;
	unsigned char *last = NULL;
	uint32_t bl, prevlen = 0;
	struct batch b;
	size_t i, k;
	int ret = -1;

	if (s->npending == 0 || p == NULL) {
		store_search_drop(s);
		return 0;
	}
	memset(&b, 0, sizeof b);
	if (p->nruns == 0) {	/* all in memory */
		pend_sort(p);
		for (i = 0; i < p->n; i++) {
			r = p->arena + p->off[i];
			bl = rec_len(r);
			if (prev != NULL && key_cmp(prev, prevlen, r + 4, bl) == 0)
				continue;
			if (insert_key(s, &b, r + 4, bl, e) != 0)
				goto out;
			prev = r + 4;
			prevlen = bl;
		}
		ret = batch_flush(s, &b, e);
		goto out;
	}
	if (pend_spill(s, e) != 0)
		goto out;
	free(p->arena);		/* the memory goes to the run buffers */
	p->arena = NULL;
	p->cap = 0;
	for (;;) {
		best = NULL;
		k = 0;
		bl = 0;
		for (i = 0; i < p->nruns; i++) {
			errno = 0;
			r = run_peek(p, &p->runs[i]);
			if (r == NULL) {
				if (errno != 0) {
					io_fail(s, e);
					goto out;
				}
				continue;
			}
			if (best == NULL || key_cmp(r + 4, rec_len(r), best + 4, bl) < 0) {
				best = r;
				bl = rec_len(r);
				k = i;
			}
		}
		if (best == NULL)
			break;
		if (last == NULL || key_cmp(last + 4, rec_len(last), best + 4, bl) != 0) {
			if (insert_key(s, &b, best + 4, bl, e) != 0)
				goto out;
			last = xrealloc(last, 4 + bl);
			memcpy(last, best, 4 + bl);
		}
		p->runs[k].at += 4 + bl;
	}
	ret = batch_flush(s, &b, e);
out:
	free(last);
	buf_free(&b.keys);
	store_search_drop(s);
	return ret;
}

/* For code that changed a child's row itself (the merge of a package):
 * the child gets a new local number and its terms are written again; the
 * old terms are left behind under a number no child has, which every query
 * skips (store_search_rebuild drops them). */
int
store_search_reindex(struct store *s, const char *child_id, struct err *e)
{
	if (pend_forget(s, child_id, e) != 0 || drop_seq(s, child_id, e) != 0)
		return -1;
	return store_search_add(s, child_id, e);
}

/* Every child's terms again, from its row (inside the caller's
 * transaction). */
static int
reindex_all(struct store *s, struct err *e)
{
	sqlite3_stmt *st = NULL;
	char id[UUID_LEN + 1];
	int rc, ret = -1;

	if (store_exec(s, "DELETE FROM child_search; DELETE FROM child_seq", e) != 0)
		return -1;
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
	return ret;
}

int
store_search_rebuild(struct store *s, struct err *e)
{
	if (store_begin(s, e) != 0)
		return -1;
	if (reindex_all(s, e) == 0)
		return store_commit(s, e);
	store_rollback(s);
	return -1;
}

/* Every child's terms again, through the sorted runs of bulk mode: one
 * read of the children, the terms inserted in key order (at 100,000
 * children a child-by-child rebuild took 30 s of CPU, most of it in
 * random B-tree writes). */
static int
reindex_sorted(struct store *s, struct err *e)
{
	sqlite3_stmt *st = NULL;
	char id[UUID_LEN + 1];
	const char *num[4];
	int rc, i, ret = -1;

	if (store_exec(s, "DELETE FROM child_search; DELETE FROM child_seq", e) != 0)
		return -1;
	rc = sqlite3_prepare_v2(s->db, "SELECT c.id, c.name, c.initials, c.pinyin, "
	    "c.sort_key, c.id_number, f.phone, m.phone, g.phone FROM child c"
	    STORE_CHILD_JOINS, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, _("indexing names for search"), e);
		goto out;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_col_id(st, 0, id);
		for (i = 0; i < 4; i++)
			num[i] = (const char *)sqlite3_column_text(st, 5 + i);
		if (store_search_pend(s, id, 1, (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4), num, NULL, e) != 0)
			goto out;
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("indexing names for search"), e);
		goto out;
	}
	ret = store_search_flush(s, e);
out:
	sqlite3_finalize(st);
	if (ret != 0)
		store_search_drop(s);
	return ret;
}

/* Schema step 3: the name of a child is read again — its likeliest
 * reading may have changed (长 chang in a given name, 澹台 tantai) — and
 * every child is indexed under every reading.  Runs inside the
 * migration's transaction. */
int
store_search_migrate(struct store *s, struct err *e)
{
	sqlite3_stmt *st = NULL, *up = NULL;
	char *py, *ini, *key;
	const char *name;
	int rc, ret = -1;

	rc = sqlite3_prepare_v2(s->db, "SELECT id, name, pinyin, initials, sort_key "
	    "FROM child", -1, &st, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, _("indexing names for search"), e);
		goto out;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		name = (const char *)sqlite3_column_text(st, 1);
		py = pinyin_full(name);
		ini = pinyin_initials(name);
		key = pinyin_sort_key(name);
		rc = SQLITE_DONE;
		up = NULL;
		if (!str_eq((const char *)sqlite3_column_text(st, 2), py) ||
		    !str_eq((const char *)sqlite3_column_text(st, 3), ini) ||
		    !str_eq((const char *)sqlite3_column_text(st, 4), key)) {
			up = store_stmt(s, "UPDATE child SET pinyin = ?1, initials = ?2, "
			    "sort_key = ?3 WHERE id = ?4", e);
			if (up == NULL)
				rc = SQLITE_ERROR;
			else {
				store_bind_text(up, 1, py);
				store_bind_text(up, 2, ini);
				store_bind_text(up, 3, key);
				sqlite3_bind_value(up, 4, sqlite3_column_value(st, 0));
				rc = sqlite3_step(up);
				sqlite3_reset(up);
				sqlite3_clear_bindings(up);
			}
		}
		free(py);
		free(ini);
		free(key);
		if (rc != SQLITE_DONE) {
			if (up != NULL)	/* else store_stmt said why */
				store_fail(s, rc, _("indexing names for search"), e);
			goto out;
		}
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("indexing names for search"), e);
		goto out;
	}
	ret = reindex_sorted(s, e);
out:
	sqlite3_finalize(st);
	return ret;
}
