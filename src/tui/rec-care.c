/* rec-care.c — the 帮扶记录 tab of the child record: the care given,
 * newest first.  `a` adds one (kind, amount when it is money, the date —
 * today unless the teacher types the day of a visit done earlier — and a
 * line of what happened); Enter opens an entry to be read whole, from
 * where `e` edits and `d` deletes it; `d` on the tab deletes the entry
 * (asking first), never the child.  Every change goes through the care use
 * cases of src/app (care.h), which validate and audit. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "record.h"
#include "textview.h"

/* The kind (and amount) is padded to the width of 「资助 1000元」, so that
 * the summaries of 家访, 亲情电话 and an aid start in one column. */
#define KIND_CELLS 10

char *
rec_care_line(const struct care *c)
{
	char amount[32] = "", *kind, *out;
	int w;

	if (c->amount > 0)
		snprintf(amount, sizeof amount, _(" %.0f yuan"), c->amount);
	kind = xasprintf("%s%s", care_kind_label(c->kind), amount);
	w = utf8_width(kind);
	out = xasprintf("%s  %s%*s  %s%s%s", c->date ? c->date : "", kind,
	    w < KIND_CELLS ? KIND_CELLS - w : 0, "", c->summary ? c->summary : "",
	    c->helper_name ? " \xc2\xb7 " : "", c->helper_name ? c->helper_name : "");
	free(kind);
	return out;
}

/* The answers of the care form; prefilled from an entry when editing. */
struct care_answers {
	int kind;		/* index in care_kinds */
	char *amount, *date, *summary;
};

static void
answers_clear(struct care_answers *a)
{
	xfree(&a->amount);
	xfree(&a->date);
	xfree(&a->summary);
}

static int
kind_index(const char *code)
{
	int i;

	for (i = 0; code != NULL && care_kinds[i].code != NULL; i++)
		if (strcmp(care_kinds[i].code, code) == 0)
			return i;
	return 0;
}

/* Kind, amount (money only), date, summary: each a prompt with the
 * current answer; Enter alone keeps it.  1 answered, 0 Esc. */
static int
ask_care(struct tui *t, const char *title, struct care_answers *a)
{
	const char *items[32];
	char *s;
	int n, r;

	for (n = 0; care_kinds[n].code != NULL && n < 31; n++)
		items[n] = _(care_kinds[n].label);
	if ((r = dlg_menu(t, title, items, n, a->kind)) < 0)
		return 0;
	a->kind = r;
	if (care_kind_has_amount(care_kinds[r].code)) {
		if (!dlg_prompt(t, _("Amount (yuan):"), a->amount ? a->amount : "", &s))
			return 0;
		free(a->amount);
		a->amount = s;
	}
	if (!dlg_prompt(t, _("Date (Enter keeps it; e.g. 2026-12-04):"), a->date, &s))
		return 0;
	free(a->date);
	a->date = s;
	if (!dlg_prompt(t, _("What happened (one line):"), a->summary ? a->summary : "", &s))
		return 0;
	free(a->summary);
	a->summary = s;
	return 1;
}

/* The amount typed for aid or a gift (NULL or "" for none). */
static int
amount_of(const char *text, double *yuan, struct err *e)
{
	char *end;

	*yuan = 0;
	if (str_empty(text))
		return 0;
	*yuan = strtod(text, &end);
	if (end == text || !str_empty(end) || *yuan < 0) {
		err_set(e, ERR_INPUT, _("\"%s\" is not an amount of yuan."), text);
		return -1;
	}
	return 0;
}

static void
add_care(struct rec *rc, struct tui *t)
{
	struct care_answers a = { 0, NULL, xstrdup(t->today_iso), NULL };
	struct err e = { 0, "" };
	const char *helper = NULL;
	char iso[11];
	double yuan;
	int i;

	if (!ask_care(t, _("Which care?"), &a))
		goto out;
	/* the helper is the child's first active one */
	for (i = 0; i < rc->npairs; i++)
		if (rc->pairs[i].end == NULL) {
			helper = rc->pairs[i].helper_id;
			break;
		}
	if (amount_of(a.amount, &yuan, &e) != 0 || care_date(a.date, iso, &e) != 0 ||
	    care_record(t->app, rc->r.id, helper, care_kinds[a.kind].code, iso,
	    a.summary, yuan, &e) != 0)
		tui_fail(t, &e);
	else
		tui_say(t, _("%s recorded for %s."), _(care_kinds[a.kind].label), iso);
out:
	answers_clear(&a);
}

static void
edit_care(struct tui *t, const struct care *c)
{
	struct care_answers a = { kind_index(c->kind), NULL, xstrdup(c->date), NULL };
	struct care_change ch;
	struct err e = { 0, "" };
	double yuan;

	if (c->amount > 0)
		a.amount = xasprintf("%.2f", c->amount);
	if (c->summary != NULL)
		a.summary = xstrdup(c->summary);
	if (!ask_care(t, _("Change the care record: which care?"), &a))
		goto out;
	memset(&ch, 0, sizeof ch);
	ch.kind = care_kinds[a.kind].code;
	ch.date = a.date;
	ch.summary = a.summary;
	ch.amount = -1;
	if (amount_of(a.amount, &yuan, &e) == 0 && a.amount != NULL)
		ch.amount = yuan;
	if (err_is_set(&e) || care_edit(t->app, c->id, &ch, &e) != 0)
		tui_fail(t, &e);
	else
		tui_say(t, "%s", _("The care record is changed."));
out:
	answers_clear(&a);
}

static void
delete_care(struct tui *t, const struct care *c)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[] = { _("Delete"), _("Keep") };
	struct err e = { 0, "" };
	char *q;

	q = xasprintf(_("Delete the care record %s %s?"), c->date ? c->date : "",
	    care_kind_label(c->kind));
	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (care_remove(t->app, c->id, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("The care record %s %s is deleted (kept in the log)."),
			    c->date ? c->date : "", care_kind_label(c->kind));
	}
	free(q);
}

/* One entry whole in a box over the record: the summary wrapped, the
 * helper, the amount, the follow-up.  Returns 'e', 'd' or 0 (Esc). */
static int
read_care(struct tui *t, const struct care *c)
{
	struct textview tv;
	char *s, amount[32];
	int key, i, y0, x0, h, w;

	for (;;) {
		memset(&tv, 0, sizeof tv);
		w = t->cols - 4;
		s = xasprintf("%s  %s", c->date ? c->date : "", care_kind_label(c->kind));
		tv_add(&tv, TV_HEAD, NULL, s);
		free(s);
		if (c->helper_name != NULL) {
			s = xasprintf(_("Helper: %s"), c->helper_name);
			tv_add(&tv, TV_TEXT, NULL, s);
			free(s);
		}
		if (c->amount > 0) {
			snprintf(amount, sizeof amount, "%.2f", c->amount);
			s = xasprintf(_("Amount: %s yuan"), amount);
			tv_add(&tv, TV_TEXT, NULL, s);
			free(s);
		}
		if (c->follow_up != NULL) {
			s = xasprintf(_("Follow up on: %s"), c->follow_up);
			tv_add(&tv, TV_TEXT, NULL, s);
			free(s);
		}
		tv_add(&tv, TV_TEXT, NULL, "");
		tv_add_wrapped(&tv, TV_TEXT, str_empty(c->summary) ? _("(nothing written)") :
		    c->summary, w - 4);
		tui_paint(t);
		h = tv.n + 4 < t->rows - 2 ? tv.n + 4 : t->rows - 2;
		y0 = (t->rows - h) / 2;
		x0 = (t->cols - w) / 2;
		for (i = 0; i < h; i++)
			w_put(t, y0 + i, x0, w, "", t->attr[TA_NORMAL], 1);
		mvhline(y0, x0, ACS_HLINE, w);
		mvhline(y0 + h - 1, x0, ACS_HLINE, w);
		w_put(t, y0, x0 + 2, w - 4, _("Care record"), t->attr[TA_HEADER], 0);
		for (i = 0; i < tv.n && i < h - 4; i++)
			w_put(t, y0 + 1 + i, x0 + 2, w - 4, tv.line[i].text,
			    tv.line[i].style == TV_HEAD ? t->attr[TA_HEADER] : t->attr[TA_NORMAL], 0);
		w_put(t, y0 + h - 2, x0 + 2, w - 4, _("e edit   d delete   Esc back"),
		    t->attr[TA_KEY], 0);
		tv_free(&tv);
		tui_flush(t);
		key = tui_getkey(t);
		if (key < 0 || key == TK_ESC || key == TK_ENTER || key == 'q')
			return 0;
		if (key == 'e' || key == 'd')
			return key;
	}
}

int
rec_care_key(struct rec *rc, struct tui *t, enum op op, int key)
{
	const struct care *c;
	int sel = rc->l[TAB_CARE].sel;

	if (op == OP_ADD) {
		add_care(rc, t);
		return 1;
	}
	if (sel >= rc->ncares)
		return op == OP_DELETE || op == OP_OPEN || op == OP_EDIT ? 1 :
		    wlist_move(&rc->l[TAB_CARE], op);
	c = &rc->cares[sel];
	if (op == OP_OPEN || op == OP_EDIT) {
		key = read_care(t, c);
		op = key == 'd' ? OP_DELETE : OP_NONE;
	}
	if (key == 'e')
		edit_care(t, c);
	else if (op == OP_DELETE)
		delete_care(t, c);
	else
		return wlist_move(&rc->l[TAB_CARE], op);
	return 1;
}
