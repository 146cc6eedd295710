/* cmd-restore.c — `guanai restore FILE [--passphrase-file F]`: replace the
 * database by a backup (checked first; the current database is kept as a
 * dated copy).  An encrypted backup asks for its passphrase. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/backup.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"

int
cmd_restore_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("restore");
	const char *file = NULL, *passfile = NULL;
	struct err e = { 0, "" };
	const struct cli_opt opts[] = {
		{ "--passphrase-file", CLI_STR, &passfile, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct cli_args args;
	char *kept = NULL, *pass = NULL;
	int rc;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &rc) != 0)
		return rc;
	file = args.v[0];
	if (app_backup_kind(file) == BACKUP_ENCRYPTED &&
	    cli_secret_read(passfile, "GUANAI_PASSPHRASE",
	    _("Passphrase of the backup: "), NULL, &pass, &e) != 0)
		return cli_fail(&e);
	rc = app_restore(a, file, pass, NULL, NULL, &kept, &e);
	cli_secret_free(&pass);
	if (rc != 0) {
		free(kept);
		return cli_fail(&e);
	}
	printf(_("Restored %s from %s\n"), a->db_path, file);
	if (kept != NULL)
		printf(_("The previous database was kept as %s\n"), kept);
	free(kept);
	return 0;
}
