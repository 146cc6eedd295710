/* scr-record.c — 档案, one child's file: the tab bar (基本 · 父母 · 监护人
 * · 结对 · 帮扶记录 · 七清楚), saving (F2 or w: record_complete, then
 * app_child_save in one transaction), the unsaved-changes question on
 * Esc and q, new child, and the move to the trash.  The tabs themselves
 * live in rec-form.c and rec-tabs.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/children.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/validate.h"
#include "record.h"

static const char *const tab_names[TAB_COUNT] = {
	N_("Basic"), N_("Parents"), N_("Guardian"), N_("Helpers"), N_("Care"),
	N_("7-clear"),
};

static void
rec_destroy(struct rec *rc)
{
	if (rc->editing)
		ledit_free(&rc->ed);
	rec_tabs_free(rc);
	record_clear(&rc->r);
	record_clear(&rc->orig);
	free(rc);
}

static int
record_init_scr(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct rec *rc = xcalloc(1, sizeof *rc);
	char num[8];
	int found;

	record_init(&rc->r);
	record_init(&rc->orig);
	rec_form_setup(rc);
	if (arg != NULL && arg->child_id[0] != '\0') {
		found = app_child_get(t->app, arg->child_id, &rc->orig, e);
		if (found != 0) {
			if (found == 1)
				err_set(e, ERR_INPUT, "%s",
				    _("this child is no longer on the register"));
			rec_destroy(rc);
			return -1;
		}
		record_copy(&rc->r, &rc->orig);
	} else if (t->grade != 0) {	/* a new child of the class on show */
		snprintf(num, sizeof num, "%d", t->grade);
		record_set(&rc->r, F_GRADE, num);
		snprintf(num, sizeof num, "%d", t->class_no);
		record_set(&rc->r, F_CLASS_NO, num);
	}
	if (arg != NULL) {
		rc->tab = arg->tab >= 0 && arg->tab < TAB_COUNT ? arg->tab : 0;
		if (arg->field >= 0)
			rec_form_select(rc, arg->field);
	}
	if (rec_tabs_load(rc, t, e) != 0) {
		rec_destroy(rc);
		return -1;
	}
	s->priv = rc;
	return 0;
}

static void
record_free_scr(struct screen *s)
{
	rec_destroy(s->priv);
}

static void
draw_tabs(struct rec *rc, struct tui *t, int y)
{
	char *label;
	int i, x = 1;

	for (i = 0; i < TAB_COUNT; i++) {
		label = xasprintf(i == rc->tab ? "[%s]" : " %s ", _(tab_names[i]));
		x += w_put(t, y, x, t->cols - x, label, i == rc->tab ? t->attr[TA_KEY] :
		    t->attr[TA_NORMAL], 0) + 1;
		free(label);
	}
}

static void
record_draw(struct screen *s, struct tui *t)
{
	struct rec *rc = s->priv;
	const char *name = record_get(&rc->r, F_NAME);
	const char *g = record_get(&rc->r, F_GRADE), *c = record_get(&rc->r, F_CLASS_NO);
	char *cls = g != NULL && c != NULL ? class_label(atoi(g), atoi(c)) : xstrdup("");
	int y0 = tui_body_top(t), rows = tui_body_rows(t) - 1;

	snprintf(s->title, sizeof s->title, "%s%s%s", name != NULL ? name :
	    _("New child"), cls[0] ? " \xc2\xb7 " : "", cls);
	free(cls);
	/* 已保存 only when what the form shows is what is stored: a value
	 * typed and not yet taken (or refused) is not saved */
	snprintf(s->info, sizeof s->info, "%s", rc->editing && rc->refused[0] ?
	    _("unsaved: bad value") : rc->dirty || rec_form_pending(rc) ?
	    _("unsaved changes") : rc->r.id[0] == '\0' ? _("new record") : _("saved"));
	draw_tabs(rc, t, y0);
	if (rc->tab < TAB_FORMS)
		rec_form_draw(rc, t, y0 + 1, rows);
	else
		rec_tabs_draw(rc, t, y0 + 1, rows);
}

static int
save(struct rec *rc, struct tui *t)
{
	struct err e = { 0, "" }, say = { 0, "" };
	struct record fresh;

	record_init(&fresh);
	if (record_complete(&rc->r, &e) != 0 ||
	    app_child_save(t->app, &rc->r, &e) != 0) {
		/* the title says 未保存; the status line says so too, and why */
		err_set(&say, e.code ? e.code : ERR_INPUT, _("Nothing saved. %s"), e.msg);
		tui_fail(t, &say);
		record_clear(&fresh);
		return -1;
	}
	if (app_child_get(t->app, rc->r.id, &fresh, &e) != 0) {
		if (!err_is_set(&e))
			err_set(&e, ERR_IO, "%s", _("the saved record cannot be read back"));
		tui_fail(t, &e);
		record_clear(&fresh);
		return -1;
	}
	record_clear(&rc->orig);
	record_copy(&rc->orig, &fresh);
	record_clear(&rc->r);
	record_copy(&rc->r, &fresh);
	record_clear(&fresh);
	rc->dirty = 0;
	if (rec_tabs_load(rc, t, &e) != 0)
		tui_fail(t, &e);
	else
		tui_say(t, _("Saved %s."), record_get(&rc->r, F_NAME));
	return 0;
}

/* Unsaved changes: save / discard / stay.  1 when the screen may close. */
static int
may_leave(struct rec *rc, struct tui *t)
{
	static const char *const keys[] = { "s", "d", "c" };
	const char *words[3] = { _("Save"), _("Discard"), _("Cancel") };

	if (!rc->dirty)
		return 1;
	switch (dlg_ask(t, _("This record has unsaved changes."), keys, words, 3)) {
	case 0:
		return save(rc, t) == 0;
	case 1:
		return 1;
	default:
		return 0;
	}
}

static void
delete_child(struct rec *rc, struct tui *t)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[2] = { _("Yes, to the trash"), _("No") };
	struct err e = { 0, "" };
	char *q;

	if (rc->r.id[0] == '\0') {
		rc->dirty = 0;
		tui_back(t);
		return;
	}
	q = xasprintf(_("Move %s to the trash?"), record_get(&rc->orig, F_NAME));
	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (app_child_delete(t->app, rc->r.id, &e) != 0)
			tui_fail(t, &e);
		else {
			tui_say(t, _("%s is in the trash (r shows the trash)."),
			    record_get(&rc->orig, F_NAME));
			rc->dirty = 0;
			tui_back(t);
		}
	}
	free(q);
}

static int
record_op(struct rec *rc, struct tui *t, enum op op)
{
	switch (op) {
	case OP_SAVE:
		save(rc, t);
		return 1;
	case OP_RIGHT:
		rc->tab = (rc->tab + 1) % TAB_COUNT;
		return 1;
	case OP_LEFT:
		rc->tab = (rc->tab + TAB_COUNT - 1) % TAB_COUNT;
		return 1;
	case OP_BACK:
		if (may_leave(rc, t))
			tui_back(t);
		return 1;
	case OP_QUIT:
		if (may_leave(rc, t))
			t->quit = 1;
		return 1;
	case OP_DELETE:
		delete_child(rc, t);
		return 1;
	case OP_NEW:
		if (may_leave(rc, t)) {
			tui_back(t);
			tui_open(t, &scr_record, NULL);
		}
		return 1;
	case OP_CONFIRM:
		if (rc->tab != TAB_CHECK) {
			rc->tab = TAB_CHECK;
			return 1;
		}
		return 0;
	default:
		return 0;
	}
}

static int
record_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct rec *rc = s->priv;

	if (rc->editing) {
		/* the editor takes everything; save and quit only after it closed */
		if (rec_form_key(rc, t, op, key) || rc->editing)
			return 1;
	} else if (rc->tab < 3 && op != OP_LEFT && op != OP_RIGHT &&
	    rec_form_key(rc, t, op, key))
		return 1;
	/* on the list tabs d ends a pairing or deletes a care entry, never
	 * the child */
	if (op == OP_DELETE && (rc->tab == TAB_PAIRS || rc->tab == TAB_CARE))
		return rec_tabs_key(rc, t, rc->tab == TAB_PAIRS ? OP_UNPAIR : op, key);
	if (key >= '1' && key <= '0' + TAB_COUNT) {
		rc->tab = key - '1';
		return 1;
	}
	if (record_op(rc, t, op))
		return 1;
	if (rc->tab >= 3)
		return rec_tabs_key(rc, t, op, key);
	return 0;
}

/* a adds on the pairing, care and checklist tabs only: on the form tabs
 * it did nothing and said nothing */
static int
record_offers(const struct screen *s, enum op op)
{
	const struct rec *rc = s->priv;

	return op != OP_ADD || rc->tab >= TAB_PAIRS;
}

static void
record_mouse(struct screen *s, struct tui *t, int y, int x, int dbl)
{
	struct rec *rc = s->priv;
	struct wlist *l = &rc->l[rc->tab];
	int i = y - tui_body_top(t) - 1;

	(void)x;
	if (rc->editing || i < 0 || l->top + i >= l->n)
		return;
	l->sel = l->top + i;
	if (dbl)
		record_key(s, t, OP_EDIT, TK_ENTER);
}

const struct screen_class scr_record = {
	.name = "record",
	.keys = keys_record,
	.offers = record_offers,
	.init = record_init_scr,
	.free = record_free_scr,
	.draw = record_draw,
	.key = record_key,
	.mouse = record_mouse,
};
