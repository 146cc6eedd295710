/* cmd-check.c — `guanai check [--class G-N] [--format table|tsv]
 * [--confirm ID ITEM]`: the 七清楚 report (DESIGN.md §5).  The table is the
 * matrix children × 7 with what is missing named and each class's
 * completion; tsv is `id name grade class item1..item7` (clear, missing,
 * stale).  --confirm records a teacher's confirmation of an item (1-7 or
 * "all") dated today; an item whose fields are empty is refused (exit 2). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/app/checklist.h"
#include "guanai/app/children.h"
#include "guanai/app/ref.h"
#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/checklist.h"
#include "guanai/core/validate.h"
#include "guanai/app/scope.h"

struct check_ctx {
	struct app *a;
	int tsv;
	const char *sym[3];		/* clear, missing, stale */
	struct checklist_rates rates;	/* per class and in all */
};

static void
table_row(struct check_ctx *cx, const struct record *r,
    const struct check_item_result res[CHECKLIST_ITEMS])
{
	struct buf miss = BUF_INIT;
	char *name = utf8_pad(record_get(r, F_NAME), 10, cx->a->ascii_only);
	char *cls = class_short_label(atoi(record_get(r, F_GRADE)),
	    atoi(record_get(r, F_CLASS_NO)));
	char *clsp = utf8_pad(cls, 6, cx->a->ascii_only);
	int i;

	printf("%s  %s ", name, clsp);
	for (i = 0; i < CHECKLIST_ITEMS; i++) {
		printf(" %s", cx->sym[res[i].state == CHECK_CLEAR ? 0 :
		    res[i].state == CHECK_MISSING ? 1 : 2]);
		if (res[i].state == CHECK_MISSING) {
			if (miss.len > 0)
				buf_adds(&miss, _(", "));
			buf_addf(&miss, "%d %s", i + 1, _(field_table[res[i].missing].label));
		}
	}
	if (miss.len > 0)
		printf("  %s %s", _("missing:"), buf_str(&miss));
	putchar('\n');
	buf_free(&miss);
	free(name);
	free(cls);
	free(clsp);
}

static int
check_cb(void *ctx, const struct record *r, const struct check_item_result res[CHECKLIST_ITEMS])
{
	struct check_ctx *cx = ctx;
	int i;

	if (cx->tsv) {
		fputs(r->id, stdout);
		putchar('\t');
		cli_tsv_cell(stdout, record_get(r, F_NAME));
		printf("\t%s\t%s", record_get(r, F_GRADE), record_get(r, F_CLASS_NO));
		for (i = 0; i < CHECKLIST_ITEMS; i++)
			printf("\t%s", checklist_state_code(res[i].state));
		putchar('\n');
	} else
		table_row(cx, r, res);
	return 0;
}

static void
table_head(struct check_ctx *cx)
{
	char *h = utf8_pad(_("Name"), 10, cx->a->ascii_only);
	char *c = utf8_pad(_("Class"), 6, cx->a->ascii_only);
	int i;

	printf("%s  %s ", h, c);
	for (i = 1; i <= CHECKLIST_ITEMS; i++)
		printf(" %d", i);
	putchar('\n');
	free(h);
	free(c);
}

/* "All" as in "All: 3 of 4 children complete" (a context of its own:
 * the checklist screen's "All" is 确认全部). */
static const char *
all_label(void)
{
	static const char *const all = NC_("check", "All");
	const char *t = gettext(all);

	return t == all ? "All" : t;
}

/* 本学年复核 of a class or of all (`label`): the checklist screen's count
 * (checklist_review_percent of the same rates), with its items. */
static void
review_line(const char *label, const struct checklist_rate *r)
{
	int pct = checklist_review_percent(r);

	if (pct < 0)
		printf(_("%s: reviewed this school year: no item filled yet\n"), label);
	else
		printf(_("%s: reviewed this school year %d%% (%zu of %zu filled items "
		    "confirmed)\n"), label, pct, r->reviewed, r->filled);
}

static void
table_foot(struct check_ctx *cx)
{
	size_t i;
	char *cls;

	printf("\n%s %s  %s %s  %s %s\n", cx->sym[0], _("clear"), cx->sym[1], _("missing"),
	    cx->sym[2], _("to be confirmed this school year"));
	for (i = 1; i <= CHECKLIST_ITEMS; i++)
		printf("  %zu %s\n", i, checklist_item_title((int)i));
	putchar('\n');
	for (i = 0; i < cx->rates.n; i++) {
		const struct checklist_rate *cr = &cx->rates.cls[i];

		cls = class_label(cr->grade, cr->number);
		printf(_("%s: %d of %d children complete (%d%%)\n"), cls, (int)cr->complete,
		    (int)cr->children, (int)(cr->complete * 100 / cr->children));
		review_line(cls, cr);
		free(cls);
	}
	if (cx->rates.all.children > 0) {
		printf(_("All: %d of %d children complete (%d%%)\n"), (int)cx->rates.all.complete,
		    (int)cx->rates.all.children,
		    (int)(cx->rates.all.complete * 100 / cx->rates.all.children));
		/* L10N: the whole of `guanai check`'s children, as in "All: 3 of
		 * 4 children complete" */
		review_line(all_label(), &cx->rates.all);
	}
}

/* Confirm item (0 = all seven) of the child ID-or-name, dated today. */
static int
confirm(struct app *a, const char *who, int item, struct err *e)
{
	struct check_item_result res[CHECKLIST_ITEMS];
	char id[UUID_LEN + 1];
	struct record r;
	int rc, i, n;

	if (ref_child(a, who, 0, id, e) != 0)
		return -1;
	if (app_child_get(a, id, &r, e) != 0 ||
	    (n = app_checklist_confirm(a, &r, item, date_today(), res, e)) < 0) {
		record_clear(&r);
		return -1;
	}
	rc = 0;
	if (item != 0 && n == 0) {
		err_set(e, ERR_INPUT, _("%s: item %d cannot be confirmed: %s is empty"),
		    record_get(&r, F_NAME), item, _(field_table[res[item - 1].missing].label));
		rc = -1;
	} else if (n == 0) {
		err_set(e, ERR_INPUT, _("%s: nothing to confirm: every item still has empty "
		    "fields"), record_get(&r, F_NAME));
		rc = -1;
	}
	for (i = 1; i <= CHECKLIST_ITEMS && rc == 0; i++)
		if ((item == 0 || i == item) && res[i - 1].state != CHECK_MISSING)
			printf(_("Confirmed for %s: %d %s\n"), record_get(&r, F_NAME), i,
			    checklist_item_title(i));
	record_clear(&r);
	return rc;
}

int
cmd_check_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("check");
	struct child_filter f = { 0, 0, NULL, 0, NULL, NULL };
	struct check_ctx cx;
	struct err e = { 0, "" };
	struct cli_class cl = { 0, { 0 }, { 0 } };
	const char *who = NULL;
	const struct cli_opt opts[] = {
		{ "--class", CLI_CLASS, &cl, NULL },
		{ "--format", CLI_CHOICE, &cx.tsv, "table|tsv" },
		{ "--confirm", CLI_STR, &who, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct cli_args args;
	unsigned char fields[FIELD_COUNT] = { 0 };
	int item = -1, rc = 0;

	memset(&cx, 0, sizeof cx);
	cx.a = a;
	if (cli_parse(c, argc, argv, opts, 0, 1, &args, &rc) != 0)
		return rc;
	if (cl.n > 0) {
		f.grade = cl.grade[cl.n - 1];
		f.class_no = cl.number[cl.n - 1];
	}
	if (who != NULL) {	/* --confirm ID ITEM: the item is the argument */
		if (args.n != 1)
			return cli_usage(c, "%s", _("--confirm takes an ID or name and an ITEM"));
		item = strcmp(args.v[0], "all") == 0 ? 0 : atoi(args.v[0]);
		if (item < 0 || item > CHECKLIST_ITEMS || (item == 0 && strcmp(args.v[0], "all") != 0))
			return cli_usage(c, _("ITEM is a number from 1 to 7, or all"));
		return confirm(a, who, item, &e) != 0 ? cli_fail(&e) : 0;
	}
	if (args.n > 0)
		return cli_usage(c, _("unexpected argument '%s'"), args.v[0]);
	fields[F_NAME] = 1;	/* and what the rules read (app_checklist_rates) */
	f.fields = fields;
	if (a->ascii_only || utf8_cp_width(0x25A0) != 1 || utf8_cp_width(0x25A3) != 1) {
		cx.sym[0] = "#", cx.sym[1] = ".", cx.sym[2] = "~";
	} else {
		cx.sym[0] = "■", cx.sym[1] = "□", cx.sym[2] = "▣";
	}
	if (cx.tsv)
		puts("id\tname\tgrade\tclass\titem1\titem2\titem3\titem4\titem5\titem6\titem7");
	else
		table_head(&cx);
	/* the rows and the rates of one walk: the count every front end shows */
	if (app_checklist_rates(a, &f, date_today(), check_cb, &cx, &cx.rates, &e) != 0)
		rc = cli_fail(&e);
	else if (!cx.tsv)
		table_foot(&cx);
	checklist_rates_free(&cx.rates);
	return rc;
}
