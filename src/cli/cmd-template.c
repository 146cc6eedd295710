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

	(void)a;
	if (argc != 2 || argv[1][0] == '-')
		return cli_usage(c, _("which file?"));
	if (export_template(argv[1], &e) != 0) {
		if (e.code == ERR_USAGE)
			return cli_usage(c, "%s", e.msg);
		return cli_fail(&e);
	}
	printf(_("%s: import template written; fill one row per child\n"), argv[1]);
	return 0;
}
