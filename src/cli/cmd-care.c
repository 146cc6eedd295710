/* cmd-care.c — `guanai care add|list|edit|rm`: the care records (帮扶记录)
 * of the children, over the care use cases (care.h).  KIND is a code or a
 * label (家访, 亲情电话, 资助 …); a CARE_ID may be its first 8 characters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/app/care.h"
#include "guanai/app/ref.h"
#include "guanai/base/i18n.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"

/* The options of add and edit; NULL = not given. */
struct care_opts {
	const char *kind, *date, *note, *helper, *follow_up;
	double amount;
};

static int
care_add(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct care_opts o = { NULL, NULL, NULL, NULL, NULL, 0 };
	const struct cli_opt opts[] = {
		{ "--kind", CLI_STR, &o.kind, NULL },
		{ "--date", CLI_STR, &o.date, NULL },
		{ "--amount", CLI_NUM, &o.amount, NULL },
		{ "--note", CLI_STR, &o.note, NULL },
		{ "--helper", CLI_STR, &o.helper, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	char child[UUID_LEN + 1], helper[UUID_LEN + 1], day[11];
	struct err e = { 0, "" };
	struct cli_args args;
	const char *kind;
	int st;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &st) != 0)
		return st;
	if (o.kind == NULL)
		return cli_usage(c, "%s", _("care add: which kind? --kind 家访, for example"));
	if ((kind = care_kind_parse(o.kind)) == NULL)
		return cli_usage(c, _("unknown kind of care '%s'"), o.kind);
	helper[0] = '\0';
	if (ref_child(a, args.v[0], 0, child, &e) != 0 ||
	    (o.helper != NULL && ref_helper(a, o.helper, helper, &e) != 0) ||
	    care_date(o.date, day, &e) != 0 ||
	    care_record(a, child, helper[0] ? helper : NULL, kind, day, o.note,
	    o.amount, &e) != 0)
		return cli_fail(&e);
	printf(_("Recorded for %s: %s on %s\n"), args.v[0], care_kind_label(kind), day);
	return 0;
}

struct list_ctx {
	int fmt, ascii;
	size_t n;
};

static int
list_cb(void *ctx, const struct care *r)
{
	struct list_ctx *lc = ctx;
	char *who, *kind;

	if (lc->fmt == CLI_TSV) {
		printf("%s\t%s\t%s\t", r->id, r->date, r->child_id);
		cli_tsv_cell(stdout, r->child_name);
		printf("\t%s\t", r->kind);
		cli_tsv_cell(stdout, r->helper_name);
		putchar('\t');
		if (r->amount > 0)
			cli_json_num(stdout, r->amount);
		putchar('\t');
		cli_tsv_cell(stdout, r->summary);
		putchar('\n');
	} else if (lc->fmt == CLI_JSON) {
		fputs(lc->n == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ", stdout);
		cli_json_str(stdout, r->id);
		fputs(", \"child_id\": ", stdout);
		cli_json_str(stdout, r->child_id);
		fputs(", \"child_name\": ", stdout);
		cli_json_str(stdout, r->child_name);
		fputs(", \"date\": ", stdout);
		cli_json_str(stdout, r->date);
		fputs(", \"kind\": ", stdout);
		cli_json_str(stdout, r->kind);
		fputs(", \"helper_id\": ", stdout);
		cli_json_str(stdout, r->helper_id[0] ? r->helper_id : NULL);
		fputs(", \"helper_name\": ", stdout);
		cli_json_str(stdout, r->helper_name);
		fputs(", \"amount\": ", stdout);
		if (r->amount > 0)
			cli_json_num(stdout, r->amount);
		else
			fputs("null", stdout);
		fputs(", \"summary\": ", stdout);
		cli_json_str(stdout, r->summary);
		fputs(", \"follow_up\": ", stdout);
		cli_json_str(stdout, r->follow_up);
		fputc('}', stdout);
	} else {
		who = utf8_pad(r->child_name != NULL ? r->child_name : "", 8, lc->ascii);
		kind = utf8_pad(care_kind_label(r->kind), 10, lc->ascii);
		printf("%.8s  %s  %s  %s  ", r->id, r->date, who, kind);
		if (r->amount > 0)
			printf(_("%.0f yuan  "), r->amount);
		printf("%s\n", r->summary != NULL ? r->summary : "");
		free(who);
		free(kind);
	}
	lc->n++;
	return 0;
}

static int
care_ls(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct list_ctx lc = { CLI_TABLE, a->ascii_only, 0 };
	const struct cli_opt opts[] = {
		{ "--format", CLI_CHOICE, &lc.fmt, CLI_FORMATS },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	char child[UUID_LEN + 1];
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, opts, 0, 1, &args, &st) != 0)
		return st;
	if (args.n == 1 && ref_child(a, args.v[0], 0, child, &e) != 0)
		return cli_fail(&e);
	cli_list_open(lc.fmt, "id\tdate\tchild_id\tchild_name\tkind\thelper_name\tamount\tsummary");
	if (app_care_each(a, args.n == 1 ? child : NULL, list_cb, &lc, &e) != 0) {
		fflush(stdout);
		return cli_fail(&e);
	}
	if (cli_list_close(lc.fmt, lc.n))
		printf(P_("%zu care record\n", "%zu care records\n", lc.n), lc.n);
	return 0;
}

static int
care_ed(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct care_opts o = { NULL, NULL, NULL, NULL, NULL, -1 };
	const struct cli_opt opts[] = {
		{ "--kind", CLI_STR, &o.kind, NULL },
		{ "--date", CLI_STR, &o.date, NULL },
		{ "--amount", CLI_NUM, &o.amount, NULL },
		{ "--note", CLI_STR, &o.note, NULL },
		{ "--helper", CLI_STR, &o.helper, NULL },
		{ "--follow-up", CLI_STR, &o.follow_up, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct care_change ch = { NULL, NULL, NULL, NULL, NULL, -1 };
	char id[UUID_LEN + 1], helper[UUID_LEN + 1];
	struct err e = { 0, "" };
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &st) != 0)
		return st;
	if (ref_care(a, args.v[0], id, &e) != 0)
		return cli_fail(&e);
	ch.kind = o.kind;
	ch.date = o.date;
	ch.summary = o.note;
	ch.follow_up = o.follow_up;
	ch.amount = o.amount;
	if (o.helper != NULL) {
		helper[0] = '\0';
		if (o.helper[0] != '\0' && ref_helper(a, o.helper, helper, &e) != 0)
			return cli_fail(&e);
		ch.helper_id = helper;
	}
	if (care_edit(a, id, &ch, &e) != 0)
		return cli_fail(&e);
	printf(_("Care record %.8s saved.\n"), id);
	return 0;
}

static int
care_del(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct err e = { 0, "" };
	char id[UUID_LEN + 1];
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (ref_care(a, args.v[0], id, &e) != 0 || care_remove(a, id, &e) != 0)
		return cli_fail(&e);
	printf(_("Care record %.8s removed.\n"), id);
	return 0;
}

int
cmd_care_run(struct app *a, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", care_add }, { "list", care_ls }, { "edit", care_ed },
		{ "rm", care_del }, { NULL, NULL },
	};

	return cli_dispatch(a, cli_find("care"), subs, NULL, argc, argv);
}
