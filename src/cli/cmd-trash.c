/* cmd-trash.c — `guanai trash [list] | trash add ID|NAME | trash restore
 * ID|NAME | trash erase ID`: the files moved out of the register (trash.h).
 * Erase, the real delete of DESIGN §8, takes the ID (or its first 8
 * characters), never a name, and only a headteacher may do it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/app/children.h"
#include "guanai/app/ref.h"
#include "guanai/app/trash.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

struct list_ctx {
	int fmt, ascii;
	size_t n;
};

static int
list_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	const char *g = record_get(r, F_GRADE), *c = record_get(r, F_CLASS_NO);
	struct list_ctx *lc = ctx;
	char *cls, *name;

	(void)k;
	if (lc->fmt == CLI_TSV) {
		printf("%s\t", r->id);
		cli_tsv_cell(stdout, record_get(r, F_NAME));
		printf("\t%s\t%s\n", g != NULL ? g : "", c != NULL ? c : "");
	} else if (lc->fmt == CLI_JSON) {
		fputs(lc->n == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ", stdout);
		cli_json_str(stdout, r->id);
		fputs(", \"name\": ", stdout);
		cli_json_str(stdout, record_get(r, F_NAME));
		printf(", \"grade\": %s, \"class_no\": %s}", g != NULL ? g : "null",
		    c != NULL ? c : "null");
	} else {
		cls = class_short_label(g != NULL ? atoi(g) : 0, c != NULL ? atoi(c) : 0);
		name = utf8_pad(record_get(r, F_NAME), 10, lc->ascii);
		printf("%s  %s  %s\n", r->id, name, cls);
		free(cls);
		free(name);
	}
	lc->n++;
	return 0;
}

static int
trash_ls(struct app *a, const struct cli_cmd *c, int argc, char **argv)
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
	cli_list_open(lc.fmt, "id\tname\tgrade\tclass");
	if (trash_list(a, list_cb, &lc, &e) != 0) {
		fflush(stdout);
		return cli_fail(&e);
	}
	if (cli_list_close(lc.fmt, lc.n))
		printf(P_("%zu child in the trash\n", "%zu children in the trash\n", lc.n),
		    lc.n);
	return 0;
}

/* add, restore, erase: one child each; *ref is what was typed. */
static int
trash_one(struct app *a, const struct cli_cmd *c, int argc, char **argv, int in_trash,
    int (*op)(struct app *, const char *, struct err *), const char **ref)
{
	struct err e = { 0, "" };
	char id[UUID_LEN + 1];
	struct cli_args args;
	int st;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &st) != 0)
		return st;
	if (ref_child(a, args.v[0], in_trash, id, &e) != 0)
		return cli_fail(&e);
	if (op == trash_erase && !str_has_prefix(id, args.v[0]) &&
	    !str_has_suffix(id, args.v[0]))
		return cli_usage(c, "%s", _("trash erase takes the ID (or its first or last "
		    "8 characters), not a name: erasing cannot be undone"));
	if (op(a, id, &e) != 0)
		return cli_fail(&e);
	*ref = args.v[0];
	return 0;
}

static int
trash_add(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	const char *ref = NULL;
	int rc = trash_one(a, c, argc, argv, 0, app_child_delete, &ref);

	if (ref != NULL)
		printf(_("%s is in the trash.\n"), ref);
	return rc;
}

static int
trash_back(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	const char *ref = NULL;
	int rc = trash_one(a, c, argc, argv, 1, app_child_restore, &ref);

	if (ref != NULL)
		printf(_("%s is back on the register.\n"), ref);
	return rc;
}

static int
trash_gone(struct app *a, const struct cli_cmd *c, int argc, char **argv)
{
	const char *ref = NULL;
	int rc = trash_one(a, c, argc, argv, 1, trash_erase, &ref);

	if (ref != NULL)
		printf(_("%s is erased.\n"), ref);
	return rc;
}

int
cmd_trash_run(struct app *a, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "list", trash_ls }, { "add", trash_add }, { "restore", trash_back },
		{ "erase", trash_gone }, { NULL, NULL },
	};

	return cli_dispatch(a, cli_find("trash"), subs, "list", argc, argv);
}
