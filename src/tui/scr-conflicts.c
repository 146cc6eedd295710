/* scr-conflicts.c — 冲突: the fields changed on both PCs since their last
 * exchange (filled by `unpack`), one per line with mine, theirs, who and
 * when; ← (m) keeps mine, → (t) takes theirs, and the line leaves the
 * queue. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/pack.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "scr-pack.h"
#include "widget.h"

#define FN(k) (TK_FN | (k))

static const struct keydef keys_conflicts[] = {
	{ OP_MINE, 'm', 1 }, { OP_THEIRS, 't', 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_MINE, FN(KEY_LEFT), 0 }, { OP_THEIRS, FN(KEY_RIGHT), 0 },
	{ OP_NONE, 0, 0 }
};

struct item {
	char id[UUID_LEN + 1];
	char *line;		/* what the list shows */
	char *used, *other;	/* the selected one's value in use and the
				 * other, each with where, who and when */
};

struct conflicts {
	struct item *it;
	struct wlist l;
};

/* 「「下棋」（本机 · 王老师 · 2026-11-28 14:03）」: a value with its side,
 * who changed it and when, in local time. */
static char *
side_text(const char *value, int theirs, const char *actor, const char *at)
{
	char when[DATE_LOCAL_SIZE];

	if (at != NULL)
		date_utc_local(at, when);
	else
		snprintf(when, sizeof when, "%s", _("time unknown"));
	return xasprintf(_("\"%s\" (%s · %s · %s)"), value,
	    theirs ? _("the other PC") : _("this PC"), actor != NULL ? actor : "?", when);
}

static int
collect(void *ctx, const struct sync_conflict *c)
{
	struct conflicts *cs = ctx;
	char *mine = app_conflict_value(c, c->mine, 0);
	char *theirs = app_conflict_value(c, c->theirs, 0);
	char *m = side_text(mine, 0, c->mine_actor, c->mine_at);
	char *o = side_text(theirs, 1, c->their_actor, c->their_at);
	char when[DATE_LOCAL_SIZE];
	struct item *it;
	/* the merge kept the newer: theirs when it said so */
	int theirs_used = c->resolution != NULL && strcmp(c->resolution, "auto_theirs") == 0;

	date_utc_local(c->their_at != NULL ? c->their_at : "?", when);
	cs->it = xrealloc(cs->it, (size_t)(cs->l.n + 1) * sizeof *cs->it);
	it = &cs->it[cs->l.n++];
	snprintf(it->id, sizeof it->id, "%s", c->id);
	it->line = xasprintf(_("%s · %s: mine \"%s\" / theirs \"%s\" (%s, %.10s)"),
	    c->child_name != NULL ? c->child_name : "-", app_conflict_label(c), mine,
	    theirs, c->their_actor != NULL ? c->their_actor : "?", when);
	it->used = xasprintf(_("In use now: %s"), theirs_used ? o : m);
	it->other = xasprintf(_("Not in use: %s"), theirs_used ? m : o);
	free(m);
	free(o);
	free(mine);
	free(theirs);
	return 0;
}

static void
items_clear(struct conflicts *cs)
{
	int i;

	for (i = 0; i < cs->l.n; i++) {
		free(cs->it[i].line);
		free(cs->it[i].used);
		free(cs->it[i].other);
	}
	free(cs->it);
	cs->it = NULL;
	cs->l.n = 0;
}

/* The list's rows: under the hint and a blank row, above a blank row
 * and the selected conflict's two values. */
static int
list_rows(const struct tui *t)
{
	int n = tui_body_rows(t) - 5;

	return n > 1 ? n : 1;
}

static int
reload(struct conflicts *cs, struct tui *t, struct err *e)
{
	items_clear(cs);
	if (app_conflicts_each(t->app, 1, collect, cs, e) != 0)
		return -1;
	cs->l.rows = list_rows(t);
	wlist_fix(&cs->l);
	return 0;
}

static int
conflicts_init(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct conflicts *cs = xcalloc(1, sizeof *cs);

	(void)arg;
	if (reload(cs, t, e) != 0) {
		items_clear(cs);
		free(cs);
		return -1;
	}
	s->priv = cs;
	return 0;
}

static void
conflicts_free(struct screen *s)
{
	items_clear(s->priv);
	free(s->priv);
}

static void
conflicts_draw(struct screen *s, struct tui *t)
{
	struct conflicts *cs = s->priv;
	int y = tui_body_top(t), i, attr;

	snprintf(s->title, sizeof s->title, "%s", _("Conflicts"));
	snprintf(s->info, sizeof s->info, P_("%d waiting", "%d waiting", cs->l.n), cs->l.n);
	w_put(t, y, 1, t->cols - 2, _("Changed on both PCs; the newer is in use. "
	    "←/m keep mine  →/t take theirs"), t->attr[TA_DIM], 0);
	cs->l.rows = list_rows(t);
	for (i = cs->l.top; i < cs->l.n && i < cs->l.top + cs->l.rows; i++) {
		attr = i == cs->l.sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		w_put(t, y + 2 + i - cs->l.top, 1, t->cols - 2, cs->it[i].line, attr,
		    i == cs->l.sel);
	}
	if (cs->l.n == 0)
		w_put(t, y + 2, 2, t->cols - 3, _("No conflicts are waiting."),
		    t->attr[TA_DIM], 0);
	else {
		w_put(t, y + tui_body_rows(t) - 2, 1, t->cols - 2, cs->it[cs->l.sel].used,
		    t->attr[TA_NORMAL], 0);
		w_put(t, y + tui_body_rows(t) - 1, 1, t->cols - 2, cs->it[cs->l.sel].other,
		    t->attr[TA_DIM], 0);
	}
}

static int
conflicts_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct conflicts *cs = s->priv;
	struct err e = { 0, "" };
	int theirs = op == OP_THEIRS;

	(void)key;
	if ((op == OP_MINE || op == OP_THEIRS) && cs->l.n > 0) {
		if (app_conflict_resolve(t->app, cs->it[cs->l.sel].id, theirs, &e) < 0)
			tui_fail(t, &e);
		else
			tui_say(t, "%s", theirs ? _("Their value taken.") : _("Your value kept."));
		if (reload(cs, t, &e) != 0)
			tui_fail(t, &e);
		t->dirty = 1;
		return 1;
	}
	if (wlist_move(&cs->l, op)) {
		t->dirty = 1;
		return 1;
	}
	return 0;
}

static void
conflicts_resize(struct screen *s, struct tui *t)
{
	struct conflicts *cs = s->priv;

	cs->l.rows = list_rows(t);
	wlist_fix(&cs->l);
}

const struct screen_class scr_conflicts = {
	.name = "conflicts",
	.keys = keys_conflicts,
	.init = conflicts_init,
	.free = conflicts_free,
	.draw = conflicts_draw,
	.key = conflicts_key,
	.resize = conflicts_resize,
};
