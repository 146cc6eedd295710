/* backup.c — the backup and restore use cases shared by the CLI and TUI.
 *
 * A backup leaves the PC on a stick, so it is encrypted like a package
 * (io/package.c: argon2id + secretstream).  The store takes a plain
 * snapshot into a private temporary file beside the database (never on the
 * stick), and this file streams it into package records:
 *
 *   ["guanai-backup", "1", SIZE]     the kind, format version, byte count
 *   [BASE64]                         up to BACKUP_BLOCK bytes each
 *
 * Restore reads an encrypted backup into a private temporary file beside
 * the database and hands it to store_restore, which checks it first; an
 * old plain backup (an SQLite file) goes to store_restore directly. */
#include "config.h"

#include "guanai/app/account.h"
#include "guanai/app/app.h"
#include "guanai/app/backup.h"
#include "guanai/app/pack.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "guanai/io/package.h"
#include "guanai/store/backup.h"
#include "guanai/store/store.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BACKUP_MARK "guanai-backup"
#define BACKUP_FORMAT "1"
#define BACKUP_BLOCK 49152	/* 64 KiB once in base64 */

static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Encode n bytes into out (4 * ((n + 2) / 3) + 1 bytes). */
static void
b64_encode(const unsigned char *in, size_t n, char *out)
{
	size_t i;
	unsigned v;

	for (i = 0; i + 2 < n; i += 3) {
		v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
		*out++ = b64[v >> 18];
		*out++ = b64[(v >> 12) & 63];
		*out++ = b64[(v >> 6) & 63];
		*out++ = b64[v & 63];
	}
	if (i < n) {
		v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0);
		*out++ = b64[v >> 18];
		*out++ = b64[(v >> 12) & 63];
		*out++ = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		*out++ = '=';
	}
	*out = '\0';
}

static int
b64_value(char c)
{
	const char *p = c != '\0' ? strchr(b64, c) : NULL;

	return p != NULL ? (int)(p - b64) : -1;
}

/* Strict decode; returns the byte count or -1. */
static long
b64_decode(const char *in, unsigned char *out, size_t cap)
{
	size_t len = strlen(in), i, o = 0;
	int a, b, c, d;

	if (len % 4 != 0)
		return -1;
	for (i = 0; i < len; i += 4) {
		a = b64_value(in[i]);
		b = b64_value(in[i + 1]);
		c = in[i + 2] == '=' && i + 4 == len ? 0 : b64_value(in[i + 2]);
		d = in[i + 3] == '=' && i + 4 == len ? 0 : b64_value(in[i + 3]);
		if (a < 0 || b < 0 || c < 0 || d < 0 ||
		    (in[i + 2] == '=' && in[i + 3] != '='))
			return -1;
		if (o + 3 > cap)
			return -1;
		out[o++] = (unsigned char)(a << 2 | b >> 4);
		if (in[i + 2] != '=')
			out[o++] = (unsigned char)((b & 15) << 4 | c >> 2);
		if (in[i + 3] != '=')
			out[o++] = (unsigned char)((c & 3) << 6 | d);
	}
	return (long)o;
}

enum backup_kind
app_backup_kind(const char *path)
{
	unsigned char head[16];
	ssize_t n;
	int fd;

	fd = plat_open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
	if (fd < 0)
		return BACKUP_UNKNOWN;
	n = read(fd, head, sizeof head);
	plat_close(fd);
	if (n >= 8 && memcmp(head, PACKAGE_MAGIC, 8) == 0)
		return BACKUP_ENCRYPTED;
	if (n == 16 && memcmp(head, "SQLite format 3", 16) == 0)
		return BACKUP_PLAIN;
	return BACKUP_UNKNOWN;
}

int
app_backup_passphrase_ok(const char *passphrase, struct err *e)
{
	if (passphrase == NULL || utf8_count(passphrase) < PACK_MIN_PASSPHRASE) {
		err_set(e, ERR_USAGE, _("the passphrase must have at least %d characters"),
		    PACK_MIN_PASSPHRASE);
		return -1;
	}
	return 0;
}

/* Stream the plain snapshot behind fd into the package writer. */
static int
encrypt_into(struct package_writer *w, int fd, const char *shown,
    backup_progress_fn progress, void *pctx, struct err *e)
{
	unsigned char *buf = xmalloc(BACKUP_BLOCK);
	char *enc = xmalloc(4 * (BACKUP_BLOCK / 3) + 8), size[32];
	const char *cells[3];
	unsigned long long total, done = 0;
	plat_stat_t st;
	ssize_t n;
	int ret = -1;

	if (plat_fstat(fd, &st) != 0 || lseek(fd, 0, SEEK_SET) != 0) {
		err_set(e, ERR_IO, _("cannot read %s: %s"), shown, strerror(errno));
		goto out;
	}
	total = (unsigned long long)st.st_size;
	snprintf(size, sizeof size, "%llu", total);
	cells[0] = BACKUP_MARK;
	cells[1] = BACKUP_FORMAT;
	cells[2] = size;
	if (package_write_record(w, cells, 3, e) != 0)
		goto out;
	for (;;) {
		n = read(fd, buf, BACKUP_BLOCK);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			err_set(e, ERR_IO, _("cannot read %s: %s"), shown, strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		b64_encode(buf, (size_t)n, enc);
		cells[0] = enc;
		if (package_write_record(w, cells, 1, e) != 0)
			goto out;
		done += (unsigned long long)n;
		if (progress != NULL && progress(pctx, done, total) != 0) {
			err_stopped(e);
			goto out;
		}
	}
	if (done != total) {
		err_set(e, ERR_IO, _("cannot read %s: %s"), shown, strerror(EIO));
		goto out;
	}
	ret = 0;
out:
	free(buf);
	free(enc);
	return ret;
}

/* A folder for the plain snapshot: beside the database (it is as private
 * as the database), else $TMPDIR or /tmp when that folder is read-only. */
static int
snapshot(struct app *a, char **tmp, int *fd, struct err *e)
{
	const char *t = plat_temp_dir();
	char *near;
	int rc;

	if (store_snapshot(a->store, a->db_path, tmp, fd, e) == 0)
		return 0;
	near = xasprintf("%s/guanai.db", t);
	rc = store_snapshot(a->store, near, tmp, fd, e);
	free(near);
	return rc;
}

int
app_backup(struct app *a, const char *dest, const char *passphrase,
    backup_progress_fn progress, void *pctx, struct err *e)
{
	struct package_writer *w = NULL;
	char *plain = NULL;
	int fd = -1, ret = -1;

	/* a backup holds every class: not a teacher account's to take */
	if (app_require_head(a, _("back up the whole database"), e) != 0)
		return -1;
	if (app_backup_passphrase_ok(passphrase, e) != 0)
		return -1;
	if (fs_check_target(dest, e) != 0)
		return -1;
	if (snapshot(a, &plain, &fd, e) != 0)
		return -1;
	if (package_writer_new(&w, dest, passphrase, e) != 0)
		goto out;
	if (encrypt_into(w, fd, dest, progress, pctx, e) != 0 ||
	    package_writer_seal(w, e) != 0)
		goto out;
	/* the copy holds everything: the audit log says so before the file
	 * takes its name, and a database that cannot record it gets none */
	if (store_audit_event(a->store, "backup", dest, e) != 0)
		goto out;
	if (package_writer_finish(&w, e) != 0)
		goto out;
	ret = 0;
out:
	package_writer_free(&w);
	if (fd >= 0)	/* closed first: Windows removes no open file */
		plat_close(fd);
	fs_temp_remove(plain);
	free(plain);
	return ret;
}

static void
not_backup(const char *src, struct err *e)
{
	err_set(e, ERR_IO, _("%s is not a guanai backup; nothing was changed"), src);
}

/* Decrypt the backup `src` into the open temporary file fd. */
static int
decrypt_into(const char *src, const char *passphrase, int fd,
    backup_progress_fn progress, void *pctx, struct err *e)
{
	struct package_reader *r = NULL;
	const char *const *cells;
	unsigned char *buf = xmalloc(BACKUP_BLOCK + 3);
	unsigned long long total, done = 0;
	size_t n;
	long got;
	char *end;
	int rc, ret = -1;

	if (package_reader_open(&r, src, passphrase, e) != 0)
		goto out;
	rc = package_read_record(r, &cells, &n, e);
	if (rc < 0)
		goto out;
	if (rc != 0 || n != 3 || !str_eq(cells[0], BACKUP_MARK) || cells[2] == NULL) {
		/* a package for unpack, not a backup */
		not_backup(src, e);
		goto out;
	}
	if (!str_eq(cells[1], BACKUP_FORMAT)) {
		err_set(e, ERR_IO, _("%s was made by a newer guanai; update guanai "
		    "first"), src);
		goto out;
	}
	errno = 0;
	total = strtoull(cells[2], &end, 10);
	if (errno != 0 || *end != '\0') {
		not_backup(src, e);
		goto out;
	}
	while ((rc = package_read_record(r, &cells, &n, e)) == 0) {
		if (n != 1 || cells[0] == NULL ||
		    (got = b64_decode(cells[0], buf, BACKUP_BLOCK + 3)) < 0 ||
		    done + (unsigned long long)got > total) {
			not_backup(src, e);
			goto out;
		}
		if (write(fd, buf, (size_t)got) != got) {
			err_set(e, ERR_IO, _("cannot write %s: %s"), src, strerror(errno));
			goto out;
		}
		done += (unsigned long long)got;
		if (progress != NULL && progress(pctx, done, total) != 0) {
			err_stopped(e);
			goto out;
		}
	}
	if (rc < 0)
		goto out;
	if (done != total) {
		not_backup(src, e);
		goto out;
	}
	if (plat_fsync(fd) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), src, strerror(errno));
		goto out;
	}
	ret = 0;
out:
	package_reader_free(&r);
	free(buf);
	return ret;
}

/* Restore into a->db_path, the database's lock held exclusively. */
static int
restore_locked(struct app *a, const char *src, const char *passphrase,
    backup_progress_fn progress, void *pctx, char **kept, struct err *e)
{
	char *plain = NULL;
	int fd, rc;

	if (app_backup_kind(src) != BACKUP_ENCRYPTED)
		return store_restore(a->db_path, src, kept, e);
	if (passphrase == NULL || passphrase[0] == '\0') {
		err_set(e, ERR_USAGE, _("%s is encrypted: the passphrase it was "
		    "made with is needed"), src);
		return -1;
	}
	fd = fs_temp_create(a->db_path, &plain, e);
	if (fd < 0)
		return -1;
	rc = decrypt_into(src, passphrase, fd, progress, pctx, e);
	if (rc == 0)
		rc = store_restore(a->db_path, plain, kept, e);
	plat_close(fd);		/* first: Windows removes no open file */
	fs_temp_remove(plain);
	free(plain);
	return rc;
}

int
app_restore(struct app *a, const char *src, const char *passphrase,
    backup_progress_fn progress, void *pctx, char **kept, struct err *e)
{
	struct err ignored = { 0, "" };
	plat_stat_t st;
	char *dir;
	int lock, own = 0, rc;

	*kept = NULL;
	if (a->store != NULL) {
		err_set(e, ERR_USAGE, _("close the database before restoring a backup"));
		return -1;
	}
	if (plat_stat(src, &st) == 0 && !S_ISREG(st.st_mode)) {
		not_backup(src, e);
		return -1;
	}
	dir = fs_dirname(a->db_path);
	rc = fs_mkdir_p(dir, 0700, e);
	free(dir);
	if (rc != 0)
		return -1;
	/* nobody else may have the database open: an edit another guanai
	 * reported as saved would be in neither file */
	lock = a->lock_held ? a->lock_fd : fs_lock_open(a->db_path);
	if (lock >= 0 && fs_lock_take(lock, 1, 0) != 0) {
		if (a->lock_held)
			fs_lock_take(lock, 0, 0);	/* a failed upgrade may drop it */
		else
			plat_close(lock);
		err_set(e, ERR_IO, _("another guanai has %s open (the program on this "
		    "PC, or a command still running); close it, then restore again. "
		    "Nothing was changed"), a->db_path);
		return -1;
	}
	if (lock >= 0 && !a->lock_held) {
		/* app_open below uses the lock we hold */
		a->lock_fd = lock;
		a->lock_held = own = 1;
	}
	rc = restore_locked(a, src, passphrase, progress, pctx, kept, e);
	/* record who restored, in the restored database */
	if (rc == 0 && app_open(a, APP_OPEN_EXISTING, &ignored) == 0) {
		store_audit_event(a->store, "restore", src, &ignored);
		store_close(&a->store);
	}
	if (own)
		app_unlock(a);
	else if (lock >= 0)
		fs_lock_take(lock, 0, 0);	/* back to shared */
	return rc != 0 ? -1 : 0;
}
