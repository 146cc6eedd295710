/* backup.h — `guanai backup` / `guanai restore` (src/app/backup.c,
 * DESIGN.md §7): copies of the whole database, written and checked by the
 * store (guanai/store/backup.h).  Every function returns 0 or -1 with `e`
 * set and changes nothing on failure. */
#ifndef GUANAI_APP_BACKUP_H
#define GUANAI_APP_BACKUP_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"

struct app;
/* Back up the open database to `dest` and note it in the audit log. */
int app_backup(struct app *a, const char *dest, struct err *e);
/* Restore a->db_path from `src` (the database must not be open); *kept as
 * for store_restore. */
int app_restore(struct app *a, const char *src, char **kept, struct err *e);

/* ---- backups on sticks and folders (src/app/backup-files.c) -------- */

/* Backups the dialogs write and find: guanai-backup-YYYYMMDD-HHMMSS.db. */
#define BACKUP_PREFIX "guanai-backup-"
#define BACKUP_SUFFIX ".db"

struct backup_file {
	char *path;
	long long size;		/* bytes */
	long long mtime;	/* seconds since the epoch */
	char when[20];		/* "2026-11-29 14:05", local time */
};
/* The name of a backup made now (no folder); caller frees. */
char *app_backup_name(void);
/* The backups in the folders (NULL entries skipped), newest first; *out
 * freed with app_backups_free.  A folder that cannot be read is skipped. */
size_t app_backups_find(const char *const *dirs, size_t ndirs, struct backup_file **out);
void app_backups_free(struct backup_file *f, size_t n);
/* Restore while the database is open (the TUI): headteacher only; `src`
 * is checked before anything is closed; then the database is closed,
 * replaced as app_restore does (*kept: where the old one was kept) and
 * opened again — the old one when the restore refused.  0, or -1 with e. */
int app_restore_live(struct app *a, const char *src, char **kept, struct err *e);

#endif
