/* cmd-init.c — `guanai init [--school NAME]`: create the database (main
 * has opened it with APP_OPEN_CREATE, which creates and migrates) and
 * record the school's name and the current school year (app_setup_school,
 * the same use case as the TUI's first-run screen).  Running it again
 * on an existing database only updates the name: nothing is lost. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/dest.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/cli/cli.h"
#include "guanai/base/termsafe.h"

int
cmd_init_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("init");
	struct err e = { 0, "" };
	const char *name = NULL;
	char *school = NULL;
	const struct cli_opt opts[] = {
		{ "--school", CLI_STR, &name, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	int rc = 0;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &rc) != 0)
		return rc;
	if (name != NULL && str_empty(name))
		return cli_usage(c, _("--school needs a name"));
	if (app_setup_school(a, name, &school, &e) != 0)
		return cli_fail(&e);
	if (school != NULL)
		printf(_("The database %s is ready for %s.\n"), app_db_path(a), school);
	else
		printf(_("The database %s is ready.\n"), app_db_path(a));
	free(school);
	return 0;
}
