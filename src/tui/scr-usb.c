/* scr-usb.c — U盘导出 and U盘导入 (DESIGN.md §7, SCREENS.md §4): the
 * mounted removable media (app_media_list; GUANAI_MEDIA_ROOT puts their
 * root elsewhere, for tests), or a folder / file typed in the line editor;
 * the class, a passphrase asked without echo, a progress bar while the
 * package is written or merged, the result in the status line.  Import
 * shows the preview (new, updated, conflicts) and asks before it applies;
 * conflicts left open the conflicts screen on request.  What was typed (a
 * path, a file name) is kept for the next try after an error. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/app/children.h"
#include "guanai/app/pack.h"
#include "guanai/app/scope.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "guanai/core/validate.h"
#include "dialog.h"
#include "scr-admin.h"
#include "scr-pack.h"

static const struct keydef keys_usb[] = {
	{ OP_OPEN, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 },
	{ OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

struct usb {
	int import;		/* 0 export, 1 import */
	size_t nmedia;
	struct dpath pick;	/* export: folders; import: files; then "other" */
	char *name;		/* export: the last file name typed */
	struct dprogress bar;
};

/* ---- the choices ---------------------------------------------------- */

/* Import: the packages at the top of each stick.  The rosters, PDFs and
 * exports beside them are not packages: offered here they only led to a
 * passphrase prompt and then 「不是关爱的数据包」(another name can still be
 * typed on the last line). */
static void
scan_files(struct usb *u, const char *dir)
{
	char **files;
	size_t n = app_media_files(dir, &files), i, len;

	for (i = 0; i < n; i++) {
		len = strlen(files[i]);
		if (len > 4 && strcasecmp(files[i] + len - 4, ".gak") == 0)
			dpath_add(&u->pick, files[i]);	/* the picker's now */
		else
			free(files[i]);
	}
	free(files);
}

static void
reload(struct usb *u, struct tui *t)
{
	char **media;
	size_t i;

	dpath_clear(&u->pick);
	u->nmedia = dlg_media(&media);
	for (i = 0; i < u->nmedia; i++)
		if (u->import)
			scan_files(u, media[i]);
		else
			dpath_add(&u->pick, xstrdup(media[i]));
	app_media_free(media, u->nmedia);
	dpath_add(&u->pick, xstrdup(u->import ? _("Another file…") : _("Another folder…")));
	u->pick.l.rows = tui_body_rows(t) - 5;
	wlist_fix(&u->pick.l);
}

/* ---- dialogs -------------------------------------------------------- */


/* The app's progress callback: the bar, drawn by usb_draw. */
static int
progress(void *ctx, size_t done)
{
	struct usb *u = ctx;

	return dprogress_update(&u->bar, done);
}

/* ---- export --------------------------------------------------------- */

static int
ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && strcmp(s + n - m, tail) == 0;
}

/* The headteacher's choice of whose children go into the package: the
 * whole school or one class, in a menu (the list's class, when one is
 * chosen, is where it starts).  0 chosen; 1 Esc or an error (said). */
static int
choose_class(struct tui *t, int *grade, int *class_no)
{
	struct class_info *cl = NULL;
	struct err e = { 0, "" };
	size_t n = 0, i, all = 0;
	char **items;
	int sel = 0, r;

	if (app_classes(t->app, &cl, &n, &e) != 0) {
		tui_fail(t, &e);
		return 1;
	}
	for (i = 0; i < n; i++)
		all += (size_t)cl[i].children;
	items = xcalloc(n + 1, sizeof *items);
	items[0] = xasprintf(P_("%s  (%zu child)", "%s  (%zu children)", all),
	    tui_all_text(t), all);
	for (i = 0; i < n; i++) {
		char *label = class_label(cl[i].grade, cl[i].number);

		items[i + 1] = xasprintf(P_("%s  (%zu child)", "%s  (%zu children)",
		    (size_t)cl[i].children), label, (size_t)cl[i].children);
		if (cl[i].grade == t->grade && cl[i].number == t->class_no)
			sel = (int)i + 1;
		free(label);
	}
	r = dlg_menu(t, _("Whose children go into the package?"),
	    (const char *const *)items, (int)n + 1, sel);
	if (r > 0) {
		*grade = cl[r - 1].grade;
		*class_no = cl[r - 1].number;
	} else
		*grade = *class_no = 0;
	for (i = 0; i <= n; i++)
		free(items[i]);
	free(items);
	free(cl);
	return r < 0;
}

static void
do_export(struct usb *u, struct tui *t)
{
	static const char *const ckeys[] = { "c", "a" };
	static const char *const yn[] = { "y", "n" };
	const char *ynw[2] = { _("Yes"), _("No") };
	const char *cwords[2];
	struct sync_export_info info;
	struct err e = { 0, "" };
	char *dir = NULL, *name = NULL, *path = NULL, *p1 = NULL, *p2 = NULL, *cls, *offer, *hint, *stem;
	char *def = NULL, *which = NULL;
	int grade = 0, class_no = 0, r;
	plat_stat_t st;

	if (!dpath_chosen(&u->pick, t, _("Folder:"), &dir))
		return;
	if (dir[0] == '\0' || plat_stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		tui_say(t, _("%s is not a folder."), dir);
		t->status_attr = t->attr[TA_ERROR];
		goto out;
	}
	if (!tui_is_teacher(t)) {
		/* the headteacher's package goes to one PC: she says whose
		 * children go on it, the whole school or one class, every
		 * time (the list's class filter is only where the menu starts) */
		if (choose_class(t, &grade, &class_no) != 0)
			goto out;
	} else if (t->grade != 0) {
		cls = tui_class_text(t);
		cwords[0] = cls;
		cwords[1] = tui_all_text(t);
		r = dlg_ask(t, _("Which class goes into the package?"), ckeys, cwords, 2);
		free(cls);
		if (r < 0)
			goto out;
		if (r == 0) {
			grade = t->grade;
			class_no = t->class_no;
		}
	}
	/* named as the exports are (统计表-全校-20261129.xlsx): 关爱数据包-全校-…,
	 * 关爱数据包-三年级2班-…; a teacher's own classes for her: whose package
	 * it is, and two teachers' packages on one stick do not take one name
	 * (older releases wrote guanai-all-…, guanai-3-2-…: still listed and
	 * read, as any .gak) */
	if (grade != 0)
		cls = class_label(grade, class_no);
	else if ((cls = app_scope_text(t->app)) != NULL && t->app->actor != NULL) {
		free(cls);
		cls = xstrdup(t->app->actor);
	} else {
		free(cls);
		cls = xstrdup(tui_all_text(t));
	}
	/* the status line's 三年级(2)班, 全校 or 我的班级 */
	which = grade != 0 ? xstrdup(cls) : xstrdup(tui_all_text(t));
	/* L10N: the first word of a USB package's file name
	 * (关爱数据包-全校-20261129.gak); no blanks or slashes */
	stem = dlg_file_stem(t, _("guanai-package"), cls);
	def = xasprintf("%s.gak", stem);
	free(stem);
	free(cls);
	r = dlg_prompt(t, _("File name:"), u->name != NULL ? u->name : def, &name);
	if (!r)
		goto out;
	/* a name the teacher typed is kept for the next try */
	free(u->name);
	u->name = strcmp(name, def) != 0 ? xstrdup(name) : NULL;
	if (name[0] == '\0' || strchr(name, '/') != NULL) {
		tui_say(t, "%s", _("The file name must not be empty or hold a /."));
		t->status_attr = t->attr[TA_ERROR];
		goto out;
	}
	if (!ends_with(name, ".gak")) {
		path = xasprintf("%s.gak", name);
		free(name);
		name = path;
	}
	path = xasprintf("%s/%s", dir, name);
	if (plat_stat(path, &st) == 0) {
		char *q = xasprintf(_("%s exists. Replace it?"), name);

		r = dlg_ask(t, q, yn, ynw, 2);
		free(q);
		if (r != 0)
			goto out;
	}
	/* a passphrase that can be read out on the phone, offered */
	offer = app_passphrase_new();
	hint = xasprintf(_("e.g. %s"), offer);
	r = dlg_secret_hint(t, _("Passphrase:"), hint, &p1);
	dlg_secret_wipe(&offer);
	free(hint);
	if (!r)
		goto out;
	if (app_passphrase_check(p1, &e) != 0) {
		tui_fail(t, &e);
		goto out;
	}
	if (!dlg_secret(t, _("The passphrase again:"), &p2))
		goto out;
	if (strcmp(p1, p2) != 0) {
		tui_say(t, "%s", _("The two passphrases differ; nothing was written."));
		t->status_attr = t->attr[TA_ERROR];
		goto out;
	}
	dprogress_start(&u->bar, t, _("Writing the package"), 0, _("Stop packing? No "
	    "package is written."));
	r = app_pack(t->app, path, p1, grade, class_no, progress, u, &info, &e);
	dprogress_stop(&u->bar);
	if (r != 0) {
		if (!dprogress_said_stopped(t, &e, _("Packing stopped; no package was "
		    "written.")))
			dlg_fail_at(t, &e, path);
		goto out;
	}
	/* whose children went, said with the count: 全校, 三年级(2)班 */
	tui_say(t, P_("%s: %zu child written to %s", "%s: %zu children written to %s",
	    info.children), which, info.children, path);
	tui_back(t);
out:
	dlg_secret_wipe(&p1);
	dlg_secret_wipe(&p2);
	free(def);
	free(which);
	free(dir);
	free(name);
	free(path);
}

/* ---- import --------------------------------------------------------- */

static void
do_import(struct usb *u, struct tui *t)
{
	static const char *const yn[] = { "y", "n" };
	const char *applyw[2] = { _("Yes, merge it"), _("No") };
	const char *openw[2] = { _("Yes"), _("Not now") };
	struct sync_stats st;
	struct err e = { 0, "" };
	char *path = NULL, *pass = NULL, *q, *from;
	size_t total;
	int r;

	if (!dpath_chosen(&u->pick, t, _("Package file:"), &path))
		return;
	/* a file that is no package (a roster typed on the last line, a
	 * damaged copy, a newer guanai's) is said so before the passphrase */
	if (app_unpack_check(path, &e) != 0) {
		dlg_fail_at(t, &e, path);
		goto out;
	}
	if (!dlg_secret(t, _("Passphrase:"), &pass))
		goto out;
	dprogress_start(&u->bar, t, _("Checking the package"), 0, _("Stop checking the "
	    "package? Nothing of it is taken in."));
	r = app_unpack(t->app, path, pass, 1, NULL, NULL, progress, u, &st, &e);
	dprogress_stop(&u->bar);
	if (r != 0) {
		if (!dprogress_said_stopped(t, &e, _("Stopped checking the package; "
		    "nothing of it was taken in.")))
			dlg_fail_at(t, &e, path);
		goto out;
	}
	if (st.already) {
		tui_say(t, "%s", _("This package (or a newer one) was merged before; "
		    "nothing to change."));
		goto out;
	}
	total = u->bar.done + 256;
	from = app_unpack_origin(&st);
	/* the school and the account, not the date: the question fits 80 columns */
	q = xasprintf(_("From %s: %zu new, %zu updated, %zu conflicts. Merge?"),
	    from, st.new_children, st.updated_children, st.conflicts);
	free(from);
	r = dlg_ask(t, q, yn, applyw, 2);
	free(q);
	if (r != 0)
		goto out;
	dprogress_start(&u->bar, t, _("Merging the package"), total, _("Stop merging? "
	    "Nothing of this package will be taken in."));
	r = app_unpack(t->app, path, pass, 0, NULL, NULL, progress, u, &st, &e);
	dprogress_stop(&u->bar);
	if (r != 0) {
		if (!dprogress_said_stopped(t, &e, _("Merging stopped; nothing of the "
		    "package was taken in.")))
			dlg_fail_at(t, &e, path);
		goto out;
	}
	if (st.conflicts > 0) {
		q = xasprintf(P_("%zu conflict waits for you. Settle it now?",
		    "%zu conflicts wait for you. Settle them now?", st.conflicts),
		    st.conflicts);
		r = dlg_ask(t, q, yn, openw, 2);
		free(q);
		tui_back(t);
		if (r == 0)
			tui_open(t, &scr_conflicts, NULL);
	} else
		tui_back(t);
	tui_say(t, _("Merged: %zu new, %zu updated, %zu conflicts."), st.new_children,
	    st.updated_children, st.conflicts);
out:
	dlg_secret_wipe(&pass);
	free(path);
}

/* ---- the screen ----------------------------------------------------- */

static int
usb_init(struct screen *s, struct tui *t, int import)
{
	struct usb *u = xcalloc(1, sizeof *u);

	u->import = import;
	reload(u, t);
	s->priv = u;
	return 0;
}

static int
export_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	(void)arg;
	(void)e;
	return usb_init(s, t, 0);
}

static int
import_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	(void)arg;
	(void)e;
	return usb_init(s, t, 1);
}

static void
usb_free(struct screen *s)
{
	struct usb *u = s->priv;

	dpath_free(&u->pick);
	free(u->name);
	free(u);
}

static void
usb_draw(struct screen *s, struct tui *t)
{
	struct usb *u = s->priv;
	int y = tui_body_top(t);
	char *cls;

	snprintf(s->title, sizeof s->title, "%s", u->import ? _("USB import") : _("USB export"));
	if (u->import)
		w_put(t, y, 1, t->cols - 2, _("Choose the package to merge (Enter), or type "
		    "its path on the last line."), t->attr[TA_DIM], 0);
	else {
		w_put(t, y, 1, t->cols - 2, _("Choose where to write the encrypted package "
		    "(Enter)."), t->attr[TA_DIM], 0);
		/* a teacher's package is the list's class or hers; the
		 * headteacher chooses in a menu after the folder */
		if (tui_is_teacher(t)) {
			cls = tui_class_text(t);
			snprintf(s->info, sizeof s->info, "%s", cls);
			free(cls);
		} else
			s->info[0] = '\0';
	}
	if (u->nmedia == 0)
		w_put(t, y + 1, 1, t->cols - 2, _("No USB stick found: plug one in and "
		    "come back, or type a path."), t->attr[TA_WARN], 0);
	else if (u->import && u->pick.n == 1)
		w_put(t, y + 1, 1, t->cols - 2, _("No file on the USB sticks found."),
		    t->attr[TA_WARN], 0);
	dpath_draw(&u->pick, t, y + 2, tui_body_rows(t) - 5);
	dprogress_draw(&u->bar, t, y + tui_body_rows(t) - 2);
}

static int
usb_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct usb *u = s->priv;

	(void)key;
	if (op == OP_OPEN && u->pick.n > 0) {
		if (u->import)
			do_import(u, t);
		else
			do_export(u, t);
		t->dirty = 1;
		return 1;
	}
	if (wlist_move(&u->pick.l, op)) {
		t->dirty = 1;
		return 1;
	}
	return 0;
}

static void
usb_resize(struct screen *s, struct tui *t)
{
	struct usb *u = s->priv;

	u->pick.l.rows = tui_body_rows(t) - 5;
	wlist_fix(&u->pick.l);
}

static void
usb_resume(struct screen *s, struct tui *t)
{
	reload(s->priv, t);
}

const struct screen_class scr_usb_export = {
	.name = "usb-export",
	.keys = keys_usb,
	.init = export_init,
	.free = usb_free,
	.draw = usb_draw,
	.key = usb_key,
	.resize = usb_resize,
	.resume = usb_resume,
};

const struct screen_class scr_usb_import = {
	.name = "usb-import",
	.keys = keys_usb,
	.init = import_init,
	.free = usb_free,
	.draw = usb_draw,
	.key = usb_key,
	.resize = usb_resize,
	.resume = usb_resume,
};
