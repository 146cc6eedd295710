/* scr-help.c — the help screen, generated from the key table of the screen
 * it was opened over and the help sentences of the ops (ops.h), then the
 * keys every screen understands. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
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

/* One line per (key, op) of a table, skipping keys already listed. */
static void
add_table(struct help *h, const struct keydef *table, const struct keydef *skip)
{
	const struct keydef *k;
	char name[32];

	for (k = table; k->op != OP_NONE; k++) {
		if (skip != NULL && keys_lookup(skip, k->key) != OP_NONE)
			continue;
		keys_name(k->key, name, sizeof name);
		add_line(h, xasprintf("  %-8s %s \xc2\xb7 %s", name, op_word(k->op),
		    op_help(k->op)));
	}
}

static int
help_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct help *h = xcalloc(1, sizeof *h);
	const struct keydef *below = t->top != NULL ? t->top->cls->keys : keys_list;

	(void)arg, (void)e;
	add_line(h, xstrdup(_("Keys of this screen:")));
	add_table(h, below, NULL);
	add_line(h, xstrdup(""));
	add_line(h, xstrdup(_("Keys of every screen:")));
	add_table(h, keys_global, below);
	add_line(h, xstrdup(""));
	add_line(h, xstrdup(_("Letters work where F-keys do not reach.")));
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
