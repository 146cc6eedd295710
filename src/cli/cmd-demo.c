/* cmd-demo.c — `guanai demo [--children N] [--seed S]`: fill an empty
 * database with a synthetic school (src/app/demo.c). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/demo.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

static int
parse_number(const char *s, unsigned long long max, unsigned long long *out)
{
	char *end;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtoull(s, &end, 10);
	return errno != 0 || *end != '\0' || *out > max ? -1 : 0;
}

int
cmd_demo_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("demo");
	struct demo_opts o = { 120, 1 };
	struct demo_counts n;
	struct err e = { 0, "" };
	const char *children = NULL, *seed = NULL;
	const struct cli_opt opts[] = {
		{ "--children", CLI_STR, &children, NULL },
		{ "--seed", CLI_STR, &seed, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	unsigned long long v;
	int st;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &st) != 0)
		return st;
	if (children != NULL) {
		if (parse_number(children, 200000, &v) != 0 || v == 0)
			return cli_usage(c, _("--children takes a number from 1 to 200000"));
		o.children = (int)v;
	}
	if (seed != NULL) {
		if (parse_number(seed, ~0ULL, &v) != 0)
			return cli_usage(c, _("--seed takes a whole number"));
		o.seed = v;
	}
	if (app_demo_fill(a, &o, &n, &e) != 0)
		return cli_fail(&e);
	printf(_("Demo school written to %s: %d children in %d classes, %d helpers, "
	    "%d pairings, %d care records.\n"), app_db_path(a), n.children, n.classes,
	    n.helpers, n.pairings, n.care);
	return 0;
}
