/* dlg-stats.c — 保存统计: the statistics of the class on the screen (or
 * the whole school) saved as an Excel workbook of the tables, or the
 * summary paragraph as a text file for the 工作总结; to the first USB
 * stick, else the documents folder, or a folder typed in; the file name
 * from what, class and date.  Enter alone saves the tables; Esc leaves
 * with nothing written.  The files are stats-save.h's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/app/stats-save.h"
#include "dialog.h"
#include "scr-admin.h"

enum { R_WHAT, R_DEST, R_COUNT };
enum { W_XLSX, W_TEXT };

struct dstat {
	struct dchoices row[R_COUNT];
	const char *what_words[2];
	struct ddest dest;
	int focus;
	char *typed;
};

static char *
proposed_name(struct dstat *d, struct tui *t)
{
	int text = d->row[R_WHAT].sel == W_TEXT;
	char *stem = dlg_file_stem(t, text ? _("work summary") : _("statistics"), NULL);
	char *out = xasprintf("%s.%s", stem, text ? "txt" : "xlsx");

	free(stem);
	return out;
}

static int
dstat_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct dstat *d = xcalloc(1, sizeof *d);

	(void)arg, (void)e, (void)t;
	d->what_words[W_XLSX] = _("The tables (Excel .xlsx)");
	d->what_words[W_TEXT] = _("The paragraph (text .txt)");
	ddest_load(&d->dest);
	d->row[R_WHAT] = (struct dchoices){ _("Save:"), d->what_words, 2, 0 };
	d->row[R_DEST] = (struct dchoices){ _("Save to:"),
	    (const char *const *)d->dest.labels, d->dest.n, 0 };
	s->priv = d;
	return 0;
}

static void
dstat_free(struct screen *s)
{
	struct dstat *d = s->priv;

	ddest_free(&d->dest);
	free(d->typed);
	free(d);
}

static void
dstat_draw(struct screen *s, struct tui *t)
{
	struct dstat *d = s->priv;
	int y = tui_body_top(t), i;
	char *name = proposed_name(d, t), *cls = tui_class_text(t);

	snprintf(s->title, sizeof s->title, "%s", _("Save the statistics"));
	snprintf(s->info, sizeof s->info, "%s", cls);
	w_put(t, y, 1, t->cols - 2, _("Enter saves with the choices shown; "
	    "\xe2\x86\x91\xe2\x86\x93 row, \xe2\x86\x90\xe2\x86\x92 choice, Esc cancels."),
	    t->attr[TA_DIM], 0);
	for (i = 0; i < R_COUNT; i++)
		dchoices_draw(t, y + 2 + i, 14, &d->row[i], i == d->focus);
	w_put(t, y + 3 + R_COUNT, 1, 14, _("File name:"), t->attr[TA_NORMAL], 1);
	w_put(t, y + 3 + R_COUNT, 15, t->cols - 16, name, t->attr[TA_HEADER], 0);
	free(name);
	free(cls);
}

static void
do_save(struct dstat *d, struct tui *t)
{
	static const char *const yn[] = { "y", "n" };
	const char *ynw[2] = { _("Yes"), _("No") };
	struct stats st;
	struct err e = { 0, "" };
	plat_stat_t sb;
	char *dir, *name = proposed_name(d, t), *path = NULL, *q, *shown;
	int r;

	stats_init(&st);
	dir = ddest_folder(&d->dest, d->row[R_DEST].sel, t, &d->typed);
	if (dir == NULL || !dlg_check_folder(t, dir))
		goto out;
	path = xasprintf("%s/%s", dir, name);
	if (plat_stat(path, &sb) == 0) {
		q = xasprintf(_("%s exists. Replace it?"), name);
		r = dlg_ask(t, q, yn, ynw, 2);
		free(q);
		if (r != 0)
			goto out;
	}
	if (stats_for(t->app, t->grade, t->class_no, &st, &e) != 0 ||
	    (d->row[R_WHAT].sel == W_TEXT ? stats_save_text(t->app, &st, path, &e) :
	    stats_save_xlsx(t->app, &st, t->grade, t->class_no, path, &e)) != 0) {
		dlg_fail_at(t, &e, path);
		goto out;
	}
	shown = dlg_short_path(path, t->cols - 20);
	tui_say(t, _("Saved to %s."), shown);
	free(shown);
	tui_back(t);
out:
	stats_free(&st);
	free(dir);
	free(name);
	free(path);
}

static int
dstat_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct dstat *d = s->priv;

	if (op == OP_GO) {
		do_save(d, t);
		return 1;
	}
	if (op == OP_LEFT || op == OP_RIGHT || op == OP_UP || op == OP_DOWN ||
	    key == TK_TAB || key == ' ')
		return dchoices_form_key(d->row, R_COUNT, &d->focus, op, key);
	return 0;
}

const struct screen_class scr_dlg_stats = {
	.name = "dlg-stats",
	.keys = keys_backup,
	.init = dstat_init,
	.free = dstat_free,
	.draw = dstat_draw,
	.key = dstat_key,
};
