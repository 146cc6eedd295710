/* cli-secret.c — passphrases and passwords from a file, the environment or
 * the terminal with echo off. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/cli/cli-secret.h"

static void
chomp(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

void
cli_secret_free(char **s)
{
	if (*s == NULL)
		return;
	memset(*s, 0, strlen(*s));
	free(*s);
	*s = NULL;
}

char *
cli_secret_prompt(const char *prompt)
{
	return plat_console_line(prompt, 0);
}

static int
from_file(const char *file, char **out, struct err *e)
{
	FILE *fp = plat_fopen(file, "r");
	char *line = NULL;
	size_t cap = 0;

	if (fp == NULL) {
		err_set(e, ERR_USAGE, _("cannot read %s: %s"), file, strerror(errno));
		return -1;
	}
	if (plat_getline(&line, &cap, fp) < 0) {
		free(line);
		line = xstrdup("");
	}
	fclose(fp);
	chomp(line);
	*out = line;
	return 0;
}

int
cli_secret_read(const char *file, const char *env, const char *prompt,
    const char *again, char **out, struct err *e)
{
	const char *v = env != NULL ? getenv(env) : NULL;
	char *second;

	*out = NULL;
	if (file != NULL)
		return from_file(file, out, e);
	if (v != NULL) {
		*out = xstrdup(v);
		return 0;
	}
	*out = cli_secret_prompt(prompt);
	if (*out == NULL) {
		err_set(e, ERR_USAGE, _("no terminal to ask on; give it in a file or "
		    "in the environment variable %s"), env != NULL ? env : "");
		return -1;
	}
	if (again == NULL)
		return 0;
	second = cli_secret_prompt(again);
	if (second == NULL || strcmp(second, *out) != 0) {
		cli_secret_free(&second);
		cli_secret_free(out);
		err_set(e, ERR_USAGE, _("the two entries are not the same; nothing was done"));
		return -1;
	}
	cli_secret_free(&second);
	return 0;
}
