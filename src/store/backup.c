/* backup.c — whole-database backup (online backup API, atomic) and restore
 * (integrity check first, the current file kept as a dated copy). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/store/backup.h"
#include "store-int.h"

/* Create `path` new and empty with mode 0600 (never through a symlink,
 * never over an existing file). */
static int
create_private(const char *path, struct err *e)
{
	int fd;

	fd = plat_open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	plat_close(fd);
	return 0;
}

static int
fsync_path(const char *path, struct err *e)
{
	int fd = plat_open(path, O_RDWR | O_CLOEXEC, 0);	/* written: Windows flushes only those */

	if (fd < 0 || plat_fsync(fd) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), path, strerror(errno));
		if (fd >= 0)
			plat_close(fd);
		return -1;
	}
	plat_close(fd);
	return 0;
}

/* The first row of PRAGMA integrity_check ("ok" when sound); caller frees. */
static char *
integrity(sqlite3 *db, int *rc)
{
	sqlite3_stmt *st = NULL;
	char *res = NULL;

	*rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL);
	if (*rc == SQLITE_OK) {
		*rc = sqlite3_step(st);
		if (*rc == SQLITE_ROW) {
			res = xstrdup((const char *)sqlite3_column_text(st, 0));
			*rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return res;
}

/* Copy database `src` into the new, empty file `dest` (a temporary file
 * the caller created) with the backup API, make it a plain single file
 * (journal_mode=DELETE), check it and fsync it. */
static int
copy_into(sqlite3 *src, const char *dest, const char *shown, struct err *e)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *bk;
	char *check = NULL;
	int rc, ret = -1;

	rc = sqlite3_open_v2(dest, &dst, SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK)
		goto fail;
	bk = sqlite3_backup_init(dst, "main", src, "main");
	if (bk == NULL) {
		rc = sqlite3_errcode(dst);
		goto fail;
	}
	do {
		rc = sqlite3_backup_step(bk, -1);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(50);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	if (rc != SQLITE_DONE) {
		sqlite3_backup_finish(bk);
		goto fail;
	}
	rc = sqlite3_backup_finish(bk);
	if (rc != SQLITE_OK)
		goto fail;
	rc = sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		goto fail;
	check = integrity(dst, &rc);
	if (rc != SQLITE_OK)
		goto fail;
	if (!str_eq(check, "ok")) {
		err_set(e, ERR_IO, _("%s: the copy failed its integrity check; the disk "
		    "may be failing"), shown);
		goto out;
	}
	rc = sqlite3_close(dst);
	dst = NULL;
	if (rc != SQLITE_OK)
		goto fail;
	if (fsync_path(dest, e) != 0)
		goto out;
	ret = 0;
	goto out;
fail:
	err_set(e, ERR_IO, _("cannot write %s: %s"), shown,
	    dst != NULL ? sqlite3_errmsg(dst) : sqlite3_errstr(rc));
out:
	free(check);
	if (dst != NULL)
		sqlite3_close(dst);
	return ret;
}

int
store_backup(struct store *s, const char *dest, struct err *e)
{
	char *tmp = NULL;
	int fd, ret = -1;

	if (fs_check_target(dest, e) != 0)
		return -1;
	fd = fs_temp_create(dest, &tmp, e);
	if (fd < 0)
		return -1;
	if (copy_into(s->db, tmp, dest, e) != 0)
		goto out;
	if (fs_publish(tmp, dest, e) != 0)
		goto out;
	ret = 0;
out:
	if (ret != 0)
		fs_temp_remove(tmp);
	close(fd);
	free(tmp);
	return ret;
}

int
store_snapshot(struct store *s, const char *near, char **tmp, int *fd, struct err *e)
{
	*fd = fs_temp_create(near, tmp, e);
	if (*fd < 0)
		return -1;
	if (copy_into(s->db, *tmp, near, e) != 0) {
		fs_temp_remove(*tmp);
		close(*fd);
		*fd = -1;
		xfree(tmp);
		return -1;
	}
	return 0;
}

static int
query_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(st, 0);
			rc = SQLITE_OK;
		} else if (rc == SQLITE_DONE) {
			*out = 0;
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

int
store_backup_check(const char *path, struct err *e)
{
	sqlite3 *db = NULL;
	char *check = NULL;
	int rc, v = 0, tables = 0, ret = -1;
	plat_stat_t st;

	if (plat_stat(path, &st) != 0) {
		err_set(e, ERR_IO, _("cannot read %s: %s"), path, strerror(errno));
		return -1;
	}
	if (st.st_size == 0) {
		err_set(e, ERR_IO, _("%s is empty, not a guanai backup"), path);
		return -1;
	}
	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (rc != SQLITE_OK)
		goto notdb;
	check = integrity(db, &rc);
	if (rc == SQLITE_NOTADB)
		goto notdb;
	if (rc != SQLITE_OK || !str_eq(check, "ok")) {
		err_set(e, ERR_IO, _("%s is damaged (the integrity check failed); it "
		    "cannot be restored, nothing was changed"), path);
		goto out;
	}
	if (query_int(db, "PRAGMA user_version", &v) != SQLITE_OK ||
	    query_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
	    "AND name IN ('child', 'class', 'audit')", &tables) != SQLITE_OK ||
	    tables != 3 || v < 1)
		goto notdb;
	if (v > store_schema_version()) {
		err_set(e, ERR_IO, _("%s was made by a newer guanai (schema %d, this "
		    "program knows %d); update guanai first"), path, v,
		    store_schema_version());
		goto out;
	}
	ret = 0;
	goto out;
notdb:
	err_set(e, ERR_IO, _("%s is not a guanai backup; nothing was changed"), path);
out:
	free(check);
	sqlite3_close(db);
	return ret;
}

/* Raw copy of a file (the current database may be damaged: the reason to
 * restore, so no SQLite here), mode 0600, fsync'd. */
static int
raw_copy(const char *from, const char *to, struct err *e)
{
	char buf[65536];
	FILE *in = NULL, *out = NULL;
	size_t n;
	int ret = -1;

	in = plat_fopen(from, "rb");
	if (in == NULL) {
		err_set(e, ERR_IO, _("cannot read %s: %s"), from, strerror(errno));
		return -1;
	}
	if (create_private(to, e) != 0)
		goto out;
	out = plat_fopen(to, "wb");
	if (out == NULL) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), to, strerror(errno));
		goto out;
	}
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			break;
	if (ferror(in) || ferror(out) || fflush(out) != 0 || plat_fsync(fileno(out)) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), to, strerror(errno));
		goto out;
	}
	ret = 0;
out:
	if (out != NULL && fclose(out) != 0 && ret == 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), to, strerror(errno));
		ret = -1;
	}
	if (ret != 0 && out != NULL)
		plat_unlink(to);
	fclose(in);
	return ret;
}

/* Keep the current database as DB.YYYYMMDD-HHMMSS.bak (its WAL folded in
 * first when SQLite can still read it). */
static int
keep_current(const char *db_path, char **kept, struct err *e)
{
	char stamp[32], *wal, *walcopy = NULL, *path = NULL;
	plat_stat_t st;
	sqlite3 *db = NULL;
	time_t now = time(NULL);
	struct tm tm;
	int i, ret = -1;

	if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
		sqlite3_busy_timeout(db, 5000);
		sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
	}
	sqlite3_close(db);
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	path = xasprintf("%s.%s.bak", db_path, stamp);
	for (i = 1; fs_exists(path) && i < 100; i++) {
		free(path);
		path = xasprintf("%s.%s-%d.bak", db_path, stamp, i);
	}
	if (raw_copy(db_path, path, e) != 0)
		goto out;
	wal = xasprintf("%s-wal", db_path);
	if (plat_stat(wal, &st) == 0 && st.st_size > 0) {
		walcopy = xasprintf("%s-wal", path);
		if (raw_copy(wal, walcopy, e) != 0) {
			plat_unlink(path);
			free(wal);
			goto out;
		}
	}
	free(wal);
	fs_sync_dir_of(path);
	*kept = path;
	path = NULL;
	ret = 0;
out:
	free(path);
	free(walcopy);
	return ret;
}

int
store_restore(const char *db_path, const char *src, char **kept, struct err *e)
{
	sqlite3 *from = NULL;
	char *tmp = NULL, *side;
	int rc, fd = -1, ret = -1;

	*kept = NULL;
	if (store_backup_check(src, e) != 0)
		return -1;
	if (fs_check_target(db_path, e) != 0)
		return -1;
	fd = fs_temp_create(db_path, &tmp, e);
	if (fd < 0)
		return -1;
	rc = sqlite3_open_v2(src, &from, SQLITE_OPEN_READONLY, NULL);
	if (rc != SQLITE_OK) {
		err_set(e, ERR_IO, _("cannot read %s: %s"), src, sqlite3_errstr(rc));
		goto out;
	}
	if (copy_into(from, tmp, db_path, e) != 0)
		goto out;
	if (fs_exists(db_path) && keep_current(db_path, kept, e) != 0)
		goto out;
	/* The old WAL and index belong to the replaced file: they go before
	 * the rename (a WAL left beside the new file would be replayed into
	 * it: "malformed").  keep_current folded the WAL in and kept a copy;
	 * killed here, the database is the old one.  Nobody else has it open
	 * (app_restore holds the lock). */
	side = xasprintf("%s-wal", db_path);
	plat_unlink(side);
	free(side);
	side = xasprintf("%s-shm", db_path);
	plat_unlink(side);
	free(side);
	if (fs_publish(tmp, db_path, e) != 0)
		goto out;
	fs_sync_dir_of(db_path);
	ret = 0;
out:
	sqlite3_close(from);
	if (ret != 0 && tmp != NULL)
		fs_temp_remove(tmp);
	if (fd >= 0)
		close(fd);
	free(tmp);
	return ret;
}
