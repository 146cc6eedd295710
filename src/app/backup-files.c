/* backup-files.c — backups as the TUI's 备份 / 恢复 dialogs see them: the
 * name a new backup gets, the backups found in the folders offered (the
 * USB sticks, the documents folder) with date and size, and a restore
 * while the program has the database open (closed, replaced, opened
 * again).  The copying itself is backup.c's (store_backup, app_restore). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "guanai/app/account.h"
#include "guanai/app/app.h"
#include "guanai/app/backup.h"
#include "guanai/app/app.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/store/backup.h"
#include "guanai/store/store.h"

char *
app_backup_name(void)
{
	char today[11], hm[8] = "0000";
	time_t now = time(NULL);
	struct tm tm;

	date_today_iso(today);
	if (localtime_r(&now, &tm) != NULL)
		strftime(hm, sizeof hm, "%H%M%S", &tm);
	/* 2026-11-29 → 20261129: a name that sorts by date on any stick */
	return xasprintf("%s%.4s%.2s%.2s-%s%s", BACKUP_PREFIX, today, today + 5,
	    today + 8, hm, BACKUP_SUFFIX);
}

static int
is_backup(const char *name)
{
	size_t n = strlen(name), ls = strlen(BACKUP_SUFFIX);

	return strncmp(name, BACKUP_PREFIX, strlen(BACKUP_PREFIX)) == 0 && n > ls &&
	    strcmp(name + n - ls, BACKUP_SUFFIX) == 0;
}

static int
newest_first(const void *a, const void *b)
{
	const struct backup_file *x = a, *y = b;

	if (x->mtime != y->mtime)
		return x->mtime < y->mtime ? 1 : -1;
	return strcmp(y->path, x->path);
}

size_t
app_backups_find(const char *const *dirs, size_t ndirs, struct backup_file **out)
{
	struct backup_file *f;
	const char *name;
	plat_stat_t st;
	struct tm tm;
	time_t mtime;
	size_t n = 0, i;
	char *path;
	struct plat_dir *d;

	*out = NULL;
	for (i = 0; i < ndirs; i++) {
		if (dirs[i] == NULL || (d = plat_dir_open(dirs[i])) == NULL)
			continue;
		while ((name = plat_dir_next(d)) != NULL) {
			if (!is_backup(name))
				continue;
			path = xasprintf("%s/%s", dirs[i], name);
			if (plat_stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
				free(path);
				continue;
			}
			*out = xrealloc(*out, (n + 1) * sizeof **out);
			f = &(*out)[n++];
			f->path = path;
			f->size = (long long)st.st_size;
			f->mtime = (long long)st.st_mtime;
			f->when[0] = '\0';
			mtime = (time_t)st.st_mtime;
			if (localtime_r(&mtime, &tm) != NULL)
				strftime(f->when, sizeof f->when, "%Y-%m-%d %H:%M", &tm);
		}
		plat_dir_close(&d);
	}
	if (n > 1)
		qsort(*out, n, sizeof **out, newest_first);
	return n;
}

void
app_backups_free(struct backup_file *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(f[i].path);
	free(f);
}

int
app_restore_live(struct app *a, const char *src, const char *passphrase,
    backup_progress_fn progress, void *pctx, char **kept, struct err *e)
{
	struct err ignored = { 0, "" };
	int rc;

	if (app_require_head(a, _("restore a backup"), e) != 0)
		return -1;
	/* refuse a file that is no backup before the database is closed (an
	 * encrypted one is checked once decrypted, by app_restore) */
	switch (app_backup_kind(src)) {
	case BACKUP_ENCRYPTED:
		break;
	case BACKUP_PLAIN:
		if (store_backup_check(src, e) != 0)
			return -1;
		break;
	default:
		err_set(e, ERR_INPUT, _("%s is not a guanai backup"), src);
		return -1;
	}
	store_close(&a->store);
	rc = app_restore(a, src, passphrase, progress, pctx, kept, e);
	/* open whichever database is in place now: the restored one, or the
	 * old one when the restore refused */
	if (app_open(a, APP_OPEN_EXISTING, rc == 0 ? e : &ignored) != 0)
		return -1;
	return rc;
}
