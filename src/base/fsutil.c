/* fsutil.c — paths and atomic (temp + fsync + rename) file writes: the one
 * place where guanai creates a file (temporary names, signal clean-up, the
 * sweep of leftovers, the refusal to replace what is not a regular file). */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"

int
fs_exists(const char *path)
{
	plat_stat_t st;

	return plat_stat(path, &st) == 0;
}

char *
fs_file_place(const char *path)
{
	plat_stat_t st;
	char *machine, *place;

	if (plat_stat(path, &st) != 0)
		return NULL;
	machine = plat_machine_id();
	place = xasprintf("%s:%llu", machine, plat_file_id(path));
	free(machine);
	return place;
}

char *
fs_dirname(const char *path)
{
	const char *slash = NULL, *p;

	for (p = path; *p; p++)
		if (plat_is_sep((unsigned char)*p))
			slash = p;
	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

int
fs_dir_writable(const char *dir)
{
	return plat_access(dir, PLAT_W_OK | PLAT_X_OK) == 0;
}

int
fs_sync_dir_of(const char *path)
{
	char *dir = fs_dirname(path);
	int rc = plat_sync_dir(dir);

	free(dir);
	return rc;
}

int
fs_mkdir_p(const char *path, int mode, struct err *e)
{
	char *p = xstrdup(path), *s;

	for (s = p + 1; *s; s++) {
		if (!plat_is_sep((unsigned char)*s) || plat_is_sep((unsigned char)s[-1]) ||
		    s[-1] == ':')	/* "//" and a drive "E:/" are not folders to make */
			continue;
		*s = '\0';
		if (plat_mkdir(p, mode) != 0 && errno != EEXIST) {
			err_set(e, ERR_IO, _("cannot create folder %s: %s"), p,
			    strerror(errno));
			free(p);
			return -1;
		}
		*s = '/';
	}
	if (plat_mkdir(p, mode) != 0 && errno != EEXIST) {
		err_set(e, ERR_IO, _("cannot create folder %s: %s"), p,
		    strerror(errno));
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

char *
fs_data_dir(void)
{
	return plat_data_dir();
}

char *
fs_default_db_path(void)
{
	const char *env = getenv("GUANAI_DB");
	char *dir, *path;

	if (env != NULL && env[0] != '\0')
		return xstrdup(env);
	dir = fs_data_dir();
	path = xasprintf("%s/guanai.db", dir);
	free(dir);
	return path;
}

int
atomic_open(struct atomic_file *af, const char *path, int mode, struct err *e)
{
	int fd;

	(void)mode;		/* every file guanai writes is private: 0600 */
	memset(af, 0, sizeof *af);
	if (fs_check_target(path, e) != 0)
		return -1;
	fd = fs_temp_create(path, &af->tmp_path, e);
	if (fd < 0)
		return -1;
	af->final_path = xstrdup(path);
	af->fp = fdopen(fd, "wb");
	if (af->fp == NULL) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), path, strerror(errno));
		plat_close(fd);
		fs_temp_remove(af->tmp_path);
		xfree(&af->final_path);
		xfree(&af->tmp_path);
		return -1;
	}
	return 0;
}

int
atomic_commit(struct atomic_file *af, struct err *e)
{
	int saved;

	if (af->fp == NULL)
		return -1;
	if (fflush(af->fp) != 0 || ferror(af->fp) || plat_fsync(fileno(af->fp)) != 0) {
		saved = errno;
		err_set(e, ERR_IO, _("cannot write %s: %s"), af->final_path,
		    strerror(saved ? saved : EIO));
		atomic_abort(af);
		return -1;
	}
	if (fclose(af->fp) != 0) {
		af->fp = NULL;
		err_set(e, ERR_IO, _("cannot write %s: %s"), af->final_path,
		    strerror(errno));
		atomic_abort(af);
		return -1;
	}
	af->fp = NULL;
	if (fs_publish(af->tmp_path, af->final_path, e) != 0) {
		atomic_abort(af);
		return -1;
	}
	xfree(&af->final_path);
	xfree(&af->tmp_path);
	return 0;
}

void
atomic_abort(struct atomic_file *af)
{
	if (af->fp != NULL) {
		fclose(af->fp);
		af->fp = NULL;
	}
	if (af->tmp_path != NULL)
		fs_temp_remove(af->tmp_path);
	xfree(&af->final_path);
	xfree(&af->tmp_path);
}

/* ---- temporary files -------------------------------------------------- */

/* The temporary files this process has open, for the signal handler: a
 * handler may only call async-signal-safe functions (unlink), so the
 * paths live in fixed buffers.  The one mutable global of the program,
 * because a signal handler has no other way to find them. */
#define TEMP_SLOTS 16
static char temp_paths[TEMP_SLOTS][PATH_MAX];
static volatile sig_atomic_t temp_used[TEMP_SLOTS];
static int temp_handlers_set;

static void
temp_on_signal(int sig)
{
	int i;

	for (i = 0; i < TEMP_SLOTS; i++)
		if (temp_used[i])
			plat_unlink(temp_paths[i]);
	plat_term_chain(sig);
}

/* Installed at the first temporary file, after curses set its own
 * handlers, so both run. */
static void
temp_handlers(void)
{
	if (temp_handlers_set)
		return;
	temp_handlers_set = 1;
	plat_term_install(temp_on_signal);
}

static void
temp_register(const char *path)
{
	int i;

	if (strlen(path) >= PATH_MAX)
		return;
	temp_handlers();
	for (i = 0; i < TEMP_SLOTS; i++) {
		if (temp_used[i])
			continue;
		memcpy(temp_paths[i], path, strlen(path) + 1);
		temp_used[i] = 1;
		return;
	}
}

void
fs_temp_forget(const char *path)
{
	int i;

	for (i = 0; i < TEMP_SLOTS; i++)
		if (temp_used[i] && strcmp(temp_paths[i], path) == 0) {
			temp_used[i] = 0;
			return;
		}
}

void
fs_temp_remove(const char *path)
{
	if (path == NULL)
		return;
	plat_unlink(path);
	fs_temp_forget(path);
}

int
fs_temp_create(const char *target, char **tmp, struct err *e)
{
	char *dir = fs_dirname(target), *path;
	plat_sigsave_t saved;
	int fd;

	*tmp = NULL;
	/* leftovers of a killed guanai in the same folder go first */
	fs_sweep_temps(dir);
	path = xasprintf("%s/" FS_TMP_PREFIX "XXXXXX", dir);
	free(dir);
	/* a signal between creating the file and registering it would leave
	 * it behind: hold the signals until the handler knows its name */
	temp_handlers();
	plat_signals_block(&saved);
	/* O_CREAT|O_EXCL (never through a symlink, never an existing file),
	 * an unpredictable name, mode 0600 */
	fd = plat_temp_open(path);
	if (fd < 0) {
		int saved_errno = errno;

		plat_signals_unblock(&saved);
		err_set(e, ERR_IO, _("cannot write %s: %s"), target,
		    strerror(saved_errno));
		free(path);
		return -1;
	}
	temp_register(path);
	plat_signals_unblock(&saved);
	/* held while the file is alive: the sweep leaves locked files alone */
	if (plat_lock(fd, PLAT_LOCK_EX) != 0) {
		/* a file system without locks: still usable */
	}
	plat_fchmod_private(fd);
	*tmp = path;
	return fd;
}

size_t
fs_sweep_temps(const char *dir)
{
	struct plat_dir *d = plat_dir_open(dir);
	const char *name;
	plat_stat_t st;
	size_t n = 0, base_len = strlen(FS_TMP_PREFIX) + 6;
	char *path;
	int fd;

	if (d == NULL)
		return 0;
	while ((name = plat_dir_next(d)) != NULL) {
		if (strncmp(name, FS_TMP_PREFIX, strlen(FS_TMP_PREFIX)) != 0)
			continue;
		if (strlen(name) > base_len) {
			/* SQLite's -journal/-wal/-shm of a temporary database:
			 * removed with it, or alone once it is gone */
			char *base = xasprintf("%s/%.*s", dir, (int)base_len, name);

			path = xasprintf("%s/%s", dir, name);
			if (plat_lstat(base, &st) != 0 && plat_lstat(path, &st) == 0 &&
			    S_ISREG(st.st_mode) && plat_owned_by_me(&st) &&
			    plat_unlink(path) == 0)
				n++;
			free(base);
			free(path);
			continue;
		}
		path = xasprintf("%s/%s", dir, name);
		fd = plat_open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
		if (fd >= 0 && plat_fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    plat_owned_by_me(&st) && plat_lock(fd, PLAT_LOCK_EX) == 0) {
			/* Windows deletes no open file: close it first (the
			 * lock showed that no guanai holds it) */
			plat_close(fd);
			fd = -2;
		}
		if (fd == -2 && plat_unlink(path) == 0) {
			n++;
			for (int k = 0; k < 3; k++) {
				static const char *const side[] = { "-journal", "-wal", "-shm" };
				char *sp = xasprintf("%s%s", path, side[k]);

				plat_unlink(sp);
				free(sp);
			}
		}
		if (fd >= 0)
			plat_close(fd);
		free(path);
	}
	plat_dir_close(&d);
	return n;
}

int
fs_check_target(const char *path, struct err *e)
{
	plat_stat_t st;

	if (plat_lstat(path, &st) != 0)
		return 0;	/* a new file */
	if (S_ISREG(st.st_mode))
		return 0;
	err_set(e, ERR_IO, _("%s is not a regular file (a folder, device, link or "
	    "pipe); it was not replaced, nothing was written"), path);
	return -1;
}

int
fs_publish(const char *tmp, const char *final, struct err *e)
{
	/* checked again just before: the target may have changed meanwhile */
	if (fs_check_target(final, e) != 0)
		return -1;
	if (plat_rename(tmp, final) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), final, strerror(errno));
		return -1;
	}
	fs_temp_forget(tmp);
	fs_sync_dir_of(final);
	return 0;
}

/* ---- the database's lock ---------------------------------------------- */

int
fs_lock_open(const char *path)
{
	char *lp = xasprintf("%s.lock", path);
	int fd;

	fd = plat_open(lp, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)	/* a read-only folder: an existing lock file still works */
		fd = plat_open(lp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
	free(lp);
	return fd;
}

int
fs_lock_take(int fd, int exclusive, int wait_ms)
{
	int how = exclusive ? PLAT_LOCK_EX : PLAT_LOCK_SH;

	for (;;) {
		if (plat_lock(fd, how) == 0)
			return 0;
		if (errno != EWOULDBLOCK && errno != EAGAIN && errno != EINTR)
			return 0;	/* a file system without locks: nothing to hold */
		if (wait_ms <= 0)
			return -1;
		plat_sleep_ms(50);
		wait_ms -= 50;
	}
}

FILE *
fs_open_regular(const char *path, struct err *e)
{
	plat_stat_t st;
	FILE *fp;
	int fd;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	fd = plat_open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
	if (fd < 0) {
		/* (Windows opens no folder: said as a folder all the same) */
		if (plat_stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			goto folder;
		err_set(e, ERR_IO, _("%s: cannot open: %s"), path, strerror(errno));
		return NULL;
	}
	if (plat_fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		plat_close(fd);
		/* a folder typed for a file is the common mistake: said plainly */
		if (S_ISDIR(st.st_mode))
			goto folder;
		err_set(e, ERR_IO, _("%s is not a regular file (a device, a pipe or a "
		    "folder); nothing was read from it"), path);
		return NULL;
	}
	plat_fd_blocking(fd);
	fp = fdopen(fd, "rb");
	if (fp == NULL) {
		err_set(e, ERR_IO, _("%s: cannot open: %s"), path, strerror(errno));
		plat_close(fd);
	}
	return fp;
folder:
	err_set(e, ERR_IO, _("%s is a folder, not a file: choose a file in it"), path);
	return NULL;
}
