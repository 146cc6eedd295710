/* cmd-remind.c — `guanai remind [--days N] [--format table|tsv]`: today's
 * reminders, grouped by kind (birthdays soonest first).  tsv prints a
 * header, then `kind id name detail` with a stable detail (a date, "none",
 * "age=78 health=poor"); the table says it in words. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/remind.h"
#include "guanai/core/validate.h"

struct line {
	int days;		/* sort key for birthdays */
	char *text;
};

struct remind_ctx {
	int days, tsv, ascii;
	struct date today;
	struct buf out[REMIND_KINDS];	/* lines of each kind, in walk order */
	struct line *bday;		/* birthdays, sorted before printing */
	size_t nbday, capbday;
	size_t count[REMIND_KINDS];
};

static char *
format_line(struct remind_ctx *rc, const struct reminder *r, const struct remind_child *c)
{
	struct buf b = BUF_INIT;
	char *d, *name, *cls, *clsp;

	if (rc->tsv) {
		d = remind_detail_code(r, c);
		buf_addf(&b, "%s\t%s\t", remind_kind_code(r->kind), c->id);
		buf_adds(&b, c->name != NULL ? c->name : "");
		buf_addf(&b, "\t%s\n", d);
	} else {
		d = remind_detail(r, c);
		name = utf8_pad(c->name != NULL ? c->name : "", 10, rc->ascii);
		cls = class_short_label(c->grade, c->class_no);
		clsp = utf8_pad(cls, 6, rc->ascii);
		buf_addf(&b, "  %s  %s %s\n", name, clsp, d);
		free(name);
		free(cls);
		free(clsp);
	}
	free(d);
	return buf_detach(&b);
}

static int
child_cb(void *ctx, const struct remind_child *c)
{
	struct remind_ctx *rc = ctx;
	struct reminder r[REMIND_KINDS];
	char *text;
	int i, n = remind_eval(c, rc->today, rc->days, r);

	for (i = 0; i < n; i++) {
		text = format_line(rc, &r[i], c);
		rc->count[r[i].kind]++;
		if (r[i].kind == REMIND_BIRTHDAY) {
			if (rc->nbday == rc->capbday) {
				rc->capbday = rc->capbday ? rc->capbday * 2 : 32;
				rc->bday = xrealloc(rc->bday, rc->capbday * sizeof *rc->bday);
			}
			rc->bday[rc->nbday].days = r[i].days;
			rc->bday[rc->nbday++].text = text;
			continue;
		}
		buf_adds(&rc->out[r[i].kind], text);
		free(text);
	}
	return 0;
}

static int
by_days(const void *a, const void *b)
{
	const struct line *x = a, *y = b;

	return x->days != y->days ? (x->days < y->days ? -1 : 1) : 0;
}

static void
print_all(struct remind_ctx *rc)
{
	size_t i;
	int k;

	/* a stable sort: equal days keep class and pinyin order */
	for (i = 0; i < rc->nbday; i++)
		rc->bday[i].days = rc->bday[i].days * 1000000 + (int)i;
	qsort(rc->bday, rc->nbday, sizeof *rc->bday, by_days);
	if (rc->tsv)
		puts("kind\tid\tname\tdetail");
	for (k = 0; k < REMIND_KINDS; k++) {
		if (!rc->tsv) {
			if (k == REMIND_BIRTHDAY)
				printf(P_("%s (next %d day): %zu\n", "%s (next %d days): %zu\n",
				    rc->days), remind_kind_title((enum remind_kind)k), rc->days,
				    rc->count[k]);
			else
				printf(_("%s: %zu\n"), remind_kind_title((enum remind_kind)k),
				    rc->count[k]);
		}
		if (k == REMIND_BIRTHDAY)
			for (i = 0; i < rc->nbday; i++)
				fputs(rc->bday[i].text, stdout);
		else
			fputs(buf_str(&rc->out[k]), stdout);
		if (!rc->tsv)
			putchar('\n');
	}
}

int
cmd_remind_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("remind");
	struct remind_ctx rc;
	struct err e = { 0, "" };
	const struct cli_opt opts[] = {
		{ "--days", CLI_INT, &rc.days, NULL },
		{ "--format", CLI_CHOICE, &rc.tsv, "table|tsv" },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	size_t j;
	int i, ret = 0;

	memset(&rc, 0, sizeof rc);
	rc.days = 7;
	rc.ascii = a->ascii_only;
	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &ret) != 0)
		return ret;
	if (rc.days > 366)
		return cli_usage(c, _("--days takes a number from 0 to 366"));
	rc.today = date_today();
	if (store_remind_children(a->store, child_cb, &rc, &e) != 0)
		ret = cli_fail(&e);
	else
		print_all(&rc);
	for (i = 0; i < REMIND_KINDS; i++)
		buf_free(&rc.out[i]);
	for (j = 0; j < rc.nbday; j++)
		free(rc.bday[j].text);
	free(rc.bday);
	return ret;
}
