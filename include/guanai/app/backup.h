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

/* Progress of a backup or restore: bytes done of total (the TUI's bar);
 * non-zero cancels (nothing is written). */
typedef int (*backup_progress_fn)(void *ctx, unsigned long long done,
    unsigned long long total);

enum backup_kind {
	BACKUP_UNKNOWN,		/* not a backup (or unreadable) */
	BACKUP_PLAIN,		/* an old, unencrypted backup: an SQLite file */
	BACKUP_ENCRYPTED	/* a backup encrypted like a package */
};

/* What `path` looks like from its first bytes: whether restore needs a
 * passphrase.  Never blocks (a FIFO reads as BACKUP_UNKNOWN). */
enum backup_kind app_backup_kind(const char *path);
/* 0 when `passphrase` is acceptable for a new backup, else -1 + e. */
int app_backup_passphrase_ok(const char *passphrase, struct err *e);
/* Back up the open database to `dest`, encrypted with `passphrase`
 * (format in src/app/backup.c; the plain snapshot stays in a private
 * temporary file beside the database).  Headteacher only.  The file is
 * read back and verified, then the audit entry written, then the file
 * takes its name: a database that cannot record it gets no backup; on
 * failure `dest` is untouched.  `progress` may be NULL. */
int app_backup(struct app *a, const char *dest, const char *passphrase,
    backup_progress_fn progress, void *pctx, struct err *e);
/* Restore a->db_path from `src` (the database must not be open here):
 * an encrypted backup needs `passphrase` (wrong: refused), an old plain
 * one does not (passphrase ignored).  Checked before anything changes;
 * *kept as for store_restore.  `progress` may be NULL. */
int app_restore(struct app *a, const char *src, const char *passphrase,
    backup_progress_fn progress, void *pctx, char **kept, struct err *e);

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
 * opened again — the old one when the restore refused or was stopped
 * (`progress` returned non-zero: ERR_STOPPED, the database as it was).
 * `passphrase` and `progress` (may be NULL) as for app_restore.  0, or -1
 * with e. */
int app_restore_live(struct app *a, const char *src, const char *passphrase,
    backup_progress_fn progress, void *pctx, char **kept, struct err *e);

#endif
