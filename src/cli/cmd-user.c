/* cmd-user.c — PLACEHOLDER until its issue lands (must not remain at release). */
#include "config.h"

#include <stdio.h>

#include "guanai/cli.h"

int
cmd_user_run(struct app *a, int argc, char **argv)
{
	(void)a, (void)argc, (void)argv;
	fputs("guanai: user: not implemented yet\n", stderr);
	return 3;
}
