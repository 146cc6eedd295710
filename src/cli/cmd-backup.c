/* cmd-backup.c — `guanai backup FILE [--passphrase-file F]`: a consistent
 * copy of the database, encrypted like a package (it leaves the PC). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/backup.h"
#include "guanai/cli-secret.h"
#include "guanai/cli.h"
#include "guanai/i18n.h"

int
cmd_backup_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("backup");
	const char *file = NULL, *passfile = NULL;
	struct err e = { 0, "" };
	char *pass = NULL;
	int i, rc;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--passphrase-file") == 0 && i + 1 < argc)
			passfile = argv[++i];
		else if (argv[i][0] == '-' || file != NULL)
			return cli_usage(c, file == NULL ? _("backup: which file?") :
			    _("backup: takes one file"));
		else
			file = argv[i];
	}
	if (file == NULL)
		return cli_usage(c, _("backup: which file?"));
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
