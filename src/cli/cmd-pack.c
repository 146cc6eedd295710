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
	struct cli_class cl = { 0, { 0 }, { 0 } };
	const struct cli_opt opts[] = {
		{ "--class", CLI_CLASS, &cl, NULL },
		{ "--passphrase-file", CLI_STR, &passfile, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct sync_export_info info;
	struct err e = { 0, "" };
	struct cli_args args;
	char *pass = NULL;
	int grade = 0, class_no = 0, rc;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &rc) != 0)
		return rc;
	file = args.v[0];
	if (cl.n > 0) {
		grade = cl.grade[cl.n - 1];
		class_no = cl.number[cl.n - 1];
	}
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
	/* the headteacher's package goes to a teacher: she is not told to
	 * give the passphrase to herself */
	if (a->role != NULL && strcmp(a->role, "head") == 0)
		printf(_("Give the passphrase to the teacher who receives the package "
		    "separately, not with the USB stick.\n"));
	else
		printf(_("Give the passphrase to the headteacher separately, not with "
		    "the USB stick.\n"));
	return 0;
}
