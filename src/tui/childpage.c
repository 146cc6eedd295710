/* childpage.c — keyset paging of children for the list screens (see
 * childpage.h).  The keys where pages start are remembered so that PgUp
 * goes back without OFFSET; End walks the keys once to find the last page. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/i18n.h"
#include "guanai/mem.h"
#include "guanai/validate.h"
#include "childpage.h"
#include "widget.h"

static void
key_copy(struct child_key *dst, const struct child_key *src)
{
	dst->sort_key = src != NULL ? xstrdup(src->sort_key) : NULL;
	snprintf(dst->id, sizeof dst->id, "%s", src != NULL ? src->id : "");
}

static void
rows_clear(struct childpage *pg)
{
	int i;

	for (i = 0; i < pg->n; i++) {
		record_clear(&pg->row[i].rec);
		free(pg->row[i].key.sort_key);
		free(pg->row[i].class_text);
	}
	pg->n = 0;
}

static void
starts_clear(struct childpage *pg)
{
	int i;

	for (i = 0; i < pg->nstarts; i++)
		free(pg->starts[i].sort_key);
	free(pg->starts);
	pg->starts = xcalloc(1, sizeof *pg->starts);
	pg->nstarts = 1;
	pg->page = 0;
}

void
childpage_init(struct childpage *pg, int deleted)
{
	memset(pg, 0, sizeof *pg);
	pg->deleted = deleted;
	pg->rows = 10;
	starts_clear(pg);
}

void
childpage_free(struct childpage *pg)
{
	int i;

	rows_clear(pg);
	free(pg->row);
	for (i = 0; i < pg->nstarts; i++)
		free(pg->starts[i].sort_key);
	free(pg->starts);
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
}

struct load_ctx {
	struct childpage *pg;
	struct tui *t;
	struct err *e;
};

static int
add_row(void *ctx, const struct record *r, const struct child_key *key)
{
	struct load_ctx *lc = ctx;
	struct childpage *pg = lc->pg;
	struct childpage_row *row;
	struct date birth;
	const char *g = record_get(r, F_GRADE), *c = record_get(r, F_CLASS_NO);

	if (pg->n >= pg->rows) {
		pg->has_next = 1;
		return 1;
	}
	row = &pg->row[pg->n++];
	memset(row, 0, sizeof *row);
	record_init(&row->rec);
	record_copy(&row->rec, r);
	key_copy(&row->key, key);
	row->age = record_get(r, F_BIRTH_DATE) != NULL &&
	    date_parse(record_get(r, F_BIRTH_DATE), &birth) == 0 ?
	    date_age(birth, lc->t->today) : -1;
	row->class_text = g != NULL && c != NULL ?
	    class_short_label(atoi(g), atoi(c)) : xstrdup("");
	if (marks_eval(lc->t->app, &row->rec, lc->t->today, &row->marks, lc->e) != 0)
		return -1;
	return 0;
}

static int
load_page(struct childpage *pg, struct tui *t, struct err *e)
{
	struct child_filter f;
	struct load_ctx lc = { pg, t, e };
	const struct child_key *after = &pg->starts[pg->page];
	int rc;

	if (pg->rows < 1)
		pg->rows = 1;
	rows_clear(pg);
	pg->row = xrealloc(pg->row, (size_t)pg->rows * sizeof *pg->row);
	pg->has_next = 0;
	filter_of(pg, t, &f);
	rc = store_children_each(t->app->store, &f, after->sort_key != NULL ||
	    after->id[0] ? after : NULL, (size_t)pg->rows + 1, add_row, &lc, e);
	if (pg->sel >= pg->n)
		pg->sel = pg->n > 0 ? pg->n - 1 : 0;
	return rc < 0 ? -1 : 0;
}

int
childpage_reload(struct childpage *pg, struct tui *t, const char *query, struct err *e)
{
	struct child_filter f;

	if (query != NULL)
		snprintf(pg->query, sizeof pg->query, "%s", query);
	starts_clear(pg);
	pg->sel = 0;
	filter_of(pg, t, &f);
	if (store_children_count(t->app->store, &f, &pg->total, e) != 0)
		return -1;
	return load_page(pg, t, e);
}

int
childpage_refresh(struct childpage *pg, struct tui *t, struct err *e)
{
	struct child_filter f;

	filter_of(pg, t, &f);
	if (store_children_count(t->app->store, &f, &pg->total, e) != 0)
		return -1;
	return load_page(pg, t, e);
}

static void
push_start(struct childpage *pg)
{
	pg->starts = xrealloc(pg->starts, (size_t)(pg->page + 2) * sizeof *pg->starts);
	while (pg->nstarts > pg->page + 1)
		free(pg->starts[--pg->nstarts].sort_key);
	key_copy(&pg->starts[pg->page + 1], &pg->row[pg->n - 1].key);
	pg->nstarts = pg->page + 2;
	pg->page++;
}

struct walk_ctx {
	struct childpage *pg;
	size_t i;
};

/* Remember the key of every row that ends a page. */
static int
walk_key(void *ctx, const struct record *r, const struct child_key *key)
{
	struct walk_ctx *wc = ctx;
	struct childpage *pg = wc->pg;

	(void)r;
	wc->i++;
	if (wc->i % (size_t)pg->rows == 0) {
		pg->starts = xrealloc(pg->starts, (size_t)(pg->nstarts + 1) * sizeof *pg->starts);
		key_copy(&pg->starts[pg->nstarts++], key);
	}
	return 0;
}

static int
go_end(struct childpage *pg, struct tui *t, struct err *e)
{
	struct child_filter f;
	struct walk_ctx wc = { pg, 0 };

	starts_clear(pg);
	filter_of(pg, t, &f);
	if (store_children_each(t->app->store, &f, NULL, 0, walk_key, &wc, e) < 0)
		return -1;
	if (wc.i > 0 && wc.i % (size_t)pg->rows == 0)	/* no empty last page */
		free(pg->starts[--pg->nstarts].sort_key);
	pg->page = pg->nstarts - 1;
	if (load_page(pg, t, e) != 0)
		return -1;
	pg->sel = pg->n - 1;
	return 0;
}

int
childpage_move(struct childpage *pg, struct tui *t, enum op op, struct err *e)
{
	switch (op) {
	case OP_UP:
		if (pg->sel > 0)
			pg->sel--;
		else if (pg->page > 0) {
			pg->page--;
			if (load_page(pg, t, e) != 0)
				return -1;
			pg->sel = pg->n - 1;
		}
		return 1;
	case OP_DOWN:
		if (pg->sel < pg->n - 1)
			pg->sel++;
		else if (pg->has_next) {
			push_start(pg);
			pg->sel = 0;
			return load_page(pg, t, e) != 0 ? -1 : 1;
		}
		return 1;
	case OP_PGDN:
		if (!pg->has_next) {
			pg->sel = pg->n - 1;
			return 1;
		}
		push_start(pg);
		return load_page(pg, t, e) != 0 ? -1 : 1;
	case OP_PGUP:
		if (pg->page == 0) {
			pg->sel = 0;
			return 1;
		}
		pg->page--;
		return load_page(pg, t, e) != 0 ? -1 : 1;
	case OP_HOME:
		pg->page = 0;
		pg->sel = 0;
		return load_page(pg, t, e) != 0 ? -1 : 1;
	case OP_END:
		return go_end(pg, t, e) != 0 ? -1 : 1;
	default:
		return 0;
	}
}

int
childpage_pages(const struct childpage *pg)
{
	int rows = pg->rows > 0 ? pg->rows : 1;
	int n = (int)((pg->total + (size_t)rows - 1) / (size_t)rows);

	return n > 0 ? n : 1;
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

	if (store_classes(t->app->store, &cl, &n, e) != 0)
		return -1;
	items = xcalloc(n + 1, sizeof *items);
	items[0] = xstrdup(_("Whole school"));
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
