/* cmd-backup.c — `guanai backup FILE`: a consistent copy of the database. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/backup.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_backup_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("backup");
	struct err e = { 0, "" };
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (app_backup(a, args.v[0], &e) != 0)
		return cli_fail(&e);
	printf(_("Backed up to %s\n"), args.v[0]);
	return 0;
}
