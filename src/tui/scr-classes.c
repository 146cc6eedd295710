/* scr-classes.c — 班级和在校人数: the grades and classes with their head
 * teacher (班主任), the pupils enrolled (在校学生数) and the children on the
 * register, so that 留守比例 in the statistics divides by the right
 * number.  Enter sets the enrolled count, t the head teacher, a adds a
 * class; each goes through classes_set (classes.h), the same use case as
 * `guanai class set`, which checks the account's scope and audits. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/classes.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/stats.h"
#include "guanai/core/validate.h"
#include "scr-admin.h"
#include "widget.h"

struct classes {
	struct class_row *rows;
	size_t n;
	struct wlist l;
};

static int
classes_load(struct classes *c, struct tui *t, struct err *e)
{
	classes_free(&c->rows, c->n);
	c->n = 0;
	if (classes_list(t->app, &c->rows, &c->n, e) != 0)
		return -1;
	c->l.n = (int)c->n;
	wlist_fix(&c->l);
	return 0;
}

static int
classes_init(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct classes *c = xcalloc(1, sizeof *c);

	(void)arg;
	if (classes_load(c, t, e) != 0) {
		free(c);
		return -1;
	}
	s->priv = c;
	return 0;
}

static void
classes_free_scr(struct screen *s)
{
	struct classes *c = s->priv;

	classes_free(&c->rows, c->n);
	free(c);
}

/* One cell-padded column; the text is the caller's to free. */
static int
col(struct tui *t, int y, int x, int cells, char *text, int attr)
{
	w_put(t, y, x, cells, text, attr, 1);
	free(text);
	return x + cells + 1;
}

static void
classes_draw(struct screen *s, struct tui *t)
{
	struct classes *c = s->priv;
	const struct class_row *r;
	int y0 = tui_body_top(t), i, x, attr, sel, whole;
	size_t k;
	long enrolled = 0, missing = 0;
	char *total;

	for (k = 0; k < c->n; k++) {
		if (c->rows[k].enrolled > 0)
			enrolled += c->rows[k].enrolled;
		else
			missing++;
	}
	snprintf(s->title, sizeof s->title, "%s", _("Classes and enrolment"));
	/* a total of some classes is not the school's: said as the
	 * statistics say it, 「40（另有3个班未填）」 */
	total = stats_enrolled_text((double)enrolled, missing, &whole);
	if (whole)
		snprintf(s->info, sizeof s->info, _("%zu classes, %s enrolled"), c->n, total);
	else	/* (no room for the classes' count beside it at 80 columns) */
		snprintf(s->info, sizeof s->info, _("enrolled: %s"), total);
	free(total);
	x = 1;
	/* 「Grade 9 Class 12」 (16 cells) whole, and 一年级(1)班 */
	x = col(t, y0, x, 17, xstrdup(_("Class")), t->attr[TA_HEADER]);
	x = col(t, y0, x, 14, xstrdup(_("Head teacher")), t->attr[TA_HEADER]);
	x = col(t, y0, x, 10, xstrdup(_("Enrolled")), t->attr[TA_HEADER]);
	x = col(t, y0, x, 12, xstrdup(_("Left-behind")), t->attr[TA_HEADER]);
	col(t, y0, x, t->cols - x - 1, xstrdup(_("Share")), t->attr[TA_HEADER]);
	if (c->n == 0) {
		w_put(t, y0 + 2, 2, t->cols - 3, _("No class yet: press a to add one."),
		    t->attr[TA_WARN], 0);
		return;
	}
	c->l.rows = tui_body_rows(t) - 3;
	wlist_fix(&c->l);
	for (i = 0; i < c->l.rows && c->l.top + i < c->l.n; i++) {
		r = &c->rows[c->l.top + i];
		sel = c->l.top + i == c->l.sel;
		attr = sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		if (sel)
			w_fill(t, y0 + 1 + i, 0, attr);
		x = 1;
		x = col(t, y0 + 1 + i, x, 17, class_label(r->grade, r->number), attr);
		x = col(t, y0 + 1 + i, x, 14, xstrdup(r->teacher != NULL ? r->teacher :
		    _("(none)")), attr);
		x = col(t, y0 + 1 + i, x, 10, r->enrolled > 0 ? xasprintf("%d", r->enrolled) :
		    xstrdup(_("unknown")), attr);
		x = col(t, y0 + 1 + i, x, 12, xasprintf("%d", r->children), attr);
		col(t, y0 + 1 + i, x, t->cols - x - 1, r->enrolled > 0 ?
		    xasprintf("%.1f%%", 100.0 * r->children / r->enrolled) :
		    xstrdup("-"), attr);
	}
	w_put(t, y0 + tui_body_rows(t) - 1, 1, t->cols - 2,
	    _("Enter: enrolled pupils   t: head teacher   a: add a class"),
	    t->attr[TA_DIM], 0);
}

/* The pupils enrolled in G-N typed at a prompt (cur: the known count, 0
 * none); 1 with *n set, 0 when cancelled or refused (the status says). */
static int
ask_enrolled(struct tui *t, int grade, int number, int cur, long *n)
{
	struct err e = { 0, "" };
	char *label = class_label(grade, number), *q, *text = NULL, *end, now[16] = "";
	int ok = 0;

	if (cur > 0)
		snprintf(now, sizeof now, "%d", cur);
	q = xasprintf(_("Pupils enrolled in %s:"), label);
	if (dlg_prompt(t, q, now, &text)) {
		*n = strtol(text, &end, 10);
		if (end == text || !str_empty(end) || *n < 0 || *n > 100000) {
			err_set(&e, ERR_INPUT, _("\"%s\" is not a number of pupils."), text);
			tui_fail(t, &e);
		} else
			ok = 1;
	}
	free(text);
	free(q);
	free(label);
	return ok;
}

static void
set_enrolled(struct tui *t, int grade, int number, int cur)
{
	struct err e = { 0, "" };
	char *label;
	long n;

	if (!ask_enrolled(t, grade, number, cur, &n))
		return;
	label = class_label(grade, number);
	if (classes_set(t->app, grade, number, (int)n, NULL, &e) != 0)
		tui_fail(t, &e);
	else
		tui_say(t, _("%s: %ld pupils enrolled."), label, n);
	free(label);
}

static void
set_teacher(struct tui *t, const struct class_row *r)
{
	struct err e = { 0, "" };
	char *label = class_label(r->grade, r->number), *q, *text = NULL;

	q = xasprintf(_("Head teacher of %s (a name; empty for none):"), label);
	if (dlg_prompt(t, q, r->teacher != NULL ? r->teacher : "", &text)) {
		if (classes_set(t->app, r->grade, r->number, -1, text, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("%s: head teacher %s."), label,
			    str_empty(text) ? _("(none)") : text);
	}
	free(text);
	free(q);
	free(label);
}

/* A new class is made with its enrolled count: both asked, then one
 * classes_set. */
static void
add_class(struct classes *c, struct tui *t)
{
	struct err e = { 0, "" };
	char *text = NULL;
	int grade, number;
	size_t i;

	if (!dlg_prompt(t, _("New class (e.g. 三年级2班 or 3-2):"), "", &text))
		return;
	if (class_full_parse(text, &grade, &number) != 0) {
		err_set(&e, ERR_INPUT, _("\"%s\" is not a class: write it as 三年级2班 or 3-2."),
		    text);
		tui_fail(t, &e);
		free(text);
		return;
	}
	free(text);
	set_enrolled(t, grade, number, 0);
	if (classes_load(c, t, &e) != 0) {
		tui_fail(t, &e);
		return;
	}
	for (i = 0; i < c->n; i++)
		if (c->rows[i].grade == grade && c->rows[i].number == number)
			c->l.sel = (int)i;
}

static int
classes_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct classes *c = s->priv;
	struct err e = { 0, "" };

	if (op == OP_ADD)
		add_class(c, t);
	else if ((op == OP_EDIT || op == OP_OPEN) && c->l.sel < c->l.n)
		set_enrolled(t, c->rows[c->l.sel].grade, c->rows[c->l.sel].number,
		    c->rows[c->l.sel].enrolled);
	else if (op == OP_TEACHER && c->l.sel < c->l.n)
		set_teacher(t, &c->rows[c->l.sel]);
	else if (op == OP_BACK) {
		tui_back(t);
		return 1;
	} else {
		(void)key;
		return wlist_move(&c->l, op) || op == OP_UP || op == OP_DOWN;
	}
	if (classes_load(c, t, &e) != 0)
		tui_fail(t, &e);
	return 1;
}

const struct screen_class scr_classes = {
	.name = "classes",
	.keys = keys_classes,
	.init = classes_init,
	.free = classes_free_scr,
	.draw = classes_draw,
	.key = classes_key,
};
