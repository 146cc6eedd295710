/* pack.c — packing classes into an encrypted USB package, and finding the
 * mounted USB sticks to put it on. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <ctype.h>
#include <stdint.h>

#include <sodium.h>

#include "guanai/app/pack.h"
#include "guanai/app/scope.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "guanai/io/package.h"
#include "guanai/store/store.h"
#include "guanai/store/sync.h"

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
		err_stopped(e);
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
	if (app_passphrase_check(passphrase, e) != 0)
		return -1;
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
		snprintf(detail, sizeof detail, "class=%d-%d children=%zu", grade, class_no,
		    info->children);
	else
		snprintf(detail, sizeof detail, "class=%s children=%zu",
		    app_audit_all_classes(a), info->children);
	/* the audit entry before the file takes its name: a database that
	 * cannot record the package gets none */
	if (store_audit_event(a->store, "pack", detail, e) != 0) {
		package_writer_free(&p.w);
		return -1;
	}
	return package_writer_finish(&p.w, e);
}

/* ---- passphrases ---------------------------------------------------- */

/* Common choices, compared with the digits and separators taken out
 * (password2026, woaini1314 and 5201314 all land here). */
static const char *const common_words[] = {
	"password", "passw0rd", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl",
	"zxcvbnm", "qazwsx", "iloveyou", "woaini", "woaiwojia", "admin", "root",
	"guanai", "teacher", "laoshi", "xuexiao", "mima", "kouling", "letmein",
	"welcome", "abc", "qq", "a", "aa", "aaa", "x", "xx", "zhangsan", "lisi",
	"密码", "口令", "学校", "老师", "关爱", NULL,
};

/* One character or one piece said again and again (abcabcabc, 11112222). */
static int
repeats(const unsigned *c, size_t n)
{
	size_t unit, i, distinct = 0, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < i && c[j] != c[i]; j++)
			;
		distinct += j == i;
	}
	if (distinct < 4)
		return 1;
	for (unit = 1; unit <= n / 2; unit++) {
		for (i = unit; i < n && c[i] == c[i - unit]; i++)
			;
		if (i == n)
			return 1;
	}
	return 0;
}

/* The step from one character to the next; between digits counted round
 * the dial (9 -> 0 is +1), so 1234567890 is a run too. */
static long
step_of(unsigned a, unsigned b)
{
	long d = (long)b - (long)a;

	if (a >= '0' && a <= '9' && b >= '0' && b <= '9') {
		d = ((d % 10) + 10) % 10;
		if (d == 9)
			d = -1;
	}
	return d;
}

/* A run such as 12345678, 87654321 or abcdefgh. */
static int
run(const unsigned *c, size_t n)
{
	size_t i;
	long step;

	if (n < 2)
		return 1;
	step = step_of(c[0], c[1]);
	if (step != 1 && step != -1 && step != 0)
		return 0;
	for (i = 2; i < n; i++)
		if (step_of(c[i - 1], c[i]) != step)
			return 0;
	return 1;
}

/* The reason a passphrase is weak (translated), or NULL. */
static const char *
weak(const char *p)
{
	unsigned c[256];
	char rest[256];
	size_t n = 0, nd = 0, ns = 0, k = 0, i;
	const char *q = p;
	uint32_t cp;

	if (p == NULL || utf8_count(p) < PACK_MIN_PASSPHRASE)
		return NULL;	/* told apart by the caller: too short */
	while (*q != '\0' && n < sizeof c / sizeof c[0]) {
		const char *start = q;
		size_t used = utf8_decode(q, strlen(q), &cp);

		q += used > 0 ? used : 1;
		c[n++] = cp;
		if (cp >= '0' && cp <= '9')
			nd++;
		else if (cp < 128 && strchr(" -_.,/", (int)cp) != NULL)
			ns++;
		else {
			for (; start < q && k + 1 < sizeof rest; start++)
				rest[k++] = (char)(cp < 128 ? tolower((unsigned char)*start) : *start);
		}
	}
	rest[k] = '\0';
	if (nd + ns == n && nd < PACK_MIN_DIGITS)
		return _("it is only a few digits, like a PIN: every such number can be "
		    "tried in hours");
	if (repeats(c, n))
		return _("it repeats one character or one piece");
	if (run(c, n))
		return _("it is a run such as 12345678 or abcdefgh");
	for (i = 0; common_words[i] != NULL; i++)
		if (k > 0 && strcmp(rest, common_words[i]) == 0)
			return _("it is a common choice that is tried first");
	return NULL;
}

int
app_passphrase_check(const char *passphrase, struct err *e)
{
	const char *why = weak(passphrase);
	char *better;

	if (passphrase != NULL && utf8_count(passphrase) >= PACK_MIN_PASSPHRASE &&
	    why == NULL)
		return 0;
	better = app_passphrase_new();
	if (why == NULL)
		err_set(e, ERR_USAGE, _("the passphrase must have at least %d characters; "
		    "for example use %s (four groups of digits, easy to read out on the "
		    "phone)"), PACK_MIN_PASSPHRASE, better);
	else
		err_set(e, ERR_USAGE, _("the passphrase is too easy to guess: %s; for "
		    "example use %s (four groups of digits, easy to read out on the "
		    "phone)"), why, better);
	free(better);
	return -1;
}

char *
app_passphrase_new(void)
{
	char out[20];
	int i, k = 0;

	do {
		for (i = k = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0)
				out[k++] = '-';
			out[k++] = (char)('0' + randombytes_uniform(10));
		}
		out[k] = '\0';
	} while (weak(out) != NULL);	/* 0000-0000-… would be refused */
	return xstrdup(out);
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
	struct plat_dir *d = plat_dir_open(dir);
	const char *name;
	plat_stat_t st;
	char *p;

	if (d == NULL)
		return;
	while ((name = plat_dir_next(d)) != NULL) {
		if (name[0] == '.')
			continue;
		p = xasprintf("%s/%s", dir, name);
		if (plat_stat(p, &st) == 0 && (want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode))) {
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = p;
		} else
			free(p);
	}
	plat_dir_close(&d);
}

size_t
app_media_list(const char *root, const char *user, char ***dirs)
{
	static const char *const bases[] = { "/media", "/run/media" };
	size_t n = 0, i;
	char *dir;

	*dirs = NULL;
	if (root == NULL && (n = (size_t)plat_removable_drives(dirs)) != (size_t)-1)
		return n;	/* Windows: the removable drives */
	n = 0;
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
