/* scr-checklist.c — 七清楚, the checklist matrix: children × 7 items,
 * ■ clear, □ missing (with the missing field named), ▣ to confirm this
 * school year; the completion rate of the class on show and how much of
 * this school year's review (复核) is done (app_checklist_rates).  ←→ choose the
 * item, space confirms it for the child, a confirms every complete item,
 * Enter opens the record at the missing field. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/checklist.h"
#include "guanai/app/children.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "childpage.h"
#include "record.h"
#include "widget.h"

/* Beyond this many children the whole-school rate is not counted on the
 * fly (the statistics screen has it per class). */
#define RATE_LIMIT 3000
#define NAME_W 10

struct matrix {
	struct childpage pg;
	int col;			/* 0..6, the item under the cursor */
	size_t complete, counted;	/* the rate; counted = 0 when not known */
	int review;			/* 本学年复核 %, -1: nothing to review */
};

static int
count_rate(struct matrix *m, struct tui *t, struct err *e)
{
	struct child_filter f;
	struct checklist_rates r;

	m->complete = m->counted = 0;
	if (childpage_count(&m->pg, t, e) != 0)
		return -1;
	if (m->pg.total > RATE_LIMIT)
		return 0;
	memset(&f, 0, sizeof f);
	f.grade = t->grade;
	f.class_no = t->class_no;
	/* the count `guanai check`, the statistics and the print show */
	if (app_checklist_rates(t->app, &f, t->today, NULL, NULL, &r, e) != 0) {
		checklist_rates_free(&r);
		return -1;
	}
	m->complete = r.all.complete;
	m->counted = r.all.children;
	m->review = checklist_review_percent(&r.all);
	checklist_rates_free(&r);
	return 0;
}

static int
load(struct matrix *m, struct tui *t, struct err *e)
{
	m->pg.rows = tui_body_rows(t) - 3;
	if (childpage_reload(&m->pg, t, "", e) != 0)
		return -1;
	return count_rate(m, t, e);
}

static int
matrix_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct matrix *m = xcalloc(1, sizeof *m);

	(void)arg;
	childpage_init(&m->pg, 0);
	if (load(m, t, e) != 0) {
		childpage_free(&m->pg);
		free(m);
		return -1;
	}
	s->priv = m;
	return 0;
}

static void
matrix_free(struct screen *s)
{
	struct matrix *m = s->priv;

	childpage_free(&m->pg);
	free(m);
}

/* Column widths: each item as wide as its header, at least 6 cells. */
static int
col_width(int item)
{
	char *h = xasprintf("%d%s", item, checklist_item_short(item));
	int w = utf8_width(h) + 1;

	free(h);
	return w < 6 ? 6 : w;
}

/* The first item column shown: the matrix scrolls sideways so that the
 * item under the cursor fits in a narrow window. */
static int
first_col(const struct matrix *m, const struct tui *t)
{
	int first = 0, k, w;

	for (;;) {
		w = 1 + NAME_W;
		for (k = first; k <= m->col; k++)
			w += col_width(k + 1);
		if (w <= t->cols || first == m->col)
			return first;
		first++;
	}
}

/* Short words for the missing fields whose labels do not fit their item's
 * column (「□缺文化」 in SCREENS.md §3; the □ says 缺): the guardian's
 * fields under 7监护人 drop 监护人.  Other fields show their label. */
static const struct {
	enum field_id id;
	const char *word;	/* NC_("missing", …) */
} missing_words[] = {
	{ F_BIRTH_DATE, NC_("missing", "Birthday") },
	{ F_FAMILY_ECONOMY, NC_("missing", "Economy") },
	{ F_LIVING, NC_("missing", "Living") },
	/* L10N: nothing is known of whether the father and the mother
	 * are away; 4 Chinese characters at most */
	{ F_FATHER_AWAY, NC_("missing", "Who is away") },
	{ F_MOTHER_AWAY, NC_("missing", "Who is away") },
	/* L10N: the guardian's fields under 7监护人: 3 Chinese characters
	 * at most */
	{ F_GUARDIAN_NAME, NC_("missing", "Name") },
	{ F_GUARDIAN_RELATION, NC_("missing", "Relation") },
	{ F_GUARDIAN_AGE, NC_("missing", "Age") },
	{ F_GUARDIAN_HEALTH, NC_("missing", "Health") },
	{ F_GUARDIAN_EDUCATION, NC_("missing", "Educ.") },
	{ F_GUARDIAN_PHONE, NC_("missing", "Phone") },
};

/* The word for a missing field in the matrix.  Borrowed. */
static const char *
missing_word(enum field_id id)
{
	const char *t, *eot;
	size_t i;

	for (i = 0; i < sizeof missing_words / sizeof missing_words[0]; i++) {
		if (missing_words[i].id != id)
			continue;
		t = gettext(missing_words[i].word);
		if (t == missing_words[i].word &&
		    (eot = strchr(t, '\004')) != NULL)
			t = eot + 1;
		return t;
	}
	return field_label(&field_table[id]);
}

static void
draw_cell(struct tui *t, int y, int x, int w, const struct check_item_result *c,
    int attr)
{
	char *s;

	if (c->state == CHECK_MISSING)
		s = xasprintf("%s%s", t->mark[1], missing_word(c->missing));
	else
		s = xstrdup(t->mark[c->state == CHECK_CLEAR ? 0 : 2]);
	w_put(t, y, x, w - 1, s, attr, 1);
	free(s);
}

static void
draw_row(struct matrix *m, struct tui *t, int y, int i)
{
	const struct childpage_row *row = &m->pg.row[i];
	int k, x, w, attr, sel = i == m->pg.sel;

	attr = sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
	x = 1 + w_put(t, y, 1, NAME_W, record_get(&row->rec, F_NAME), attr, 1);
	for (k = first_col(m, t); k < CHECKLIST_ITEMS && x < t->cols; k++) {
		w = col_width(k + 1);
		draw_cell(t, y, x, w, &row->marks.check[k], sel && k == m->col ?
		    t->attr[TA_TITLE] : !sel && row->marks.check[k].state == CHECK_MISSING ?
		    t->attr[TA_WARN] : attr);
		x += w;
	}
}

static void
matrix_draw(struct screen *s, struct tui *t)
{
	struct matrix *m = s->priv;
	int y = tui_body_top(t), i, k, x;
	char *cls = tui_class_text(t), *h;

	snprintf(s->title, sizeof s->title, "%s \xc2\xb7 %s", _("7-clear"), cls);
	free(cls);
	if (m->counted > 0)
		snprintf(s->info, sizeof s->info, _("complete %zu/%zu"), m->complete, m->counted);
	m->pg.rows = tui_body_rows(t) - 3;
	w_fill(t, y, 0, t->attr[TA_HEADER]);
	x = 1 + w_put(t, y, 1, NAME_W, _("Name"), t->attr[TA_HEADER], 1);
	for (k = first_col(m, t) + 1; k <= CHECKLIST_ITEMS && x < t->cols; k++) {
		h = xasprintf("%d%s", k, checklist_item_short(k));
		x += w_put(t, y, x, col_width(k), h, k - 1 == m->col ? t->attr[TA_SELECT] :
		    t->attr[TA_HEADER], 1);
		free(h);
	}
	for (i = 0; i < m->pg.n; i++)
		draw_row(m, t, y + 1 + i, i);
	/* the legend, after 本学年复核 (the title line has no room for it
	 * beside the school, the class and 完成 x/y 人 at 80 columns): the
	 * share of the filled items that are not ▣ */
	x = 1;
	if (m->counted > 0 && m->review >= 0) {
		/* L10N: 本学年复核 — of the checklist items whose fields are filled, the
		 * share a teacher confirmed since 1 September */
		h = xasprintf(_("reviewed %d%%"), m->review);
		x += w_put(t, y + tui_body_rows(t) - 1, x, t->cols - 2, h, t->attr[TA_KEY], 0) + 3;
		free(h);
	}
	h = xasprintf("%s %s   %s %s   %s %s", t->mark[0], _("clear"), t->mark[1],
	    _("missing"), t->mark[2], _("to confirm (not this school year)"));
	w_put(t, y + tui_body_rows(t) - 1, x, t->cols - 1 - x, h, t->attr[TA_DIM], 0);
	free(h);
}

static void
confirm(struct matrix *m, struct tui *t, int all)
{
	const struct childpage_row *row = childpage_selected(&m->pg);
	struct check_item_result res[CHECKLIST_ITEMS];
	struct err e = { 0, "" };
	int done;
	char name[64];

	if (row == NULL)
		return;
	snprintf(name, sizeof name, "%s", record_get(&row->rec, F_NAME));
	done = app_checklist_confirm(t->app, &row->rec, all ? 0 : m->col + 1, t->today, res,
	    &e);
	if (done < 0) {
		tui_fail(t, &e);
		return;
	}
	if (done == 0)
		tui_say(t, _("Nothing to confirm: %s is missing (Enter fills it)."),
		    field_label(&field_table[res[m->col].missing]));
	if (childpage_refresh(&m->pg, t, &e) != 0 || count_rate(m, t, &e) != 0)
		tui_fail(t, &e);
	else if (done > 0)
		tui_say(t, P_("%d item confirmed today for %s.",
		    "%d items confirmed today for %s.", done), done, name);
}

static void
fill(struct matrix *m, struct tui *t)
{
	const struct childpage_row *row = childpage_selected(&m->pg);
	struct screen_arg arg = { "", 0, -1 };

	if (row == NULL)
		return;
	snprintf(arg.child_id, sizeof arg.child_id, "%s", row->rec.id);
	if (row->marks.check[m->col].state == CHECK_MISSING)
		arg.field = (int)row->marks.check[m->col].missing;
	else
		arg.tab = TAB_CHECK;
	tui_open(t, &scr_record, &arg);
}

static int
matrix_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct matrix *m = s->priv;
	struct err e = { 0, "" };

	(void)key;
	switch (op) {
	case OP_LEFT:
		m->col = (m->col + CHECKLIST_ITEMS - 1) % CHECKLIST_ITEMS;
		return 1;
	case OP_RIGHT:
		m->col = (m->col + 1) % CHECKLIST_ITEMS;
		return 1;
	case OP_CONFIRM:
		confirm(m, t, 0);
		return 1;
	case OP_CONFIRM_ALL:
		confirm(m, t, 1);
		return 1;
	case OP_FILL: case OP_OPEN:
		fill(m, t);
		return 1;
	case OP_CLASS:
		if (childpage_choose_class(t, &e) < 0 || load(m, t, &e) != 0)
			tui_fail(t, &e);
		return 1;
	default:
		break;
	}
	switch (childpage_move(&m->pg, t, op, &e)) {
	case -1:
		tui_fail(t, &e);
		return 1;
	case 1:
		return 1;
	}
	return 0;
}

static void
matrix_resume(struct screen *s, struct tui *t)
{
	struct matrix *m = s->priv;
	struct err e = { 0, "" };

	m->pg.rows = tui_body_rows(t) - 3;
	if (childpage_refresh(&m->pg, t, &e) != 0 || count_rate(m, t, &e) != 0)
		tui_fail(t, &e);
}

static void
matrix_mouse(struct screen *s, struct tui *t, int y, int x, int dbl)
{
	struct matrix *m = s->priv;
	int i = y - tui_body_top(t) - 1, k, cx = 1 + NAME_W;

	if (i < 0 || i >= m->pg.n)
		return;
	m->pg.sel = i;
	for (k = first_col(m, t); k < CHECKLIST_ITEMS; k++) {
		if (x >= cx && x < cx + col_width(k + 1))
			m->col = k;
		cx += col_width(k + 1);
	}
	if (dbl)
		fill(m, t);
}

const struct screen_class scr_checklist = {
	.name = "checklist",
	.keys = keys_checklist,
	.init = matrix_init,
	.free = matrix_free,
	.draw = matrix_draw,
	.key = matrix_key,
	.resize = matrix_resume,
	.resume = matrix_resume,
	.mouse = matrix_mouse,
};
