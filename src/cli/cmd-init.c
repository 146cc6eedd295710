/* cmd-init.c — `guanai init [--school NAME]`: create the database (main
 * has opened it with STORE_OPEN_CREATE, which creates and migrates) and
 * record the school's name and the current school year.  Running it again
 * on an existing database only updates the name: nothing is lost. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/cli.h"
#include "guanai/date.h"
#include "guanai/i18n.h"
#include "guanai/mem.h"
#include "guanai/termsafe.h"

int
cmd_init_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("init");
	struct err e = { 0, "" };
	struct school sc;
	const char *name = NULL;
	char ys[11];
	int i, rc = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--school") == 0 && i + 1 < argc)
			name = argv[++i];
		else if (strncmp(argv[i], "--school=", 9) == 0)
			name = argv[i] + 9;
		else
			return cli_usage(c, _("unexpected argument '%s'"), argv[i]);
	}
	if (name != NULL && str_empty(name))
		return cli_usage(c, _("--school needs a name"));
	if (name != NULL && termsafe_name_check(name, 64, _("school name"), &e) != 0)
		return cli_fail(&e);
	if (store_school_get(a->store, &sc, &e) != 0)
		return cli_fail(&e);
	if (name != NULL) {
		xfree(&sc.name);
		sc.name = str_trim(name);
	}
	if (sc.year_start == NULL) {
		date_format(date_school_year_start(date_today()), ys);
		sc.year_start = xstrdup(ys);
	}
	if (store_school_set(a->store, &sc, &e) != 0)
		rc = cli_fail(&e);
	else if (sc.name != NULL)
		printf(_("The database %s is ready for %s.\n"), store_path(a->store), sc.name);
	else
		printf(_("The database %s is ready.\n"), store_path(a->store));
	school_clear(&sc);
	return rc;
}
