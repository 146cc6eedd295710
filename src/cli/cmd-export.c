/* cmd-export.c — `guanai export FILE [--class G-N] [--encoding utf-8|gb18030]
 * [--layout standard|mca|xueji]`: .csv or .xlsx by the extension. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/export.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

/* Take "--opt VALUE" or "--opt=VALUE"; NULL when argv[*i] is not it. */
static const char *
opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);

	if (strcmp(argv[*i], name) == 0 && *i + 1 < argc)
		return argv[++*i];
	if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=')
		return argv[*i] + n + 1;
	return NULL;
}

int
cmd_export_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("export");
	struct export_opts o;
	struct export_report rep;
	struct err e = { 0, "" };
	enum export_format fmt;
	const char *v;
	int i;

	memset(&o, 0, sizeof o);
	o.charset = CHARSET_UTF8;
	for (i = 1; i < argc; i++) {
		if ((v = opt_value(argc, argv, &i, "--class")) != NULL) {
			if (cli_parse_class(v, &o.grade, &o.class_no) != 0)
				return cli_usage(c, _("--class takes G-N, e.g. 3-2"));
		} else if ((v = opt_value(argc, argv, &i, "--encoding")) != NULL) {
			if (charset_parse(v, &o.charset) != 0)
				return cli_usage(c, _("unknown encoding %s (utf-8 or gb18030)"), v);
		} else if ((v = opt_value(argc, argv, &i, "--layout")) != NULL)
			o.layout = v;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage(c, _("unknown option %s"), argv[i]);
		else if (o.path == NULL)
			o.path = argv[i];
		else
			return cli_usage(c, _("only one file at a time"));
	}
	if (o.path == NULL)
		return cli_usage(c, _("which file?"));
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
