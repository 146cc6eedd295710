/* cmd-init.c — `guanai init [--school NAME]`: create the database (main
 * has opened it with APP_OPEN_CREATE, which creates and migrates) and
 * record the school's name and the current school year.  Running it again
 * on an existing database only updates the name: nothing is lost. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/children.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/cli/cli.h"

int
cmd_init_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("init");
	struct err e = { 0, "" };
	struct school sc;
	const char *name = NULL;
	const struct cli_opt opts[] = {
		{ "--school", CLI_STR, &name, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	char ys[11];
	int rc = 0;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &rc) != 0)
		return rc;
	if (name != NULL && str_empty(name))
		return cli_usage(c, _("--school needs a name"));
	if (app_school_get(a, &sc, &e) != 0)
		return cli_fail(&e);
	if (name != NULL) {
		xfree(&sc.name);
		sc.name = str_trim(name);
	}
	if (sc.year_start == NULL) {
		date_format(date_school_year_start(date_today()), ys);
		sc.year_start = xstrdup(ys);
	}
	if (app_school_set(a, &sc, &e) != 0)
		rc = cli_fail(&e);
	else if (sc.name != NULL)
		printf(_("The database %s is ready for %s.\n"), app_db_path(a), sc.name);
	else
		printf(_("The database %s is ready.\n"), app_db_path(a));
	school_clear(&sc);
	return rc;
}
