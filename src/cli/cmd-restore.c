/* cmd-restore.c — `guanai restore FILE`: replace the database by a backup
 * (checked first; the current database is kept as a dated copy). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/backup.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_restore_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("restore");
	struct err e = { 0, "" };
	struct cli_args args;
	char *kept = NULL;
	int st;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (app_restore(a, args.v[0], &kept, &e) != 0) {
		free(kept);
		return cli_fail(&e);
	}
	printf(_("Restored %s from %s\n"), a->db_path, args.v[0]);
	if (kept != NULL)
		printf(_("The previous database was kept as %s\n"), kept);
	free(kept);
	return 0;
}
