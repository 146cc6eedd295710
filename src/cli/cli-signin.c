/* cli-signin.c — sign-in before a command or the TUI, when the database
 * has accounts: name and password from the terminal (or GUANAI_USER and
 * GUANAI_PASSWORD), a few tries, a delay after each wrong one. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/account.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"
#include "guanai/app/scope.h"

/* A line typed at the terminal, shown as typed; NULL without terminal. */
static char *
prompt_name(const char *prompt)
{
	return plat_console_line(prompt, 1);
}

static int
ask(struct app *a, struct err *e)
{
	const char *env_user = getenv("GUANAI_USER"), *env_pass = getenv("GUANAI_PASSWORD");
	struct err why = { 0, "" };
	char *name, *pass;
	int try, rc;

	for (try = 0; try < ACCOUNT_TRIES; try++) {
		if (env_user != NULL && env_pass != NULL) {
			name = xstrdup(env_user);
			pass = xstrdup(env_pass);
		} else {
			name = prompt_name(_("Sign in. Name: "));
			pass = name != NULL ? cli_secret_prompt(_("Password: ")) : NULL;
		}
		if (name == NULL || pass == NULL) {
			free(name);
			err_set(e, ERR_USAGE, _("this database asks for sign-in, and there is "
			    "no terminal to ask on (scripts: set GUANAI_USER and GUANAI_PASSWORD)"));
			return -1;
		}
		err_clear(&why);
		rc = app_sign_in(a, name, pass, &why);
		free(name);
		cli_secret_free(&pass);
		if (rc <= 0) {
			if (rc < 0)
				err_set(e, why.code, "%s", why.msg);
			else if (app_scope_empty_note(a) != NULL)
				fprintf(stderr, "guanai: %s\n", app_scope_empty_note(a));
			return rc;
		}
		plat_sleep_ms(ACCOUNT_DELAY * 1000);	/* slows down guessing */
		if (env_user != NULL && env_pass != NULL)
			break;
		cli_error("%s", why.msg);
	}
	err_set(e, ERR_USAGE, _("sign-in failed: wrong name or password"));
	return -1;
}

int
cli_sign_in(struct app *a, const struct cli_cmd *cmd, struct err *e)
{
	int any, rc;

	if (cmd != NULL && cmd->open_db == 0) {
		/* restore replaces the whole database: a headteacher's job */
		if (strcmp(cmd->name, "restore") != 0 || !fs_exists(a->db_path))
			return 0;
		if (app_open(a, APP_OPEN_EXISTING, e) != 0)
			return 0;	/* damaged: restoring is how to mend it */
		rc = cli_sign_in(a, NULL, e);
		if (rc == 0)
			rc = app_require_head(a, _("restore a backup"), e);
		app_db_close(a);
		return rc;
	}
	if (app_accounts_exist(a, &any, e) != 0)
		return -1;
	return any ? ask(a, e) : 0;
}
