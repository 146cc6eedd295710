/* cli.h — the sub-commands (one file each, src/cli/cmd-NAME.c) and the
 * helpers they share.  Each command declares its options as a table that
 * cli_parse reads (one parser, one error style), calls the app/ use cases
 * and prints; errors go to stderr in the UI language after "guanai: "; it
 * returns the exit status of DESIGN.md §6 (0 ok, 1 usage, 2 input rejected,
 * 3 I/O). */
#ifndef GUANAI_CLI_H
#define GUANAI_CLI_H

#include "guanai/cli/visible.h"

#include <stdio.h>

#include "guanai/app/app.h"
#include "guanai/base/err.h"

struct cli_cmd {
	const char *name;
	int (*run)(struct app *a, int argc, char **argv);
	const char *usage;	/* N_(): what follows the name; one form a line */
	const char *summary;	/* N_(): one line for --help */
	int open_db;		/* 0 none, 1 existing, 2 create */
};

/* ---- the option parser every command uses (cli-opt.c) -------------- */

enum cli_opt_type {
	CLI_FLAG,		/* int *: set to 1 */
	CLI_STR,		/* const char **: the value */
	CLI_INT,		/* int *: a whole number >= 0 */
	CLI_NUM,		/* double *: a number >= 0 (yuan) */
	CLI_CLASS,		/* struct cli_class *: G-N; may repeat */
	CLI_CHOICE,		/* int *: index of the value in `choices` */
};

/* Classes given with --class G-N (repeatable, up to CLI_CLASSES_MAX). */
#define CLI_CLASSES_MAX 16
struct cli_class {
	int n;			/* how many were given, 0 = none */
	int grade[CLI_CLASSES_MAX], number[CLI_CLASSES_MAX];
};

struct cli_opt {
	const char *name;	/* "--format" */
	enum cli_opt_type type;
	void *dst;
	const char *choices;	/* CLI_CHOICE: "table|tsv|json" */
};

/* --format of the commands that list: CLI_CHOICE over CLI_FORMATS. */
#define CLI_FORMATS "table|tsv|json"
enum cli_format { CLI_TABLE, CLI_TSV, CLI_JSON };

/* The words of a command line that are not options, in order. */
#define CLI_ARGS_MAX 64
struct cli_args {
	int n;
	char *v[CLI_ARGS_MAX];
};

/* Parse argv[1..] (argv[0] is the command or sub-command) against opts (a
 * NULL-name ended table): "--opt VALUE", "--opt=VALUE", "--" ends the
 * options, the rest are arguments.  Between min and max arguments are
 * accepted.  "--help" or "-h" anywhere prints the command's usage.
 * Returns 0 to go on; otherwise the command is over and *status is its
 * exit status (0 after --help, 1 after a usage error, already reported). */
int cli_parse(const struct cli_cmd *c, int argc, char **argv, const struct cli_opt *opts,
    int min, int max, struct cli_args *args, int *status);
/* A command with sub-commands (care add|list …): run the one argv[1]
 * names with argv shifted by one; with none (or an option first), run
 * dflt when given, else report a usage error. */
struct cli_sub {
	const char *name;
	int (*run)(struct app *a, const struct cli_cmd *c, int argc, char **argv);
};
int cli_dispatch(struct app *a, const struct cli_cmd *c, const struct cli_sub *subs,
    const char *dflt, int argc, char **argv);
/* The usage of one command, one form a line, and with summary its
 * one-line summary (guanai help COMMAND, COMMAND --help, usage errors). */
void cli_print_usage(const struct cli_cmd *c, FILE *fp, int summary);
/* "guanai: " + the message + newline on stderr: the one error style. */
void cli_error(const char *fmt, ...) GUANAI_PRINTF(1, 2);

extern const struct cli_cmd cli_cmds[];
const struct cli_cmd *cli_find(const char *name);
/* Print `guanai --help`. */
void cli_print_help(void);

/* Report e on stderr ("guanai: message") and return its exit code. */
int cli_fail(const struct err *e);
/* The frame of a listing in --format fmt (enum cli_format): before the rows
 * the TSV header line or the JSON array's "["; after them the JSON "]".
 * cli_list_close returns 1 when a table wants its count line (the caller
 * prints it: the words are the command's). */
void cli_list_open(int fmt, const char *tsv_header);
int cli_list_close(int fmt, size_t n);
/* Usage error for a command: message + its usage line; returns 1. */
int cli_usage(const struct cli_cmd *c, const char *fmt, ...) GUANAI_PRINTF(2, 3);
/* Parse --class G-N; 0 or -1. */
int cli_parse_class(const char *arg, int *grade, int *class_no);
/* 1 when argv holds --help or -h before a "--" (main.c asks before it
 * opens the database, so that help needs none). */
int cli_wants_help(int argc, char **argv);

int cmd_init_run(struct app *a, int argc, char **argv);
int cmd_demo_run(struct app *a, int argc, char **argv);
int cmd_import_run(struct app *a, int argc, char **argv);
int cmd_export_run(struct app *a, int argc, char **argv);
int cmd_template_run(struct app *a, int argc, char **argv);
int cmd_list_run(struct app *a, int argc, char **argv);
int cmd_show_run(struct app *a, int argc, char **argv);
int cmd_check_run(struct app *a, int argc, char **argv);
int cmd_stats_run(struct app *a, int argc, char **argv);
int cmd_remind_run(struct app *a, int argc, char **argv);
int cmd_print_run(struct app *a, int argc, char **argv);
int cmd_pack_run(struct app *a, int argc, char **argv);
int cmd_unpack_run(struct app *a, int argc, char **argv);
int cmd_backup_run(struct app *a, int argc, char **argv);
int cmd_restore_run(struct app *a, int argc, char **argv);
int cmd_user_run(struct app *a, int argc, char **argv);
int cmd_edit_run(struct app *a, int argc, char **argv);
int cmd_care_run(struct app *a, int argc, char **argv);
int cmd_helper_run(struct app *a, int argc, char **argv);
int cmd_pair_run(struct app *a, int argc, char **argv);
int cmd_unpair_run(struct app *a, int argc, char **argv);
int cmd_trash_run(struct app *a, int argc, char **argv);
int cmd_class_run(struct app *a, int argc, char **argv);
int cmd_help_run(struct app *a, int argc, char **argv);

#endif
