/* main.c — wires the layers: locale, global options, then a sub-command
 * (src/cli/) or the terminal interface (src/tui/). */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/app.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"
#include "guanai/base/termsafe.h"
#include "guanai/tui/tui.h"

/* Translations: beside the binary in a build tree (so src/guanai works
 * before `make install`), or in the folder of guanai.exe (the Windows
 * zip), else the installed LOCALEDIR. */
static void
setup_translations(void)
{
	char *exe = plat_exe_path(), *dir, *probe, *tree;

	if (exe != NULL) {
		dir = fs_dirname(exe);
		free(exe);
		tree = xasprintf("%s/../locale", dir);
		probe = xasprintf("%s/zh_CN/LC_MESSAGES/guanai.mo", tree);
		if (fs_exists(probe) &&
		    !str_eq(getenv("GUANAI_INSTALLED_LOCALE"), "1")) {
			bindtextdomain(PACKAGE, tree);
			free(dir), free(tree), free(probe);
			goto done;
		}
		free(tree), free(probe);
		tree = xasprintf("%s/locale", dir);
		probe = xasprintf("%s/zh_CN/LC_MESSAGES/guanai.mo", tree);
		if (fs_exists(probe)) {
			bindtextdomain(PACKAGE, tree);
			free(dir), free(tree), free(probe);
			goto done;
		}
		free(dir), free(tree), free(probe);
	}
	bindtextdomain(PACKAGE, LOCALEDIR);
done:
	bind_textdomain_codeset(PACKAGE, NULL);
	textdomain(PACKAGE);
}

/* --lang zh|en overrides the locale's language for messages. */
static int
apply_lang(const char *lang)
{
	if (strcmp(lang, "en") == 0) {
		plat_setenv("LANGUAGE", "en");
		return 0;
	}
	if (strcmp(lang, "zh") == 0) {
		plat_setenv("LANGUAGE", "zh_CN");
		/* gettext ignores LANGUAGE in the C locale */
		if (str_has_prefix(setlocale(PLAT_LC_MESSAGES, NULL), "C") &&
		    setlocale(LC_ALL, "zh_CN.UTF-8") == NULL)
			setlocale(LC_ALL, "C.UTF-8");
		return 0;
	}
	return -1;
}

static void
warn_codeset(void)
{
	const char *cs = plat_codeset();

	if (strcmp(cs, "UTF-8") != 0 && strcmp(cs, "GB18030") != 0 &&
	    strcmp(cs, "ANSI_X3.4-1968") != 0)
		cli_error(_("the terminal uses %s; Chinese text needs "
		    "UTF-8 or GB18030 and may not show correctly"), cs);
}

/* Before a copied database is prepared for USB packages (app_open): the
 * wait can be long, and the screen is not drawn yet. */
static void
say_split(void)
{
	fprintf(stderr, "guanai: %s\n", app_site_split_note());
}

int
main(int argc, char **argv)
{
	const char *db = NULL, *lang = NULL;
	const struct cli_cmd *cmd = NULL;
	struct app app;
	struct err e = { 0, "" };
	int i, rc;

	plat_stdio_init();
	plat_args_utf8(&argc, &argv);
	plat_setlocale();
	setup_translations();
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			db = argv[++i];
		else if (strncmp(argv[i], "--db=", 5) == 0)
			db = argv[i] + 5;
		else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang = argv[++i];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			lang = argv[i] + 7;
		else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			if (lang != NULL)
				apply_lang(lang);
			cli_print_help();
			return 0;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("guanai %s\n", PACKAGE_VERSION);
			return 0;
		} else
			break;
	}
	if (lang != NULL && apply_lang(lang) != 0) {
		cli_error("%s", _("--lang takes zh or en"));
		return ERR_USAGE;
	}
	warn_codeset();
	if (i < argc) {
		cmd = cli_find(argv[i]);
		if (cmd == NULL) {
			cli_error(_("unknown command '%s' (see guanai help)"), argv[i]);
			return ERR_USAGE;
		}
	}
	if (cmd != NULL) {
		/* names, notes and packages are the user's: no escape sequence
		 * or bidi override of theirs reaches the terminal (DESIGN §8).
		 * The TUI draws through curses, which is safe. */
		int utf8 = strcmp(plat_codeset(), "UTF-8") == 0;

		termsafe_wrap_stdio(utf8);
	}
	/* COMMAND --help needs no database and no sign-in */
	if (cmd != NULL && cli_wants_help(argc - i, argv + i)) {
		cli_print_usage(cmd, stdout, 1);
		return 0;
	}
	app_init(&app, db);
	/* the TUI on a path with no database: its set-up screen creates it
	 * (app_setup_school, as `guanai init` does) */
	if (cmd == NULL && !fs_exists(app.db_path)) {
		rc = tui_run(&app, &e);
		if (rc != 0 && err_is_set(&e))
			rc = cli_fail(&e);
		app_close(&app);
		return rc;
	}
	if (cmd == NULL || cmd->open_db != 0) {
		app.on_split = say_split;
		if (app_open(&app, cmd != NULL && cmd->open_db == 2 ?
		    APP_OPEN_CREATE : APP_OPEN_EXISTING, &e) != 0) {
			app_close(&app);
			return cli_fail(&e);
		}
		if (app.site_renewed)
			fprintf(stderr, "guanai: %s\n", app_site_renewed_note());
	}
	/* accounts: sign in first (teacher scope, audit actor) */
	if (cli_sign_in(&app, cmd, &e) != 0) {
		app_close(&app);
		return cli_fail(&e);
	}
	if (cmd != NULL)
		rc = cmd->run(&app, argc - i, argv + i);
	else {
		rc = tui_run(&app, &e);
		if (rc != 0 && err_is_set(&e))
			rc = cli_fail(&e);
	}
	app_close(&app);
	return rc;
}
