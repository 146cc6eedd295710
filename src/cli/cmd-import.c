/* cmd-import.c — `guanai import FILE [--sheet NAME] [--class G-N]
 * [--encoding auto|utf-8|gb18030] [--dry-run]`: children from a CSV, .xlsx
 * or .xls file (DESIGN §6).  Prints warnings (unknown columns, possible
 * duplicates, where rejected rows went) on stderr and one summary line on
 * stdout; exit 2 when a row had a problem (rejected, or imported without
 * a bad value). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/import.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

static void
print_warnings(const struct import_opts *o, const struct import_report *r)
{
	size_t i;

	if (r->nunknown > 0) {
		fputs("guanai: ", stderr);
		fprintf(stderr, _("warning: %s: these columns are not understood "
		    "and were ignored: "), o->path);
		for (i = 0; i < r->nunknown; i++)
			fprintf(stderr, "%s%s", i ? _(", ") : "", r->unknown[i]);
		fputc('\n', stderr);
	}
	for (i = 0; i < r->nnotes; i++)
		cli_error(_("possible duplicate: %s"), r->notes[i]);
	if ((size_t)r->duplicates > r->nnotes)
		cli_error(_("… and %ld more possible duplicates"),
		    r->duplicates - (long)r->nnotes);
	if (r->rejected > 0 && r->rejected_path != NULL)
		cli_error(P_("%ld row was rejected; it is in %s with "
		    "the reason in its last column", "%ld rows were rejected; "
		    "they are in %s with the reason in their last column",
		    r->rejected), r->rejected, r->rejected_path);
	if (r->partial > 0 && r->rejected_path != NULL)
		fprintf(stderr, P_("guanai: %ld row was imported without some of its "
		    "values; it is in %s with every problem in its last column\n",
		    "guanai: %ld rows were imported without some of their values; "
		    "they are in %s with every problem in their last column\n",
		    r->partial), r->partial, r->rejected_path);
	/* a dry run writes no problem file: say the problems here, or exit 2
	 * would be all it told (the real run names the file instead) */
	if (o->dry_run) {
		for (i = 0; i < r->nproblems; i++)
			cli_error("%s: %s", o->path, r->problems[i]);
		if (r->rejected + r->partial > (long)r->nproblems)
			cli_error(_("… and %ld more rows with problems"),
			    r->rejected + r->partial - (long)r->nproblems);
	}
	if (r->classes > 0)
		fprintf(stderr, P_("guanai: the number of pupils (在校学生数) of %ld "
		    "class was set\n", "guanai: the number of pupils (在校学生数) of %ld "
		    "classes was set\n", r->classes), r->classes);
	if (r->skipped > 0)
		fprintf(stderr, P_("guanai: %ld row was skipped (a total, a row "
		    "with only a number, or the template's example)\n", "guanai: %ld "
		    "rows were skipped (totals, rows with only a number, or the "
		    "template's example)\n", r->skipped), r->skipped);
}

static void
print_summary(const struct import_opts *o, const struct import_report *r)
{
	printf("%s: ", o->path);
	if (o->dry_run)
		printf(_("(dry run, nothing written) "));
	printf(P_("%ld new", "%ld new", r->added), r->added);
	printf(_(", "));
	printf(P_("%ld updated", "%ld updated", r->updated), r->updated);
	printf(_(", "));
	printf(P_("%ld unchanged", "%ld unchanged", r->unchanged), r->unchanged);
	printf(_(", "));
	printf(P_("%ld rejected", "%ld rejected", r->rejected), r->rejected);
	printf(_(", "));
	printf(P_("%ld possible duplicate", "%ld possible duplicates", r->duplicates),
	    r->duplicates);
	if (r->workbook)	/* a workbook has cells, not an encoding */
		putchar('\n');
	else
		printf(_(" (encoding %s)\n"), charset_name(r->charset));
}

int
cmd_import_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("import");
	struct import_opts o;
	struct import_report rep;
	struct err e = { 0, "" };
	const char *enc = NULL;
	const struct cli_opt opts[] = {
		{ "--dry-run", CLI_FLAG, &o.dry_run, NULL },
		{ "--encoding", CLI_STR, &enc, NULL },
		{ "--sheet", CLI_STR, &o.sheet, NULL },
		{ "--class", CLI_STR, &o.class_arg, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct cli_args args;
	int rc;

	memset(&o, 0, sizeof o);
	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &rc) != 0)
		return rc;
	o.path = args.v[0];
	if (o.class_arg != NULL &&
	    class_arg_parse(o.class_arg, &o.class_grade, &o.class_no) != 0)
		return cli_usage(c, _("--class takes a class such as 3-2"));
	if (enc != NULL && strcmp(enc, "auto") != 0) {
		if (charset_parse(enc, &o.charset) != 0)
			return cli_usage(c, _("unknown encoding %s (auto, utf-8 or gb18030)"),
			    enc);
		o.force_charset = 1;
	}
	import_report_init(&rep);
	if (import_run(a, &o, &rep, &e) != 0) {
		rc = cli_fail(&e);
		print_warnings(&o, &rep);
		import_report_clear(&rep);
		return rc;
	}
	print_warnings(&o, &rep);
	print_summary(&o, &rep);
	rc = rep.rejected > 0 || rep.partial > 0 ? ERR_INPUT : 0;
	import_report_clear(&rep);
	return rc;
}
