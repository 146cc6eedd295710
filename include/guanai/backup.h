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
/* A consistent plain copy of the open database in a new temporary file
 * beside `near` (fs_temp_create: 0600, removed on signals and by the next
 * start's sweep).  *tmp and *fd are the caller's: read the copy, then
 * fs_temp_remove(*tmp), close(*fd), free(*tmp). */
int store_snapshot(struct store *s, const char *near, char **tmp, int *fd, struct err *e);
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

#endif
