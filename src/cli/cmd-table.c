/* cmd-table.c — the table of sub-commands; `guanai --help` is generated from it. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

const struct cli_cmd cli_cmds[] = {
	{ "init", cmd_init_run, N_("[--school NAME]"), N_("create the database"), 2 },
	{ "demo", cmd_demo_run, N_("[--children N] [--seed S]"),
	    N_("fill an empty database with a synthetic school"), 2 },
	{ "import", cmd_import_run,
	    N_("FILE [--sheet NAME] [--class G-N] [--encoding auto|utf-8|gb18030] [--dry-run]"),
	    N_("import children from a CSV or Excel file"), 1 },
	{ "export", cmd_export_run,
	    N_("FILE [--class G-N] [--encoding utf-8|gb18030] [--layout standard|mca|xueji]"),
	    N_("export children to .csv or .xlsx"), 1 },
	{ "template", cmd_template_run, N_("FILE"), N_("write an empty import template"), 0 },
	{ "list", cmd_list_run, N_("[--class G-N] [--search TEXT] [--format table|tsv|json]"),
	    N_("list children"), 1 },
	{ "show", cmd_show_run, N_("ID|NAME"), N_("show one child's file"), 1 },
	{ "check", cmd_check_run, N_("[--class G-N] [--format table|tsv] [--confirm ID ITEM]"),
	    N_("the 七清楚 checklist report"), 1 },
	{ "stats", cmd_stats_run, N_("[--format text|csv|json]"),
	    N_("statistics for the yearly work summary"), 1 },
	{ "remind", cmd_remind_run, N_("[--days N] [--format table|tsv]"),
	    N_("birthdays, unpaired children, overdue contact, turning 16"), 1 },
	{ "print", cmd_print_run,
	    N_("roster|cards|forms|pairings|checklist|stats [--class G-N] [--confidential] -o FILE.pdf | --printer NAME"),
	    N_("print documents (PDF)"), 1 },
	{ "pack", cmd_pack_run, N_("FILE [--class G-N] [--passphrase-file F]"),
	    N_("write an encrypted USB package for the headteacher"), 1 },
	{ "unpack", cmd_unpack_run,
	    N_("FILE [--preview] [--passphrase-file F] | --conflicts | --resolve ID mine|theirs"),
	    N_("merge a USB package, list or settle its conflicts"), 1 },
	{ "backup", cmd_backup_run, N_("FILE [--passphrase-file F]"),
	    N_("copy the database to an encrypted file"), 1 },
	{ "restore", cmd_restore_run, N_("FILE [--passphrase-file F]"),
	    N_("replace the database by a backup"), 0 },
	{ "user", cmd_user_run,
	    N_("add NAME --role head|teacher [--class G-N]...\nlist\nremove NAME"),
	    N_("manage sign-in accounts"), 1 },
	{ "edit", cmd_edit_run, N_("ID|NAME FIELD=VALUE..."),
	    N_("change fields of a child's file (code names or Chinese headers)"), 1 },
	{ "care", cmd_care_run,
	    N_("add ID|NAME --kind KIND [--date D] [--amount YUAN] [--note TEXT] [--helper HELPER]\n"
	    "list [ID|NAME] [--format table|tsv|json]\n"
	    "edit CARE_ID [--kind KIND] [--date D] [--amount YUAN] [--note TEXT] [--helper HELPER] [--follow-up D]\n"
	    "rm CARE_ID"),
	    N_("care records: home visits, family calls, aid …"), 1 },
	{ "helper", cmd_helper_run,
	    N_("add NAME --role ROLE [--phone P] [--org TEXT] [--note TEXT]\n"
	    "list [--format table|tsv|json]\n"
	    "edit HELPER [--name NAME] [--role ROLE] [--phone P] [--org TEXT] [--note TEXT]\n"
	    "rm HELPER"),
	    N_("helpers: teachers, caring mothers, proxy parents …"), 1 },
	{ "pair", cmd_pair_run, N_("ID|NAME HELPER [--role ROLE] [--date D]"),
	    N_("pair a helper with a child"), 1 },
	{ "unpair", cmd_unpair_run, N_("ID|NAME HELPER [--date D]"),
	    N_("end a pairing (the history is kept)"), 1 },
	{ "trash", cmd_trash_run,
	    N_("[list] [--format table|tsv|json]\nadd ID|NAME\nrestore ID|NAME\nerase ID"),
	    N_("the trash: move a file there, restore it, or erase it for good"), 1 },
	{ "class", cmd_class_run,
	    N_("list [--format table|tsv|json]\nset G-N [--enrolled N] [--teacher NAME]"),
	    N_("classes: head teacher and number of pupils enrolled"), 1 },
	{ "help", cmd_help_run, N_("[COMMAND]"), N_("the usage of a command"), 0 },
	{ NULL, NULL, NULL, NULL, 0 },
};

const struct cli_cmd *
cli_find(const char *name)
{
	const struct cli_cmd *c;

	for (c = cli_cmds; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

void
cli_print_help(void)
{
	const struct cli_cmd *c;

	printf(_("Usage: guanai [--db PATH] [--lang zh|en] [COMMAND [OPTIONS]]\n"
	    "Keeps the files of a school's left-behind children.  Without a\n"
	    "command, opens the terminal interface.\n\nCommands:\n"));
	for (c = cli_cmds; c->name != NULL; c++)
		printf("  %-9s %s\n", c->name, _(c->summary));
	printf(_("\n`guanai help COMMAND` or `guanai COMMAND --help` shows how a command\n"
	    "is written.  An ID may be given as its first or last 8 characters.\n"));
	printf(_("\nThe database is $GUANAI_DB, or --db PATH, or "
	    "~/.local/share/guanai/guanai.db.\n"
	    "Exit status: 0 success, 1 usage error, 2 some input rejected,\n"
	    "3 database or I/O error.\n"));
}
