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

	if (argc != 2 || argv[1][0] == '-')
		return cli_usage(c, argc < 2 ? _("backup: which file?") :
		    _("backup: takes one file"));
	if (app_backup(a, argv[1], &e) != 0)
		return cli_fail(&e);
	printf(_("Backed up to %s\n"), argv[1]);
	return 0;
}
