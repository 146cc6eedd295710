/* test-pack-media.c — the USB sticks offered by the export dialog: folders
 * under /media/USER and /run/media/USER (here under a test root). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/app/pack.h"
#include "guanai/base/mem.h"
#include "t.h"

static void
mk(const char *root, const char *rel)
{
	char *p = xasprintf("%s/%s", root, rel), *s;

	for (s = p + strlen(root) + 1; *s; s++)
		if (*s == '/') {
			*s = '\0';
			mkdir(p, 0700);
			*s = '/';
		}
	mkdir(p, 0700);
	free(p);
}

int
main(void)
{
	char root[256], *p, **dirs = NULL;
	size_t n;
	FILE *fp;

	snprintf(root, sizeof root, "%s/guanai-media.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(root) == NULL)
		return 99;
	/* nothing mounted */
	n = app_media_list(root, "wang", &dirs);
	T_INTEQ(n, 0);
	app_media_free(dirs, n);
	mk(root, "media/wang/U盘");
	mk(root, "run/media/wang/KINGSTON");
	mk(root, "media/wang/.hidden");
	mk(root, "media/li/OTHER");
	p = xasprintf("%s/media/wang/notes.txt", root);
	fp = fopen(p, "w");
	if (fp != NULL)
		fclose(fp);
	n = app_media_list(root, "wang", &dirs);
	T_INTEQ(n, 2);
	if (n == 2) {
		/* sorted by path: /media before /run/media */
		T_CHECK(str_has_suffix(dirs[0], "/media/wang/U盘"));
		T_CHECK(str_has_suffix(dirs[1], "/run/media/wang/KINGSTON"));
	}
	app_media_free(dirs, n);
	/* another user's sticks are not offered; odd names find nothing */
	n = app_media_list(root, "li", &dirs);
	T_INTEQ(n, 1);
	app_media_free(dirs, n);
	T_INTEQ(app_media_list(root, "../li", &dirs), 0);
	T_INTEQ(app_media_list(root, "", &dirs), 0);
	T_INTEQ(app_media_list(root, NULL, &dirs), 0);
	/* the files of a stick for the import dialog: packages first, then by
	 * name; no folders, no hidden files */
	{
		static const char *const names[] = { "a.csv", "z.gak", "b.gak", ".x.gak" };
		char *stick = xasprintf("%s/media/wang/U盘", root), *f;
		size_t i;

		for (i = 0; i < sizeof names / sizeof names[0]; i++) {
			f = xasprintf("%s/%s", stick, names[i]);
			fp = fopen(f, "w");
			if (fp != NULL)
				fclose(fp);
			free(f);
		}
		mk(root, "media/wang/U盘/folder.gak");
		n = app_media_files(stick, &dirs);
		T_INTEQ(n, 3);
		if (n == 3) {
			T_CHECK(str_has_suffix(dirs[0], "/b.gak"));
			T_CHECK(str_has_suffix(dirs[1], "/z.gak"));
			T_CHECK(str_has_suffix(dirs[2], "/a.csv"));
		}
		app_media_free(dirs, n);
		T_INTEQ(app_media_files("/nonexistent/guanai", &dirs), 0);
		free(stick);
	}
	unlink(p);
	free(p);
	p = xasprintf("rm -rf '%s'", root);
	T_INTEQ(system(p), 0);
	free(p);
	return t_done("test-pack-media");
}
