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
	char *kept = NULL;

	if (argc != 2 || argv[1][0] == '-')
		return cli_usage(c, argc < 2 ? _("restore: which backup file?") :
		    _("restore: takes one file"));
	if (app_restore(a, argv[1], &kept, &e) != 0) {
		free(kept);
		return cli_fail(&e);
	}
	printf(_("Restored %s from %s\n"), a->db_path, argv[1]);
	if (kept != NULL)
		printf(_("The previous database was kept as %s\n"), kept);
	free(kept);
	return 0;
}
