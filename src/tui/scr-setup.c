/* scr-setup.c — 第一次使用 (DESIGN §9, SCREENS.md §5): `guanai` on a path
 * with no database.  It asks for the school's name, creates the database
 * (0600) with app_setup_school — the use case of `guanai init` — and then
 * offers what to do first: import a roster from Excel (导入Excel), start
 * with an empty list, or take in the headteacher's USB package (U盘导入).
 * Enter alone with a name takes the first; Esc leaves with nothing
 * created. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/dest.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "dialog.h"
#include "scr-dlg.h"
#include "scr-pack.h"

static const struct keydef keys_setup[] = {
	{ OP_GO, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_NONE, 0, 0 }
};

struct setup {
	struct ledit name;
	struct dchoices next;
	const char *next_words[3];
	int focus;		/* 0 the name, 1 what next */
};

static int
setup_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct setup *x = xcalloc(1, sizeof *x);

	(void)t, (void)arg, (void)e;
	ledit_init(&x->name, "");
	x->next_words[0] = _("Import an Excel roster from the USB stick");
	x->next_words[1] = _("Start empty, enter by hand");
	x->next_words[2] = _("Take in the headteacher's USB package");
	x->next = (struct dchoices){ _("Then:"), x->next_words, 3, 0 };
	s->priv = x;
	return 0;
}

static void
setup_free(struct screen *s)
{
	struct setup *x = s->priv;

	ledit_free(&x->name);
	free(x);
}

static void
setup_draw(struct screen *s, struct tui *t)
{
	struct setup *x = s->priv;
	int y = tui_body_top(t) + 1, lw;
	char *path;

	w_put(t, y, 2, t->cols - 3, _("Welcome. guanai keeps the records of the "
	    "left-behind children of your school, on this PC."), t->attr[TA_NORMAL], 0);
	lw = w_put(t, y + 2, 2, t->cols / 2, _("The school's name:"),
	    x->focus == 0 ? t->attr[TA_KEY] : t->attr[TA_NORMAL], 0) + 3;
	if (x->focus == 0)
		ledit_draw(&x->name, t, y + 2, lw, t->cols - lw - 2, t->attr[TA_SELECT]);
	else {
		char *n = ledit_text(&x->name);

		w_put(t, y + 2, lw, t->cols - lw - 2, n, t->attr[TA_HEADER], 0);
		free(n);
	}
	w_put(t, y + 3, lw, t->cols - lw - 2, _("(it can be changed later)"),
	    t->attr[TA_DIM], 0);
	dchoices_draw(t, y + 5, lw - 2, &x->next, x->focus == 1);
	path = xasprintf(_("The records will be kept in %s"), app_db_path(t->app));
	w_put(t, y + 7, 2, t->cols - 3, path, t->attr[TA_DIM], 0);
	free(path);
	w_put(t, y + 9, 2, t->cols - 3, _("Type the name, then Enter. \xe2\x86\x91\xe2\x86\x93 "
	    "move, \xe2\x86\x90\xe2\x86\x92 choose, Esc leaves without creating anything."),
	    t->attr[TA_DIM], 0);
}

static void
finish(struct setup *x, struct tui *t)
{
	static const struct screen_class *const next[3] = {
		&scr_dlg_import, NULL, &scr_usb_import
	};
	struct err e = { 0, "" };
	char *name = ledit_text(&x->name), *school = NULL, *p;

	for (p = name; *p == ' '; p++)
		;
	if (*p == '\0') {
		tui_say(t, "%s", _("Please type the school's name first."));
		t->status_attr = t->attr[TA_ERROR];
		x->focus = 0;
		free(name);
		return;
	}
	if (app_setup_school(t->app, name, &school, &e) != 0) {
		tui_fail(t, &e);
		free(name);
		return;
	}
	free(t->school);
	t->school = school != NULL ? school : xstrdup(name);
	free(name);
	tui_restart(t, next[x->next.sel]);
	tui_say(t, _("The records of %s are ready."), t->school);
}

static int
setup_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct setup *x = s->priv;

	if (op == OP_GO) {
		finish(x, t);
		return 1;
	}
	if (op == OP_BACK) {
		t->quit = 1;	/* nothing was created */
		return 1;
	}
	if (op == OP_UP || op == OP_DOWN || key == TK_TAB) {
		x->focus = !x->focus;
		return 1;
	}
	if (x->focus == 1)
		return dchoices_key(&x->next, op, key) || op != OP_QUIT;
	/* the name: every other key is text (q, ? … included) */
	switch (ledit_key(&x->name, key)) {
	case LE_UNUSED:
		return op != OP_QUIT && op != OP_HELP;
	default:
		return 1;
	}
}

const struct screen_class scr_setup = {
	.name = "setup",
	.keys = keys_setup,
	.init = setup_init,
	.free = setup_free,
	.draw = setup_draw,
	.key = setup_key,
};
