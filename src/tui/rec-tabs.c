/* rec-tabs.c — the list tabs of the child record: 结对 (pairings, `a`
 * pairs an existing helper or a new one, `u` or `d` ends a pairing after
 * asking), 帮扶记录 (rec-care.c) and 七清楚 (the seven items, space or
 * k confirms, a confirms all, Enter jumps to the missing field). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/app/checklist.h"
#include "guanai/app/helper.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "record.h"
#include "scr-admin.h"

static int
copy_pairing(void *ctx, const struct pairing *p)
{
	struct rec *rc = ctx;
	struct pairing *d;

	rc->pairs = xrealloc(rc->pairs, (size_t)(rc->npairs + 1) * sizeof *rc->pairs);
	d = &rc->pairs[rc->npairs++];
	pairing_copy(d, p);	/* the callback lends its strings */
	return 0;
}

static int
copy_care(void *ctx, const struct care *c)
{
	struct rec *rc = ctx;
	struct care *d;

	rc->cares = xrealloc(rc->cares, (size_t)(rc->ncares + 1) * sizeof *rc->cares);
	d = &rc->cares[rc->ncares++];
	care_copy(d, c);
	return 0;
}

void
rec_tabs_free(struct rec *rc)
{
	int i;

	for (i = 0; i < rc->npairs; i++)
		pairing_clear(&rc->pairs[i]);
	free(rc->pairs);
	rc->pairs = NULL;
	rc->npairs = 0;
	for (i = 0; i < rc->ncares; i++)
		care_clear(&rc->cares[i]);
	free(rc->cares);
	rc->cares = NULL;
	rc->ncares = 0;
	for (i = 0; i < CHECKLIST_ITEMS; i++)
		xfree(&rc->confirmed[i]);
}

int
rec_tabs_load(struct rec *rc, struct tui *t, struct err *e)
{
	rec_tabs_free(rc);
	if (rc->r.id[0] != '\0') {
		if (app_pairings_each(t->app, rc->r.id, NULL, 0, copy_pairing, rc,
		    e) < 0 ||
		    app_care_each(t->app, rc->r.id, copy_care, rc, e) < 0 ||
		    app_checklist_eval(t->app, &rc->r, t->today, rc->check, rc->confirmed,
		    e) != 0)
			return -1;
	} else
		checklist_eval(&rc->r, NULL, t->today, rc->check);
	rc->l[TAB_PAIRS].n = rc->npairs;
	rc->l[TAB_CARE].n = rc->ncares;
	rc->l[TAB_CHECK].n = CHECKLIST_ITEMS;
	return 0;
}

static char *
pair_line(const struct pairing *p)
{
	return xasprintf("%s \xc2\xb7 %s \xc2\xb7 %s ~ %s",
	    p->helper_name ? p->helper_name : "", helper_kind_label(p->role),
	    p->start ? p->start : "", p->end ? p->end : _("now"));
}

static char *
check_line(const struct rec *rc, struct tui *t, int i)
{
	const struct check_item_result *c = &rc->check[i];
	char *title = utf8_pad(checklist_item_title(i + 1), 20, t->app->ascii_only), *s, *m;

	switch (c->state) {
	case CHECK_CLEAR:
		s = xasprintf("%d %s %s %s %s", i + 1, title, t->mark[0], _("confirmed"),
		    rc->confirmed[i] ? rc->confirmed[i] : "");
		break;
	case CHECK_MISSING:
		m = xasprintf(_("missing: %s"), field_label(&field_table[c->missing]));
		s = xasprintf("%d %s %s %s", i + 1, title, t->mark[1], m);
		free(m);
		break;
	default:
		s = xasprintf("%d %s %s %s", i + 1, title, t->mark[2],
		    _("to confirm this school year"));
		break;
	}
	free(title);
	return s;
}

void
rec_tabs_draw(struct rec *rc, struct tui *t, int y0, int rows)
{
	struct wlist *l = &rc->l[rc->tab];
	char *line;
	int i, k, sel, attr;

	l->rows = rows - 1;
	wlist_fix(l);
	if (rc->r.id[0] == '\0' && rc->tab != TAB_CHECK) {
		w_put(t, y0, 2, t->cols - 3, _("Save the new record first (F2)."),
		    t->attr[TA_DIM], 0);
		return;
	}
	if (l->n == 0)
		w_put(t, y0, 2, t->cols - 3, rc->tab == TAB_PAIRS ?
		    _("No helper yet: press a to pair one.") :
		    _("No care recorded yet: press a to add a home visit, a call…"),
		    t->attr[TA_WARN], 0);
	for (i = 0; i < l->rows && l->top + i < l->n; i++) {
		k = l->top + i;
		sel = k == l->sel;
		attr = sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		if (rc->tab == TAB_PAIRS) {
			line = pair_line(&rc->pairs[k]);
			if (rc->pairs[k].end != NULL && !sel)
				attr = t->attr[TA_DIM];
		} else if (rc->tab == TAB_CARE)
			line = rec_care_line(&rc->cares[k]);
		else {
			line = check_line(rc, t, k);
			if (!sel && rc->check[k].state == CHECK_MISSING)
				attr = t->attr[TA_WARN];
		}
		w_put(t, y0 + i, 1, t->cols - 2, line, attr, sel);
		free(line);
	}
}

/* ---- actions -------------------------------------------------------- */

struct helper_menu {
	char **items;
	char (*ids)[UUID_LEN + 1];
	int n;
};

static int
add_helper(void *ctx, const struct helper *h)
{
	struct helper_menu *m = ctx;

	m->items = xrealloc(m->items, (size_t)(m->n + 1) * sizeof *m->items);
	m->ids = xrealloc(m->ids, (size_t)(m->n + 1) * sizeof *m->ids);
	m->items[m->n] = xasprintf("%s \xc2\xb7 %s \xc2\xb7 %d", h->name,
	    helper_kind_label(h->kind), h->active_children);
	snprintf(m->ids[m->n], sizeof m->ids[m->n], "%s", h->id);
	m->n++;
	return 0;
}

/* a: the existing helpers (name · kind · children now) and, last,
 * 「新帮扶人…」, which asks for one and pairs the child with them. */
static void
pair_helper(struct rec *rc, struct tui *t)
{
	struct helper_menu m = { NULL, NULL, 0 };
	struct err e = { 0, "" };
	char id[UUID_LEN + 1] = "", *name = NULL;
	int r, i;

	if (app_helpers_each(t->app, add_helper, &m, &e) < 0) {
		tui_fail(t, &e);
		goto out;
	}
	m.items = xrealloc(m.items, (size_t)(m.n + 1) * sizeof *m.items);
	m.items[m.n] = xstrdup(_("New helper…"));
	r = dlg_menu(t, _("Pair with which helper?"), (const char *const *)m.items, m.n + 1, 0);
	if (r < 0)
		goto out;
	if (r == m.n) {
		if (!dlg_helper_new(t, id))
			goto out;
	} else
		snprintf(id, sizeof id, "%s", m.ids[r]);
	if (pairing_make(t->app, rc->r.id, id, NULL, t->today_iso, &e) != 0)
		tui_fail(t, &e);
	else {
		name = r == m.n ? xstrdup(_("the new helper")) : xstrdup(m.items[r]);
		tui_say(t, _("Paired with %s."), name);
	}
out:
	for (i = 0; i <= m.n && m.items != NULL; i++)
		free(m.items[i]);
	free(m.items);
	free(m.ids);
	free(name);
}

static void
unpair(struct rec *rc, struct tui *t)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[] = { _("End it"), _("Keep") };
	struct err e = { 0, "" };
	struct pairing *p;
	char *q;

	if (rc->l[TAB_PAIRS].sel >= rc->npairs)
		return;
	p = &rc->pairs[rc->l[TAB_PAIRS].sel];
	if (p->end != NULL) {
		tui_say(t, "%s", _("This pairing has already ended."));
		return;
	}
	q = xasprintf(_("End the pairing of %s with %s?"), p->helper_name ? p->helper_name : "",
	    record_get(&rc->orig, F_NAME));
	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (helper_unpair(t->app, rc->r.id, p->helper_id, NULL, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("The pairing with %s ended today (kept in the history)."),
			    p->helper_name);
	}
	free(q);
}

static void
confirm(struct rec *rc, struct tui *t, int item, int quiet)
{
	struct check_item_result res[CHECKLIST_ITEMS];
	struct err e = { 0, "" };
	int n = app_checklist_confirm(t->app, &rc->r, item + 1, t->today, res, &e);

	if (n < 0)
		tui_fail(t, &e);
	else if (n == 0) {
		if (!quiet)
			tui_say(t, _("Item %d cannot be confirmed: %s is missing (Enter fills it)."),
			    item + 1, field_label(&field_table[res[item].missing]));
	} else if (!quiet)
		tui_say(t, _("Item %d confirmed today."), item + 1);
}

static int
check_key(struct rec *rc, struct tui *t, enum op op, int key)
{
	int i, sel = rc->l[TAB_CHECK].sel;

	if (op == OP_OPEN || op == OP_EDIT) {
		if (rc->check[sel].state == CHECK_MISSING)
			rec_form_select(rc, rc->check[sel].missing);
		return 1;
	}
	if (rc->dirty && (op == OP_CONFIRM || op == OP_ADD || key == ' ')) {
		tui_say(t, "%s", _("Save the changes first (F2), then confirm."));
		return 1;
	}
	if (op == OP_CONFIRM || key == ' ')
		confirm(rc, t, sel, 0);
	else if (op == OP_ADD) {
		for (i = 0; i < CHECKLIST_ITEMS; i++)
			confirm(rc, t, i, 1);
		tui_say(t, "%s", _("Every complete item confirmed today."));
	} else
		return wlist_move(&rc->l[TAB_CHECK], op);
	return 1;
}

int
rec_tabs_key(struct rec *rc, struct tui *t, enum op op, int key)
{
	struct err e = { 0, "" };
	int used = 1;

	if (rc->r.id[0] == '\0' && (op == OP_ADD || op == OP_UNPAIR || op == OP_CONFIRM)) {
		tui_say(t, "%s", _("Save the new record first (F2)."));
		return 1;
	}
	if (rc->tab == TAB_CHECK)
		used = check_key(rc, t, op, key);
	else if (op == OP_ADD && rc->tab == TAB_PAIRS)
		pair_helper(rc, t);
	else if (op == OP_UNPAIR && rc->tab == TAB_PAIRS)
		unpair(rc, t);
	else if (rc->tab == TAB_CARE && (op == OP_ADD || op == OP_OPEN || op == OP_EDIT ||
	    op == OP_DELETE))
		used = rec_care_key(rc, t, op, key);
	else
		return wlist_move(&rc->l[rc->tab], op);
	if (rec_tabs_load(rc, t, &e) != 0)
		tui_fail(t, &e);
	return used;
}
