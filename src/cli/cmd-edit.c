/* cmd-edit.c — `guanai edit ID|NAME FIELD=VALUE...`: change fields of a
 * child's file by code name or Chinese header (edit_child), as a teacher
 * writes the values.  Exit 1 for an unknown child or field, 2 for a value
 * that cannot be read (nothing is changed then). */
#include "config.h"

#include <stdio.h>

#include "guanai/app/edit.h"
#include "guanai/app/ref.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_edit_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("edit");
	struct err e = { 0, "" };
	char id[UUID_LEN + 1];
	struct cli_args args;
	int st, n;

	if (cli_parse(c, argc, argv, NULL, 2, CLI_ARGS_MAX, &args, &st) != 0)
		return st;
	if (ref_child(a, args.v[0], 0, id, &e) != 0)
		return cli_fail(&e);
	n = edit_child(a, id, args.v + 1, args.n - 1, &e);
	if (n < 0)
		return cli_fail(&e);
	printf(P_("%s: %d field changed\n", "%s: %d fields changed\n", (unsigned long)n),
	    args.v[0], n);
	return 0;
}
