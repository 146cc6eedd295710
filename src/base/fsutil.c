/* fsutil.c — paths and atomic (temp + fsync + rename) file writes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

	memset(af, 0, sizeof *af);
	af->final_path = xstrdup(path);
	af->tmp_path = xasprintf("%s.tmp-%ld", path, (long)getpid());
	fd = open(af->tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    (mode_t)mode);
	if (fd < 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), path, strerror(errno));
		goto fail;
	}
	af->fp = fdopen(fd, "wb");
	if (af->fp == NULL) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), path, strerror(errno));
		close(fd);
		unlink(af->tmp_path);
		goto fail;
	}
	return 0;
fail:
	xfree(&af->final_path);
	xfree(&af->tmp_path);
	return -1;
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
	if (rename(af->tmp_path, af->final_path) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), af->final_path,
		    strerror(errno));
		atomic_abort(af);
		return -1;
	}
	fs_sync_dir_of(af->final_path);
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
		unlink(af->tmp_path);
	xfree(&af->final_path);
	xfree(&af->tmp_path);
}
