/* scr-pairing.c — 结对帮扶: helpers on the left, the children paired with
 * the selected helper on the right.  a pairs the helper with a child found
 * by a search (children without a helper listed first), u ends the
 * selected pairing after asking (kept in the history), n adds a helper, e
 * changes one, d removes one (not while paired), Enter on a child opens
 * its record. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/account.h"
#include "guanai/app/care.h"
#include "guanai/app/children.h"
#include "guanai/app/helper.h"
#include "guanai/app/marks.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "guanai/base/termsafe.h"
#include "scr-admin.h"
#include "widget.h"

#define PICK_MAX 200

struct helpers {
	struct helper *h;
	int nh;
	struct pairing *p;
	int np;
	struct wlist lh, lp;
	int right;			/* focus on the right pane */
};

static int
copy_helper(void *ctx, const struct helper *h)
{
	struct helpers *hs = ctx;
	struct helper *d;

	hs->h = xrealloc(hs->h, (size_t)(hs->nh + 1) * sizeof *hs->h);
	d = &hs->h[hs->nh++];
	helper_copy(d, h);	/* the callback lends its strings */
	return 0;
}

static int
copy_pairing(void *ctx, const struct pairing *p)
{
	struct helpers *hs = ctx;
	struct pairing *d;

	hs->p = xrealloc(hs->p, (size_t)(hs->np + 1) * sizeof *hs->p);
	d = &hs->p[hs->np++];
	pairing_copy(d, p);
	return 0;
}

static void
clear_pairs(struct helpers *hs)
{
	int i;

	for (i = 0; i < hs->np; i++)
		pairing_clear(&hs->p[i]);
	free(hs->p);
	hs->p = NULL;
	hs->np = 0;
}

static void
clear_helpers(struct helpers *hs)
{
	int i;

	for (i = 0; i < hs->nh; i++)
		helper_clear(&hs->h[i]);
	free(hs->h);
	hs->h = NULL;
	hs->nh = 0;
}

static int
load_pairs(struct helpers *hs, struct tui *t, struct err *e)
{
	clear_pairs(hs);
	if (hs->nh > 0 && app_pairings_each(t->app, NULL, hs->h[hs->lh.sel].id, 1,
	    copy_pairing, hs, e) < 0)
		return -1;
	hs->lp.n = hs->np;
	wlist_fix(&hs->lp);
	if (hs->np == 0)
		hs->right = 0;
	return 0;
}

static int
load(struct helpers *hs, struct tui *t, struct err *e)
{
	clear_helpers(hs);
	if (app_helpers_each(t->app, copy_helper, hs, e) < 0)
		return -1;
	hs->lh.n = hs->nh;
	wlist_fix(&hs->lh);
	return load_pairs(hs, t, e);
}

static int
helpers_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct helpers *hs = xcalloc(1, sizeof *hs);

	(void)arg;
	if (load(hs, t, e) != 0) {
		clear_pairs(hs);
		clear_helpers(hs);
		free(hs);
		return -1;
	}
	s->priv = hs;
	return 0;
}

static void
helpers_free(struct screen *s)
{
	struct helpers *hs = s->priv;

	clear_pairs(hs);
	clear_helpers(hs);
	free(hs);
}

static void
draw_right(struct helpers *hs, struct tui *t, int y, int x, int rows)
{
	char *line;
	int i, k;

	for (i = 0; i < rows && hs->lp.top + i < hs->np; i++) {
		k = hs->lp.top + i;
		line = xasprintf("%s \xc2\xb7 %s \xc2\xb7 %s", hs->p[k].child_name,
		    helper_kind_label(hs->p[k].role), hs->p[k].start ? hs->p[k].start : "");
		w_put(t, y + i, x, t->cols - x - 1, line, hs->right && k == hs->lp.sel ?
		    t->attr[TA_SELECT] : t->attr[TA_NORMAL], hs->right && k == hs->lp.sel);
		free(line);
	}
	if (hs->nh > 0 && hs->np == 0)
		w_put(t, y, x, t->cols - x - 1, _("No child yet: a pairs one."),
		    t->attr[TA_DIM], 0);
}

static void
helpers_draw(struct screen *s, struct tui *t)
{
	struct helpers *hs = s->priv;
	int y = tui_body_top(t), rows = tui_body_rows(t) - 1, lw = t->cols * 2 / 5, i, k;
	char *line;

	snprintf(s->title, sizeof s->title, "%s", _("Helpers and pairings"));
	snprintf(s->info, sizeof s->info, P_("%d helper", "%d helpers", hs->nh), hs->nh);
	w_put(t, y, 1, lw - 1, _("Helper"), hs->right ? t->attr[TA_HEADER] :
	    t->attr[TA_SELECT], 1);
	w_put(t, y, lw + 1, t->cols - lw - 2, _("Children paired (active)"), hs->right ?
	    t->attr[TA_SELECT] : t->attr[TA_HEADER], 1);
	w_vline(t, y + 1, lw, rows);
	hs->lh.rows = hs->lp.rows = rows;
	wlist_fix(&hs->lh);
	wlist_fix(&hs->lp);
	for (i = 0; i < rows && hs->lh.top + i < hs->nh; i++) {
		k = hs->lh.top + i;
		line = xasprintf("%s \xc2\xb7 %s \xc2\xb7 %d", hs->h[k].name,
		    helper_kind_label(hs->h[k].kind), hs->h[k].active_children);
		w_put(t, y + 1 + i, 1, lw - 2, line, k == hs->lh.sel ? (hs->right ?
		    t->attr[TA_KEY] : t->attr[TA_SELECT]) : t->attr[TA_NORMAL], k == hs->lh.sel);
		free(line);
	}
	if (hs->nh == 0)
		w_put(t, y + 1, 1, lw - 2, _("No helpers: n adds one."), t->attr[TA_WARN], 0);
	draw_right(hs, t, y + 1, lw + 1, rows);
}

/* ---- pairing a child ------------------------------------------------ */

struct pick {
	struct tui *t;
	char **items, **names;
	char (*ids)[UUID_LEN + 1];
	int *unpaired;
	int n;
	struct err *e;
};

static int
add_pick(void *ctx, const struct record *r, const struct child_key *key)
{
	struct pick *pk = ctx;
	struct child_marks mk;
	const char *g = record_get(r, F_GRADE), *c = record_get(r, F_CLASS_NO);
	char *cls;

	(void)key;
	if (marks_eval(pk->t->app, r, pk->t->today, &mk, pk->e) != 0)
		return -1;
	cls = g != NULL && c != NULL ? class_short_label(atoi(g), atoi(c)) : xstrdup("");
	pk->items = xrealloc(pk->items, (size_t)(pk->n + 1) * sizeof *pk->items);
	pk->ids = xrealloc(pk->ids, (size_t)(pk->n + 1) * sizeof *pk->ids);
	pk->unpaired = xrealloc(pk->unpaired, (size_t)(pk->n + 1) * sizeof *pk->unpaired);
	pk->names = xrealloc(pk->names, (size_t)(pk->n + 1) * sizeof *pk->names);
	pk->names[pk->n] = xstrdup(record_get(r, F_NAME));
	pk->items[pk->n] = xasprintf("%s %s%s%s", record_get(r, F_NAME), cls,
	    mk.paired ? "" : "  ", mk.paired ? "" : _("unpaired"));
	snprintf(pk->ids[pk->n], sizeof pk->ids[pk->n], "%s", r->id);
	pk->unpaired[pk->n] = !mk.paired;
	pk->n++;
	free(cls);
	return 0;
}

/* Children without a helper first, the rest after, each in pinyin order. */
static void
order_unpaired_first(struct pick *pk)
{
	char **items = xcalloc((size_t)pk->n + 1, sizeof *items);
	char **names = xcalloc((size_t)pk->n + 1, sizeof *names);
	char (*ids)[UUID_LEN + 1] = xcalloc((size_t)pk->n + 1, sizeof *ids);
	int i, o = 0, pass;

	for (pass = 1; pass >= 0; pass--)
		for (i = 0; i < pk->n; i++)
			if (pk->unpaired[i] == pass) {
				items[o] = pk->items[i];
				names[o] = pk->names[i];
				memcpy(ids[o++], pk->ids[i], sizeof ids[0]);
			}
	free(pk->items);
	free(pk->names);
	free(pk->ids);
	pk->items = items;
	pk->names = names;
	pk->ids = ids;
}

static void
pair_child(struct helpers *hs, struct tui *t)
{
	struct err e = { 0, "" };
	struct pick pk = { t, NULL, NULL, NULL, NULL, 0, &e };
	struct child_filter f;
	char *q = NULL;
	int r, i;

	if (hs->nh == 0)
		return;
	if (!dlg_prompt(t, _("Pair with which child? Name, initials or empty for all:"), "",
	    &q))
		return;
	memset(&f, 0, sizeof f);
	f.grade = t->grade;
	f.class_no = t->class_no;
	f.search = str_empty(q) ? NULL : q;
	if (app_children_each(t->app, &f, NULL, PICK_MAX, add_pick, &pk, &e) < 0) {
		tui_fail(t, &e);
		goto out;
	}
	if (pk.n == 0) {
		tui_say(t, _("No child matches \"%s\"."), q);
		goto out;
	}
	order_unpaired_first(&pk);
	r = dlg_menu(t, hs->h[hs->lh.sel].name, (const char *const *)pk.items, pk.n, 0);
	if (r < 0)
		goto out;
	if (pairing_make(t->app, pk.ids[r], hs->h[hs->lh.sel].id, NULL, t->today_iso, &e) != 0)
		tui_fail(t, &e);
	else
		tui_say(t, _("%s paired with %s."), hs->h[hs->lh.sel].name, pk.names[r]);
out:
	for (i = 0; i < pk.n; i++) {
		free(pk.items[i]);
		free(pk.names[i]);
	}
	free(pk.items);
	free(pk.names);
	free(pk.ids);
	free(pk.unpaired);
	free(q);
}

static void
remove_helper(struct helpers *hs, struct tui *t)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[] = { _("Remove"), _("Keep") };
	struct err e = { 0, "" };
	const struct helper *h;
	char *q;

	if (hs->lh.sel >= hs->nh)
		return;
	h = &hs->h[hs->lh.sel];
	/* a class teacher is told at once, not after saying yes */
	if (app_require_head(t->app, _("remove a helper"), &e) != 0) {
		tui_fail(t, &e);
		return;
	}
	q = xasprintf(_("Remove the helper %s from the lists?"), h->name);
	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (helper_remove(t->app, h->id, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("The helper %s is removed."), h->name);
	}
	free(q);
}

static void
unpair(struct helpers *hs, struct tui *t)
{
	struct err e = { 0, "" };

	static const char *const keys[] = { "y", "n" };
	const char *words[] = { _("End it"), _("Keep") };
	const struct pairing *p;
	char *q;

	if (hs->lp.sel >= hs->np)
		return;
	p = &hs->p[hs->lp.sel];
	q = xasprintf(_("End the pairing of %s with %s?"), p->helper_name ? p->helper_name : "",
	    p->child_name ? p->child_name : "");
	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (helper_unpair(t->app, p->child_id, p->helper_id, NULL, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("The pairing with %s ended today (kept in the history)."),
			    p->child_name);
	}
	free(q);
}

static int
helpers_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct helpers *hs = s->priv;
	struct err e = { 0, "" };
	struct screen_arg arg = { "", 3, -1 };
	int moved;

	(void)key;
	switch (op) {
	case OP_SWITCH:
		hs->right = !hs->right && hs->np > 0;
		return 1;
	case OP_PAIR:
		pair_child(hs, t);
		break;
	case OP_UNPAIR:
		if (!hs->right) {
			tui_say(t, "%s", _("Choose the child on the right first (Tab)."));
			return 1;
		}
		unpair(hs, t);
		break;
	case OP_NEW:
		dlg_helper_new(t, NULL);
		break;
	case OP_EDIT:
		if (hs->lh.sel < hs->nh)
			dlg_helper_edit(t, &hs->h[hs->lh.sel]);
		break;
	case OP_REMOVE_HELPER:
		remove_helper(hs, t);
		break;
	case OP_OPEN:
		if (hs->right && hs->lp.sel < hs->np) {
			snprintf(arg.child_id, sizeof arg.child_id, "%s", hs->p[hs->lp.sel].child_id);
			tui_open(t, &scr_record, &arg);
		} else if (hs->np > 0)
			hs->right = 1;
		return 1;
	default:
		moved = wlist_move(hs->right ? &hs->lp : &hs->lh, op);
		if (moved && !hs->right && load_pairs(hs, t, &e) != 0)
			tui_fail(t, &e);
		return moved;
	}
	if (load(hs, t, &e) != 0)
		tui_fail(t, &e);
	return 1;
}

static void
helpers_resume(struct screen *s, struct tui *t)
{
	struct err e = { 0, "" };

	if (load(s->priv, t, &e) != 0)
		tui_fail(t, &e);
}

const struct screen_class scr_helpers = {
	.name = "helpers",
	.keys = keys_helpers,
	.init = helpers_init,
	.free = helpers_free,
	.draw = helpers_draw,
	.key = helpers_key,
	.resume = helpers_resume,
};
