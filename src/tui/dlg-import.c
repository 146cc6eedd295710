/* dlg-import.c — 导入Excel (DESIGN §6, §9, §13): pick a roster file on a
 * USB stick (every kind the import reads: import_extensions), or type a
 * file or a folder; then a preview — the encoding and the first rows
 * decoded, and the dry run of the import: new, updated, unchanged,
 * problems (the first ones with their line and reason), possible
 * duplicates with names; Enter applies it with a progress bar; afterwards
 * the status line says where the problem file (NAME.rejected.csv) is,
 * and the problem rows can be read at once.
 *
 * Both runs are app/import.c's import_run, the same as `guanai import`
 * (--dry-run for the preview).  Esc leaves with nothing written: the
 * preview writes no file at all. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/app/import-files.h"
#include "guanai/app/import.h"
#include "guanai/core/validate.h"
#include "guanai/app/children.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/app/pack.h"
#include "dialog.h"
#include "scr-dlg.h"
#include "textview.h"

static const struct keydef keys_dlg_import[] = {
	{ OP_GO, TK_ENTER, 1 }, { OP_CLASS, 'c', 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 },
	{ OP_NONE, 0, 0 }
};

/* How many lines of problems and duplicates the preview shows. */
enum { SHOW_FIRST = 5, PREVIEW_ROWS = 3 };

enum state { S_PICK, S_PREVIEW, S_PROBLEMS };

struct dimp {
	enum state state;
	struct dpath pick;	/* files; "another file or folder…" last */
	size_t nmedia;
	char *folder;		/* a folder typed in: its files are listed */
	char *path;		/* the file previewed */
	long rows;		/* rows the preview saw (for the bar) */
	/* the class of rows that name none (a sheet without a class column
	 * or title): -1 the file's own, else an index into classes */
	struct class_info *classes;
	size_t nclasses;
	int cls;
	struct textview tv;	/* the preview, then the problems */
	struct dprogress bar;
};

/* ---- the files ------------------------------------------------------ */

static void
add_files(struct dimp *x, const char *dir)
{
	char **files;
	size_t n = import_files_in(dir, &files), i;

	for (i = 0; i < n; i++)
		dpath_add(&x->pick, files[i]);
	free(files);	/* the names now belong to the picker */
}

static void
reload(struct dimp *x)
{
	char **media;
	size_t i;

	dpath_clear(&x->pick);
	if (x->folder != NULL)
		add_files(x, x->folder);
	x->nmedia = dlg_media(&media);
	for (i = 0; i < x->nmedia; i++)
		add_files(x, media[i]);
	app_media_free(media, x->nmedia);
	dpath_add(&x->pick, xstrdup(_("Another file or folder…")));
	x->pick.l.sel = 0;
}

/* ---- preview -------------------------------------------------------- */

/* The bar; non-zero when the teacher stopped the import. */
static int
progress(void *ctx, long line)
{
	struct dimp *x = ctx;

	return dprogress_update(&x->bar, (size_t)line);
}

static void
add_list(struct textview *tv, struct tui *t, const char *head, char **v, size_t n,
    size_t total)
{
	size_t i;
	char *more;

	if (n == 0)
		return;
	tv_add(tv, TV_HEAD, NULL, head);
	for (i = 0; i < n && i < SHOW_FIRST; i++)
		tv_add_wrapped(tv, TV_WARN, v[i], t->cols - 4);
	if (total > SHOW_FIRST) {
		more = xasprintf(P_("… and %zu more", "… and %zu more", total - SHOW_FIRST),
		    total - SHOW_FIRST);
		tv_add(tv, TV_DIM, NULL, more);
		free(more);
	}
}

static void
add_first_rows(struct dimp *x, struct tui *t)
{
	struct import_preview p;
	struct err e = { 0, "" };
	size_t i, j;
	char *line, *tmp;

	if (import_preview(x->path, 0, CHARSET_UTF8, PREVIEW_ROWS, &p, &e) != 0)
		return;
	line = p.workbook ? xstrdup(_("The first rows:")) :	/* cells: no encoding */
	    xasprintf(_("Encoding: %s. The first rows:"), charset_name(p.charset));
	tv_add(&x->tv, TV_HEAD, NULL, line);
	free(line);
	for (i = 0; i < p.nrows; i++) {
		line = xstrdup("");
		for (j = 0; j < p.rows[i].ncells; j++) {
			tmp = xasprintf("%s%s%s", line, j ? " | " : "", p.rows[i].cells[j]);
			free(line);
			line = tmp;
		}
		tv_add(&x->tv, TV_DIM, NULL, line);
		free(line);
	}
	import_preview_clear(&p);
	(void)t;
}

/* The import's options, as the dialog stands: the file, and the class
 * chosen for rows without one (label is the caller's buffer). */
static void
dimp_opts(struct dimp *x, struct import_opts *o, char *label, size_t n)
{
	memset(o, 0, sizeof *o);
	o->path = x->path;
	o->progress = progress;
	o->progress_ctx = x;
	if (x->cls >= 0 && (size_t)x->cls < x->nclasses) {
		snprintf(label, n, "%d-%d", x->classes[x->cls].grade,
		    x->classes[x->cls].number);
		o->class_arg = label;
		o->class_grade = x->classes[x->cls].grade;
		o->class_no = x->classes[x->cls].number;
	}
}

/* The list's class among the school's, else the first. */
static int
default_class(const struct dimp *x, const struct tui *t)
{
	size_t i;

	for (i = 0; i < x->nclasses; i++)
		if (x->classes[i].grade == t->grade && x->classes[i].number == t->class_no)
			return (int)i;
	return 0;
}

/* The dry run of the import; 0 and the preview shown, or -1 (message in
 * the status line, back to the files). */
static int
preview(struct dimp *x, struct tui *t)
{
	struct import_opts o;
	struct import_report rep;
	struct err e = { 0, "" };
	char *line, *shown, *cls, label[16];
	int r;

	dimp_opts(x, &o, label, sizeof label);
	o.dry_run = 1;
	import_report_init(&rep);
	dprogress_start(&x->bar, t, _("Reading the file"), 0, _("Stop reading the file? "
	    "Nothing is imported."));
	r = import_run(t->app, &o, &rep, &e);
	dprogress_stop(&x->bar);
	if (r != 0 && dprogress_said_stopped(t, &e, _("Stopped reading the file; nothing "
	    "was imported."))) {
		import_report_clear(&rep);
		x->state = S_PICK;
		return -1;
	}
	if (r != 0 && x->cls < 0 && x->nclasses > 0) {
		/* a sheet with no class column: its rows go to the list's class
		 * (else the first one), which c changes — Enter alone goes on */
		import_report_clear(&rep);
		x->cls = default_class(x, t);
		return preview(x, t);
	}
	if (r != 0) {
		dlg_fail_at(t, &e, x->path);
		import_report_clear(&rep);
		return -1;
	}
	tv_free(&x->tv);
	memset(&x->tv, 0, sizeof x->tv);
	shown = dlg_short_path(x->path, t->cols - 12);
	line = xasprintf(_("File: %s"), shown);
	tv_add(&x->tv, TV_HEAD, NULL, line);
	free(line);
	free(shown);
	add_first_rows(x, t);
	/* L10N: which class the rows without one go to; c changes it */
	if (o.class_arg != NULL) {
		cls = class_label(o.class_grade, o.class_no);
		line = xasprintf(_("Rows that name no class go to %s (c changes it)."), cls);
		free(cls);
	} else
		line = xstrdup(_("Classes as the file gives them (c: a class for rows "
		    "that name none)."));
	tv_add_wrapped(&x->tv, TV_DIM, line, t->cols - 4);
	free(line);
	tv_add(&x->tv, TV_TEXT, NULL, "");
	line = xasprintf(_("New: %ld · updated: %ld · unchanged: %ld · problems: %ld · "
	    "possible duplicates: %ld"), rep.added, rep.updated, rep.unchanged,
	    rep.rejected + rep.partial, rep.duplicates);
	tv_add_wrapped(&x->tv, TV_HEAD, line, t->cols - 4);
	free(line);
	add_list(&x->tv, t, _("Problems (the row is kept aside with its reason):"),
	    rep.problems, rep.nproblems, (size_t)(rep.rejected + rep.partial));
	add_list(&x->tv, t, _("Possible duplicates (imported as new; check them):"),
	    rep.notes, rep.nnotes, (size_t)rep.duplicates);
	if (rep.nunknown > 0) {
		line = xasprintf(P_("%zu column not understood, ignored: %s",
		    "%zu columns not understood, ignored: %s", rep.nunknown), rep.nunknown,
		    rep.unknown[0]);
		tv_add_wrapped(&x->tv, TV_DIM, line, t->cols - 4);
		free(line);
	}
	tv_add(&x->tv, TV_TEXT, NULL, "");
	tv_add(&x->tv, TV_DIM, NULL, _("Enter imports; Esc goes back to the files."));
	x->rows = rep.added + rep.updated + rep.unchanged + rep.rejected;
	import_report_clear(&rep);
	x->state = S_PREVIEW;
	return 0;
}

/* ---- apply ---------------------------------------------------------- */

static void
apply(struct dimp *x, struct tui *t)
{
	static const char *const yn[] = { "y", "n" };
	const char *ynw[2] = { _("Yes"), _("Not now") };
	struct import_opts o;
	struct import_report rep;
	struct err e = { 0, "" };
	char *shown, *q, *line;
	char label[16];
	size_t i;
	long bad;
	int r;

	dimp_opts(x, &o, label, sizeof label);
	import_report_init(&rep);
	dprogress_start(&x->bar, t, _("Importing"), (size_t)x->rows + 2,
	    _("Stop importing? Nothing of this file will be kept."));
	r = import_run(t->app, &o, &rep, &e);
	dprogress_stop(&x->bar);
	if (r != 0 && dprogress_said_stopped(t, &e, _("Import stopped; the register has "
	    "not changed."))) {
		/* back at the preview: Enter imports again, Esc goes to the files */
		goto out;
	}
	if (r != 0) {
		dlg_fail_at(t, &e, x->path);
		x->state = S_PICK;
		goto out;
	}
	/* a row imported without some bad values is a problem row too: it
	 * is in the problem file, and the teacher must hear of it */
	bad = rep.rejected + rep.partial;
	if (bad == 0 || rep.rejected_path == NULL) {
		tui_say(t, _("Imported: %ld new, %ld updated, %ld unchanged."), rep.added,
		    rep.updated, rep.unchanged);
		tui_back(t);
		goto out;
	}
	shown = dlg_short_path(rep.rejected_path, 40);
	q = xasprintf(P_("%ld row has problems; it is in %s. Show it now?",
	    "%ld rows have problems; they are in %s. Show them now?", bad),
	    bad, shown);
	r = dlg_ask(t, q, yn, ynw, 2);
	free(q);
	tui_say(t, _("Imported: %ld new, %ld updated, %ld unchanged; problem rows in %s."),
	    rep.added, rep.updated, rep.unchanged, shown);
	free(shown);
	if (r != 0) {
		tui_back(t);
		goto out;
	}
	tv_free(&x->tv);
	memset(&x->tv, 0, sizeof x->tv);
	line = xasprintf(_("Problem rows, kept in %s:"), rep.rejected_path);
	tv_add_wrapped(&x->tv, TV_HEAD, line, t->cols - 4);
	free(line);
	for (i = 0; i < rep.nproblems; i++)
		tv_add_wrapped(&x->tv, TV_WARN, rep.problems[i], t->cols - 4);
	tv_add(&x->tv, TV_TEXT, NULL, "");
	tv_add(&x->tv, TV_DIM, NULL, _("Correct them in the file and import it again; "
	    "Esc closes."));
	x->state = S_PROBLEMS;
out:
	import_report_clear(&rep);
}

/* ---- the screen ----------------------------------------------------- */

static int
dimp_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct dimp *x = xcalloc(1, sizeof *x);

	(void)arg, (void)e;
	x->cls = -1;
	/* the school's classes, for a sheet without one (none: the file's) */
	if (app_classes(t->app, &x->classes, &x->nclasses, e) != 0) {
		x->classes = NULL;
		x->nclasses = 0;
		err_clear(e);
	}
	reload(x);
	s->priv = x;
	return 0;
}

static void
dimp_free(struct screen *s)
{
	struct dimp *x = s->priv;

	dpath_free(&x->pick);
	tv_free(&x->tv);
	free(x->folder);
	free(x->path);
	free(x->classes);
	free(x);
}

static void
dimp_draw(struct screen *s, struct tui *t)
{
	struct dimp *x = s->priv;
	int y = tui_body_top(t), rows = tui_body_rows(t);
	char *line;

	snprintf(s->title, sizeof s->title, "%s", _("Import Excel"));
	if (x->state != S_PICK) {
		tv_draw(&x->tv, t, y, rows - (x->bar.running ? 3 : 0));
		dprogress_draw(&x->bar, t, y + rows - 2);
		return;
	}
	line = xasprintf(_("Choose the roster to import (Enter), or type a file or a "
	    "folder on the last line. Files: %s"), import_extensions_text());
	w_put(t, y, 1, t->cols - 2, line, t->attr[TA_DIM], 0);
	free(line);
	if (x->nmedia == 0 && x->folder == NULL)
		w_put(t, y + 1, 1, t->cols - 2, _("No USB stick found: plug one in and "
		    "come back, or type a path."), t->attr[TA_WARN], 0);
	else if (x->pick.n == 1)
		w_put(t, y + 1, 1, t->cols - 2, _("No file to import was found there."),
		    t->attr[TA_WARN], 0);
	dpath_draw(&x->pick, t, y + 2, rows - 5);
	dprogress_draw(&x->bar, t, y + rows - 2);
}

static const char *
base_name(const char *path)
{
	const char *b = strrchr(path, '/');

	return b != NULL && b[1] != '\0' ? b + 1 : path;
}

/* Enter on the files: a folder lists its files, a file is previewed. */
static void
pick(struct dimp *x, struct tui *t)
{
	plat_stat_t st;
	char *path;

	if (!dpath_chosen(&x->pick, t, _("File or folder:"), &path))
		return;
	if (plat_stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		free(x->folder);
		x->folder = path;
		reload(x);
		return;
	}
	if (plat_stat(path, &st) != 0) {
		/* the whole path: a typed one may be wrong anywhere (a name
		 * typed after the one already there said 找不到 roster.xlsx
		 * of a roster.xlsx that was there) */
		tui_say(t, _("%s is not there (was the USB stick taken out?)."), path);
		t->status_attr = t->attr[TA_ERROR];
		free(path);
		reload(x);
		return;
	}
	if (!import_accepts(path)) {
		tui_say(t, _("%s is not a roster file that can be imported (%s)."),
		    base_name(path), import_extensions_text());
		t->status_attr = t->attr[TA_ERROR];
		free(path);
		return;
	}
	free(x->path);
	x->path = path;
	preview(x, t);
}

static int
dimp_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct dimp *x = s->priv;

	(void)key;
	switch (x->state) {
	case S_PICK:
		if (op == OP_GO) {
			pick(x, t);
			return 1;
		}
		return wlist_move(&x->pick.l, op) || (op >= OP_UP && op <= OP_END);
	case S_PREVIEW:
		if (op == OP_GO) {
			apply(x, t);
			return 1;
		}
		if (op == OP_BACK) {
			x->state = S_PICK;
			return 1;
		}
		if (op == OP_CLASS && x->nclasses > 0) {
			/* the file's own, then each class of the school, round */
			x->cls = x->cls + 1 >= (int)x->nclasses ? -1 : x->cls + 1;
			preview(x, t);
			return 1;
		}
		return tv_key(&x->tv, t, op);
	case S_PROBLEMS:
		if (op == OP_GO || op == OP_BACK) {
			tui_back(t);
			return 1;
		}
		return tv_key(&x->tv, t, op);
	}
	return 0;
}

static void
dimp_resume(struct screen *s, struct tui *t)
{
	struct dimp *x = s->priv;

	(void)t;
	if (x->state == S_PICK)
		reload(x);
}

const struct screen_class scr_dlg_import = {
	.name = "dlg-import",
	.keys = keys_dlg_import,
	.init = dimp_init,
	.free = dimp_free,
	.draw = dimp_draw,
	.key = dimp_key,
	.resume = dimp_resume,
};
