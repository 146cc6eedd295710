/* import.c — a CSV file of children into the store, row by row, all or
 * nothing per row; see guanai/import.h for the rules. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/app/import.h"
#include "guanai/app/scope.h"
#include "guanai/base/buf.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "guanai/io/csv.h"
#include "guanai/io/sheet.h"
#include "guanai/store/store.h"
#include "import-private.h"

/* The column of the rejected file that says why (a file format). */
#define REASON_HEADER "错误原因"
#define PROGRESS_EVERY 500
/* Rows looked at for the header (title rows above it are skipped). */
#define HEADER_SEARCH 5
/* Possible duplicates looked at per row (the first within the scope is named). */
#define IMPORT_NEAR_MAX 8

struct imp {
	struct app *a;
	const struct import_opts *o;
	struct import_report *rep;
	const char *fname;		/* the input's base name, for messages */
	FILE *fp;
	int bom;
	struct charset_reader *cr;
	struct csv_reader *csv;
	struct sheet_reader *sheet;	/* an Excel file instead */
	struct import_cols c;		/* the columns, the sheet's class */
	int class_sheet;		/* a sheet of classes' 在校学生数 */
	struct import_class_cols cc;
	char *header_raw;
	struct atomic_file rej;
	int rej_open;
	struct charset_writer *rw;
	struct seen {			/* the children this file wrote, by id */
		struct seen_key { uint64_t hi, lo; } *key;	/* in order met */
		uint32_t *line;		/* the line that wrote key[i] */
		size_t n, alloc;
		uint32_t *slot;		/* hash slots: 0 empty, else i + 1 */
		size_t nslot;		/* 0 or a power of two */
	} seen;
	long dup_of;			/* apply_row: the earlier line of this child */
};

/* ---- children met earlier in the same file ----------------------------
 * A 100k import holds every child it wrote: an id is kept as its 128 bits
 * with its line, in the order met, and the hash slots are 4-byte indexes
 * into them — ~36 bytes a child at the most, where the text and a long in
 * half-empty slots took ~180 (the import's peak memory, issue 15 item 6). */

/* The id's 32 hex digits as two integers; an id that is not a UUID (none
 * is made so) falls back on two FNV-1a hashes of its text. */
static struct seen_key
seen_key_of(const char *id)
{
	struct seen_key k = { 0, 0 };
	uint64_t h = 1469598103934665603u;
	int digits = 0, v;
	const char *c;

	for (c = id; *c != '\0'; c++) {
		if (*c == '-')
			continue;
		if (*c >= '0' && *c <= '9')
			v = *c - '0';
		else if ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'f')
			v = (*c | 0x20) - 'a' + 10;
		else
			break;
		if (digits++ < 16)
			k.hi = k.hi << 4 | (uint64_t)v;
		else
			k.lo = k.lo << 4 | (uint64_t)v;
	}
	if (*c == '\0' && digits == 32 && (k.hi | k.lo) != 0)
		return k;
	k.hi = k.lo = 0;
	for (c = id; *c != '\0'; c++) {
		h = (h ^ (unsigned char)*c) * 1099511628211u;
		k.hi = k.hi * 31 + (unsigned char)*c;
	}
	k.lo = h | 1;		/* never the empty key */
	return k;
}

/* The slot of k: where it is, or the empty slot where it would go. */
static size_t
seen_slot(const struct seen *sn, struct seen_key k)
{
	size_t i = (size_t)((k.lo ^ k.hi) * 0x9E3779B97F4A7C15u >> 20) & (sn->nslot - 1);
	uint32_t at;

	while ((at = sn->slot[i]) != 0 &&
	    (sn->key[at - 1].hi != k.hi || sn->key[at - 1].lo != k.lo))
		i = (i + 1) & (sn->nslot - 1);
	return i;
}

/* The line that wrote child `id` earlier in this file, or 0. */
static long
seen_line(const struct seen *sn, const char *id)
{
	size_t i;

	if (sn->nslot == 0)
		return 0;
	i = seen_slot(sn, seen_key_of(id));
	return sn->slot[i] != 0 ? (long)sn->line[sn->slot[i] - 1] : 0;
}

static void
seen_add(struct seen *sn, const char *id, long line)
{
	struct seen_key k;
	size_t i;

	if (id[0] == '\0' || sn->n >= UINT32_MAX - 1)
		return;
	k = seen_key_of(id);
	if (2 * (sn->n + 1) > sn->nslot) {	/* at most half full: slots again */
		free(sn->slot);
		sn->nslot = sn->nslot ? sn->nslot * 2 : 512;
		sn->slot = xcalloc(sn->nslot, sizeof *sn->slot);
		for (i = 0; i < sn->n; i++)
			sn->slot[seen_slot(sn, sn->key[i])] = (uint32_t)i + 1;
	}
	i = seen_slot(sn, k);
	if (sn->slot[i] != 0)
		return;
	if (sn->n == sn->alloc) {
		sn->alloc = sn->alloc ? sn->alloc * 2 : 256;
		sn->key = xrealloc(sn->key, sn->alloc * sizeof *sn->key);
		sn->line = xrealloc(sn->line, sn->alloc * sizeof *sn->line);
	}
	sn->key[sn->n] = k;
	sn->line[sn->n] = line > 0 && line <= (long)UINT32_MAX ? (uint32_t)line : UINT32_MAX;
	sn->slot[i] = (uint32_t)++sn->n;
}

static void
seen_free(struct seen *sn)
{
	free(sn->key);
	free(sn->line);
	free(sn->slot);
	memset(sn, 0, sizeof *sn);
}

void
import_report_init(struct import_report *r)
{
	memset(r, 0, sizeof *r);
}

static void
free_list(char ***v, size_t *n)
{
	size_t i;

	for (i = 0; i < *n; i++)
		free((*v)[i]);
	free(*v);
	*v = NULL;
	*n = 0;
}

void
import_report_clear(struct import_report *r)
{
	xfree(&r->rejected_path);
	free_list(&r->unknown, &r->nunknown);
	free_list(&r->notes, &r->nnotes);
	free_list(&r->problems, &r->nproblems);
	import_report_init(r);
}

static void
push(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

char *
import_rejected_path(const char *path)
{
	const char *base = path, *p;
	char *dir = fs_dirname(path), *stem, *out;
	size_t n;

	/* after the last separator: '\\' too on Windows, as fs_dirname */
	for (p = path; *p != '\0'; p++)
		if (plat_is_sep((unsigned char)*p))
			base = p + 1;
	n = strlen(base);

	if (n > 4 && strcasecmp(base + n - 4, ".csv") == 0)
		n -= 4;
	else if (n > 4 && strcasecmp(base + n - 4, ".xls") == 0)
		n -= 4;
	else if (n > 5 && strcasecmp(base + n - 5, ".xlsx") == 0)
		n -= 5;
	stem = xstrndup(base, n);
	if (!fs_dir_writable(dir)) {
		free(dir);
		dir = fs_data_dir();
		fs_mkdir_p(dir, 0700, NULL);
	}
	out = xasprintf("%s/%s.rejected.csv", dir, stem);
	free(stem);
	free(dir);
	return out;
}

/* The next row of the input, CSV or Excel: as csv_next. */
static int
next_row(struct imp *m, struct csv_record *rec, struct err *e)
{
	if (m->sheet != NULL)
		return sheet_next(m->sheet, rec, e);
	return csv_next(m->csv, rec, e);
}

/* ---- header ----------------------------------------------------------- */

/* Map the columns of one candidate header row; 1 when it has 姓名 and
 * the class (a 班级 or 年级 column, or the class of the whole sheet), 0
 * when it is not a header. */
static int
map_header(struct imp *m, const struct csv_record *rec)
{
	const struct field *f;
	size_t i, j;
	int have_name = 0, have_class = m->c.grade > 0, away;

	free(m->c.f);
	free(m->c.away);
	free_list(&m->rep->unknown, &m->rep->nunknown);
	m->c.n = rec->nfields;
	m->c.f = xcalloc(m->c.n, sizeof *m->c.f);
	m->c.away = xcalloc(m->c.n, 1);
	for (i = 0; i < rec->nfields; i++) {
		const char *h = rec->fields[i];

		if (str_empty(h) || strcmp(h, REASON_HEADER) == 0)
			continue;
		f = import_header_field(h, &away);
		for (j = 0; f != NULL && j < i; j++)
			if (m->c.f[j] == f)
				f = NULL;	/* a second column for one field */
		if (away) {
			m->c.away[i] = 1;
			continue;
		}
		if (f == NULL && import_header_serial(h))
			continue;	/* 序号: no value of a child */
		if (f == NULL) {
			push(&m->rep->unknown, &m->rep->nunknown, str_trim(h));
			continue;
		}
		m->c.f[i] = f;
		have_name |= f->id == F_NAME;
		have_class |= f->id == F_CLASS_NO || f->id == F_GRADE;
	}
	return have_name && have_class;
}

/* A reading error names the file (the CSV reader knows only lines). */
static int
read_failed(struct imp *m, struct err *e)
{
	if (e != NULL && !str_has_prefix(e->msg, m->fname))
		err_prefix(e, "%s: ", m->fname);
	return -1;
}

/* The header is the first row with 姓名 and 班级 among the first few:
 * county sheets often carry a title row ("XX学校留守儿童花名册") above it. */
static int
read_header(struct imp *m, struct err *e)
{
	struct csv_record rec;
	int rc, tries;

	for (tries = 0; tries < HEADER_SEARCH; tries++) {
		rc = next_row(m, &rec, e);
		if (rc < 0)
			return read_failed(m, e);
		if (rc == 0)
			break;
		if ((m->class_sheet = import_class_header(&rec, &m->cc)) ||
		    map_header(m, &rec)) {
			m->header_raw = xstrndup(rec.raw, rec.raw_len);
			return 0;
		}
		/* a title row: 三年级2班留守儿童花名册 (--class comes first) */
		if (m->o->class_arg == NULL)
			import_title_class(&rec, &m->c.grade, &m->c.class_no);
	}
	free_list(&m->rep->unknown, &m->rep->nunknown);
	if (tries == 0)
		err_set(e, ERR_INPUT, _("%s: the file is empty"), m->fname);
	else
		err_set(e, ERR_INPUT, _("%s: no header row with at least the columns "
		    "姓名 and 班级 in the first rows (see guanai template)"), m->fname);
	return -1;
}

/* ---- one row ---------------------------------------------------------- */

static int
same_record(const struct record *x, const struct record *y)
{
	int i;

	for (i = 0; i < FIELD_COUNT; i++)
		if (!str_eq(x->v[i], y->v[i]))
			return 0;
	return 1;
}

/* "三年级(2)班" of a stored record, in the UI language; caller frees. */
static char *
class_of(const struct record *o)
{
	const char *g = record_get(o, F_GRADE), *k = record_get(o, F_CLASS_NO);

	return class_label(g != NULL ? atoi(g) : 0, k != NULL ? atoi(k) : 0);
}

static void
note_duplicate(struct imp *m, long line, const struct record *r,
    const char *other_id)
{
	struct err e = { 0, "" };
	struct record o;
	char *cls;

	m->rep->duplicates++;
	if (m->rep->nnotes >= IMPORT_MAX_NOTES)
		return;
	record_init(&o);
	if (store_child_get(m->a->store, other_id, &o, &e) != 0) {
		record_clear(&o);
		return;
	}
	cls = class_of(&o);
	push(&m->rep->notes, &m->rep->nnotes, xasprintf(_("%s, line %ld: %s may be "
	    "the same child as %s in %s (not merged; please check)"), m->fname, line,
	    record_get(r, F_NAME), record_get(&o, F_NAME), cls));
	free(cls);
	record_clear(&o);
}

/* The first possible duplicate within the teacher's scope (a child
 * outside it is never named, nor counted); 1 found, 0 none, -1 error. */
static int
near_in_scope(struct imp *m, const struct record *r, char out[UUID_LEN + 1],
    struct err *e)
{
	char near[IMPORT_NEAR_MAX][UUID_LEN + 1];
	int n, i, rc;

	n = store_child_near_matches(m->a->store, r, near, IMPORT_NEAR_MAX, e);
	for (i = 0; i < n; i++) {
		if ((rc = app_scope_child(m->a, near[i], e)) < 0)
			return -1;
		if (rc == 0) {
			memcpy(out, near[i], UUID_LEN + 1);
			return 1;
		}
	}
	return n < 0 ? -1 : 0;
}

/* Match and write one parsed row.  1 when the merged record is not
 * consistent (reject the row, reason in e), 0 done, -1 database error. */
static int
apply_row(struct imp *m, struct record *r, long line, struct err *e)
{
	struct store *s = m->a->store;
	char id[UUID_LEN + 1], near[1][UUID_LEN + 1];
	struct record old, merged;
	int rc, i;

	/* a teacher's file writes only into the teacher's classes, and only
	 * children already there (DESIGN.md §7): checked before anything is
	 * looked up, so a message never names a child of another class */
	if ((rc = app_scope_record(m->a, r, e)) != 0)
		return rc;
	rc = store_child_match(s, r, id, e);
	if (rc < 0)
		return -1;
	if (rc == 0 && (rc = app_scope_match(m->a, id, e)) != 0)
		return rc;
	if (rc == 1) {
		rc = near_in_scope(m, r, near[0], e);
		if (rc < 0)
			return -1;
		if (rc > 0)
			note_duplicate(m, line, r, near[0]);
		r->id[0] = '\0';
		if (store_child_save(s, r, e) != 0)
			return -1;
		seen_add(&m->seen, r->id, line);
		m->rep->added++;
		return 0;
	}
	/* a child written by an earlier row of this file: a copied row, which
	 * the teacher must hear of (it was counted as 更新 1 人 alone) */
	m->dup_of = seen_line(&m->seen, id);
	seen_add(&m->seen, id, line);
	record_init(&old);
	record_init(&merged);
	rc = store_child_get(s, id, &old, e);
	if (rc != 0) {
		err_set(e, ERR_IO, _("%s, line %ld: the matching child vanished "
		    "while importing"), m->fname, line);
		rc = -1;
		goto out;
	}
	if (!str_eq(record_get(r, F_NAME), record_get(&old, F_NAME))) {
		/* one ID (or 学籍号) for two names: a typo or a copied row */
		char *cls = class_of(&old);

		err_set(e, ERR_INPUT, _("the ID number or student number is already "
		    "that of %s in %s; the names differ, please check"),
		    record_get(&old, F_NAME), cls);
		free(cls);
		rc = 1;
		goto out;
	}
	record_copy(&merged, &old);
	for (i = 0; i < FIELD_COUNT; i++)
		if (r->v[i] != NULL)	/* an empty cell never erases */
			record_set(&merged, (enum field_id)i, r->v[i]);
	if (same_record(&merged, &old)) {
		m->rep->unchanged++;
		rc = 0;
		goto out;
	}
	if (record_complete(&merged, e) != 0) {
		rc = 1;
		goto out;
	}
	rc = store_child_save(s, &merged, e) == 0 ? 0 : -1;
	if (rc == 0)
		m->rep->updated++;
out:
	record_clear(&old);
	record_clear(&merged);
	return rc;
}

/* ---- rejected rows ---------------------------------------------------- */

static int
open_rejected(struct imp *m, struct err *e)
{
	struct buf b = BUF_INIT;
	int rc;

	m->rep->rejected_path = import_rejected_path(m->o->path);
	if (atomic_open(&m->rej, m->rep->rejected_path, 0600, e) != 0)
		return -1;
	m->rej_open = 1;
	/* the input's encoding; a UTF-8 file gets a BOM so Excel opens it */
	m->rw = charset_writer_new(m->rej.fp, m->rep->rejected_path, m->rep->charset, 1);
	buf_adds(&b, m->header_raw);
	buf_addc(&b, ',');
	buf_adds(&b, REASON_HEADER);
	buf_adds(&b, "\r\n");
	rc = charset_write(m->rw, b.s, b.len, e);
	buf_free(&b);
	return rc;
}

/* The row as read, with every problem of it in the 错误原因 column. */
static int
reject_row(struct imp *m, const struct csv_record *rec,
    const struct import_problems *p, struct err *e)
{
	struct buf b = BUF_INIT;
	char *reason;
	size_t i;
	int rc;

	if (m->rep->nproblems < IMPORT_MAX_NOTES)	/* the preview shows them */
		push(&m->rep->problems, &m->rep->nproblems, xasprintf(_("line %ld: %s"),
		    rec->line, buf_str(&p->text)));
	if (m->o->dry_run)
		return 0;
	if (!m->rej_open && open_rejected(m, e) != 0)
		return -1;
	if (p->fatal)
		reason = xasprintf(_("%s, line %ld: %s — the row was not imported"),
		    m->fname, rec->line, buf_str(&p->text));
	else if (m->dup_of > 0 && p->n == 1)	/* merged whole: nothing left out */
		reason = xasprintf(_("%s, line %ld: %s"), m->fname, rec->line,
		    buf_str(&p->text));
	else
		reason = xasprintf(_("%s, line %ld: %s — the child was imported "
		    "without these values"), m->fname, rec->line, buf_str(&p->text));
	buf_add(&b, rec->raw, rec->raw_len);
	for (i = rec->nfields; i < m->c.n; i++)
		buf_addc(&b, ',');	/* a short row: the reason in its column */
	buf_addc(&b, ',');
	csv_add_cell(&b, reason, 0);
	buf_adds(&b, "\r\n");
	rc = charset_write(m->rw, b.s, b.len, e);
	buf_free(&b);
	free(reason);
	return rc;
}

/* ---- the whole file --------------------------------------------------- */

/* A workbook is read by its library, which would block on a FIFO: the same
 * regular-file check as a CSV's first. */
static int
excel_is_regular(const char *path, struct err *e)
{
	FILE *fp = fs_open_regular(path, e);

	if (fp == NULL)
		return -1;
	fclose(fp);
	return 0;
}

static int
open_input(struct imp *m, struct err *e)
{
	enum charset cs;

	if (sheet_is_excel(m->o->path)) {
		/* the rejected rows of a workbook go to a UTF-8 CSV */
		m->rep->charset = CHARSET_UTF8;
		m->rep->workbook = 1;
		if (excel_is_regular(m->o->path, e) != 0)
			return -1;
		return sheet_open(m->o->path, m->o->sheet, &m->sheet, e);
	}
	m->fp = fs_open_regular(m->o->path, e);
	if (m->fp == NULL)
		return -1;
	if (charset_detect(m->fp, &cs, &m->bom, e) != 0)
		return -1;
	m->rep->charset = m->o->force_charset ? m->o->charset : cs;
	m->cr = charset_reader_new(m->fp, m->rep->charset, m->fname);
	m->csv = csv_reader_new(charset_reader_read, m->cr);
	csv_reader_input_checked(m->csv);	/* the charset reader checked it */
	return 0;
}

/* One row of a class sheet: 0 (a problem is in p), -1 database error. */
static int
class_row(struct imp *m, struct csv_record *rec, struct import_problems *p,
    struct err *e)
{
	int g, n, enrolled;
	size_t i;

	for (i = 0; i < rec->nfields; i++)
		import_unguard_cell(rec->fields[i]);
	if (import_row_total(rec)) {
		m->rep->skipped++;
		return 0;
	}
	if (import_class_row(&m->cc, rec, &g, &n, &enrolled, p) != 0) {
		m->rep->rejected++;
		return 0;
	}
	if (store_class_set_enrolled(m->a->store, g, n, enrolled, e) != 0)
		return -1;
	m->rep->classes++;
	return 0;
}

static int
read_rows(struct imp *m, struct err *e)
{
	struct import_problems p = { BUF_INIT, 0, 0 };
	struct csv_record rec;
	struct err why;
	struct record r;
	long rows = 0;
	int rc = 0, fail = 0;

	record_init(&r);
	while (!fail && (rc = next_row(m, &rec, e)) == 1) {
		err_clear(&why);
		record_clear(&r);
		import_problems_clear(&p);
		if (m->o->progress != NULL && ++rows % PROGRESS_EVERY == 0 &&
		    m->o->progress(m->o->progress_ctx, rec.line) != 0) {
			err_stopped(e);
			fail = 1;
			break;
		}
		if (m->class_sheet) {
			rc = class_row(m, &rec, &p, e);
			if (rc < 0) {
				fail = 1;
				break;
			}
			if (p.n > 0)
				fail = reject_row(m, &rec, &p, e) != 0;
			continue;
		}
		if (import_row_skipped(&m->c, &rec)) {
			m->rep->skipped++;
			continue;
		}
		import_parse_row(&m->c, &rec, &r, &p);
		if (!p.fatal) {
			m->dup_of = 0;
			rc = apply_row(m, &r, rec.line, &why);
			if (rc < 0) {
				err_set(e, why.code ? why.code : ERR_IO, "%s", why.msg);
				fail = 1;
				break;
			}
			if (rc == 1)
				import_problem(&p, 1, why.msg);
			else if (m->dup_of > 0) {
				char *msg = xasprintf(_("the same child as line %ld (same ID "
				    "number, student number, or name, birth date and class); "
				    "the two rows were merged into one record"), m->dup_of);

				import_problem(&p, 0, msg);
				free(msg);
			}
		}
		if (p.n == 0)
			continue;
		if (p.fatal)
			m->rep->rejected++;
		else
			m->rep->partial++;
		fail = reject_row(m, &rec, &p, e) != 0;
	}
	record_clear(&r);
	buf_free(&p.text);
	if (!fail && rc < 0)
		return read_failed(m, e);
	return fail ? -1 : 0;
}

static void
close_input(struct imp *m)
{
	csv_reader_free(&m->csv);
	sheet_reader_free(&m->sheet);
	charset_reader_free(&m->cr);
	if (m->fp != NULL)
		fclose(m->fp);
	m->fp = NULL;
	charset_writer_free(&m->rw);
	free(m->c.f);
	free(m->c.away);
	free(m->header_raw);
	seen_free(&m->seen);
}

/* The rejected file first, then the audit row and the commit: a failure
 * anywhere leaves the database as it was. */
static int
finish(struct imp *m, struct err *e)
{
	struct import_report *rep = m->rep;
	char *detail;
	int rc;

	if (m->rej_open) {
		if (charset_writer_flush(m->rw, e) != 0 || atomic_commit(&m->rej, e) != 0)
			return -1;
		m->rej_open = 0;
	}
	if (m->o->dry_run) {
		store_rollback(m->a->store);
		return 0;
	}
	/* one audit row for the operation; never an ID or phone in it */
	/* a workbook has no text encoding: only a text file's is said */
	detail = xasprintf("file=%s%s%s new=%ld updated=%ld unchanged=%ld "
	    "rejected=%ld partial=%ld duplicates=%ld", m->fname,
	    sheet_is_excel(m->o->path) ? "" : " encoding=",
	    sheet_is_excel(m->o->path) ? "" : charset_name(rep->charset), rep->added,
	    rep->updated, rep->unchanged, rep->rejected, rep->partial, rep->duplicates);
	rc = store_audit_event(m->a->store, "import", detail, e);
	free(detail);
	if (rc != 0)
		return -1;
	return store_commit(m->a->store, e);
}

int
import_run(struct app *a, const struct import_opts *o, struct import_report *rep,
    struct err *e)
{
	struct imp m;
	const char *slash = strrchr(o->path, '/');
	int in_tx = 0, rc = -1;

	memset(&m, 0, sizeof m);
	m.a = a;
	m.o = o;
	m.rep = rep;
	m.fname = slash != NULL ? slash + 1 : o->path;
	if (o->class_arg != NULL) {
		m.c.grade = o->class_grade;
		m.c.class_no = o->class_no;
	}
	if (open_input(&m, e) != 0 || read_header(&m, e) != 0)
		goto out;
	if (store_begin(a->store, e) != 0)
		goto out;
	in_tx = 1;
	store_bulk_begin(a->store);
	rc = read_rows(&m, e);
	store_bulk_end(a->store);
	if (rc != 0)
		goto out;
	rc = -1;
	in_tx = 0;
	if (finish(&m, e) != 0) {
		in_tx = !o->dry_run;
		goto out;
	}
	rc = 0;
out:
	if (in_tx)
		store_rollback(a->store);
	if (m.rej_open)
		atomic_abort(&m.rej);
	close_input(&m);
	if (rc != 0) {
		/* nothing was changed: no half import, no rejected file */
		xfree(&rep->rejected_path);
		if (e != NULL && e->code == ERR_INPUT)
			e->code = ERR_IO;
	}
	return rc;
}

/* ---- preview (the TUI's import dialog) -------------------------------- */

void
import_preview_clear(struct import_preview *p)
{
	size_t i;

	for (i = 0; i < p->nrows; i++)
		free_list(&p->rows[i].cells, &p->rows[i].ncells);
	free(p->rows);
	memset(p, 0, sizeof *p);
}

/* The first rows of the first sheet of a workbook (always UTF-8). */
static int
preview_sheet(const char *path, size_t max_rows, struct import_preview *p,
    struct err *e)
{
	struct sheet_reader *r = NULL;
	struct csv_record rec;
	size_t i;
	int rc = 0;

	p->charset = CHARSET_UTF8;
	p->workbook = 1;
	if (sheet_open(path, NULL, &r, e) != 0)
		return -1;
	while (p->nrows < max_rows && (rc = sheet_next(r, &rec, e)) == 1) {
		struct import_preview_row *row;

		p->rows = xrealloc(p->rows, (p->nrows + 1) * sizeof *p->rows);
		row = &p->rows[p->nrows++];
		row->line = rec.line;
		row->ncells = 0;
		row->cells = NULL;
		for (i = 0; i < rec.nfields; i++)
			push(&row->cells, &row->ncells, xstrdup(rec.fields[i]));
	}
	sheet_reader_free(&r);
	if (rc < 0) {
		import_preview_clear(p);
		return -1;
	}
	return 0;
}

int
import_preview(const char *path, int force_charset, enum charset cs, size_t max_rows,
    struct import_preview *p, struct err *e)
{
	struct charset_reader *cr = NULL;
	struct csv_reader *csv = NULL;
	struct csv_record rec;
	const char *slash = strrchr(path, '/');
	FILE *fp;
	size_t i;
	int bom, rc = -1;

	memset(p, 0, sizeof *p);
	if (sheet_is_excel(path))
		return excel_is_regular(path, e) != 0 ? -1 :
		    preview_sheet(path, max_rows, p, e);
	if ((fp = fs_open_regular(path, e)) == NULL)
		return -1;
	if (charset_detect(fp, &p->charset, &bom, e) != 0)
		goto out;
	if (force_charset)
		p->charset = cs;
	cr = charset_reader_new(fp, p->charset, slash != NULL ? slash + 1 : path);
	csv = csv_reader_new(charset_reader_read, cr);
	csv_reader_input_checked(csv);
	while (p->nrows < max_rows && (rc = csv_next(csv, &rec, e)) == 1) {
		struct import_preview_row *row;

		p->rows = xrealloc(p->rows, (p->nrows + 1) * sizeof *p->rows);
		row = &p->rows[p->nrows++];
		row->line = rec.line;
		row->ncells = 0;
		row->cells = NULL;
		for (i = 0; i < rec.nfields; i++)
			push(&row->cells, &row->ncells, xstrdup(rec.fields[i]));
	}
	rc = rc < 0 ? -1 : 0;
out:
	csv_reader_free(&csv);
	charset_reader_free(&cr);
	fclose(fp);
	if (rc != 0)
		import_preview_clear(p);
	return rc;
}
