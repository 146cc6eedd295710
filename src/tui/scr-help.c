/* scr-help.c — the help screen, generated from the key table of the screen
 * it was opened over and the help sentences of the ops (ops.h), then the
 * keys every screen understands. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "screen.h"
#include "widget.h"

struct help {
	char **lines;
	int n;
	struct wlist l;
};

static void
add_line(struct help *h, char *line)
{
	h->lines = xrealloc(h->lines, (size_t)(h->n + 1) * sizeof *h->lines);
	h->lines[h->n++] = line;
}

/* A class teacher sees her own classes only: no 全校 for her (the
 * titles say 我的班级 the same way, tui_all_text). */
/* An op's help sentence, in the words of the signed-in role. */
static const char *
help_of(const struct tui *t, enum op op)
{
	if (op == OP_CLASS && tui_is_teacher(t))
		return _("Show one of your classes, or all your classes");
	return op_help(op);
}

/* One line per (key, op) of a table, skipping keys already listed. */
static void
add_table(struct help *h, const struct tui *t, const struct keydef *table,
    const struct keydef *skip)
{
	const struct keydef *k;
	char name[32];

	for (k = table; k->op != OP_NONE; k++) {
		if (skip != NULL && keys_lookup(skip, k->key) != OP_NONE)
			continue;
		keys_name(k->key, name, sizeof name);
		/* padded to 8 cells, not 8 bytes: ↑ is three bytes, one cell */
		add_line(h, xasprintf("  %s%*s %s \xc2\xb7 %s", name,
		    utf8_width(name) < 8 ? 8 - utf8_width(name) : 0, "",
		    op_word(k->op), help_of(t, k->op)));
	}
}

/* Short task pages, after the keys (issue 11): what a teacher does, step
 * by step, with the keys of the list. */
enum { TASK_LINES = 5 };
static const char print_class[] =
    N_("1. On the list press c and choose the class (or the whole school).");
static const struct {
	const char *title;
	const char *line[TASK_LINES];
} tasks[] = {
	{ N_("How to import a roster"), {
	    N_("1. Save the Excel or CSV roster on a USB stick and plug it in."),
	    N_("2. On the list press m (Import Excel), or F9 and the menu."),
	    N_("3. Choose the file, Enter: the preview shows new, updated, problems."),
	    N_("4. Enter again imports; problem rows go to NAME.rejected.csv."),
	    N_("5. Correct those rows in that file and import it again.") } },
	{ N_("How to print a roster"), {
	    print_class,
	    N_("2. Press p (Print) and Enter: the public roster of that class."),
	    N_("3. The page count shows first; Enter sends it to the printer."),
	    N_("4. Without a printer, choose the USB stick: it is saved as a PDF."),
	    N_("5. Cards and forms hold phones and IDs: keep the paper safe.") } },
	{ N_("How to give the data to the headteacher"), {
	    N_("1. Plug in a USB stick; on the list press e (USB export), Enter."),
	    N_("2. Type a passphrase twice: the package on the stick is encrypted."),
	    N_("3. The headteacher presses i (USB import) and types the same one."),
	    N_("4. Tell the passphrase in person; never write it on the stick."),
	    NULL } },
	{ N_("How to back up"), {
	    N_("1. Keep a backup on a USB stick, at least once a month."),
	    N_("2. F9 opens the menu with the backup (headteacher), or run"),
	    N_("   guanai backup FILE: the copy is encrypted like a package."),
	    N_("3. Restoring checks the backup first and keeps the old data aside."),
	    NULL } },
};

static int
help_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct help *h = xcalloc(1, sizeof *h);
	const struct keydef *below = t->top != NULL ? t->top->cls->keys : keys_list;
	size_t i, j;

	(void)arg, (void)e;
	add_line(h, xstrdup(_("Keys of this screen:")));
	add_table(h, t, below, NULL);
	add_line(h, xstrdup(""));
	add_line(h, xstrdup(_("Keys of every screen:")));
	add_table(h, t, keys_global, below);
	add_line(h, xstrdup(""));
	add_line(h, xstrdup(_("Letters work where F-keys do not reach.")));
	add_line(h, xstrdup(_("Esc on a progress bar stops the work (it asks first): "
	    "nothing is half done.")));
	for (i = 0; i < sizeof tasks / sizeof tasks[0]; i++) {
		add_line(h, xstrdup(""));
		add_line(h, xstrdup(_(tasks[i].title)));
		for (j = 0; j < TASK_LINES && tasks[i].line[j] != NULL; j++)
			add_line(h, xasprintf("  %s", tasks[i].line[j] == print_class &&
			    tui_is_teacher(t) ? _("1. On the list press c and choose the "
			    "class (or all your classes).") : _(tasks[i].line[j])));
	}
	h->l.n = h->n;
	s->priv = h;
	return 0;
}

static void
help_free(struct screen *s)
{
	struct help *h = s->priv;
	int i;

	for (i = 0; i < h->n; i++)
		free(h->lines[i]);
	free(h->lines);
	free(h);
}

static void
help_draw(struct screen *s, struct tui *t)
{
	struct help *h = s->priv;
	int i, y0 = tui_body_top(t);
	const char *line;

	snprintf(s->title, sizeof s->title, "%s", _("Help"));
	h->l.rows = tui_body_rows(t);
	wlist_fix(&h->l);
	for (i = 0; i < h->l.rows && h->l.top + i < h->n; i++) {
		line = h->lines[h->l.top + i];
		w_put(t, y0 + i, 0, t->cols, line, line[0] != ' ' ?
		    t->attr[TA_HEADER] : t->attr[TA_NORMAL], 0);
	}
}

static int
help_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct help *h = s->priv;

	(void)key;
	if (op == OP_BACK || op == OP_HELP) {
		tui_back(t);
		return 1;
	}
	/* scroll, not select: move the cursor to the edge first */
	if (op == OP_UP)
		h->l.sel = h->l.top;
	else if (op == OP_DOWN)
		h->l.sel = h->l.top + h->l.rows - 1;
	wlist_move(&h->l, op);
	return op != OP_QUIT;
}

const struct screen_class scr_help = {
	.name = "help",
	.keys = keys_help,
	.init = help_init,
	.free = help_free,
	.draw = help_draw,
	.key = help_key,
};
