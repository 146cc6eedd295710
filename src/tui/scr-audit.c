/* scr-audit.c — 操作日志: the headteacher's view of the audit log (who
 * changed what, when), the latest rows newest first, one per line cut to
 * the terminal's width.  The list screen refuses it to a teacher. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/i18n.h"
#include "guanai/mem.h"
#include "guanai/utf8.h"
#include "widget.h"

#define AUDIT_ROWS 500

static const struct keydef keys_audit[] = {
	{ OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

struct audit {
	char **line;
	struct wlist l;
};

static const char *
or_dash(const char *v)
{
	return v != NULL && *v != '\0' ? v : "-";
}

static int
collect(void *ctx, const struct audit_row *r)
{
	struct audit *a = ctx;
	char when[17], *what, *line;
	size_t i;

	snprintf(when, sizeof when, "%s", or_dash(r->at));
	for (i = 0; when[i] != '\0'; i++)
		if (when[i] == 'T')
			when[i] = ' ';
	if (r->col != NULL)
		what = xasprintf("%s %s.%s: %s → %s", or_dash(r->action), or_dash(r->tbl),
		    r->col, or_dash(r->old), or_dash(r->new_value));
	else
		what = xasprintf("%s %s", or_dash(r->action), r->tbl != NULL ? r->tbl : "");
	if (r->child_name != NULL)
		line = xasprintf("%s  %s  %s · %s", when, or_dash(r->actor), r->child_name, what);
	else
		line = xasprintf("%s  %s  %s", when, or_dash(r->actor), what);
	free(what);
	a->line = xrealloc(a->line, (size_t)(a->l.n + 1) * sizeof *a->line);
	a->line[a->l.n++] = line;
	return 0;
}

static void
lines_clear(struct audit *a)
{
	int i;

	for (i = 0; i < a->l.n; i++)
		free(a->line[i]);
	free(a->line);
	a->line = NULL;
	a->l.n = 0;
}

static int
audit_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct audit *a = xcalloc(1, sizeof *a);

	(void)arg;
	if (store_audit_each(t->app->store, AUDIT_ROWS, collect, a, e) != 0) {
		lines_clear(a);
		free(a);
		return -1;
	}
	a->l.rows = tui_body_rows(t) - 2;
	wlist_fix(&a->l);
	s->priv = a;
	return 0;
}

static void
audit_free(struct screen *s)
{
	lines_clear(s->priv);
	free(s->priv);
}

static void
audit_draw(struct screen *s, struct tui *t)
{
	struct audit *a = s->priv;
	int y = tui_body_top(t), i, attr;
	char *cut;

	snprintf(s->title, sizeof s->title, "%s", _("Audit log"));
	snprintf(s->info, sizeof s->info, P_("%d change", "%d changes", a->l.n), a->l.n);
	w_put(t, y, 1, t->cols - 2, _("Newest first: when, who, what changed."),
	    t->attr[TA_DIM], 0);
	a->l.rows = tui_body_rows(t) - 2;
	for (i = a->l.top; i < a->l.n && i < a->l.top + a->l.rows; i++) {
		attr = i == a->l.sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		cut = utf8_cut(a->line[i], t->cols - 2, 0);
		w_put(t, y + 2 + i - a->l.top, 1, t->cols - 2, cut, attr, i == a->l.sel);
		free(cut);
	}
	if (a->l.n == 0)
		w_put(t, y + 2, 2, t->cols - 3, _("The log is empty."), t->attr[TA_DIM], 0);
}

static int
audit_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct audit *a = s->priv;

	(void)key;
	if (wlist_move(&a->l, op)) {
		t->dirty = 1;
		return 1;
	}
	return 0;
}

static void
audit_resize(struct screen *s, struct tui *t)
{
	struct audit *a = s->priv;

	a->l.rows = tui_body_rows(t) - 2;
	wlist_fix(&a->l);
}

const struct screen_class scr_audit = {
	.name = "audit",
	.keys = keys_audit,
	.init = audit_init,
	.free = audit_free,
	.draw = audit_draw,
	.key = audit_key,
	.resize = audit_resize,
};
