/* dlg-export.c — 导出Excel (DESIGN §6, §9): the layout (标准, 民政登记表,
 * 学籍), the class (the list's, else the whole school), xlsx or CSV (UTF-8
 * with BOM, or GB18030 for old Excel), the destination (the first USB
 * stick, else the documents folder, or a folder typed in), and a file name
 * proposed from school, class and date.  Enter alone takes all of these;
 * the export is app/export.c's export_run, the same as `guanai export`,
 * with its progress callback feeding the bar.  Esc leaves with nothing
 * written; the status line says what was written where. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/export.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "dialog.h"
#include "scr-dlg.h"

static const struct keydef keys_dlg_export[] = {
	{ OP_GO, TK_ENTER, 1 }, { OP_RENAME, 'f', 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 },
	{ OP_NONE, 0, 0 }
};

/* The layouts of layout.c, their words, and a word for the file name. */
static const struct {
	const char *code, *label, *stem;
} layouts[] = {
	{ "standard", N_("Standard"), NULL },
	{ "mca", N_("Civil affairs register"), N_("civil-affairs register") },
	{ "xueji", N_("Student register (xueji)"), N_("student register") },
};
#define NLAYOUTS (int)(sizeof layouts / sizeof layouts[0])

enum { R_LAYOUT, R_CLASS, R_FORMAT, R_DEST, R_COUNT };
enum { F_XLSX, F_CSV_UTF8, F_CSV_GB };

struct dexp {
	struct dchoices row[R_COUNT];
	const char *layout_words[NLAYOUTS];
	const char *format_words[3];
	struct dclass cls;
	struct ddest dest;
	int focus;
	char *name;		/* a file name the teacher typed, or NULL */
	char *typed;		/* the last folder typed */
	struct dprogress bar;
};

/* The proposed file name for the current choices; caller frees. */
static char *
proposed_name(struct dexp *x, struct tui *t)
{
	const char *ext = x->row[R_FORMAT].sel == F_XLSX ? "xlsx" : "csv";
	int l = x->row[R_LAYOUT].sel;
	char *what, *stem, *out;

	if (x->name != NULL)
		return xstrdup(x->name);
	what = layouts[l].stem != NULL ? xasprintf("%s-%s", t->school, _(layouts[l].stem)) :
	    xstrdup(t->school);
	stem = dlg_file_stem(t, what, x->cls.labels[x->row[R_CLASS].sel]);
	out = xasprintf("%s.%s", stem, ext);
	free(stem);
	free(what);
	return out;
}

static int
dexp_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct dexp *x = xcalloc(1, sizeof *x);
	int i;

	(void)arg, (void)e;
	for (i = 0; i < NLAYOUTS; i++)
		x->layout_words[i] = _(layouts[i].label);
	x->format_words[F_XLSX] = _("Excel (.xlsx)");
	x->format_words[F_CSV_UTF8] = _("CSV (UTF-8)");
	x->format_words[F_CSV_GB] = _("CSV (GB18030, old Excel)");
	dclass_load(&x->cls, t);
	ddest_load(&x->dest);
	x->row[R_LAYOUT] = (struct dchoices){ _("Layout:"), x->layout_words, NLAYOUTS, 0 };
	x->row[R_CLASS] = (struct dchoices){ _("Class:"),
	    (const char *const *)x->cls.labels, x->cls.n, 0 };
	x->row[R_FORMAT] = (struct dchoices){ _("File type:"), x->format_words, 3, 0 };
	x->row[R_DEST] = (struct dchoices){ _("Save to:"),
	    (const char *const *)x->dest.labels, x->dest.n, 0 };
	s->priv = x;
	return 0;
}

static void
dexp_free(struct screen *s)
{
	struct dexp *x = s->priv;

	dclass_free(&x->cls);
	ddest_free(&x->dest);
	free(x->name);
	free(x->typed);
	free(x);
}

static void
dexp_draw(struct screen *s, struct tui *t)
{
	struct dexp *x = s->priv;
	int y = tui_body_top(t), i;
	char *name;

	snprintf(s->title, sizeof s->title, "%s", _("Export Excel"));
	w_put(t, y, 1, t->cols - 2, _("Enter exports with the choices shown; "
	    "\xe2\x86\x91\xe2\x86\x93 row, \xe2\x86\x90\xe2\x86\x92 choice, Esc cancels."),
	    t->attr[TA_DIM], 0);
	for (i = 0; i < R_COUNT; i++)
		dchoices_draw(t, y + 2 + i, 14, &x->row[i], i == x->focus);
	name = proposed_name(x, t);
	w_put(t, y + 3 + R_COUNT, 1, 14, _("File name:"), t->attr[TA_NORMAL], 1);
	w_put(t, y + 3 + R_COUNT, 15, t->cols - 16, name, t->attr[TA_HEADER], 0);
	free(name);
	w_put(t, y + 4 + R_COUNT, 15, t->cols - 16, _("(f changes the name)"),
	    t->attr[TA_DIM], 0);
	dprogress_draw(&x->bar, t, y + tui_body_rows(t) - 2);
}

/* The bar; non-zero when the teacher stopped the export. */
static int
progress(void *ctx, long done)
{
	struct dexp *x = ctx;

	return dprogress_update(&x->bar, (size_t)done);
}

static void
rename_file(struct dexp *x, struct tui *t)
{
	char *cur = proposed_name(x, t), *out;

	if (dlg_prompt(t, _("File name:"), cur, &out)) {
		free(x->name);
		x->name = out[0] != '\0' ? out : NULL;
		if (x->name == NULL)
			free(out);
	}
	free(cur);
}

static void
do_export(struct dexp *x, struct tui *t)
{
	static const char *const yn[] = { "y", "n" };
	const char *ynw[2] = { _("Yes"), _("No") };
	struct export_opts o;
	struct export_report rep = { 0, 0, 0 };
	struct err e = { 0, "" };
	enum export_format fmt;
	char *dir, *name = proposed_name(x, t), *path = NULL, *q, *shown;
	plat_stat_t st;
	int r;

	dir = ddest_folder(&x->dest, x->row[R_DEST].sel, t, &x->typed);
	if (dir == NULL || !dlg_check_folder(t, dir))
		goto out;
	if (strchr(name, '/') != NULL) {
		tui_say(t, "%s", _("The file name must not be empty or hold a /."));
		t->status_attr = t->attr[TA_ERROR];
		goto out;
	}
	path = xasprintf("%s/%s", dir, name);
	if (export_format_of(path, &fmt, &e) != 0) {
		tui_fail(t, &e);	/* a typed name without .xlsx / .csv */
		goto out;
	}
	if (plat_stat(path, &st) == 0) {
		q = xasprintf(_("%s exists. Replace it?"), name);
		r = dlg_ask(t, q, yn, ynw, 2);
		free(q);
		if (r != 0)
			goto out;
	}
	memset(&o, 0, sizeof o);
	o.path = path;
	dclass_get(&x->cls, x->row[R_CLASS].sel, &o.grade, &o.class_no);
	o.charset = x->row[R_FORMAT].sel == F_CSV_GB ? CHARSET_GB18030 : CHARSET_UTF8;
	o.layout = layouts[x->row[R_LAYOUT].sel].code;
	o.progress = progress;
	o.progress_ctx = x;
	dprogress_start(&x->bar, t, _("Exporting"), 0, _("Stop exporting? No file is "
	    "written; a file of that name stays as it was."));
	r = export_run(t->app, &o, &rep, &e);
	dprogress_stop(&x->bar);
	if (r != 0) {
		/* stopped: the choices stay on the screen for another try */
		if (!dprogress_said_stopped(t, &e, _("Export stopped; no file was written.")))
			dlg_fail_at(t, &e, path);
		goto out;
	}
	shown = dlg_short_path(path, t->cols - 30);
	tui_say(t, P_("Saved to %s: %ld child.", "Saved to %s: %ld children.",
	    rep.children), shown, rep.children);
	free(shown);
	tui_back(t);
out:
	free(dir);
	free(name);
	free(path);
}

static int
dexp_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct dexp *x = s->priv;

	if (op == OP_GO) {
		do_export(x, t);
		return 1;
	}
	if (op == OP_RENAME) {
		rename_file(x, t);
		return 1;
	}
	if (op == OP_LEFT || op == OP_RIGHT || op == OP_UP || op == OP_DOWN ||
	    key == TK_TAB || key == ' ')
		return dchoices_form_key(x->row, R_COUNT, &x->focus, op, key);
	return 0;
}

const struct screen_class scr_dlg_export = {
	.name = "dlg-export",
	.keys = keys_dlg_export,
	.init = dexp_init,
	.free = dexp_free,
	.draw = dexp_draw,
	.key = dexp_key,
};
