/* cmd-remind.c — `guanai remind [--days N] [--format table|tsv]`: today's
 * reminders, grouped by kind (birthdays soonest first).  tsv prints a
 * header, then `kind id name detail` with a stable detail (a date, "none",
 * "age=78 health=poor"); the table says it in words. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/app/remind.h"
#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

struct remind_opts {
	int days, tsv, ascii;
};

static void
print_entry(const struct remind_opts *o, const struct remind_entry *en)
{
	char *name, *cls, *clsp;

	if (o->tsv) {
		printf("%s\t%s\t", remind_kind_code(en->r.kind), en->id);
		fputs(en->name, stdout);
		printf("\t%s\n", en->detail_code);
		return;
	}
	name = utf8_pad(en->name, 10, o->ascii);
	cls = class_short_label(en->grade, en->class_no);
	clsp = utf8_pad(cls, 6, o->ascii);
	printf("  %s  %s %s\n", name, clsp, en->detail);
	free(name);
	free(cls);
	free(clsp);
}

static void
print_all(const struct remind_opts *o, const struct remind_groups *g)
{
	size_t i;
	int k;

	if (o->tsv)
		puts("kind\tid\tname\tdetail");
	for (k = 0; k < REMIND_KINDS; k++) {
		if (!o->tsv) {
			if (k == REMIND_BIRTHDAY)
				printf(P_("%s (next %d day): %zu\n", "%s (next %d days): %zu\n",
				    o->days), remind_kind_title((enum remind_kind)k), o->days,
				    g->count[k]);
			else
				printf(_("%s: %zu\n"), remind_kind_title((enum remind_kind)k),
				    g->count[k]);
		}
		for (i = 0; i < g->n[k]; i++)
			print_entry(o, &g->e[k][i]);
		if (!o->tsv)
			putchar('\n');
	}
}

int
cmd_remind_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("remind");
	struct remind_opts rc = { 7, 0, a->ascii_only };
	struct remind_groups g;
	struct err e = { 0, "" };
	const struct cli_opt opts[] = {
		{ "--days", CLI_INT, &rc.days, NULL },
		{ "--format", CLI_CHOICE, &rc.tsv, "table|tsv" },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	int ret = 0;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &ret) != 0)
		return ret;
	if (rc.days > 366)
		return cli_usage(c, _("--days takes a number from 0 to 366"));
	if (app_reminders(a, date_today(), rc.days, 0, &g, &e) != 0)
		ret = cli_fail(&e);
	else
		print_all(&rc, &g);
	remind_groups_free(&g);
	return ret;
}
