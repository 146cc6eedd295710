/* childpage.c — keyset paging of children for the list screens (see
 * childpage.h).  A page is read forwards after the row before it, or
 * backwards before the row after it (PgUp, Up, End): no list of page
 * starts, no walk over the whole list.  The marks of a page come from one
 * query; the count from childpage_idle, after the page is on screen. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/children.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "childpage.h"
#include "widget.h"

static void
rows_clear(struct childpage *pg)
{
	int i;

	for (i = 0; i < pg->n; i++) {
		record_clear(&pg->row[i].rec);
		child_key_clear(&pg->row[i].key);
		free(pg->row[i].class_text);
	}
	pg->n = 0;
}

/* The fields the screens over a childpage show (scr-list.c, scr-checklist.c,
 * scr-trash.c); the marks add theirs. */
static const enum field_id shown[] = {
	F_NAME, F_GENDER, F_BIRTH_DATE, F_GRADE, F_CLASS_NO, F_LEFT_BEHIND_TYPE,
	F_GUARDIAN_RELATION,
};

void
childpage_init(struct childpage *pg, int deleted)
{
	size_t i;

	memset(pg, 0, sizeof *pg);
	pg->deleted = deleted;
	pg->rows = 10;
	for (i = 0; i < sizeof shown / sizeof shown[0]; i++)
		pg->fields[shown[i]] = 1;
	marks_fields(pg->fields);
}

void
childpage_free(struct childpage *pg)
{
	rows_clear(pg);
	free(pg->row);
	child_key_clear(&pg->prev);
	memset(pg, 0, sizeof *pg);
}

static void
filter_of(const struct childpage *pg, const struct tui *t, struct child_filter *f)
{
	memset(f, 0, sizeof *f);
	f->grade = t->grade;
	f->class_no = t->class_no;
	f->search = pg->query[0] ? pg->query : NULL;
	f->deleted = pg->deleted;
	f->fields = pg->fields;
}

/* What a walk collects: up to `want` rows, then one more (its key only). */
struct load_ctx {
	struct childpage *pg;
	struct tui *t;
	int want;
	int extra;			/* a row beyond the page was seen */
	struct child_key extra_key;
};

static int
add_row(void *ctx, const struct record *r, const struct child_key *key)
{
	struct load_ctx *lc = ctx;
	struct childpage *pg = lc->pg;
	struct childpage_row *row;
	struct date birth;
	const char *g = record_get(r, F_GRADE), *c = record_get(r, F_CLASS_NO);

	if (pg->n >= lc->want) {
		lc->extra = 1;
		child_key_copy(&lc->extra_key, key);
		return 1;
	}
	row = &pg->row[pg->n++];
	memset(row, 0, sizeof *row);
	record_init(&row->rec);
	record_copy(&row->rec, r);
	child_key_copy(&row->key, key);
	row->age = record_get(r, F_BIRTH_DATE) != NULL &&
	    date_parse(record_get(r, F_BIRTH_DATE), &birth) == 0 ?
	    date_age(birth, lc->t->today) : -1;
	row->class_text = g != NULL && c != NULL ?
	    class_short_label(atoi(g), atoi(c)) : xstrdup("");
	return 0;
}

/* The marks of the page, one query for all of its rows. */
static int
page_marks(struct childpage *pg, struct tui *t, struct err *e)
{
	const struct record **recs;
	struct child_marks *mk;
	int i, rc;

	if (pg->n == 0)
		return 0;
	recs = xcalloc((size_t)pg->n, sizeof *recs);
	mk = xcalloc((size_t)pg->n, sizeof *mk);
	for (i = 0; i < pg->n; i++)
		recs[i] = &pg->row[i].rec;
	rc = marks_eval_many(t->app, recs, (size_t)pg->n, t->today, mk, e);
	for (i = 0; i < pg->n; i++)
		pg->row[i].marks = mk[i];
	free(recs);
	free(mk);
	return rc;
}

static void
page_start(struct childpage *pg)
{
	if (pg->rows < 1)
		pg->rows = 1;
	rows_clear(pg);
	pg->row = xrealloc(pg->row, (size_t)pg->rows * sizeof *pg->row);
}

/* The page after `after` (NULL: the first page). */
static int
load_after(struct childpage *pg, struct tui *t, const struct child_key *after,
    struct err *e)
{
	struct child_filter f;
	struct load_ctx lc;
	struct child_key from = { NULL, "", 0 };
	int rc;

	memset(&lc, 0, sizeof lc);
	lc.pg = pg, lc.t = t, lc.want = pg->rows;
	if (after != NULL && after->sort_key != NULL)
		child_key_copy(&from, after);
	page_start(pg);
	filter_of(pg, t, &f);
	rc = app_children_each(t->app, &f, from.sort_key != NULL ? &from : NULL,
	    (size_t)pg->rows + 1, add_row, &lc, e);
	child_key_clear(&lc.extra_key);
	if (rc < 0) {
		child_key_clear(&from);
		return -1;
	}
	child_key_clear(&pg->prev);
	pg->prev = from;
	pg->has_prev = from.sort_key != NULL;
	pg->has_next = lc.extra;
	if (pg->sel >= pg->n)
		pg->sel = pg->n > 0 ? pg->n - 1 : 0;
	return page_marks(pg, t, e);
}

/* The page that ends before `before` (NULL: the last page); rows read
 * backwards are put back in list order.  *short_page: fewer than a page
 * lie before it. */
static int
load_before(struct childpage *pg, struct tui *t, const struct child_key *before,
    int *short_page, struct err *e)
{
	struct child_filter f;
	struct load_ctx lc;
	struct childpage_row tmp;
	int rc, i;

	memset(&lc, 0, sizeof lc);
	lc.pg = pg, lc.t = t, lc.want = pg->rows;
	page_start(pg);
	filter_of(pg, t, &f);
	rc = app_children_each_before(t->app, &f, before, (size_t)pg->rows + 1,
	    add_row, &lc, e);
	if (rc < 0) {
		child_key_clear(&lc.extra_key);
		return -1;
	}
	for (i = 0; i < pg->n / 2; i++) {
		tmp = pg->row[i];
		pg->row[i] = pg->row[pg->n - 1 - i];
		pg->row[pg->n - 1 - i] = tmp;
	}
	child_key_clear(&pg->prev);
	pg->prev = lc.extra_key;		/* taken over (NULL sort_key: none) */
	pg->has_prev = lc.extra;
	pg->has_next = before != NULL;
	*short_page = !lc.extra && pg->n < pg->rows;
	if (pg->sel >= pg->n)
		pg->sel = pg->n > 0 ? pg->n - 1 : 0;
	return page_marks(pg, t, e);
}

/* A forward page that reaches the end tells the count for nothing. */
static void
learn_total(struct childpage *pg)
{
	if (pg->counted == 1)
		return;
	if (!pg->has_next && !pg->from_end) {
		pg->total = pg->pos + (size_t)pg->n;
		pg->counted = 1;
	} else if (!pg->has_prev && pg->from_end) {
		pg->total = pg->back;
		pg->counted = 1;
		pg->pos = 0;
		pg->from_end = 0;
	}
}

static int
go_home(struct childpage *pg, struct tui *t, struct err *e)
{
	pg->pos = 0;
	pg->from_end = 0;
	if (load_after(pg, t, NULL, e) != 0)
		return -1;
	learn_total(pg);
	return 0;
}

int
childpage_reload(struct childpage *pg, struct tui *t, const char *query, struct err *e)
{
	if (query != NULL)
		snprintf(pg->query, sizeof pg->query, "%s", query);
	pg->sel = 0;
	pg->counted = 0;
	pg->total = 0;
	return go_home(pg, t, e);
}

int
childpage_refresh(struct childpage *pg, struct tui *t, struct err *e)
{
	struct child_key from = { NULL, "", 0 };
	int rc;

	pg->counted = 0;
	child_key_copy(&from, &pg->prev);
	rc = load_after(pg, t, &from, e);
	child_key_clear(&from);
	if (rc != 0)
		return -1;
	if (pg->from_end && !pg->has_next)
		pg->back = (size_t)pg->n;
	learn_total(pg);
	return 0;
}

/* Once the count is known, a position counted from the end is counted
 * from the start again. */
static void
settle(struct childpage *pg)
{
	if (pg->counted == 1 && pg->from_end) {
		pg->pos = pg->total >= pg->back ? pg->total - pg->back : 0;
		pg->from_end = 0;
	}
}

/* A search matching most of the school by an ID or phone prefix is
 * counted up to this ("more than 1000 matching"): its exact count would
 * take a second and megabytes.  The whole school or a class is always
 * counted exactly (58 ms at 100k): the teacher wants "100000 children". */
#define COUNT_MAX 1000

static int
count_now(struct childpage *pg, struct tui *t, size_t max, struct err *e)
{
	struct child_filter f;
	size_t n;
	int over;

	filter_of(pg, t, &f);
	if (app_children_count_upto(t->app, &f, max, &n, e) != 0)
		return -1;
	over = max > 0 && n > max;
	pg->total = over ? max : n;
	pg->counted = over ? 2 : 1;
	settle(pg);
	return 0;
}

int
childpage_count(struct childpage *pg, struct tui *t, struct err *e)
{
	return pg->counted == 1 ? 0 : count_now(pg, t, 0, e);
}

int
childpage_idle(struct childpage *pg, struct tui *t)
{
	struct err e = { 0, "" };
	int rc;

	/* Another guanai wrote to the file (an import on this PC): count again. */
	if (app_changed_elsewhere(t->app) && pg->counted != 0)
		pg->counted = 0;
	if (pg->counted != 0)
		return 0;
	app_set_progress(t->app, tui_key_waiting, NULL);
	rc = count_now(pg, t, pg->query[0] != '\0' ? COUNT_MAX : 0, &e);
	app_set_progress(t->app, NULL, NULL);
	if (rc == 0)
		return 1;
	if (app_was_interrupted(t->app)) {
		app_interrupt_clear(t->app);
		return 0;
	}
	pg->counted = -1;
	tui_fail(t, &e);
	return 1;
}

/* Move forward by the page on show. */
static int
next_page(struct childpage *pg, struct tui *t, struct err *e)
{
	struct child_key last = { NULL, "", 0 };
	int n = pg->n, rc;

	child_key_copy(&last, &pg->row[pg->n - 1].key);
	rc = load_after(pg, t, &last, e);
	child_key_clear(&last);
	if (rc != 0)
		return -1;
	if (pg->from_end)
		pg->back = pg->back > (size_t)n ? pg->back - (size_t)n : (size_t)pg->n;
	else
		pg->pos += (size_t)n;
	learn_total(pg);
	return 0;
}

/* Move back by a page; near the start, the first page (full). */
static int
prev_page(struct childpage *pg, struct tui *t, int *at_start, struct err *e)
{
	struct child_key first = { NULL, "", 0 };
	int short_page, rc;

	child_key_copy(&first, &pg->row[0].key);
	rc = load_before(pg, t, &first, &short_page, e);
	child_key_clear(&first);
	if (rc != 0)
		return -1;
	*at_start = !pg->has_prev;
	if (pg->from_end)
		pg->back += (size_t)pg->n;
	else
		pg->pos = pg->pos > (size_t)pg->n ? pg->pos - (size_t)pg->n : 0;
	if (!*at_start)
		return 0;
	if (short_page)		/* less than a page before: page 1, full */
		return go_home(pg, t, e);
	if (!pg->from_end)
		pg->pos = 0;
	learn_total(pg);
	return 0;
}

static int
go_end(struct childpage *pg, struct tui *t, struct err *e)
{
	int short_page;

	if (load_before(pg, t, NULL, &short_page, e) != 0)
		return -1;
	pg->from_end = 1;
	pg->back = (size_t)pg->n;
	learn_total(pg);
	settle(pg);
	pg->sel = pg->n > 0 ? pg->n - 1 : 0;
	return 0;
}

int
childpage_move(struct childpage *pg, struct tui *t, enum op op, struct err *e)
{
	int at_start;

	switch (op) {
	case OP_UP:
		if (pg->sel > 0)
			pg->sel--;
		else if (pg->has_prev && pg->n > 0) {
			char first[UUID_LEN + 1];
			int i;

			snprintf(first, sizeof first, "%s", pg->row[0].rec.id);
			if (prev_page(pg, t, &at_start, e) != 0)
				return -1;
			pg->sel = pg->n > 0 ? pg->n - 1 : 0;
			if (at_start)	/* back on page 1: the row above the old first */
				for (i = 1; i < pg->n; i++)
					if (strcmp(pg->row[i].rec.id, first) == 0)
						pg->sel = i - 1;
		}
		return 1;
	case OP_DOWN:
		if (pg->sel < pg->n - 1)
			pg->sel++;
		else if (pg->has_next && pg->n > 0) {
			pg->sel = 0;
			return next_page(pg, t, e) != 0 ? -1 : 1;
		}
		return 1;
	case OP_PGDN:
		if (!pg->has_next || pg->n == 0) {
			pg->sel = pg->n > 0 ? pg->n - 1 : 0;
			return 1;
		}
		return next_page(pg, t, e) != 0 ? -1 : 1;
	case OP_PGUP:
		if (!pg->has_prev || pg->n == 0) {
			pg->sel = 0;
			return 1;
		}
		return prev_page(pg, t, &at_start, e) != 0 ? -1 : 1;
	case OP_HOME:
		pg->sel = 0;
		return go_home(pg, t, e) != 0 ? -1 : 1;
	case OP_END:
		return go_end(pg, t, e) != 0 ? -1 : 1;
	default:
		return 0;
	}
}

int
childpage_page(const struct childpage *pg)
{
	int rows = pg->rows > 0 ? pg->rows : 1;
	size_t end = pg->pos + (size_t)pg->n;

	if (pg->from_end)
		return 0;
	return end == 0 ? 1 : (int)((end + (size_t)rows - 1) / (size_t)rows);
}

int
childpage_pages(const struct childpage *pg)
{
	int rows = pg->rows > 0 ? pg->rows : 1;
	int n;

	if (pg->counted != 1)
		return 0;
	n = (int)((pg->total + (size_t)rows - 1) / (size_t)rows);
	return n > 0 ? n : 1;
}

void
childpage_where(const struct childpage *pg, char *buf, size_t n)
{
	if (pg->counted == 1)
		snprintf(buf, n, _("page %d / %d  %zu matching"), childpage_page(pg),
		    childpage_pages(pg), pg->total);
	else if (pg->counted == 2 && pg->from_end)
		snprintf(buf, n, _("last page  over %zu matching"), pg->total);
	else if (pg->counted == 2)
		snprintf(buf, n, _("page %d  over %zu matching"), childpage_page(pg),
		    pg->total);
	else if (pg->counted == -1)
		snprintf(buf, n, _("page %d"), childpage_page(pg));
	else if (pg->from_end)
		snprintf(buf, n, "%s", _("last page  counting..."));
	else
		snprintf(buf, n, _("page %d  counting..."), childpage_page(pg));
}

const struct childpage_row *
childpage_selected(const struct childpage *pg)
{
	return pg->sel >= 0 && pg->sel < pg->n ? &pg->row[pg->sel] : NULL;
}

int
childpage_choose_class(struct tui *t, struct err *e)
{
	struct class_info *cl = NULL;
	size_t n = 0, i;
	char **items;
	int sel = 0, r;

	if (app_classes(t->app, &cl, &n, e) != 0)
		return -1;
	items = xcalloc(n + 1, sizeof *items);
	items[0] = xstrdup(tui_all_text(t));
	for (i = 0; i < n; i++) {
		char *label = class_label(cl[i].grade, cl[i].number);

		items[i + 1] = xasprintf("%s  %d", label, cl[i].children);
		if (cl[i].grade == t->grade && cl[i].number == t->class_no)
			sel = (int)i + 1;
		free(label);
	}
	r = dlg_menu(t, _("Class"), (const char *const *)items, (int)n + 1, sel);
	if (r == 0)
		t->grade = t->class_no = 0;
	else if (r > 0) {
		t->grade = cl[r - 1].grade;
		t->class_no = cl[r - 1].number;
	}
	for (i = 0; i <= n; i++)
		free(items[i]);
	free(items);
	free(cl);
	return r < 0 ? 1 : 0;
}
