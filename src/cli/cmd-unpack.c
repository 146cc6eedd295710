/* cmd-unpack.c — PLACEHOLDER until its issue lands (must not remain at release). */
#include "config.h"

#include <stdio.h>

#include "guanai/cli.h"

int
cmd_unpack_run(struct app *a, int argc, char **argv)
{
	(void)a, (void)argc, (void)argv;
	fputs("guanai: unpack: not implemented yet\n", stderr);
	return 3;
}
