/* cli-secret.h — reading a passphrase or password for the CLI: from a file,
 * an environment variable (for scripts and tests), or the terminal with
 * echo off (termios); and signing in before a command or the TUI runs.
 * Front-end only: nothing below cli/ reads a terminal. */
#ifndef GUANAI_CLI_SECRET_H
#define GUANAI_CLI_SECRET_H

#include "guanai/cli/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/err.h"

struct cli_cmd;

/* *out (the caller's, to be wiped with cli_secret_free) gets the first
 * line of `file` when not NULL, else $env when set, else what is typed at
 * the terminal after `prompt` (twice when `again` is not NULL, and the
 * two must agree).  -1 + e: unreadable file, no terminal, mismatch. */
int cli_secret_read(const char *file, const char *env, const char *prompt,
    const char *again, char **out, struct err *e);
/* Prompt on the terminal without echo; NULL when there is no terminal or
 * on end of input.  Caller frees with cli_secret_free. */
char *cli_secret_prompt(const char *prompt);
/* Wipe and free; NULL allowed. */
void cli_secret_free(char **s);

/* When the database has accounts, ask for NAME and password (the terminal,
 * or GUANAI_USER and GUANAI_PASSWORD for scripts): ACCOUNT_TRIES tries, a
 * delay after each wrong one.  `cmd` NULL is the TUI.  For `restore`,
 * which runs with the database closed, opens it to check the person is a
 * headteacher.  -1 + e (ERR_USAGE) when sign-in fails. */
int cli_sign_in(struct app *a, const struct cli_cmd *cmd, struct err *e);

#endif
