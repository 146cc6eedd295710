/* cmd-backup.c — `guanai backup FILE [--passphrase-file F]`: a consistent
 * copy of the database, encrypted like a package (it leaves the PC). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/backup.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"

int
cmd_backup_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("backup");
	const char *file = NULL, *passfile = NULL;
	struct err e = { 0, "" };
	const struct cli_opt opts[] = {
		{ "--passphrase-file", CLI_STR, &passfile, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct cli_args args;
	char *pass = NULL;
	int rc;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &rc) != 0)
		return rc;
	file = args.v[0];
	if (cli_secret_read(passfile, "GUANAI_PASSPHRASE",
	    _("Passphrase for the backup: "), _("The same passphrase again: "),
	    &pass, &e) != 0)
		return cli_fail(&e);
	rc = app_backup(a, file, pass, NULL, NULL, &e);
	cli_secret_free(&pass);
	if (rc != 0)
		return cli_fail(&e);
	printf(_("Backed up to %s (encrypted; checked after writing)\n"), file);
	printf(_("Keep the passphrase apart from the backup: without it the "
	    "backup cannot be restored.\n"));
	return 0;
}
