/* cli.h — the sub-commands (one file each, src/cli/cmd-NAME.c) and the
 * helpers they share.  Each command parses its own options, calls the app/
 * use cases and prints; errors go to stderr in the UI language; it returns
 * the exit status of DESIGN.md §6 (0 ok, 1 usage, 2 input rejected, 3 I/O). */
#ifndef GUANAI_CLI_H
#define GUANAI_CLI_H

#include "guanai/cli/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/err.h"

struct cli_cmd {
	const char *name;
	int (*run)(struct app *a, int argc, char **argv);
	const char *usage;	/* N_(): options after the name */
	const char *summary;	/* N_(): one line for --help */
	int open_db;		/* 0 none, 1 existing, 2 create */
};

extern const struct cli_cmd cli_cmds[];
const struct cli_cmd *cli_find(const char *name);
/* Print `guanai --help`. */
void cli_print_help(void);

/* Report e on stderr ("guanai: message") and return its exit code. */
int cli_fail(const struct err *e);
/* Usage error for a command: message + its usage line; returns 1. */
int cli_usage(const struct cli_cmd *c, const char *fmt, ...) GUANAI_PRINTF(2, 3);
/* Parse --class G-N; 0 or -1. */
int cli_parse_class(const char *arg, int *grade, int *class_no);

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

#endif
