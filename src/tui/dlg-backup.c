/* dlg-backup.c — 备份 and 恢复 (headteacher; DESIGN §7, §9).
 *
 * 备份: where (the first USB stick, else the documents folder, or a folder
 * typed in) and the file name guanai-backup-DATE-TIME.db; Enter alone
 * writes it with app_backup, the same as `guanai backup`, and says where
 * and how big.  恢复: the backups found on the sticks and in the documents
 * folder, newest first, with date and size; Enter on one says what will
 * be replaced and that the current database is kept beside it, asks, and
 * restores with app_restore_live.  Esc leaves either with nothing written. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/backup.h"
#include "guanai/app/dest.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/app/pack.h"
#include "dialog.h"
#include "scr-admin.h"

/* "1.2 MB" / "812 KB" */
static void
size_text(long long bytes, char *out, size_t n)
{
	if (bytes >= 1024 * 1024)
		snprintf(out, n, "%.1f MB", (double)bytes / (1024.0 * 1024.0));
	else
		snprintf(out, n, "%lld KB", (bytes + 1023) / 1024);
}

/* ---- 备份 ------------------------------------------------------------ */

struct dbak {
	struct dchoices row;
	struct ddest dest;
	char *name;
	char *typed;
	struct dprogress bar;
};

static int
head_only(struct tui *t, struct err *e)
{
	if (t->app->role != NULL && strcmp(t->app->role, "head") != 0) {
		err_set(e, ERR_USAGE, "%s", _("Only the headteacher can do this."));
		return -1;
	}
	return 0;
}

static int
dbak_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct dbak *b;

	(void)arg;
	if (head_only(t, e) != 0)
		return -1;
	b = xcalloc(1, sizeof *b);
	ddest_load(&b->dest);
	b->row = (struct dchoices){ _("Back up to:"), (const char *const *)b->dest.labels,
	    b->dest.n, 0 };
	b->name = app_backup_name();
	s->priv = b;
	return 0;
}

static void
dbak_free(struct screen *s)
{
	struct dbak *b = s->priv;

	ddest_free(&b->dest);
	free(b->name);
	free(b->typed);
	free(b);
}

static void
dbak_draw(struct screen *s, struct tui *t)
{
	struct dbak *b = s->priv;
	int y = tui_body_top(t);

	snprintf(s->title, sizeof s->title, "%s", _("Backup"));
	w_put(t, y, 1, t->cols - 2, _("The whole database, every class. "
	    "Enter backs up, \xe2\x86\x90\xe2\x86\x92 where, Esc cancels."),
	    t->attr[TA_DIM], 0);
	dchoices_draw(t, y + 2, 14, &b->row, 1);
	w_put(t, y + 4, 1, 14, _("File name:"), t->attr[TA_NORMAL], 1);
	w_put(t, y + 4, 15, t->cols - 16, b->name, t->attr[TA_HEADER], 0);
	w_put(t, y + 6, 1, t->cols - 2, _("Keep the stick somewhere safe: the backup "
	    "holds every child's file."), t->attr[TA_WARN], 0);
	dprogress_draw(&b->bar, t, y + tui_body_rows(t) - 2);
}

/* The bar of a backup or restore, in thousandths; Esc cancels. */
static int
backup_progress(void *ctx, unsigned long long done, unsigned long long total)
{
	struct dprogress *bar = ctx;

	return dprogress_update(bar, total > 0 ? (size_t)(done * 1000 / total) : 0);
}

static void
do_backup(struct dbak *b, struct tui *t)
{
	struct err e = { 0, "" };
	plat_stat_t st;
	char *dir, *path = NULL, *shown, size[32], *pass = NULL;
	int r;

	dir = ddest_folder(&b->dest, b->row.sel, t, &b->typed);
	if (dir == NULL || !dlg_check_folder(t, dir))
		goto out;
	/* encrypted like a U盘 package: a lost stick shows nobody the files */
	if (!dlg_secret_twice(t, _("Passphrase for the backup:"),
	    _("The same passphrase again:"), &pass))
		goto out;
	if (app_backup_passphrase_ok(pass, &e) != 0) {
		tui_fail(t, &e);
		goto out;
	}
	path = xasprintf("%s/%s", dir, b->name);
	dprogress_start(&b->bar, t, _("Backing up"), 1000, _("Stop the backup? No "
	    "backup file is written."));
	r = app_backup(t->app, path, pass, backup_progress, &b->bar, &e);
	dprogress_stop(&b->bar);
	if (r != 0) {
		if (!dprogress_said_stopped(t, &e, _("Backup stopped; no backup file was "
		    "written.")))
			dlg_fail_at(t, &e, path);
		goto out;
	}
	size_text(plat_stat(path, &st) == 0 ? (long long)st.st_size : 0, size, sizeof size);
	shown = dlg_short_path(path, t->cols - 30);
	tui_say(t, _("Backed up to %s (%s), encrypted: keep the passphrase apart "
	    "from the stick."), shown, size);
	free(shown);
	tui_back(t);
out:
	dlg_secret_wipe(&pass);
	free(dir);
	free(path);
}

static int
dbak_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct dbak *b = s->priv;

	if (op == OP_GO) {
		do_backup(b, t);
		return 1;
	}
	if (op == OP_LEFT || op == OP_RIGHT || key == ' ')
		return dchoices_key(&b->row, op, key);
	return 0;
}

const struct screen_class scr_dlg_backup = {
	.name = "dlg-backup",
	.keys = keys_backup,
	.init = dbak_init,
	.free = dbak_free,
	.draw = dbak_draw,
	.key = dbak_key,
};

/* ---- 恢复 ------------------------------------------------------------ */

struct drst {
	struct backup_file *f;
	size_t n;
	struct wlist l;
	char *typed;		/* a backup's path typed in (the last line) */
	struct dprogress bar;
};

static void
drst_load(struct drst *r)
{
	char **sticks = NULL, *docs = app_documents_dir();
	const char **dirs;
	size_t n = dlg_media(&sticks), i;

	app_backups_free(r->f, r->n);
	dirs = xcalloc(n + 1, sizeof *dirs);
	for (i = 0; i < n; i++)
		dirs[i] = sticks[i];
	dirs[n] = docs;
	r->n = app_backups_find(dirs, n + 1, &r->f);
	r->l.n = (int)r->n + 1;		/* + "another file…" */
	wlist_fix(&r->l);
	free(dirs);
	free(docs);
	app_media_free(sticks, n);
}

static int
drst_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct drst *r;

	(void)arg;
	if (head_only(t, e) != 0)
		return -1;
	r = xcalloc(1, sizeof *r);
	drst_load(r);
	s->priv = r;
	return 0;
}

static void
drst_free(struct screen *s)
{
	struct drst *r = s->priv;

	app_backups_free(r->f, r->n);
	free(r->typed);
	free(r);
}

static void
drst_draw(struct screen *s, struct tui *t)
{
	struct drst *r = s->priv;
	int y = tui_body_top(t), i, k, attr;
	char size[32], *line, *shown;

	snprintf(s->title, sizeof s->title, "%s", _("Restore a backup"));
	w_put(t, y, 1, t->cols - 2, r->n > 0 ?
	    _("Backups found on the USB sticks and in the documents folder, newest first:") :
	    _("No backup found on a USB stick or in the documents folder."),
	    r->n > 0 ? t->attr[TA_DIM] : t->attr[TA_WARN], 0);
	r->l.rows = tui_body_rows(t) - 4;
	wlist_fix(&r->l);
	for (i = 0; i < r->l.rows && r->l.top + i < r->l.n; i++) {
		k = r->l.top + i;
		attr = k == r->l.sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		if (k < (int)r->n) {
			size_text(r->f[k].size, size, sizeof size);
			shown = dlg_short_path(r->f[k].path, t->cols - 32);
			line = xasprintf("%s  %8s  %s", r->f[k].when, size, shown);
			free(shown);
		} else
			line = xstrdup(_("Another file…"));
		w_put(t, y + 2 + i, 1, t->cols - 2, line, attr, 1);
		free(line);
	}
	w_put(t, y + tui_body_rows(t) - 1, 1, t->cols - 2, _("Enter restores the backup "
	    "chosen (it asks first); the database now in use is kept beside it."),
	    t->attr[TA_DIM], 0);
	dprogress_draw(&r->bar, t, y + tui_body_rows(t) - 3);
}

static void
do_restore(struct drst *r, struct tui *t)
{
	static const char *const yn[] = { "y", "n" };
	const char *ynw[2] = { _("Restore"), _("Cancel") };
	struct err e = { 0, "" };
	char *src = NULL, *kept = NULL, *q = NULL, *shown, size[32] = "", *pass = NULL;
	const char *when = "";
	int rc;

	if (r->l.sel < (int)r->n) {
		src = xstrdup(r->f[r->l.sel].path);
		when = r->f[r->l.sel].when;
		size_text(r->f[r->l.sel].size, size, sizeof size);
	} else if (!dlg_prompt(t, _("Backup file:"), r->typed ? r->typed : "", &src))
		return;
	else
		xstrset(&r->typed, src);
	shown = dlg_short_path(src, 30);
	q = xasprintf(_("Replace every record now in guanai by the backup %s %s %s? "
	    "(the current database is kept)"), shown, when, size);
	free(shown);
	if (dlg_ask(t, q, yn, ynw, 2) != 0)
		goto out;
	if (app_backup_kind(src) == BACKUP_ENCRYPTED &&
	    !dlg_secret(t, _("Passphrase of the backup:"), &pass))
		goto out;
	dprogress_start(&r->bar, t, _("Restoring"), 1000, _("Stop restoring? The data "
	    "now in guanai stays as it is."));
	rc = app_restore_live(t->app, src, pass, backup_progress, &r->bar, &kept, &e);
	dprogress_stop(&r->bar);
	if (rc != 0) {
		if (!dprogress_said_stopped(t, &e, _("Restore stopped; the data in guanai "
		    "has not changed.")))
			dlg_fail_at(t, &e, src);
		goto out;
	}
	shown = dlg_short_path(kept != NULL ? kept : "", t->cols - 40);
	if (kept != NULL)
		tui_say(t, _("Backup restored; the database before it is kept as %s."), shown);
	else
		tui_say(t, "%s", _("Backup restored."));
	free(shown);
	tui_back(t);
out:
	dlg_secret_wipe(&pass);
	free(q);
	free(src);
	free(kept);
}

static int
drst_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct drst *r = s->priv;

	(void)key;
	if (op == OP_GO) {
		do_restore(r, t);
		return 1;
	}
	return wlist_move(&r->l, op) || op == OP_UP || op == OP_DOWN;
}

const struct screen_class scr_dlg_restore = {
	.name = "dlg-restore",
	.keys = keys_backup,
	.init = drst_init,
	.free = drst_free,
	.draw = drst_draw,
	.key = drst_key,
};
