/* scr-list.c — 名单, the first screen: the children of the class filter in
 * pinyin order, one screen at a time (keyset paging: the store is asked for
 * one page plus one row, never for everything), search as you type (the
 * store matches name, pinyin, initials, ID and phone fragments), a 七清楚
 * mark and the most urgent reminder per child. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "guanai/app/children.h"
#include "guanai/app/marks.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "childpage.h"
#include "screen.h"
#include "scr-pack.h"
#include "widget.h"

struct list {
	struct childpage pg;
	struct ledit search;
	int searching;			/* keys go to the search line */
	int stale;			/* a search was cancelled by the next key */
};

/* Column widths in display cells; the reminder takes what is left.  The
 * type and the guardian show short words (list_word) that fit whole, in
 * Chinese and English; the record shows the whole ones. */
enum { W_NAME = 9, W_GENDER = 5, W_AGE = 5, W_CLASS = 8, W_TYPE = 15, W_GUARD = 11,
	W_CHECK = 9 };

/* The short words of the list's coded columns (a value not here shows its
 * whole label): every one fits its column, so a … in the list only ever
 * means a cut name. */
static const struct {
	enum field_id id;
	const char *code;
	const char *word;	/* NC_("list", …) */
} short_words[] = {
	{ F_GENDER, "m", NC_("list", "M") },
	{ F_GENDER, "f", NC_("list", "F") },
	{ F_LEFT_BEHIND_TYPE, "both_away", NC_("list", "Both away") },
	{ F_LEFT_BEHIND_TYPE, "father_away", NC_("list", "Father away") },
	{ F_LEFT_BEHIND_TYPE, "mother_away", NC_("list", "Mother away") },
	/* L10N: short for 一方外出另一方无监护能力 (one parent away, the other
	 * unable to look after the child); 7 Chinese characters at most */
	{ F_LEFT_BEHIND_TYPE, "one_away_other_unable", NC_("list", "1 away+unable") },
	{ F_GUARDIAN_RELATION, "grandfather", NC_("list", "Grandpa") },
	{ F_GUARDIAN_RELATION, "grandmother", NC_("list", "Grandma") },
	{ F_GUARDIAN_RELATION, "maternal_grandfather", NC_("list", "Grandpa(m)") },
	{ F_GUARDIAN_RELATION, "maternal_grandmother", NC_("list", "Grandma(m)") },
	{ F_GUARDIAN_RELATION, "father", NC_("list", "Father") },
	{ F_GUARDIAN_RELATION, "mother", NC_("list", "Mother") },
	{ F_GUARDIAN_RELATION, "other_relative", NC_("list", "Relative") },
	{ F_GUARDIAN_RELATION, "sibling", NC_("list", "Sibling") },
	{ F_GUARDIAN_RELATION, "other", NC_("list", "Other") },
};

/* gettext of an NC_() string: the translation, else the words after the
 * context. */
static const char *
ctx_text(const char *ctx_msgid)
{
	const char *t = gettext(ctx_msgid), *eot;

	if (t == ctx_msgid && (eot = strchr(ctx_msgid, '\004')) != NULL)
		return eot + 1;
	return t;
}

/* The list's word for field id of r: its short word, or its label; a
 * left-behind type worked out from the parents (not filled in) ends in
 * LIST_DERIVED, which the foot of the list explains.  Caller frees. */
#define LIST_DERIVED "*"
static char *
list_word(const struct record *r, enum field_id id)
{
	const char *code;
	char *word = NULL, *out;
	int derived = 0;
	size_t i;

	code = id == F_LEFT_BEHIND_TYPE ? record_left_behind_type(r, &derived) :
	    record_get(r, id);
	if (code == NULL || *code == '\0')
		return xstrdup("");
	for (i = 0; i < sizeof short_words / sizeof short_words[0]; i++)
		if (short_words[i].id == id && strcmp(short_words[i].code, code) == 0)
			word = xstrdup(ctx_text(short_words[i].word));
	if (word == NULL)
		word = field_display(&field_table[id], code);
	if (!derived)
		return word;
	out = xasprintf("%s" LIST_DERIVED, word);
	free(word);
	return out;
}

static int
list_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct list *l = xcalloc(1, sizeof *l);

	(void)arg;
	ledit_init(&l->search, "");
	childpage_init(&l->pg, 0);
	l->pg.rows = tui_body_rows(t) - 4;
	if (childpage_reload(&l->pg, t, NULL, e) != 0) {
		childpage_free(&l->pg);
		ledit_free(&l->search);
		free(l);
		return -1;
	}
	s->priv = l;
	return 0;
}

static void
list_free(struct screen *s)
{
	struct list *l = s->priv;

	childpage_free(&l->pg);
	ledit_free(&l->search);
	free(l);
}

static void
reload(struct list *l, struct tui *t)
{
	struct err e = { 0, "" };
	char *q = ledit_text(&l->search);

	l->stale = 0;
	/* while typing a search, a key waiting on the terminal cancels the
	 * query under way (the store's progress callback): the next key
	 * searches anew */
	if (l->searching)
		app_set_progress(t->app, tui_key_waiting, NULL);
	if (childpage_reload(&l->pg, t, q, &e) != 0) {
		if (app_was_interrupted(t->app)) {
			app_interrupt_clear(t->app);
			l->stale = 1;
		} else
			tui_fail(t, &e);
	}
	app_set_progress(t->app, NULL, NULL);
	free(q);
}

/* One column: the text cut one cell short, so columns never touch. */
static int
put_col(struct tui *t, int y, int x, int w, const char *s, int attr)
{
	w_put(t, y, x, w - 1, s, attr, 1);
	w_put(t, y, x + w - 1, 1, " ", attr, 0);
	return w;
}

static int
put_enum(struct tui *t, int y, int x, int w, const struct record *r, enum field_id id,
    int attr)
{
	char *s = list_word(r, id);

	put_col(t, y, x, w, s, attr);
	free(s);
	return w;
}

/* The seven 七清楚 marks, one cell each; a run of marks in the same colour
 * is one string (fewer calls into curses), unless it would reach the
 * right edge, where each mark is cut on its own. */
static int
put_marks(struct tui *t, int y, int x, const struct child_marks *m, int attr, int sel)
{
	char run[8 * CHECKLIST_ITEMS + 1];
	int i, j, k, st, a[CHECKLIST_ITEMS], x0 = x;
	const char *mk[CHECKLIST_ITEMS];

	for (i = 0; i < CHECKLIST_ITEMS; i++) {
		st = m->check[i].state;
		mk[i] = t->mark[st == CHECK_CLEAR ? 0 : st == CHECK_MISSING ? 1 : 2];
		a[i] = sel || st != CHECK_MISSING ? attr : t->attr[TA_WARN];
	}
	for (i = 0; i < CHECKLIST_ITEMS; i = j) {
		run[0] = '\0';
		for (j = i; j < CHECKLIST_ITEMS && a[j] == a[i]; j++)
			strcat(run, mk[j]);
		if (x + (j - i) <= t->cols - 1)
			x += w_put(t, y, x, j - i, run, a[i], 0);
		else
			for (k = i; k < j; k++)
				x += w_put(t, y, x, 1, mk[k], a[k], 0);
	}
	return x - x0;
}

static void
draw_row(struct tui *t, int y, const struct childpage_row *row, int sel)
{
	const struct record *r = &row->rec;
	char buf[64];
	int x = 1, attr = sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];

	if (sel)
		w_fill(t, y, 0, attr);
	w_put(t, y, 0, 1, sel ? ">" : " ", attr, 0);
	x += put_col(t, y, x, W_NAME, record_get(r, F_NAME), attr);
	x += put_enum(t, y, x, W_GENDER, r, F_GENDER, attr);
	buf[0] = '\0';
	if (row->age >= 0)
		snprintf(buf, sizeof buf, "%d", row->age);
	x += put_col(t, y, x, W_AGE, buf, attr);
	x += put_col(t, y, x, W_CLASS, row->class_text, attr);
	x += put_enum(t, y, x, W_TYPE, r, F_LEFT_BEHIND_TYPE, attr);
	x += put_enum(t, y, x, W_GUARD, r, F_GUARDIAN_RELATION, attr);
	x += put_marks(t, y, x, &row->marks, attr, sel);
	x += 2;
	w_put(t, y, x, t->cols - x, marks_text(&row->marks, buf, sizeof buf),
	    sel ? attr : t->attr[TA_ERROR], 0);
}

static void
draw_header(struct tui *t, int y)
{
	static const struct {
		const char *label;
		int w;
	} cols[] = {
		{ N_("Name"), W_NAME }, { N_("Sex"), W_GENDER }, { N_("Age"), W_AGE },
		{ N_("Class"), W_CLASS }, { N_("Left behind"), W_TYPE },
		{ N_("Guardian"), W_GUARD }, { N_("7-clear"), W_CHECK },
		{ N_("Reminder"), 0 },
	};
	size_t i;
	int x = 1;

	w_fill(t, y, 0, t->attr[TA_HEADER]);
	for (i = 0; i < sizeof cols / sizeof cols[0]; i++)
		x += cols[i].w ? put_col(t, y, x, cols[i].w, _(cols[i].label),
		    t->attr[TA_HEADER]) : w_put(t, y, x, t->cols - x, _(cols[i].label),
		    t->attr[TA_HEADER], 0);
}

static void
draw_search(struct list *l, struct tui *t, int y)
{
	int x = w_put(t, y, 1, 12, _("Search:"), t->attr[TA_KEY], 0) + 2;
	char *q;

	if (l->searching) {
		ledit_draw(&l->search, t, y, x, t->cols - x - 1, t->attr[TA_SELECT]);
		return;
	}
	q = ledit_text(&l->search);
	w_put(t, y, x, t->cols - x - 1, q[0] ? q : _("(press / and type a name, "
	    "pinyin, initials, ID or phone)"), q[0] ? t->attr[TA_NORMAL] :
	    t->attr[TA_DIM], 0);
	free(q);
}

static void
list_draw(struct screen *s, struct tui *t)
{
	struct list *l = s->priv;
	int y = tui_body_top(t), i, x, derived = 0, d;
	char *cls = tui_class_text(t), buf[128];

	snprintf(s->title, sizeof s->title, "%s", cls);
	/* the title counts the class (or school); while a search narrows the
	 * list its matches are counted at the bottom, not as 全校 共1人 */
	if (l->pg.query[0] != '\0')
		s->info[0] = '\0';
	else if (l->pg.counted == 1)
		snprintf(s->info, sizeof s->info, P_("%zu child", "%zu children",
		    l->pg.total), l->pg.total);
	free(cls);
	draw_search(l, t, y);
	draw_header(t, y + 1);
	l->pg.rows = tui_body_rows(t) - 4;
	for (i = 0; i < l->pg.n; i++) {
		draw_row(t, y + 2 + i, &l->pg.row[i], i == l->pg.sel && !l->searching);
		(void)record_left_behind_type(&l->pg.row[i].rec, &d);
		derived |= d;
	}

	if (l->pg.n == 0)
		w_put(t, y + 3, 2, t->cols - 3, l->pg.query[0] == '\0' ?
		    _("No children yet: press m to import an Excel roster, or n to add one.") :
		    _("No child matches."), t->attr[TA_DIM], 0);
	childpage_where(&l->pg, buf, sizeof buf);
	x = t->cols - utf8_width(buf) - 1;
	w_put(t, y + tui_body_rows(t) - 1, x > 0 ? x : 0, t->cols, buf, t->attr[TA_DIM], 0);
	/* what the * (LIST_DERIVED) after a type means, while one is on
	 * the page; left of the page count */
	if (derived)
		w_put(t, y + tui_body_rows(t) - 1, 1, x - 3, _("* type worked out "
		    "from the parents' away status"), t->attr[TA_DIM], 0);
}

static void
open_selected(struct list *l, struct tui *t)
{
	struct screen_arg arg = { "", 0, -1 };
	const struct childpage_row *row = childpage_selected(&l->pg);

	if (row == NULL)
		return;
	snprintf(arg.child_id, sizeof arg.child_id, "%s", row->rec.id);
	tui_open(t, &scr_record, &arg);
}

static void
choose_class(struct list *l, struct tui *t)
{
	struct err e = { 0, "" };

	if (childpage_choose_class(t, &e) < 0) {
		tui_fail(t, &e);
		return;
	}
	reload(l, t);
}

static void
delete_selected(struct list *l, struct tui *t)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[2] = { _("Yes, to the trash"), _("No") };
	const struct childpage_row *row = childpage_selected(&l->pg);
	struct err e = { 0, "" };
	char *q;

	if (row == NULL)
		return;
	q = xasprintf(_("Move %s to the trash?"), record_get(&row->rec, F_NAME));
	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (app_child_delete(t->app, row->rec.id, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("%s is in the trash (r shows the trash)."),
			    record_get(&row->rec, F_NAME));
		reload(l, t);
	}
	free(q);
}

static void
clear_search(struct list *l, struct tui *t)
{
	l->searching = 0;
	ledit_free(&l->search);
	ledit_init(&l->search, "");
	reload(l, t);
}

/* Keys while the search line has the focus: everything printable is text. */
static int
search_key(struct list *l, struct tui *t, enum op op, int key)
{
	enum ledit_result r = ledit_key(&l->search, key);

	if (l->stale && r != LE_CHANGED) {	/* finish the cancelled search */
		l->searching = 0;
		reload(l, t);
		l->searching = r != LE_DONE && r != LE_UNUSED;
	}
	switch (r) {
	case LE_CHANGED:
		reload(l, t);
		return 1;
	case LE_DONE:
		l->searching = 0;
		return 1;
	case LE_CANCEL:
		clear_search(l, t);
		return 1;
	case LE_MOVED: case LE_NONE:
		return 1;
	case LE_UNUSED:
		break;
	}
	if (op == OP_DOWN || op == OP_PGDN || op == OP_UP || op == OP_PGUP) {
		l->searching = 0;
		return 1;
	}
	return op != OP_QUIT && op != OP_HELP;
}

/* Ops that open another screen. */
static const struct {
	enum op op;
	const struct screen_class *cls;
} list_opens[] = {
	{ OP_NEW, &scr_record }, { OP_CHECKLIST, &scr_checklist },
	{ OP_PAIRINGS, &scr_helpers }, { OP_REMIND, &scr_remind },
	{ OP_STATS, &scr_stats }, { OP_TRASH, &scr_trash },
	{ OP_CONFLICTS, &scr_conflicts }, { OP_USB_EXPORT, &scr_usb_export },
	{ OP_USB_IMPORT, &scr_usb_import }, { OP_AUDIT, &scr_audit },
};

static int
list_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct list *l = s->priv;
	struct err e = { 0, "" };
	size_t i;

	if (l->searching)
		return search_key(l, t, op, key);
	/* a Chinese character (from the input method) starts a search with
	 * itself: the list has no letter keys beyond ASCII */
	if (op == OP_NONE && key >= 0x80 && !(key & TK_FN) && iswprint((wint_t)key)) {
		l->searching = 1;
		ledit_free(&l->search);
		ledit_init(&l->search, "");
		return search_key(l, t, op, key);
	}
	if (op == OP_AUDIT && t->app->role != NULL && strcmp(t->app->role, "head") != 0) {
		tui_say(t, "%s", _("Only the headteacher can see the audit log."));
		return 1;
	}
	for (i = 0; i < sizeof list_opens / sizeof list_opens[0]; i++)
		if (list_opens[i].op == op) {
			tui_open(t, list_opens[i].cls, NULL);
			return 1;
		}
	switch (op) {
	case OP_SEARCH:
		l->searching = 1;
		return 1;
	case OP_OPEN:
		open_selected(l, t);
		return 1;
	case OP_CLASS:
		choose_class(l, t);
		return 1;
	case OP_DELETE:
		delete_selected(l, t);
		return 1;
	case OP_BACK:		/* the first screen: Esc clears the search */
		clear_search(l, t);
		return 1;
	default:
		break;
	}
	switch (childpage_move(&l->pg, t, op, &e)) {
	case -1:
		tui_fail(t, &e);
		return 1;
	case 1:
		return 1;
	}
	return 0;
}

static void
list_resize(struct screen *s, struct tui *t)
{
	struct list *l = s->priv;
	struct err e = { 0, "" };

	l->pg.rows = tui_body_rows(t) - 4;
	if (childpage_refresh(&l->pg, t, &e) != 0)
		tui_fail(t, &e);
}

static int
list_idle(struct screen *s, struct tui *t)
{
	struct list *l = s->priv;

	return childpage_idle(&l->pg, t);
}

static void
list_mouse(struct screen *s, struct tui *t, int y, int x, int dbl)
{
	struct list *l = s->priv;
	int i = y - tui_body_top(t) - 2;

	(void)x;
	if (i < 0 || i >= l->pg.n)
		return;
	l->searching = 0;
	l->pg.sel = i;
	if (dbl)
		open_selected(l, t);
}

const struct screen_class scr_list = {
	.name = "list",
	.keys = keys_list,
	.init = list_init,
	.free = list_free,
	.draw = list_draw,
	.key = list_key,
	.resize = list_resize,
	.resume = list_resize,
	.mouse = list_mouse,
	.idle = list_idle,
};
