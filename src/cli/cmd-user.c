/* cmd-user.c — `guanai user add NAME --role head|teacher [--class G-N]…`,
 * `guanai user list`, `guanai user remove NAME`.  The password is asked
 * twice on the terminal, or taken from GUANAI_NEW_PASSWORD, else
 * GUANAI_PASSWORD (scripts, tests: GUANAI_PASSWORD may be the signed-in
 * headteacher's own). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/account.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"

static int
user_add(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct account acc = { 0 };
	struct cli_class cl = { 0, { 0 }, { 0 } };
	const char *role = NULL;
	const struct cli_opt opts[] = {
		{ "--role", CLI_STR, &role, NULL },
		{ "--class", CLI_CLASS, &cl, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	struct cli_args args;
	char *pass = NULL;
	int i, rc = ERR_USAGE;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &rc) != 0)
		return rc;
	acc.name = xstrdup(args.v[0]);
	acc.role = xstrdup(role);
	if (cl.n > 0) {
		acc.grades = xcalloc((size_t)cl.n, sizeof *acc.grades);
		acc.class_nos = xcalloc((size_t)cl.n, sizeof *acc.class_nos);
		for (i = 0; i < cl.n; i++) {
			acc.grades[i] = cl.grade[i];
			acc.class_nos[i] = cl.number[i];
		}
		acc.nclasses = (size_t)cl.n;
	}
	if (acc.role == NULL) {
		rc = cli_usage(c, _("user add: --role head or --role teacher"));
		goto out;
	}
	if (cli_secret_read(NULL, getenv("GUANAI_NEW_PASSWORD") != NULL ?
	    "GUANAI_NEW_PASSWORD" : "GUANAI_PASSWORD", _("Password for the new account: "),
	    _("The same password again: "), &pass, &e) != 0 ||
	    app_user_add(a, &acc, pass, &e) != 0) {
		rc = cli_fail(&e);
		goto out;
	}
	printf(_("Account %s added.\n"), acc.name);
	rc = 0;
out:
	cli_secret_free(&pass);
	account_clear(&acc);
	return rc;
}

static int
print_user(void *ctx, const struct account *acc)
{
	size_t i;

	(void)ctx;
	printf("%s\t%s\t", acc->name, acc->role);
	for (i = 0; i < acc->nclasses; i++)
		printf("%s%d-%d", i ? "," : "", acc->grades[i], acc->class_nos[i]);
	putchar('\n');
	return 0;
}

static int
user_list(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct err e = { 0, "" };
	int st;

	if (cli_parse(c, argc, argv, NULL, 0, 0, NULL, &st) != 0)
		return st;
	if (app_users_each(a, print_user, NULL, &e) != 0)
		return cli_fail(&e);
	return 0;
}

static int
user_remove(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct err e = { 0, "" };
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (app_user_remove(a, args.v[0], &e) != 0)
		return cli_fail(&e);
	printf(_("Account %s removed.\n"), args.v[0]);
	return 0;
}

int
cmd_user_run(struct app *a, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", user_add }, { "list", user_list }, { "remove", user_remove },
		{ NULL, NULL },
	};

	return cli_dispatch(a, cli_find("user"), subs, NULL, argc, argv);
}
