/* cmd-import.c — `guanai import FILE [--encoding auto|utf-8|gb18030]
 * [--dry-run]`: children from a CSV file (DESIGN §6).  Prints warnings
 * (unknown columns, possible duplicates, where rejected rows went) on
 * stderr and one summary line on stdout; exit 2 when a row was rejected. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/import.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

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
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct cli_args args;
	int rc;

	memset(&o, 0, sizeof o);
	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &rc) != 0)
		return rc;
	o.path = args.v[0];
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
	rc = rep.rejected > 0 ? ERR_INPUT : 0;
	import_report_clear(&rep);
	return rc;
}
