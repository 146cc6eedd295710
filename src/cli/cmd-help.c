/* cmd-help.c — `guanai help [COMMAND]`: the list of commands, or how one
 * command is written (the same text as `guanai COMMAND --help`). */
#include "config.h"

#include <stdio.h>

#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_help_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("help"), *which;
	struct cli_args args;
	int st;

	(void)a;
	if (cli_parse(c, argc, argv, NULL, 0, 1, &args, &st) != 0)
		return st;
	if (args.n == 0) {
		cli_print_help();
		return 0;
	}
	which = cli_find(args.v[0]);
	if (which == NULL) {
		cli_error(_("unknown command '%s' (see guanai help)"), args.v[0]);
		return ERR_USAGE;
	}
	cli_print_usage(which, stdout, 1);
	return 0;
}
