/* cmd-pair.c — `guanai pair ID|NAME HELPER [--role ROLE] [--date D]` and
 * `guanai unpair ID|NAME HELPER [--date D]`: start or end a pairing (结对)
 * of a helper with a child; ending keeps the history. */
#include "config.h"

#include <stdio.h>

#include "guanai/app/care.h"
#include "guanai/app/helper.h"
#include "guanai/app/ref.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_pair_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("pair");
	const char *role = NULL, *date = NULL, *code = NULL;
	const struct cli_opt opts[] = {
		{ "--role", CLI_STR, &role, NULL },
		{ "--date", CLI_STR, &date, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	char child[UUID_LEN + 1], helper[UUID_LEN + 1], day[11];
	struct err e = { 0, "" };
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, opts, 2, 2, &args, &st) != 0)
		return st;
	if (role != NULL && (code = helper_kind_parse(role)) == NULL)
		return cli_usage(c, _("unknown role '%s'"), role);
	if (ref_child(a, args.v[0], 0, child, &e) != 0 ||
	    ref_helper(a, args.v[1], helper, &e) != 0 || care_date(date, day, &e) != 0 ||
	    pairing_make(a, child, helper, code, day, &e) != 0)
		return cli_fail(&e);
	printf(_("%s is paired with %s from %s.\n"), args.v[0], args.v[1], day);
	return 0;
}

int
cmd_unpair_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("unpair");
	const char *date = NULL;
	const struct cli_opt opts[] = {
		{ "--date", CLI_STR, &date, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	char child[UUID_LEN + 1], helper[UUID_LEN + 1], day[11];
	struct err e = { 0, "" };
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, opts, 2, 2, &args, &st) != 0)
		return st;
	if (ref_child(a, args.v[0], 0, child, &e) != 0 ||
	    ref_helper(a, args.v[1], helper, &e) != 0 || care_date(date, day, &e) != 0 ||
	    helper_unpair(a, child, helper, day, &e) != 0)
		return cli_fail(&e);
	printf(_("The pairing of %s with %s ended on %s.\n"), args.v[0], args.v[1], day);
	return 0;
}
