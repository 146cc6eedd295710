/* backup.h — copies of the whole database (DESIGN.md §7, `guanai backup` /
 * `guanai restore`), in the store layer because they speak SQLite.
 *
 * A backup is written with the SQLite online backup API (a consistent
 * snapshot even while guanai runs elsewhere) under a temporary name beside
 * the destination, checked with PRAGMA integrity_check, fsync'd and renamed:
 * the destination is either the old file or a whole new backup.  Mode 0600.
 * Every function returns 0 or -1 with `e` set (ERR_IO) and changes nothing
 * on failure. */
#ifndef GUANAI_BACKUP_H
#define GUANAI_BACKUP_H

#include "guanai/err.h"
#include "guanai/store.h"

/* Copy the open database to `dest`. */
int store_backup(struct store *s, const char *dest, struct err *e);
/* Check that `path` is a sound guanai database this program can open:
 * an SQLite file whose PRAGMA integrity_check says ok, with a schema version
 * this program knows.  The message says what is wrong. */
int store_backup_check(const char *path, struct err *e);
/* Replace the database at `db_path` (which no one should have open) by the
 * backup `src`: check the backup first (refused: nothing changes), keep
 * the current database as `DB.YYYYMMDD-HHMMSS.bak` beside it (*kept gets
 * that path, the caller's; NULL when there was no database), then put the
 * copy in place with mode 0600. */
int store_restore(const char *db_path, const char *src, char **kept, struct err *e);

/* ---- use cases (src/app/backup.c) ---------------------------------- */

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
/* Restore while a->store is open (the TUI): headteacher only; `src` is
 * checked before anything is closed; then the database is closed,
 * replaced as app_restore does (*kept: where the old one was kept) and
 * opened again — the old one when the restore refused.  0, or -1 with e. */
int app_restore_live(struct app *a, const char *src, char **kept, struct err *e);

#endif
