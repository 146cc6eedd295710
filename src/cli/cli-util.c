/* cli-util.c — what every sub-command shares: errors, usage, --class. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

int
cli_fail(const struct err *e)
{
	cli_error("%s", e->msg[0] ? e->msg : _("unknown error"));
	return e->code != ERR_OK ? e->code : ERR_IO;
}

int
cli_usage(const struct cli_cmd *c, const char *fmt, ...)
{
	va_list ap;

	if (fmt != NULL) {
		fputs("guanai: ", stderr);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	if (c != NULL)
		cli_print_usage(c, stderr, 0);
	return ERR_USAGE;
}

int
cli_parse_class(const char *arg, int *grade, int *class_no)
{
	return class_arg_parse(arg, grade, class_no);
}

void
cli_list_open(int fmt, const char *tsv_header)
{
	if (fmt == CLI_TSV)
		puts(tsv_header);
	else if (fmt == CLI_JSON)
		fputc('[', stdout);
}

int
cli_list_close(int fmt, size_t n)
{
	if (fmt == CLI_JSON)
		fputs(n > 0 ? "\n]\n" : "]\n", stdout);
	return fmt == CLI_TABLE;
}
