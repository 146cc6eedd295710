/* cmd-restore.c — `guanai restore FILE [--passphrase-file F]`: replace the
 * database by a backup (checked first; the current database is kept as a
 * dated copy).  An encrypted backup asks for its passphrase. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/backup.h"
#include "guanai/cli-secret.h"
#include "guanai/cli.h"
#include "guanai/i18n.h"

int
cmd_restore_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("restore");
	const char *file = NULL, *passfile = NULL;
	struct err e = { 0, "" };
	char *kept = NULL, *pass = NULL;
	int i, rc;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--passphrase-file") == 0 && i + 1 < argc)
			passfile = argv[++i];
		else if (argv[i][0] == '-' || file != NULL)
			return cli_usage(c, file == NULL ? _("restore: which backup file?") :
			    _("restore: takes one file"));
		else
			file = argv[i];
	}
	if (file == NULL)
		return cli_usage(c, _("restore: which backup file?"));
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
