/* cmd-stats.c — `guanai stats [--format text|csv|json]`: the tables of the
 * yearly work summary (DESIGN.md §11).  json is one object keyed by the
 * table names (codes), csv is `table,item,sub-item,number` rows in the
 * UI language (for a spreadsheet), text is for people (labels in the UI
 * language) and ends with the summary paragraph. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/app/care.h"
#include "guanai/app/stats.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

static int
seen_before(const struct stat_table *t, size_t j)
{
	size_t i;

	for (i = 0; i < j; i++)
		if (strcmp(t->cells[i].k1, t->cells[j].k1) == 0)
			return 1;
	return 0;
}

/* {"3": {"m": 9, "f": 7, "enrolled": 52}, …}: the sub-keys of a key are
 * gathered wherever their cells were added. */
static void
print_nested(const struct stats *st, const struct stat_table *t)
{
	size_t j, m;
	int first = 1, inner, g;

	for (j = 0; j < t->n; j++) {
		if (seen_before(t, j))
			continue;
		fputs(first ? "" : ", ", stdout);
		first = 0;
		cli_json_str(stdout, t->cells[j].k1);
		fputs(": {", stdout);
		for (m = j, inner = 0; m < t->n; m++) {
			if (strcmp(t->cells[m].k1, t->cells[j].k1) != 0)
				continue;
			fputs(inner++ ? ", " : "", stdout);
			cli_json_str(stdout, t->cells[m].k2);
			fputs(": ", stdout);
			cli_json_num(stdout, t->cells[m].v);
		}
		/* by_grade_gender: "enrolled" adds up the classes that have a
		 * number; how many (with children) have none */
		if (t == &st->t[ST_BY_GRADE_GENDER] && (g = atoi(t->cells[j].k1)) >= 1 &&
		    g <= 9 && st->unenrolled_grade[g] > 0)
			printf(", \"enrolled_missing_classes\": %ld", st->unenrolled_grade[g]);
		fputc('}', stdout);
	}
}

static void
print_json(const struct stats *st)
{
	const struct stat_table *t;
	size_t j;
	int i;

	fputs("{", stdout);
	for (i = 0; i < ST_COUNT; i++) {
		t = &st->t[i];
		printf("%s\n  \"%s\": {", i > 0 ? "," : "", t->key);
		if (t->nested)
			print_nested(st, t);
		else
			for (j = 0; j < t->n; j++) {
				fputs(j > 0 ? ", " : "", stdout);
				cli_json_str(stdout, t->cells[j].k1);
				fputs(": ", stdout);
				cli_json_num(stdout, t->cells[j].v);
			}
		fputc('}', stdout);
	}
	fputs(",\n  \"summary_text\": ", stdout);
	cli_json_str(stdout, st->summary);
	fputs("\n}\n", stdout);
}

/* One CSV cell: quoted when it holds a comma, a quote or a line end. */
static void
csv_cell(const char *s, int last)
{
	const char *p;

	if (strpbrk(s, ",\"\r\n") == NULL)
		fputs(s, stdout);
	else {
		putchar('"');
		for (p = s; *p; p++) {
			if (*p == '"')
				putchar('"');
			putchar(*p);
		}
		putchar('"');
	}
	if (!last)
		putchar(',');
}

/* For a spreadsheet: the words of the UI language (the codes are in
 * --format json), one row per cell of a table. */
static void
print_csv(const struct stats *st)
{
	char *a, *b;
	size_t j;
	int i;

	csv_cell(_("table"), 0);
	csv_cell(_("item"), 0);
	csv_cell(_("sub-item"), 0);
	csv_cell(_("number"), 1);
	putchar('\n');
	for (i = 0; i < ST_COUNT; i++)
		for (j = 0; j < st->t[i].n; j++) {
			a = stats_cell_label((enum stat_table_id)i, st->t[i].cells[j].k1, 0);
			b = st->t[i].cells[j].k2 != NULL ? stats_cell_label(
			    (enum stat_table_id)i, st->t[i].cells[j].k2, 1) : xstrdup("");
			csv_cell(stats_table_title((enum stat_table_id)i), 0);
			csv_cell(a, 0);
			csv_cell(b, 0);
			free(a);
			a = stats_cell_value(st, (enum stat_table_id)i, &st->t[i].cells[j], NULL);
			csv_cell(a, 1);
			putchar('\n');
			free(a);
			free(b);
		}
}

static void
print_text(const struct stats *st)
{
	const struct stat_table *t;
	char *a, *b;
	size_t j;
	int i;

	for (i = 0; i < ST_COUNT; i++) {
		t = &st->t[i];
		printf("%s\n", stats_table_title((enum stat_table_id)i));
		for (j = 0; j < t->n; j++) {
			a = stats_cell_label((enum stat_table_id)i, t->cells[j].k1, 0);
			b = t->cells[j].k2 != NULL ? stats_cell_label((enum stat_table_id)i,
			    t->cells[j].k2, 1) : NULL;
			printf("  %s%s%s: ", a, b != NULL ? " · " : "", b != NULL ? b : "");
			free(a);
			a = stats_cell_value(st, (enum stat_table_id)i, &t->cells[j], NULL);
			printf("%s\n", a);
			free(a);
			free(b);
		}
		if (t->n == 0)
			printf("  %s\n", _("none"));
		putchar('\n');
	}
	printf("%s\n", st->summary);
}

int
cmd_stats_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("stats");
	enum { STATS_TEXT, STATS_CSV, STATS_JSON } fmt = STATS_TEXT;
	const struct cli_opt opts[] = {
		{ "--format", CLI_CHOICE, &fmt, "text|csv|json" },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	struct stats st;
	int rc;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &rc) != 0)
		return rc;
	stats_init(&st);
	if (app_stats(a, &st, &e) != 0) {
		stats_free(&st);
		return cli_fail(&e);
	}
	if (fmt == STATS_JSON)
		print_json(&st);
	else if (fmt == STATS_CSV)
		print_csv(&st);
	else
		print_text(&st);
	stats_free(&st);
	return 0;
}
