/* pack.c — packing classes into an encrypted USB package, and finding the
 * mounted USB sticks to put it on. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "guanai/i18n.h"
#include "guanai/mem.h"
#include "guanai/pack.h"
#include "guanai/package.h"
#include "guanai/utf8.h"

struct pack_ctx {
	struct package_writer *w;
	pack_progress_fn progress;
	void *pctx;
	size_t done;
};

static int
emit(void *ctx, const char *const *cells, size_t n, struct err *e)
{
	struct pack_ctx *p = ctx;

	if (package_write_record(p->w, cells, n, e) != 0)
		return -1;
	p->done++;
	if (p->progress != NULL && p->done % 256 == 0 && p->progress(p->pctx, p->done) != 0) {
		err_set(e, ERR_IO, _("cancelled"));
		return -1;
	}
	return 0;
}

int
app_pack(struct app *a, const char *path, const char *passphrase, int grade,
    int class_no, pack_progress_fn progress, void *pctx,
    struct sync_export_info *info, struct err *e)
{
	struct pack_ctx p = { NULL, progress, pctx, 0 };
	char detail[128];

	memset(info, 0, sizeof *info);
	if (passphrase == NULL || utf8_count(passphrase) < PACK_MIN_PASSPHRASE) {
		err_set(e, ERR_USAGE, _("the passphrase must have at least %d characters"),
		    PACK_MIN_PASSPHRASE);
		return -1;
	}
	if (package_writer_new(&p.w, path, passphrase, e) != 0)
		return -1;
	if (store_sync_export(a->store, grade, class_no, emit, &p, info, e) != 0) {
		package_writer_free(&p.w);
		return -1;
	}
	if (package_writer_seal(p.w, e) != 0) {
		package_writer_free(&p.w);
		return -1;
	}
	if (grade > 0)
		snprintf(detail, sizeof detail, "class %d-%d: %zu children", grade, class_no,
		    info->children);
	else
		snprintf(detail, sizeof detail, "all classes: %zu children", info->children);
	/* the audit entry before the file takes its name: a database that
	 * cannot record the package gets none */
	if (store_audit_event(a->store, "pack", detail, e) != 0) {
		package_writer_free(&p.w);
		return -1;
	}
	return package_writer_finish(&p.w, e);
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Packages (.gak) before other files, then by name. */
static int
cmp_gak_first(const void *x, const void *y)
{
	const char *a = *(char *const *)x, *b = *(char *const *)y;
	int ga = str_has_suffix(a, ".gak"), gb = str_has_suffix(b, ".gak");

	if (ga != gb)
		return gb - ga;
	return strcmp(a, b);
}

/* Append the visible folders (want_dir) or regular files of `dir` to
 * *out; nothing when it cannot be read. */
static void
scan(const char *dir, int want_dir, char ***out, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct stat st;
	char *p;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		if (stat(p, &st) == 0 && (want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode))) {
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = p;
		} else
			free(p);
	}
	closedir(d);
}

size_t
app_media_list(const char *root, const char *user, char ***dirs)
{
	static const char *const bases[] = { "/media", "/run/media" };
	size_t n = 0, i;
	char *dir;

	*dirs = NULL;
	if (user == NULL || user[0] == '\0' || strchr(user, '/') != NULL)
		return 0;
	for (i = 0; i < sizeof bases / sizeof bases[0]; i++) {
		dir = xasprintf("%s%s/%s", root != NULL ? root : "", bases[i], user);
		scan(dir, 1, dirs, &n);
		free(dir);
	}
	if (n > 1)
		qsort(*dirs, n, sizeof **dirs, cmp_str);
	return n;
}

size_t
app_media_files(const char *dir, char ***files)
{
	size_t n = 0;

	*files = NULL;
	scan(dir, 0, files, &n);
	if (n > 1)
		qsort(*files, n, sizeof **files, cmp_gak_first);
	return n;
}

void
app_media_free(char **dirs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(dirs[i]);
	free(dirs);
}
