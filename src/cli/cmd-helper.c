/* cmd-helper.c — `guanai helper add|list|edit|rm`: the adults who look
 * after the children (helper.h).  ROLE is a code or a label (教师, 爱心妈妈,
 * 代理家长, 五老, 手拉手, 干部); a HELPER is a name, an id or its first 8
 * characters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli-json.h"
#include "guanai/app/care.h"
#include "guanai/app/helper.h"
#include "guanai/app/ref.h"
#include "guanai/base/i18n.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"

static int
helper_new(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct helper_change h = { NULL, NULL, NULL, NULL, NULL };
	const struct cli_opt opts[] = {
		{ "--role", CLI_STR, &h.kind, NULL },
		{ "--phone", CLI_STR, &h.phone, NULL },
		{ "--org", CLI_STR, &h.organisation, NULL },
		{ "--note", CLI_STR, &h.notes, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	char id[UUID_LEN + 1];
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &st) != 0)
		return st;
	if (h.kind == NULL)
		return cli_usage(c, "%s", _("helper add: which role? --role 教师, for example"));
	h.name = args.v[0];
	if (helper_add(a, &h, id, &e) != 0)
		return cli_fail(&e);
	printf(_("Helper %s added (ID %.8s).\n"), h.name, id);
	return 0;
}

struct list_ctx {
	int fmt, ascii;
	size_t n;
};

static int
list_cb(void *ctx, const struct helper *h)
{
	struct list_ctx *lc = ctx;
	char *name, *kind;

	if (lc->fmt == CLI_TSV) {
		printf("%s\t", h->id);
		cli_tsv_cell(stdout, h->name);
		printf("\t%s\t", h->kind);
		cli_tsv_cell(stdout, h->phone);
		putchar('\t');
		cli_tsv_cell(stdout, h->organisation);
		printf("\t%d\n", h->active_children);
	} else if (lc->fmt == CLI_JSON) {
		fputs(lc->n == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ", stdout);
		cli_json_str(stdout, h->id);
		fputs(", \"name\": ", stdout);
		cli_json_str(stdout, h->name);
		fputs(", \"kind\": ", stdout);
		cli_json_str(stdout, h->kind);
		fputs(", \"phone\": ", stdout);
		cli_json_str(stdout, h->phone);
		fputs(", \"organisation\": ", stdout);
		cli_json_str(stdout, h->organisation);
		fputs(", \"notes\": ", stdout);
		cli_json_str(stdout, h->notes);
		printf(", \"children\": %d}", h->active_children);
	} else {
		name = utf8_pad(h->name, 10, lc->ascii);
		kind = utf8_pad(helper_kind_label(h->kind), 12, lc->ascii);
		printf("%.8s  %s  %s  %-12s  ", h->id, name, kind, h->phone != NULL ?
		    h->phone : "");
		printf(P_("%d child\n", "%d children\n", (unsigned long)h->active_children),
		    h->active_children);
		free(name);
		free(kind);
	}
	lc->n++;
	return 0;
}

static int
helper_ls(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct list_ctx lc = { CLI_TABLE, a->ascii_only, 0 };
	const struct cli_opt opts[] = {
		{ "--format", CLI_CHOICE, &lc.fmt, CLI_FORMATS },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	int st;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &st) != 0)
		return st;
	cli_list_open(lc.fmt, "id\tname\tkind\tphone\torganisation\tchildren");
	if (app_helpers_each(a, list_cb, &lc, &e) != 0) {
		fflush(stdout);
		return cli_fail(&e);
	}
	if (cli_list_close(lc.fmt, lc.n))
		printf(P_("%zu helper\n", "%zu helpers\n", lc.n), lc.n);
	return 0;
}

static int
helper_ed(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct helper_change h = { NULL, NULL, NULL, NULL, NULL };
	const struct cli_opt opts[] = {
		{ "--name", CLI_STR, &h.name, NULL },
		{ "--role", CLI_STR, &h.kind, NULL },
		{ "--phone", CLI_STR, &h.phone, NULL },
		{ "--org", CLI_STR, &h.organisation, NULL },
		{ "--note", CLI_STR, &h.notes, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	char id[UUID_LEN + 1];
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, opts, 1, 1, &args, &st) != 0)
		return st;
	if (ref_helper(a, args.v[0], id, &e) != 0 || helper_edit(a, id, &h, &e) != 0)
		return cli_fail(&e);
	printf(_("Helper %.8s saved.\n"), id);
	return 0;
}

static int
helper_del(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	struct err e = { 0, "" };
	char id[UUID_LEN + 1];
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (ref_helper(a, args.v[0], id, &e) != 0 || helper_remove(a, id, &e) != 0)
		return cli_fail(&e);
	printf(_("Helper %s removed.\n"), args.v[0]);
	return 0;
}

int
cmd_helper_run(struct app *a, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", helper_new }, { "list", helper_ls }, { "edit", helper_ed },
		{ "rm", helper_del }, { NULL, NULL },
	};

	return cli_dispatch(a, cli_find("helper"), subs, NULL, argc, argv);
}
