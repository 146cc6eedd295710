/* import.c — a CSV file of children into the store, row by row, all or
 * nothing per row; see guanai/import.h for the rules. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/buf.h"
#include "guanai/csv.h"
#include "guanai/field.h"
#include "guanai/fsutil.h"
#include "guanai/i18n.h"
#include "guanai/import.h"
#include "guanai/mem.h"
#include "guanai/validate.h"

/* The column of the rejected file that says why (a file format). */
#define REASON_HEADER "错误原因"
#define PROGRESS_EVERY 500
/* Rows looked at for the header (title rows above it are skipped). */
#define HEADER_SEARCH 5

struct imp {
	struct app *a;
	const struct import_opts *o;
	struct import_report *rep;
	const char *fname;		/* the input's base name, for messages */
	FILE *fp;
	int bom;
	struct charset_reader *cr;
	struct csv_reader *csv;
	const struct field **cols;	/* per column: the field, or NULL */
	size_t ncols;
	char *header_raw;
	struct atomic_file rej;
	int rej_open;
	struct charset_writer *rw;
};

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
	const char *slash = strrchr(path, '/');
	const char *base = slash != NULL ? slash + 1 : path;
	char *dir = fs_dirname(path), *stem, *out;
	size_t n = strlen(base);

	if (n > 4 && strcasecmp(base + n - 4, ".csv") == 0)
		n -= 4;
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

/* ---- header ----------------------------------------------------------- */

/* Map the columns of one candidate header row; 1 when it has 姓名 and
 * 班级, 0 when it is not a header. */
static int
map_header(struct imp *m, const struct csv_record *rec)
{
	const struct field *f;
	size_t i, j;
	int have_name = 0, have_class = 0;

	free(m->cols);
	free_list(&m->rep->unknown, &m->rep->nunknown);
	m->ncols = rec->nfields;
	m->cols = xcalloc(m->ncols, sizeof *m->cols);
	for (i = 0; i < rec->nfields; i++) {
		const char *h = rec->fields[i];

		if (str_empty(h) || strcmp(h, REASON_HEADER) == 0)
			continue;
		f = field_by_header(h);
		for (j = 0; f != NULL && j < i; j++)
			if (m->cols[j] == f)
				f = NULL;	/* a second column for one field */
		if (f == NULL) {
			push(&m->rep->unknown, &m->rep->nunknown, str_trim(h));
			continue;
		}
		m->cols[i] = f;
		have_name |= f->id == F_NAME;
		have_class |= f->id == F_CLASS_NO;
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
		rc = csv_next(m->csv, &rec, e);
		if (rc < 0)
			return read_failed(m, e);
		if (rc == 0)
			break;
		if (map_header(m, &rec)) {
			m->header_raw = xstrndup(rec.raw, rec.raw_len);
			return 0;
		}
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

/* The class cell may hold the whole class ("三年级(2)班", "初一2班") when
 * there is no grade column or the grade cell is empty. */
static int
parse_class(struct imp *m, struct record *r, const char *cell, struct err *e)
{
	const struct field *f = &field_table[F_CLASS_NO];
	struct err inner = { 0, "" };
	char *v = NULL, num[16];
	int g, n;

	(void)m;
	if (record_get(r, F_GRADE) != NULL && field_parse(f, cell, &v, &inner) == 0) {
		record_set(r, F_CLASS_NO, v);
		free(v);
		return 0;
	}
	if (class_full_parse(cell, &g, &n) == 0) {
		snprintf(num, sizeof num, "%d", n);
		record_set(r, F_CLASS_NO, num);
		snprintf(num, sizeof num, "%d", g);
		if (record_get(r, F_GRADE) == NULL)
			record_set(r, F_GRADE, num);
		else if (strcmp(record_get(r, F_GRADE), num) != 0) {
			err_set(e, ERR_INPUT, _("%s: %s does not agree with %s %s"),
			    field_label(f), cell, field_label(&field_table[F_GRADE]),
			    record_get(r, F_GRADE));
			return -1;
		}
		return 0;
	}
	if (!err_is_set(&inner) && field_parse(f, cell, &v, &inner) == 0) {
		record_set(r, F_CLASS_NO, v);	/* the grade is missing: */
		free(v);			/* record_complete says so */
		return 0;
	}
	err_set(e, ERR_INPUT, "%s", inner.msg);
	return -1;
}

/* Parse every mapped cell into r; -1 + e (the first bad value) otherwise. */
static int
parse_row(struct imp *m, const struct csv_record *rec, struct record *r,
    struct err *e)
{
	const char *class_cell = NULL;
	char *v;
	size_t i;

	for (i = 0; i < m->ncols && i < rec->nfields; i++) {
		const struct field *f = m->cols[i];

		if (f == NULL)
			continue;
		csv_unescape_formula(rec->fields[i]);
		if (f->id == F_CLASS_NO) {
			class_cell = rec->fields[i];	/* after the grade */
			continue;
		}
		v = NULL;
		if (field_parse(f, rec->fields[i], &v, e) != 0 &&
		    !(f->id == F_GRADE && str_empty(rec->fields[i])))
			return -1;
		record_set(r, f->id, v);
		free(v);
	}
	if (class_cell != NULL && !str_empty(class_cell) &&
	    parse_class(m, r, class_cell, e) != 0)
		return -1;
	return record_complete(r, e);
}

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

/* Match and write one parsed row.  1 when the merged record is not
 * consistent (reject the row, reason in e), 0 done, -1 database error. */
static int
apply_row(struct imp *m, struct record *r, long line, struct err *e)
{
	struct store *s = m->a->store;
	char id[UUID_LEN + 1], near[1][UUID_LEN + 1];
	struct record old, merged;
	int rc, i;

	rc = store_child_match(s, r, id, e);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		rc = store_child_near_matches(s, r, near, 1, e);
		if (rc < 0)
			return -1;
		if (rc > 0)
			note_duplicate(m, line, r, near[0]);
		r->id[0] = '\0';
		if (store_child_save(s, r, e) != 0)
			return -1;
		m->rep->added++;
		return 0;
	}
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

static int
reject_row(struct imp *m, const struct csv_record *rec, const char *why,
    struct err *e)
{
	struct buf b = BUF_INIT;
	char *reason;
	size_t i;
	int rc;

	m->rep->rejected++;
	if (m->o->dry_run)
		return 0;
	if (!m->rej_open && open_rejected(m, e) != 0)
		return -1;
	reason = xasprintf(_("%s, line %ld: %s"), m->fname, rec->line, why);
	buf_add(&b, rec->raw, rec->raw_len);
	for (i = rec->nfields; i < m->ncols; i++)
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

static int
open_input(struct imp *m, struct err *e)
{
	enum charset cs;

	m->fp = fs_open_regular(m->o->path, e);
	if (m->fp == NULL)
		return -1;
	if (charset_detect(m->fp, &cs, &m->bom, e) != 0)
		return -1;
	m->rep->charset = m->o->force_charset ? m->o->charset : cs;
	m->cr = charset_reader_new(m->fp, m->rep->charset, m->fname);
	m->csv = csv_reader_new(charset_reader_read, m->cr);
	return 0;
}

static int
read_rows(struct imp *m, struct err *e)
{
	struct csv_record rec;
	struct err why;
	struct record r;
	long rows = 0;
	int rc = 0, fail = 0;

	record_init(&r);
	while (!fail && (rc = csv_next(m->csv, &rec, e)) == 1) {
		err_clear(&why);
		record_clear(&r);
		if (m->o->progress != NULL && ++rows % PROGRESS_EVERY == 0)
			m->o->progress(m->o->progress_ctx, rec.line);
		if (parse_row(m, &rec, &r, &why) != 0) {
			fail = reject_row(m, &rec, why.msg, e) != 0;
			continue;
		}
		rc = apply_row(m, &r, rec.line, &why);
		if (rc < 0) {
			err_set(e, why.code ? why.code : ERR_IO, "%s", why.msg);
			fail = 1;
		} else if (rc == 1)
			fail = reject_row(m, &rec, why.msg, e) != 0;
	}
	record_clear(&r);
	if (!fail && rc < 0)
		return read_failed(m, e);
	return fail ? -1 : 0;
}

static void
close_input(struct imp *m)
{
	csv_reader_free(&m->csv);
	charset_reader_free(&m->cr);
	if (m->fp != NULL)
		fclose(m->fp);
	m->fp = NULL;
	charset_writer_free(&m->rw);
	free(m->cols);
	free(m->header_raw);
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
	detail = xasprintf("file=%s encoding=%s new=%ld updated=%ld unchanged=%ld "
	    "rejected=%ld duplicates=%ld", m->fname, charset_name(rep->charset),
	    rep->added, rep->updated, rep->unchanged, rep->rejected, rep->duplicates);
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
	if (str_has_suffix(o->path, ".xlsx") || str_has_suffix(o->path, ".xls") ||
	    str_has_suffix(o->path, ".XLSX") || str_has_suffix(o->path, ".XLS")) {
		err_set(e, ERR_USAGE, _("%s: import reads .csv files; in Excel or WPS "
		    "save the sheet as CSV (另存为 → CSV) first"), m.fname);
		return -1;
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
	if ((fp = fs_open_regular(path, e)) == NULL)
		return -1;
	if (charset_detect(fp, &p->charset, &bom, e) != 0)
		goto out;
	if (force_charset)
		p->charset = cs;
	cr = charset_reader_new(fp, p->charset, slash != NULL ? slash + 1 : path);
	csv = csv_reader_new(charset_reader_read, cr);
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
