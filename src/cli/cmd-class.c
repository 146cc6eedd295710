/* cmd-class.c — `guanai class list [--format …]` and `guanai class set G-N
 * [--enrolled N] [--teacher NAME]`: the classes with their head teacher and
 * 在校学生数, the number the statistics divide by (classes.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli-json.h"
#include "guanai/app/classes.h"
#include "guanai/base/i18n.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

static void
print_row(const struct class_row *r, int fmt, int first, int ascii)
{
	char *label, *pad;

	if (fmt == CLI_TSV) {
		printf("%d-%d\t%d\t%d\t%d\t", r->grade, r->number, r->grade, r->number,
		    r->enrolled);
		cli_tsv_cell(stdout, r->teacher);
		printf("\t%d\n", r->children);
	} else if (fmt == CLI_JSON) {
		printf("%s{\"class\": \"%d-%d\", \"grade\": %d, \"number\": %d, "
		    "\"enrolled\": ", first ? "\n  " : ",\n  ", r->grade, r->number,
		    r->grade, r->number);
		if (r->enrolled > 0)
			printf("%d", r->enrolled);
		else
			fputs("null", stdout);
		fputs(", \"head_teacher\": ", stdout);
		cli_json_str(stdout, r->teacher);
		printf(", \"children\": %d}", r->children);
	} else {
		label = class_label(r->grade, r->number);
		pad = utf8_pad(label, 18, ascii);
		printf("%s  ", pad);
		if (r->enrolled > 0)
			printf(_("%4d enrolled  "), r->enrolled);
		else
			printf("%s  ", _("enrolled unknown"));
		printf(P_("%d child on the register", "%d children on the register",
		    (unsigned long)r->children), r->children);
		if (r->teacher != NULL)
			printf(_("  head teacher %s"), r->teacher);
		putchar('\n');
		free(label);
		free(pad);
	}
}

static int
class_ls(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	int fmt = CLI_TABLE, st;
	const struct cli_opt opts[] = {
		{ "--format", CLI_CHOICE, &fmt, CLI_FORMATS },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct class_row *rows = NULL;
	struct err e = { 0, "" };
	size_t n = 0, i;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &st) != 0)
		return st;
	if (classes_list(a, &rows, &n, &e) != 0)
		return cli_fail(&e);
	cli_list_open(fmt, "class\tgrade\tnumber\tenrolled\thead_teacher\tchildren");
	for (i = 0; i < n; i++)
		print_row(&rows[i], fmt, i == 0, a->ascii_only);
	(void)cli_list_close(fmt, n);
	classes_free(&rows, n);
	return 0;
}

static int
class_set(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	int enrolled = -1, grade, number, st;
	const char *teacher = NULL;
	const struct cli_opt opts[] = {
		{ "--enrolled", CLI_INT, &enrolled, NULL },
		{ "--teacher", CLI_STR, &teacher, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	struct cli_args args;
	char *label;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &st) != 0)
		return st;
	if (cli_parse_class(args.v[0], &grade, &number) != 0)
		return cli_usage(c, "%s", _("class set: which class? G-N, for example 3-2"));
	if (enrolled < 0 && teacher == NULL)
		return cli_usage(c, "%s", _("class set: --enrolled N, --teacher NAME or both"));
	if (classes_set(a, grade, number, enrolled, teacher, &e) != 0)
		return cli_fail(&e);
	label = class_label(grade, number);
	printf(_("%s saved.\n"), label);
	free(label);
	return 0;
}

int
cmd_class_run(struct app *a, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "list", class_ls }, { "set", class_set }, { NULL, NULL },
	};

	return cli_dispatch(a, cli_find("class"), subs, "list", argc, argv);
}
