/* cmd-user.c — `guanai user add NAME --role head|teacher [--class G-N]…`,
 * `guanai user list`, `guanai user remove NAME`.  The password is asked
 * twice on the terminal, or taken from GUANAI_NEW_PASSWORD, else
 * GUANAI_PASSWORD (scripts, tests: GUANAI_PASSWORD may be the signed-in
 * headteacher's own). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/account.h"
#include "guanai/cli-secret.h"
#include "guanai/cli.h"
#include "guanai/i18n.h"
#include "guanai/mem.h"

static int
user_add(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct account acc = { 0 };
	struct err e = { 0, "" };
	char *pass = NULL;
	int i, g, n, rc = ERR_USAGE;

	if (argc < 3 || argv[2][0] == '-')
		return cli_usage(c, _("user add: which name?"));
	acc.name = xstrdup(argv[2]);
	for (i = 3; i < argc; i++) {
		if (strcmp(argv[i], "--role") == 0 && i + 1 < argc)
			xstrset(&acc.role, argv[++i]);
		else if (strcmp(argv[i], "--class") == 0 && i + 1 < argc) {
			if (cli_parse_class(argv[++i], &g, &n) != 0) {
				rc = cli_usage(c, _("--class takes G-N, for example 3-2"));
				goto out;
			}
			acc.grades = xrealloc(acc.grades, (acc.nclasses + 1) * sizeof *acc.grades);
			acc.class_nos = xrealloc(acc.class_nos,
			    (acc.nclasses + 1) * sizeof *acc.class_nos);
			acc.grades[acc.nclasses] = g;
			acc.class_nos[acc.nclasses++] = n;
		} else {
			rc = cli_usage(c, _("user add: unknown option '%s'"), argv[i]);
			goto out;
		}
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

/* The role in the UI language ("head" and "teacher" when untranslated). */
static const char *
role_label(const char *code)
{
	static const char *const head = NC_("account role", "head");
	static const char *const teacher = NC_("account role", "teacher");
	const char *m = str_eq(code, "head") ? head : str_eq(code, "teacher") ?
	    teacher : NULL;
	const char *t = m != NULL ? gettext(m) : NULL;

	if (t == NULL || t == m)
		return code != NULL ? code : "";
	return t;
}

static int
print_user(void *ctx, const struct account *acc)
{
	size_t i;

	(void)ctx;
	printf("%s\t%s\t", acc->name, role_label(acc->role));
	for (i = 0; i < acc->nclasses; i++)
		printf("%s%d-%d", i ? "," : "", acc->grades[i], acc->class_nos[i]);
	putchar('\n');
	return 0;
}

int
cmd_user_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("user");
	struct err e = { 0, "" };

	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return user_add(a, c, argc, argv);
	if (argc == 2 && strcmp(argv[1], "list") == 0) {
		if (store_users_each(a->store, print_user, NULL, &e) != 0)
			return cli_fail(&e);
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "remove") == 0) {
		if (app_user_remove(a, argv[2], &e) != 0)
			return cli_fail(&e);
		printf(_("Account %s removed.\n"), argv[2]);
		return 0;
	}
	return cli_usage(c, _("user: add, list or remove"));
}
