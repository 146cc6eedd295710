/* scr-stats.c — 统计, the tables of the yearly work summary (DESIGN §11,
 * computed by stats_for) for the whole school or one class (c), and the
 * summary paragraph; y saves the tables as .xlsx or the paragraph as text
 * (dlg-stats.c). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/app/stats-save.h"
#include "guanai/app/stats.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "childpage.h"
#include "scr-admin.h"
#include "textview.h"

struct stview {
	struct textview tv;
	char *summary;
	int width;			/* the paragraph was wrapped for this many columns */
};

static void
fill(struct stview *sv, const struct stats *st, int width)
{
	const struct stat_table *tb;
	char *a, *b, *v, *line;
	size_t j;
	int i;

	tv_free(&sv->tv);
	for (i = 0; i < ST_COUNT; i++) {
		tb = &st->t[i];
		tv_add(&sv->tv, TV_HEAD, NULL, stats_table_title((enum stat_table_id)i));
		for (j = 0; j < tb->n; j++) {
			a = stats_cell_label((enum stat_table_id)i, tb->cells[j].k1, 0);
			b = tb->cells[j].k2 != NULL ?
			    stats_cell_label((enum stat_table_id)i, tb->cells[j].k2, 1) : NULL;
			v = stats_cell_value(st, (enum stat_table_id)i, &tb->cells[j], NULL);
			line = xasprintf("  %s%s%s: %s", a, b != NULL ? " \xc2\xb7 " : "",
			    b != NULL ? b : "", v);
			tv_add(&sv->tv, TV_TEXT, NULL, line);
			free(line);
			free(v);
			free(a);
			free(b);
		}
		if (tb->n == 0)
			tv_add(&sv->tv, TV_DIM, NULL, _("  none"));
	}
	tv_add(&sv->tv, TV_HEAD, NULL, _("Summary paragraph (y writes it to a file)"));
	tv_add_wrapped(&sv->tv, TV_TEXT, sv->summary, width - 3);
	sv->width = width;
}

static struct stats *
compute(struct tui *t, struct err *e)
{
	struct stats *st = xcalloc(1, sizeof *st);

	stats_init(st);
	if (stats_for(t->app, t->grade, t->class_no, st, e) != 0) {
		stats_free(st);
		free(st);
		return NULL;
	}
	return st;
}

static int
stats_init_scr(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct stview *sv = xcalloc(1, sizeof *sv);
	struct stats *st;

	(void)arg;
	if ((st = compute(t, e)) == NULL) {
		free(sv);
		return -1;
	}
	sv->summary = xstrdup(st->summary != NULL ? st->summary : "");
	fill(sv, st, t->cols);
	stats_free(st);
	free(st);
	s->priv = sv;
	return 0;
}

static void
stats_free_scr(struct screen *s)
{
	struct stview *sv = s->priv;

	tv_free(&sv->tv);
	free(sv->summary);
	free(sv);
}

static void
stats_draw(struct screen *s, struct tui *t)
{
	struct stview *sv = s->priv;

	char *cls = tui_class_text(t);

	snprintf(s->title, sizeof s->title, "%s", _("Statistics"));
	snprintf(s->info, sizeof s->info, "%s", cls);
	free(cls);
	tv_draw(&sv->tv, t, tui_body_top(t), tui_body_rows(t));
}

/* c: one class or the whole school, as the list's class filter. */
static void
choose_class(struct stview *sv, struct tui *t)
{
	struct err e = { 0, "" };
	struct stats *st;

	if (childpage_choose_class(t, &e) != 0) {
		if (err_is_set(&e))
			tui_fail(t, &e);
		return;
	}
	if ((st = compute(t, &e)) == NULL) {
		tui_fail(t, &e);
		return;
	}
	free(sv->summary);
	sv->summary = xstrdup(st->summary != NULL ? st->summary : "");
	fill(sv, st, t->cols);
	sv->tv.l.sel = sv->tv.l.top = 0;
	stats_free(st);
	free(st);
}

static int
stats_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct stview *sv = s->priv;

	(void)key;
	if (op == OP_WRITE) {
		tui_open(t, &scr_dlg_stats, NULL);
		return 1;
	}
	if (op == OP_CLASS) {
		choose_class(sv, t);
		return 1;
	}
	return tv_key(&sv->tv, t, op);
}

static void
stats_resize(struct screen *s, struct tui *t)
{
	struct stview *sv = s->priv;
	struct err e = { 0, "" };
	struct stats *st;

	if (sv->width == t->cols)
		return;
	if ((st = compute(t, &e)) == NULL) {
		tui_fail(t, &e);
		return;
	}
	fill(sv, st, t->cols);
	stats_free(st);
	free(st);
}

const struct screen_class scr_stats = {
	.name = "stats",
	.keys = keys_stats,
	.init = stats_init_scr,
	.free = stats_free_scr,
	.draw = stats_draw,
	.key = stats_key,
	.resize = stats_resize,
};
