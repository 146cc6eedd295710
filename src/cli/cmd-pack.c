/* cmd-pack.c — `guanai pack FILE [--class G-N] [--passphrase-file F]`:
 * the chosen classes as an encrypted USB package. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/pack.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"

int
cmd_pack_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("pack");
	const char *file = NULL, *passfile = NULL;
	struct sync_export_info info;
	struct err e = { 0, "" };
	char *pass = NULL;
	int i, grade = 0, class_no = 0, rc;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--class") == 0 && i + 1 < argc) {
			if (cli_parse_class(argv[++i], &grade, &class_no) != 0)
				return cli_usage(c, _("--class takes G-N, for example 3-2"));
		} else if (strcmp(argv[i], "--passphrase-file") == 0 && i + 1 < argc)
			passfile = argv[++i];
		else if (argv[i][0] == '-' || file != NULL)
			return cli_usage(c, _("pack: unknown option '%s'"), argv[i]);
		else
			file = argv[i];
	}
	if (file == NULL)
		return cli_usage(c, _("pack: which file?"));
	if (cli_secret_read(passfile, "GUANAI_PASSPHRASE",
	    _("Passphrase for the package: "), _("The same passphrase again: "),
	    &pass, &e) != 0)
		return cli_fail(&e);
	rc = app_pack(a, file, pass, grade, class_no, NULL, NULL, &info, &e);
	cli_secret_free(&pass);
	if (rc != 0)
		return cli_fail(&e);
	printf(P_("Packed %zu child into %s (%zu records, checked after writing).\n",
	    "Packed %zu children into %s (%zu records, checked after writing).\n",
	    info.children), info.children, file, info.rows);
	printf(_("Give the passphrase to the headteacher separately, not with the "
	    "USB stick.\n"));
	return 0;
}
