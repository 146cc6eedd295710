/* cmd-template.c — `guanai template FILE`: the empty import template with
 * the headers of DESIGN §6, as .csv (UTF-8 with BOM) or .xlsx. */
#include "config.h"

#include <stdio.h>

#include "guanai/app/export.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_template_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("template");
	struct err e = { 0, "" };
	struct cli_args args;
	int st;

	(void)a;
	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (export_template(args.v[0], &e) != 0) {
		if (e.code == ERR_USAGE)
			return cli_usage(c, "%s", e.msg);
		return cli_fail(&e);
	}
	printf(_("%s: import template written; fill one row per child\n"), args.v[0]);
	return 0;
}
