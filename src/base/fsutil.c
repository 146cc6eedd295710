/* fsutil.c — paths and atomic (temp + fsync + rename) file writes: the one
 * place where guanai creates a file (temporary names, signal clean-up, the
 * sweep of leftovers, the refusal to replace what is not a regular file). */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"

int
fs_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

char *
fs_file_place(const char *path)
{
	static const char *const ids[] = { "/etc/machine-id", "/var/lib/dbus/machine-id" };
	char machine[128] = "", *nl;
	struct stat st;
	size_t i;
	FILE *fp;

	if (stat(path, &st) != 0)
		return NULL;
	for (i = 0; i < sizeof ids / sizeof ids[0] && machine[0] == '\0'; i++) {
		if ((fp = fopen(ids[i], "r")) == NULL)
			continue;
		if (fgets(machine, sizeof machine, fp) == NULL)
			machine[0] = '\0';
		fclose(fp);
	}
	if (machine[0] == '\0' && gethostname(machine, sizeof machine - 1) != 0)
		snprintf(machine, sizeof machine, "unknown");
	machine[sizeof machine - 1] = '\0';
	if ((nl = strchr(machine, '\n')) != NULL)
		*nl = '\0';
	return xasprintf("%s:%llu", machine, (unsigned long long)st.st_ino);
}

char *
fs_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

int
fs_dir_writable(const char *dir)
{
	return access(dir, W_OK | X_OK) == 0;
}

int
fs_sync_dir_of(const char *path)
{
	char *dir = fs_dirname(path);
	int fd, rc = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY);
	free(dir);
	if (fd < 0)
		return -1;
	if (fsync(fd) != 0 && errno != EINVAL)
		rc = -1;
	close(fd);
	return rc;
}

int
fs_mkdir_p(const char *path, int mode, struct err *e)
{
	char *p = xstrdup(path), *s;

	for (s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, (mode_t)mode) != 0 && errno != EEXIST) {
			err_set(e, ERR_IO, _("cannot create folder %s: %s"), p,
			    strerror(errno));
			free(p);
			return -1;
		}
		*s = '/';
	}
	if (mkdir(p, (mode_t)mode) != 0 && errno != EEXIST) {
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
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (xdg != NULL && xdg[0] == '/')
		return xasprintf("%s/guanai", xdg);
	return xasprintf("%s/.local/share/guanai", home ? home : ".");
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
		close(fd);
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
	if (fflush(af->fp) != 0 || ferror(af->fp) || fsync(fileno(af->fp)) != 0) {
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
static struct sigaction temp_old[3];
static const int temp_signals[3] = { SIGTERM, SIGHUP, SIGINT };
static int temp_handlers_set;

static void
temp_on_signal(int sig)
{
	int i;

	for (i = 0; i < TEMP_SLOTS; i++)
		if (temp_used[i])
			unlink(temp_paths[i]);
	for (i = 0; i < 3; i++) {
		if (temp_signals[i] != sig)
			continue;
		/* hand over to whoever had the signal before (curses restores
		 * the terminal), else die of it as we would have */
		sigaction(sig, &temp_old[i], NULL);
		if (temp_old[i].sa_handler != SIG_DFL &&
		    temp_old[i].sa_handler != SIG_IGN &&
		    !(temp_old[i].sa_flags & SA_SIGINFO)) {
			temp_old[i].sa_handler(sig);
			return;
		}
		raise(sig);
	}
}

/* Installed at the first temporary file, after curses set its own
 * handlers, so both run. */
static void
temp_handlers(void)
{
	struct sigaction sa;
	int i;

	if (temp_handlers_set)
		return;
	temp_handlers_set = 1;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = temp_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < 3; i++) {
		sigaction(temp_signals[i], NULL, &temp_old[i]);
		if (temp_old[i].sa_handler == SIG_IGN)
			continue;	/* nohup: stay ignored */
		sigaction(temp_signals[i], &sa, NULL);
	}
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
	unlink(path);
	fs_temp_forget(path);
}

int
fs_temp_create(const char *target, char **tmp, struct err *e)
{
	char *dir = fs_dirname(target), *path;
	sigset_t block, saved;
	int fd, i;

	*tmp = NULL;
	/* leftovers of a killed guanai in the same folder go first */
	fs_sweep_temps(dir);
	path = xasprintf("%s/" FS_TMP_PREFIX "XXXXXX", dir);
	free(dir);
	/* a signal between creating the file and registering it would leave
	 * it behind: hold the signals until the handler knows its name */
	temp_handlers();
	sigemptyset(&block);
	for (i = 0; i < 3; i++)
		sigaddset(&block, temp_signals[i]);
	sigprocmask(SIG_BLOCK, &block, &saved);
	/* mkostemp: O_CREAT|O_EXCL (never through a symlink, never an
	 * existing file), an unpredictable name, mode 0600 */
	fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0) {
		int saved_errno = errno;

		sigprocmask(SIG_SETMASK, &saved, NULL);
		err_set(e, ERR_IO, _("cannot write %s: %s"), target,
		    strerror(saved_errno));
		free(path);
		return -1;
	}
	temp_register(path);
	sigprocmask(SIG_SETMASK, &saved, NULL);
	/* held while the file is alive: the sweep leaves locked files alone */
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		/* a file system without locks: still usable */
	}
	fchmod(fd, 0600);
	*tmp = path;
	return fd;
}

size_t
fs_sweep_temps(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct stat st;
	size_t n = 0, base_len = strlen(FS_TMP_PREFIX) + 6;
	char *path;
	int fd;

	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, FS_TMP_PREFIX, strlen(FS_TMP_PREFIX)) != 0)
			continue;
		if (strlen(de->d_name) > base_len) {
			/* SQLite's -journal/-wal/-shm of a temporary database:
			 * removed with it, or alone once it is gone */
			char *base = xasprintf("%s/%.*s", dir, (int)base_len, de->d_name);

			path = xasprintf("%s/%s", dir, de->d_name);
			if (lstat(base, &st) != 0 && lstat(path, &st) == 0 &&
			    S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
			    unlink(path) == 0)
				n++;
			free(base);
			free(path);
			continue;
		}
		path = xasprintf("%s/%s", dir, de->d_name);
		fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_uid == geteuid() && flock(fd, LOCK_EX | LOCK_NB) == 0 &&
		    unlink(path) == 0) {
			n++;
			for (int k = 0; k < 3; k++) {
				static const char *const side[] = { "-journal", "-wal", "-shm" };
				char *sp = xasprintf("%s%s", path, side[k]);

				unlink(sp);
				free(sp);
			}
		}
		if (fd >= 0)
			close(fd);
		free(path);
	}
	closedir(d);
	return n;
}

int
fs_check_target(const char *path, struct err *e)
{
	struct stat st;

	if (lstat(path, &st) != 0)
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
	if (rename(tmp, final) != 0) {
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

	fd = open(lp, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)	/* a read-only folder: an existing lock file still works */
		fd = open(lp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	free(lp);
	return fd;
}

int
fs_lock_take(int fd, int exclusive, int wait_ms)
{
	int op = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;

	for (;;) {
		if (flock(fd, op) == 0)
			return 0;
		if (errno != EWOULDBLOCK && errno != EINTR)
			return 0;	/* a file system without locks: nothing to hold */
		if (wait_ms <= 0)
			return -1;
		usleep(50000);
		wait_ms -= 50;
	}
}

FILE *
fs_open_regular(const char *path, struct err *e)
{
	struct stat st;
	FILE *fp;
	int fd;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		err_set(e, ERR_IO, _("%s: cannot open: %s"), path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		err_set(e, ERR_IO, _("%s is not a regular file (a device, a pipe or a "
		    "folder); nothing was read from it"), path);
		return NULL;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	fp = fdopen(fd, "rb");
	if (fp == NULL) {
		err_set(e, ERR_IO, _("%s: cannot open: %s"), path, strerror(errno));
		close(fd);
	}
	return fp;
}
