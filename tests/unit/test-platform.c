/* test-platform.c — plat.h on POSIX (the side `make check` runs): rename
 * over an existing file, exclusive temporary files with random names and
 * mode 0600, fsync of read-only descriptors and folders, advisory locks
 * between two descriptors, folder listing with Chinese names, the data
 * folder from XDG_DATA_HOME/HOME, and fs_* built on top of them. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "t.h"

static char *
slurp(const char *path)
{
	FILE *fp = plat_fopen(path, "rb");
	char buf[256];
	size_t n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return xstrdup(buf);
}

static void
spit(const char *path, const char *text)
{
	FILE *fp = plat_fopen(path, "w");

	T_CHECK(fp != NULL);
	if (fp == NULL)
		return;
	fputs(text, fp);
	fclose(fp);
}

static void
test_rename(const char *dir)
{
	char *a = xasprintf("%s/甲.txt", dir), *b = xasprintf("%s/乙.txt", dir), *s;
	plat_stat_t st;

	spit(a, "new\n");
	spit(b, "old\n");
	T_INTEQ(plat_rename(a, b), 0);		/* over an existing file */
	T_CHECK(plat_stat(a, &st) != 0 && errno == ENOENT);
	s = slurp(b);
	T_STREQ(s, "new\n");			/* text mode wrote no \r */
	free(s);
	T_CHECK(plat_rename(a, b) != 0);	/* the source is gone */
	T_INTEQ(plat_unlink(b), 0);
	T_CHECK(plat_access(b, PLAT_F_OK) != 0);
	free(a);
	free(b);
}

static void
test_temp(const char *dir)
{
	char *t1 = xasprintf("%s/.t-XXXXXX", dir), *t2 = xasprintf("%s/.t-XXXXXX", dir);
	char *ft = NULL, *target = xasprintf("%s/报表.csv", dir);
	int fd1, fd2, fd3, again;
	struct err e = { 0, "" };
	plat_stat_t st;

	fd1 = plat_temp_open(t1);
	fd2 = plat_temp_open(t2);
	T_CHECK(fd1 >= 0 && fd2 >= 0);
	T_CHECK(strstr(t1, "XXXXXX") == NULL);		/* a name was chosen */
	T_CHECK(strcmp(t1, t2) != 0);			/* and not twice the same */
	T_CHECK(plat_fstat(fd1, &st) == 0 && S_ISREG(st.st_mode) &&
	    (st.st_mode & 0777) == 0600 && st.st_size == 0);
	T_CHECK(plat_owned_by_me(&st));
	/* O_EXCL: an existing name is never opened again */
	again = plat_open(t1, O_RDWR | O_CREAT | O_EXCL, 0600);
	T_CHECK(again < 0 && errno == EEXIST);
	/* fsync of a written file, a read-only descriptor and a folder */
	T_INTEQ(write(fd1, "x", 1), 1);
	T_INTEQ(plat_fsync(fd1), 0);
	fd3 = plat_open(t1, O_RDONLY, 0);
	T_CHECK(fd3 >= 0);
	T_INTEQ(plat_fsync(fd3), 0);
	T_INTEQ(plat_sync_dir(dir), 0);
	/* locks: one exclusive holder, the other descriptor is refused */
	T_INTEQ(plat_lock(fd1, PLAT_LOCK_EX), 0);
	errno = 0;
	T_CHECK(plat_lock(fd3, PLAT_LOCK_SH) != 0 &&
	    (errno == EWOULDBLOCK || errno == EAGAIN));
	T_INTEQ(plat_lock(fd1, PLAT_LOCK_UN), 0);
	T_INTEQ(plat_lock(fd3, PLAT_LOCK_SH), 0);
	T_INTEQ(plat_lock(fd1, PLAT_LOCK_SH), 0);	/* shared by both */
	plat_close(fd1), plat_close(fd2), plat_close(fd3);
	plat_unlink(t1), plat_unlink(t2);
	/* fs_temp_create: beside the target, with the prefix, 0600 */
	fd1 = fs_temp_create(target, &ft, &e);
	T_CHECK(fd1 >= 0 && ft != NULL);
	if (fd1 >= 0) {
		char *want = xasprintf("%s/" FS_TMP_PREFIX, dir);

		T_CHECK(str_has_prefix(ft, want));
		T_CHECK(plat_stat(ft, &st) == 0 && (st.st_mode & 0777) == 0600);
		/* held: the sweep of another guanai leaves it alone */
		T_INTEQ(fs_sweep_temps(dir), 0);
		T_INTEQ(fs_exists(ft), 1);
		T_INTEQ(write(fd1, "a,b\n", 4), 4);
		T_INTEQ(fs_publish(ft, target, &e), 0);
		plat_close(fd1);
		T_INTEQ(fs_exists(ft), 0);
		free(want);
	}
	free(ft);
	plat_unlink(target);
	free(t1), free(t2), free(target);
}

static void
test_dir(const char *dir)
{
	char *sub = xasprintf("%s/三年级/二班", dir), *f = xasprintf("%s/名单.csv", sub);
	struct err e = { 0, "" };
	struct plat_dir *d;
	const char *name;
	int seen = 0, dots = 0;
	char *parent;

	T_INTEQ(fs_mkdir_p(sub, 0700, &e), 0);
	spit(f, "x");
	d = plat_dir_open(sub);
	T_CHECK(d != NULL);
	while (d != NULL && (name = plat_dir_next(d)) != NULL) {
		if (strcmp(name, "名单.csv") == 0)
			seen++;
		else if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
			dots++;
	}
	plat_dir_close(&d);
	T_CHECK(d == NULL);
	T_INTEQ(seen, 1);
	T_INTEQ(dots, 2);
	T_CHECK(plat_dir_open(f) == NULL);	/* a file is not a folder */
	parent = fs_dirname(f);
	T_STREQ(parent, sub);
	free(parent);
	T_CHECK(plat_is_sep('/') && !plat_is_sep('a'));
	plat_unlink(f);
	free(f), free(sub);
}

static void
test_places(void)
{
	char *s, *home;
	char **drives;

	setenv("XDG_DATA_HOME", "/srv/数据", 1);
	s = plat_data_dir();
	T_STREQ(s, "/srv/数据/guanai");
	free(s);
	setenv("XDG_DATA_HOME", "relative", 1);	/* ignored, as XDG says */
	setenv("HOME", "/home/李老师", 1);
	s = plat_data_dir();
	T_STREQ(s, "/home/李老师/.local/share/guanai");
	free(s);
	home = plat_home_dir();
	T_STREQ(home, "/home/李老师");
	free(home);
	s = plat_user_name();
	T_CHECK(s != NULL && s[0] != '\0');
	free(s);
	s = plat_machine_id();
	T_CHECK(s != NULL && s[0] != '\0' && strchr(s, '\n') == NULL);
	free(s);
	s = plat_exe_path();
	T_CHECK(s != NULL && strstr(s, "test-platform") != NULL);
	free(s);
	T_INTEQ(plat_removable_drives(&drives), -1);	/* /media is scanned */
	T_CHECK(drives == NULL);
	T_CHECK(plat_volume_label("/media") == NULL);
	T_CHECK(plat_ui_language() == NULL);
	T_INTEQ(plat_wchar_is_16bit(), 0);
	T_INTEQ(plat_setenv("GUANAI_PLAT_TEST", "值"), 0);
	T_STREQ(getenv("GUANAI_PLAT_TEST"), "值");
}

int
main(void)
{
	char tmpl[] = "/tmp/guanai-test-platform-XXXXXX", *dir = mkdtemp(tmpl);
	char *cmd;

	T_CHECK(dir != NULL);
	if (dir == NULL)
		return t_done("test-platform");
	test_rename(dir);
	test_temp(dir);
	test_dir(dir);
	test_places();
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-platform");
}
