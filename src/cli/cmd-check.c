/* cmd-check.c — PLACEHOLDER until its issue lands (must not remain at release). */
#include "config.h"

#include <stdio.h>

#include "guanai/cli.h"

int
cmd_check_run(struct app *a, int argc, char **argv)
{
	(void)a, (void)argc, (void)argv;
	fputs("guanai: check: not implemented yet\n", stderr);
	return 3;
}
