/* test-platform-win32.c — plat.h on Windows (run under wine by the
 * Windows build; skipped elsewhere): UTF-8 names through the wide API,
 * rename over an existing file and over one still open, removal of an
 * open temporary file, fsync of a read-only descriptor, LockFileEx
 * conflicts, folder listing, the data folder in %APPDATA%, removable
 * drives, binary stdout, the command line in UTF-8 and the .mo reader as
 * gettext.  Run as: test-platform-win32.exe LOCALEDIR 中文 */
#include "config.h"

#ifndef _WIN32
#include <stdio.h>

int
main(void)
{
	/* the POSIX side is tests/unit/test-platform.c */
	puts("skip: the Windows side; it runs under wine (tests/wine/units.sh)");
	return 77;
}
#else

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "t.h"

static void
spit(const char *path, const char *text)
{
	FILE *fp = plat_fopen(path, "w");

	T_CHECK(fp != NULL);
	if (fp != NULL) {
		fputs(text, fp);
		fclose(fp);
	}
}

static char *
slurp(const char *path)
{
	FILE *fp = plat_fopen(path, "r");
	char buf[256];
	size_t n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return xstrdup(buf);
}

int
main(int argc, char **argv)
{
	char *dir, *a, *b, *t, *s, **drives;
	struct err e = { 0, "" };
	struct plat_dir *d;
	const char *name;
	plat_stat_t st;
	int fd, fd2, seen = 0;
	long n;

	plat_stdio_init();
	plat_args_utf8(&argc, &argv);
	/* argv[2], when given, is 中文: read back in UTF-8, not CP936 */
	if (argc > 2)
		T_STREQ(argv[2], "中文");
	dir = xasprintf("%s/guanai-测试-%lu", plat_temp_dir(), plat_pid());
	T_INTEQ(fs_mkdir_p(dir, 0700, &e), 0);
	a = xasprintf("%s/甲.txt", dir);
	b = xasprintf("%s/乙.txt", dir);
	spit(a, "new\n");
	spit(b, "old\n");
	T_INTEQ(plat_rename(a, b), 0);			/* over an existing file */
	s = slurp(b);
	T_STREQ(s, "new\n");				/* binary: no \r added */
	free(s);
	T_CHECK(plat_stat(a, &st) != 0);
	T_CHECK(plat_stat(b, &st) == 0 && st.st_size == 4);

	/* a temporary file kept open (the lock) is renamed over the target */
	fd = fs_temp_create(b, &t, &e);
	T_CHECK(fd >= 0);
	T_INTEQ(write(fd, "published", 9), 9);
	T_INTEQ(plat_fsync(fd), 0);
	fd2 = plat_open(t, O_RDONLY, 0);
	T_CHECK(fd2 >= 0);
	T_INTEQ(plat_fsync(fd2), 0);			/* read-only: no failure */
	/* the lock holds against another descriptor, and does not block I/O */
	T_CHECK(plat_lock(fd2, PLAT_LOCK_EX) != 0 && errno == EWOULDBLOCK);
	{
		char c[4] = "";

		T_INTEQ(plat_pread(fd2, c, 3, 0), 3);
		T_CHECK(memcmp(c, "pub", 3) == 0);
	}
	plat_close(fd2);
	T_INTEQ(fs_publish(t, b, &e), 0);
	if (e.code != 0)
		fprintf(stderr, "%s\n", e.msg);
	plat_close(fd);
	s = slurp(b);
	T_STREQ(s, "published");
	free(s);
	free(t);

	/* an open temporary file can be removed (it shares delete); its name
	 * goes when the last handle closes, as Windows does it */
	fd = fs_temp_create(b, &t, &e);
	T_CHECK(fd >= 0);
	fs_temp_remove(t);
	plat_close(fd);
	T_INTEQ(fs_exists(t), 0);
	free(t);

	d = plat_dir_open(dir);
	T_CHECK(d != NULL);
	while (d != NULL && (name = plat_dir_next(d)) != NULL)
		if (strcmp(name, "乙.txt") == 0)
			seen++;
	plat_dir_close(&d);
	T_INTEQ(seen, 1);

	s = plat_data_dir();
	T_CHECK(str_has_suffix(s, "/guanai") && strchr(s, '\\') == NULL);
	printf("data folder: %s\n", s);
	free(s);
	n = plat_removable_drives(&drives);
	T_CHECK(n >= 0);
	while (n > 0)
		free(drives[--n]);
	free(drives);
	s = plat_user_name();
	T_CHECK(s[0] != '\0');
	free(s);
	T_INTEQ(plat_wchar_is_16bit(), 1);
	T_INTEQ(utf8_cp_width(0x20bb7), 2);		/* the table: no wcwidth here */
	T_INTEQ(utf8_cp_width(0x674e), 2);
	T_INTEQ(utf8_cp_width('a'), 1);
	T_INTEQ(utf8_cp_width(0x301), 0);
	T_INTEQ(utf8_cp_shown(0x20bb7, plat_wchar_is_16bit()), 0x3013);

	/* gettext without libintl: argv[1] is the build's locale folder */
	if (argc > 1) {
		plat_setenv("LANGUAGE", "zh_CN");
		bindtextdomain("guanai", argv[1]);
		textdomain("guanai");
		T_STREQ(gettext("USB stick %s"), "U盘 %s");
		T_STREQ(ngettext("%s", "%ss", 3), "%ss");	/* not in it */
		plat_setenv("LANGUAGE", "en");
		textdomain("guanai");
		T_STREQ(gettext("USB stick %s"), "USB stick %s");
	}
	plat_unlink(b);
	free(a), free(b);
	free(dir);
	return t_done("test-platform-win32");
}
#endif
