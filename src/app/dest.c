/* dest.c — where output goes (documents folder, CUPS printers) and the
 * first-run set-up of the school (dest.h). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/children.h"
#include "guanai/app/dest.h"
#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/termsafe.h"

static int
is_dir(const char *p)
{
	plat_stat_t st;

	return p != NULL && p[0] && plat_stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The XDG_DOCUMENTS_DIR="$HOME/文档" line of user-dirs.dirs, expanded. */
static char *
user_dirs_documents(const char *home)
{
	const char *cfg = getenv("XDG_CONFIG_HOME");
	char *path, line[1024], *v, *end, *out = NULL;
	FILE *fp;

	path = cfg != NULL && cfg[0] ? xasprintf("%s/user-dirs.dirs", cfg) :
	    xasprintf("%s/.config/user-dirs.dirs", home);
	fp = plat_fopen(path, "r");
	free(path);
	if (fp == NULL)
		return NULL;
	while (out == NULL && fgets(line, sizeof line, fp) != NULL) {
		if (strncmp(line, "XDG_DOCUMENTS_DIR=\"", 19) != 0)
			continue;
		v = line + 19;
		if ((end = strchr(v, '"')) == NULL)
			continue;
		*end = '\0';
		if (strncmp(v, "$HOME", 5) == 0)
			out = xasprintf("%s%s", home, v + 5);
		else if (v[0] == '/')
			out = xstrdup(v);
	}
	fclose(fp);
	return out;
}

char *
app_documents_dir(void)
{
	const char *env = getenv("XDG_DOCUMENTS_DIR");
	char *home = plat_home_dir(), *d;

	if (is_dir(env)) {
		free(home);
		return xstrdup(env);
	}
	if (str_eq(home, "."))
		xstrset(&home, "/");	/* no home: the root, as always */
	d = user_dirs_documents(home);
	if (is_dir(d)) {
		free(home);
		return d;
	}
	free(d);
	return home;
}

/* `lpstat -p -d` in the C locale; its output (at most 64 KiB), or NULL
 * when it could not run.  No shell: nothing is interpreted. */
static char *
run_lpstat(void)
{
	static const char *const argv[] = { "lpstat", "-p", "-d", NULL };
	char *out = NULL;

	if (plat_run(argv, PLAT_RUN_QUIET | PLAT_RUN_C_LOCALE, &out, 65536) < 0) {
		free(out);
		return NULL;
	}
	return out;
}

#define DEFAULT_LINE "system default destination: "

size_t
app_printers(char ***names, int *has_default)
{
	char *out = run_lpstat(), *line, *save = NULL, *def = NULL, *name, *sp, *tmp;
	char **v = NULL;
	size_t n = 0, i;

	*names = NULL;
	*has_default = 0;
	if (out == NULL)
		return 0;
	for (line = strtok_r(out, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "printer ", 8) == 0) {
			name = line + 8;
			if ((sp = strchr(name, ' ')) != NULL)
				*sp = '\0';
			if (name[0] == '\0')
				continue;
			v = xrealloc(v, (n + 1) * sizeof *v);
			v[n++] = xstrdup(name);
		} else if (strncmp(line, DEFAULT_LINE, strlen(DEFAULT_LINE)) == 0) {
			free(def);
			def = xstrdup(line + strlen(DEFAULT_LINE));
		}
	}
	/* the default one first */
	for (i = 0; def != NULL && i < n; i++)
		if (strcmp(v[i], def) == 0) {
			tmp = v[i];
			memmove(v + 1, v, i * sizeof *v);
			v[0] = tmp;
			*has_default = 1;
			break;
		}
	free(def);
	free(out);
	*names = v;
	return n;
}

int
app_is_open(const struct app *a)
{
	return a->store != NULL;
}

void
app_printers_free(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

int
app_setup_school(struct app *a, const char *name, char **school, struct err *e)
{
	struct school sc;
	char ys[DATE_ISO_SIZE];
	int rc = -1, opened = 0;

	/* before anything is created: no control character in a name that
	 * every page and message will carry (DESIGN §8) */
	if (name != NULL && termsafe_name_check(name, 64, _("school name"), e) != 0)
		return -1;
	if (a->store == NULL) {
		if (app_open(a, APP_OPEN_CREATE, e) != 0)
			return -1;
		opened = 1;
	}
	memset(&sc, 0, sizeof sc);
	if (app_school_get(a, &sc, e) != 0)
		goto out;
	if (name != NULL) {
		xfree(&sc.name);
		sc.name = str_trim(name);
	}
	if (sc.year_start == NULL) {
		date_format(date_school_year_start(date_today()), ys);
		sc.year_start = xstrdup(ys);
	}
	if (app_school_set(a, &sc, e) != 0)
		goto out;
	if (school != NULL)
		*school = sc.name != NULL ? xstrdup(sc.name) : NULL;
	rc = 0;
out:
	school_clear(&sc);
	if (rc != 0 && opened)
		app_db_close(a);
	return rc;
}
