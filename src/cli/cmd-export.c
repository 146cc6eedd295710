/* cmd-export.c — `guanai export FILE [--class G-N] [--encoding utf-8|gb18030]
 * [--layout standard|mca|xueji]`: .csv or .xlsx by the extension. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/export.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_export_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("export");
	struct export_opts o;
	struct export_report rep;
	struct err e = { 0, "" };
	struct cli_class cl = { 0, { 0 }, { 0 } };
	const char *enc = NULL;
	const struct cli_opt opts[] = {
		{ "--class", CLI_CLASS, &cl, NULL },
		{ "--encoding", CLI_STR, &enc, NULL },
		{ "--layout", CLI_STR, &o.layout, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	enum export_format fmt;
	struct cli_args args;
	int st;

	memset(&o, 0, sizeof o);
	o.charset = CHARSET_UTF8;
	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &st) != 0)
		return st;
	o.path = args.v[0];
	if (cl.n > 0) {
		o.grade = cl.grade[cl.n - 1];
		o.class_no = cl.number[cl.n - 1];
	}
	if (enc != NULL && charset_parse(enc, &o.charset) != 0)
		return cli_usage(c, _("unknown encoding %s (utf-8 or gb18030)"), enc);
	if (export_run(a, &o, &rep, &e) != 0) {
		if (e.code == ERR_USAGE)
			return cli_usage(c, "%s", e.msg);
		return cli_fail(&e);
	}
	printf(P_("%s: %ld child exported", "%s: %ld children exported", rep.children),
	    o.path, rep.children);
	if (export_format_of(o.path, &fmt, NULL) == 0 && fmt == EXPORT_XLSX)
		printf(_(" (%ld pairings, %ld care records)"), rep.pairings, rep.care);
	putchar('\n');
	return 0;
}
