/* backup.h — copies of the whole database (DESIGN.md §7, `guanai backup` /
 * `guanai restore`), in the store layer because they speak SQLite.
 *
 * A backup is written with the SQLite online backup API (a consistent
 * snapshot even while guanai runs elsewhere) under a temporary name beside
 * the destination, checked with PRAGMA integrity_check, fsync'd and renamed:
 * the destination is either the old file or a whole new backup.  Mode 0600.
 * Every function returns 0 or -1 with `e` set (ERR_IO) and changes nothing
 * on failure. */
#ifndef GUANAI_STORE_BACKUP_H
#define GUANAI_STORE_BACKUP_H

#include "guanai/store/visible.h"

#include "guanai/base/err.h"
#include "guanai/store/store.h"

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

#endif
