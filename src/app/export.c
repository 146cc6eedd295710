/* export.c — children (and, in .xlsx, pairings and care records) to the
 * files the county asks for; see guanai/export.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/app/care.h"
#include "guanai/app/export.h"
#include "guanai/app/scope.h"
#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "guanai/io/csv.h"
#include "guanai/io/layout.h"
#include "guanai/io/xlsx.h"
#include "guanai/store/store.h"

#define PROGRESS_EVERY 500

struct exp {
	struct app *a;
	const struct export_opts *o;
	struct export_report *rep;
	struct layout_col *cols;
	size_t ncols;
	struct layout_ctx ctx;
	struct charset_writer *cw;	/* CSV */
	struct xlsx *x;			/* XLSX */
	unsigned char *numeric;
	char **ids;			/* children exported, sorted (XLSX --class) */
	size_t nids, capids;
	struct buf line;
	struct err *e;
};

int
export_format_of(const char *path, enum export_format *fmt, struct err *e)
{
	size_t n = strlen(path);

	if (n > 4 && strcasecmp(path + n - 4, ".csv") == 0) {
		*fmt = EXPORT_CSV;
		return 0;
	}
	if (n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0) {
		*fmt = EXPORT_XLSX;
		return 0;
	}
	err_set(e, ERR_USAGE, _("%s: the file name must end in .csv or .xlsx"), path);
	return -1;
}

/* An XLSX row.  String cells are written as strings and can never run
 * as formulas, so they are NOT escaped (an apostrophe would be visible
 * data: '-5分); formula escaping is for CSV only (DESIGN §6, §8). */
static int
xlsx_row_escaped(struct exp *x, const char *const *cells, size_t n,
    const unsigned char *numeric)
{
	(void)n;
	return xlsx_row(x->x, cells, numeric, x->e);
}

/* ---- children --------------------------------------------------------- */

static int
csv_line(struct exp *x, char *const *cells)
{
	size_t i;

	buf_reset(&x->line);
	for (i = 0; i < x->ncols; i++) {
		if (i > 0)
			buf_addc(&x->line, ',');
		csv_add_cell_guarded(&x->line, cells[i], 1);
	}
	buf_adds(&x->line, "\r\n");
	return charset_write(x->cw, x->line.s, x->line.len, x->e);
}

static void
remember_id(struct exp *x, const char *id)
{
	if (x->nids == x->capids) {
		x->capids = x->capids ? x->capids * 2 : 256;
		x->ids = xrealloc(x->ids, x->capids * sizeof *x->ids);
	}
	x->ids[x->nids++] = xstrdup(id);
}

/* One more row written (a child, a pairing, a care record): the progress
 * callback every few hundred; -1 with ERR_STOPPED when it says stop. */
static int
tick(struct exp *x)
{
	long rows = x->rep->children + x->rep->pairings + x->rep->care;

	if (x->o->progress == NULL || rows % PROGRESS_EVERY != 0 ||
	    x->o->progress(x->o->progress_ctx, rows) == 0)
		return 0;
	err_stopped(x->e);
	return -1;
}

static int
child_cb(void *ctx, const struct record *r, const struct child_key *key)
{
	struct exp *x = ctx;
	char **cells = xcalloc(x->ncols, sizeof *cells);
	size_t i;
	int rc;

	(void)key;
	x->ctx.seq = x->rep->children + 1;
	for (i = 0; i < x->ncols; i++)
		cells[i] = layout_cell(&x->cols[i], r, &x->ctx);
	if (x->cw != NULL)
		rc = csv_line(x, cells);
	else
		rc = xlsx_row_escaped(x, (const char *const *)cells, x->ncols, x->numeric);
	for (i = 0; i < x->ncols; i++)
		free(cells[i]);
	free(cells);
	if (rc != 0)
		return -1;
	if (x->x != NULL && x->o->grade != 0)
		remember_id(x, r->id);
	x->rep->children++;
	return tick(x);
}

/* The children class by class (grade, then class number), each class in
 * pinyin order, as the county's sheet and the prints list them. */
static int
write_children(struct exp *x)
{
	struct child_filter f = { .grade = x->o->grade, .class_no = x->o->class_no };
	struct class_info *ci = NULL;
	size_t i, n = 0;
	int rc = 0;

	if (x->a == NULL)
		return 0;	/* the template: headers only */
	if (x->o->grade != 0)
		return store_children_each(x->a->store, &f, NULL, 0, child_cb, x, x->e) == 0 ?
		    0 : -1;
	if (store_classes(x->a->store, &ci, &n, x->e) != 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		f.grade = ci[i].grade;
		f.class_no = ci[i].number;
		rc = store_children_each(x->a->store, &f, NULL, 0, child_cb, x, x->e) == 0 ?
		    0 : -1;
	}
	free(ci);
	return rc;
}

static int
header_csv(struct exp *x)
{
	size_t i;

	buf_reset(&x->line);
	for (i = 0; i < x->ncols; i++) {
		if (i > 0)
			buf_addc(&x->line, ',');
		csv_add_cell(&x->line, layout_header(&x->cols[i]), 1);
	}
	buf_adds(&x->line, "\r\n");
	return charset_write(x->cw, x->line.s, x->line.len, x->e);
}

/* ---- pairings and care (XLSX) ----------------------------------------- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* True when the child is in the export (always, without --class). */
static int
wanted(struct exp *x, const char *child_id)
{
	const char *key = child_id;

	if (x->o->grade == 0)
		return 1;
	return bsearch(&key, x->ids, x->nids, sizeof *x->ids, cmp_str) != NULL;
}

static int
pairing_cb(void *ctx, const struct pairing *p)
{
	struct exp *x = ctx;
	const char *cells[6];

	if (!wanted(x, p->child_id))
		return 0;
	cells[0] = p->child_name;
	cells[1] = p->helper_name;
	cells[2] = helper_kind_label(p->role);	/* UI language, not a code */
	cells[3] = p->start;
	cells[4] = p->end;
	cells[5] = p->notes;
	if (xlsx_row_escaped(x, cells, 6, NULL) != 0)
		return -1;
	x->rep->pairings++;
	return tick(x);
}

static int
care_cb(void *ctx, const struct care *c)
{
	static const unsigned char num[7] = { 0, 0, 0, 0, 0, 1, 0 };
	struct exp *x = ctx;
	const char *cells[7];
	char amount[32] = "";

	if (!wanted(x, c->child_id))
		return 0;
	if (c->amount != 0)
		snprintf(amount, sizeof amount, "%.2f", c->amount);
	cells[0] = c->date;
	cells[1] = c->child_name;
	cells[2] = c->helper_name;
	cells[3] = care_kind_label(c->kind);
	cells[4] = c->summary;
	cells[5] = amount;
	cells[6] = c->follow_up;
	if (xlsx_row_escaped(x, cells, 7, num) != 0)
		return -1;
	x->rep->care++;
	return tick(x);
}

/* Who exported what, when, for whom (DESIGN §6): the school, the
 * operator and the date on a sheet of their own after the data; the
 * statistics workbook ends with the same (stats-save.c). */
int
export_xlsx_about(struct app *a, struct xlsx *x, int grade, int class_no, long children,
    struct err *e)
{
	const char *h[2], *row[2];
	char *cls = NULL, counts[64], today[DATE_ISO_SIZE];
	struct school sc;
	int rc;

	memset(&sc, 0, sizeof sc);
	if (store_school_get(a->store, &sc, e) != 0)
		return -1;
	date_today_iso(today);
	h[0] = _("Item");
	h[1] = _("Value");
	rc = xlsx_sheet(x, "填报信息", h, NULL, 2, e);
	row[0] = _("School");
	row[1] = sc.name != NULL ? sc.name : "";
	rc = rc != 0 ? rc : xlsx_row(x, row, NULL, e);
	row[0] = _("Exported by");
	row[1] = a->actor != NULL ? a->actor : "";
	rc = rc != 0 ? rc : xlsx_row(x, row, NULL, e);
	row[0] = _("Date");
	row[1] = today;
	rc = rc != 0 ? rc : xlsx_row(x, row, NULL, e);
	/* a teacher's "all" is her classes, not the school */
	if (grade != 0)
		cls = class_label(grade, class_no);
	else
		cls = app_scope_text(a);
	row[0] = _("Classes");
	row[1] = cls != NULL ? cls : _("the whole school");
	rc = rc != 0 ? rc : xlsx_row(x, row, NULL, e);
	free(cls);
	snprintf(counts, sizeof counts, "%ld", children);
	row[0] = _("Children");
	row[1] = counts;
	rc = rc != 0 ? rc : xlsx_row(x, row, NULL, e);
	school_clear(&sc);
	return rc;
}

static int
write_xlsx_others(struct exp *x)
{
	static const char *ph[] = { "儿童姓名", "帮扶人", "帮扶角色", "开始日期",
	    "结束日期", "备注" };
	static const int pw[] = { 8, 8, 8, 10, 10, 20 };
	static const char *ch[] = { "日期", "儿童姓名", "帮扶人", "帮扶类型",
	    "帮扶内容", "金额（元）", "跟进日期" };
	static const int cw[] = { 10, 8, 8, 8, 30, 10, 10 };

	if (x->o->grade != 0)
		qsort(x->ids, x->nids, sizeof *x->ids, cmp_str);
	if (xlsx_sheet(x->x, "结对帮扶", ph, pw, 6, x->e) != 0 ||
	    store_pairings_each(x->a->store, NULL, NULL, 0, pairing_cb, x, x->e) != 0)
		return -1;
	if (xlsx_sheet(x->x, "帮扶记录", ch, cw, 7, x->e) != 0 ||
	    store_care_each(x->a->store, NULL, care_cb, x, x->e) != 0)
		return -1;
	return export_xlsx_about(x->a, x->x, x->o->grade, x->o->class_no, x->rep->children,
	    x->e);
}

/* ---- the whole export ------------------------------------------------- */

/* The audit row goes in before the file is renamed into place: an export
 * that is not logged does not happen. */
static int
audit(struct exp *x, const char *format)
{
	char *d, cls[32];
	int rc;

	if (x->a == NULL)
		return 0;	/* the template holds no one's data */
	if (x->o->grade != 0)
		snprintf(cls, sizeof cls, "%d-%d", x->o->grade, x->o->class_no);
	else
		snprintf(cls, sizeof cls, "%s", app_audit_all_classes(x->a));
	/* a workbook has no text encoding: only a CSV's is said */
	d = xasprintf("file=%s format=%s%s%s layout=%s class=%s "
	    "children=%ld pairings=%ld care=%ld", x->o->path, format,
	    strcmp(format, "csv") == 0 ? " encoding=" : "",
	    strcmp(format, "csv") == 0 ? charset_name(x->o->charset) : "",
	    x->o->layout ? x->o->layout : "standard",
	    cls, x->rep->children, x->rep->pairings, x->rep->care);
	rc = store_audit_event(x->a->store, "export", d, x->e);
	free(d);
	return rc;
}

static int
write_csv(struct exp *x)
{
	struct atomic_file af;

	if (atomic_open(&af, x->o->path, 0600, x->e) != 0)
		return -1;
	x->cw = charset_writer_new(af.fp, x->o->path, x->o->charset, 1);
	if (header_csv(x) != 0 || write_children(x) != 0 ||
	    charset_writer_flush(x->cw, x->e) != 0 || audit(x, "csv") != 0) {
		charset_writer_free(&x->cw);
		atomic_abort(&af);
		return -1;
	}
	charset_writer_free(&x->cw);
	return atomic_commit(&af, x->e);
}

static int
write_xlsx(struct exp *x)
{
	const char **h = xcalloc(x->ncols, sizeof *h);
	int *w = xcalloc(x->ncols, sizeof *w);
	size_t i;
	int rc = -1;

	for (i = 0; i < x->ncols; i++) {
		h[i] = layout_header(&x->cols[i]);
		w[i] = layout_col_width(&x->cols[i]);
		x->numeric[i] = !layout_col_is_text(&x->cols[i]);
	}
	if (xlsx_open(&x->x, x->o->path, x->e) != 0)
		goto out;
	if (xlsx_sheet(x->x, "留守儿童", h, w, x->ncols, x->e) != 0 ||
	    write_children(x) != 0 || write_xlsx_others(x) != 0 ||
	    audit(x, "xlsx") != 0)
		goto out;
	rc = xlsx_commit(&x->x, x->e);
out:
	xlsx_abort(&x->x);
	free(h);
	free(w);
	return rc;
}

int
export_run(struct app *a, const struct export_opts *o, struct export_report *rep,
    struct err *e)
{
	struct exp x;
	struct school sc;
	enum export_format fmt;
	char today[DATE_ISO_SIZE];
	size_t i;
	int rc = -1;

	memset(&x, 0, sizeof x);
	memset(rep, 0, sizeof *rep);
	memset(&sc, 0, sizeof sc);
	x.a = a;
	x.o = o;
	x.rep = rep;
	x.e = e;
	if (export_format_of(o->path, &fmt, e) != 0)
		return -1;
	if ((o->layout != NULL && strcmp(o->layout, "template") == 0) ||
	    layout_columns(o->layout != NULL ? o->layout : "standard", &x.cols,
	    &x.ncols) != 0) {
		err_set(e, ERR_USAGE, _("unknown layout %s (standard, mca or xueji)"),
		    o->layout);
		return -1;
	}
	if (store_school_get(a->store, &sc, e) != 0)
		goto out;
	date_today_iso(today);
	x.ctx.school = sc.name;
	x.ctx.date = today;
	x.numeric = xcalloc(x.ncols, 1);
	/* one transaction: the file is a consistent snapshot with its audit row */
	if (store_begin(a->store, e) != 0)
		goto out;
	rc = fmt == EXPORT_CSV ? write_csv(&x) : write_xlsx(&x);
	if (rc == 0)
		rc = store_commit(a->store, e);
	else
		store_rollback(a->store);
out:
	school_clear(&sc);
	for (i = 0; i < x.nids; i++)
		free(x.ids[i]);
	free(x.ids);
	free(x.numeric);
	free(x.cols);
	buf_free(&x.line);
	return rc;
}

int
export_template(const char *path, struct err *e)
{
	struct export_opts o = { .path = path, .charset = CHARSET_UTF8 };
	struct export_report rep = { 0, 0, 0 };
	struct layout_col *cols;
	struct exp x;
	enum export_format fmt;
	size_t n;
	int rc;

	if (export_format_of(path, &fmt, e) != 0)
		return -1;
	if (fmt == EXPORT_XLSX)
		return export_template_xlsx(path, e);
	layout_columns("template", &cols, &n);
	memset(&x, 0, sizeof x);
	x.cols = cols;
	x.ncols = n;
	x.o = &o;
	x.rep = &rep;
	x.e = e;
	rc = write_csv(&x);
	free(cols);
	buf_free(&x.line);
	return rc;
}
