/* cmd-unpack.c — `guanai unpack FILE [--preview] [--passphrase-file F]`,
 * `guanai unpack --conflicts` and `guanai unpack --resolve ID mine|theirs`:
 * merge a USB package, list and settle the conflicts. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/pack.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli-secret.h"
#include "guanai/cli/cli.h"

struct listing {
	const char *heading;	/* printed before the first conflict */
	size_t n;
};

static int
print_conflict(void *ctx, const struct sync_conflict *c)
{
	struct listing *l = ctx;
	char *mine = app_conflict_value(c, c->mine, 1);
	char *theirs = app_conflict_value(c, c->theirs, 1);
	char when[DATE_LOCAL_SIZE];
	const char *kept;

	if (l->n++ == 0 && l->heading != NULL)
		fputs(l->heading, stdout);
	if (c->resolved_at != NULL)
		kept = strcmp(c->resolution, "theirs") == 0 ? _("settled: theirs") :
		    _("settled: mine");
	else
		kept = strcmp(c->resolution, "auto_theirs") == 0 ?
		    _("kept theirs (newer)") : _("kept mine (newer)");
	printf("  %s  %s  %s: ", c->id, c->child_name != NULL ? c->child_name : "-",
	    app_conflict_label(c));
	date_utc_local(c->their_at != NULL ? c->their_at : "?", when);
	printf(_("mine \"%s\", theirs \"%s\" (%s, %s) — %s\n"), mine, theirs,
	    c->their_actor != NULL ? c->their_actor : "?", when, kept);
	free(mine);
	free(theirs);
	return 0;
}

static int
list_conflicts(struct app *a)
{
	struct listing l = { NULL, 0 };
	struct err e = { 0, "" };

	l.heading = _("Conflicts waiting for a decision:\n");
	if (app_conflicts_each(a, 1, print_conflict, &l, &e) != 0)
		return cli_fail(&e);
	if (l.n == 0)
		printf(_("No conflicts are waiting.\n"));
	return 0;
}

static int
resolve(struct app *a, const struct cli_cmd *c, const char *id, const char *which)
{
	struct err e = { 0, "" };
	int theirs, rc;

	if (strcmp(which, "mine") == 0)
		theirs = 0;
	else if (strcmp(which, "theirs") == 0)
		theirs = 1;
	else
		return cli_usage(c, _("--resolve takes a conflict id and mine or theirs"));
	rc = app_conflict_resolve(a, id, theirs, &e);
	if (rc < 0)
		return cli_fail(&e);
	if (rc == 1) {
		cli_error(_("there is no conflict %s"), id);
		return ERR_USAGE;
	}
	printf(theirs ? _("Conflict %s settled: their value kept.\n") :
	    _("Conflict %s settled: your value kept.\n"), id);
	return 0;
}

static void
report(const char *file, const struct sync_stats *st, int preview)
{
	char *from = app_unpack_origin(st), when[DATE_LOCAL_SIZE];

	date_utc_local(st->packed_at, when);
	printf(_("%s: from %s, packed at %s\n"), file, from, when);
	free(from);
	if (st->already) {
		printf(_("This package (or a newer one from the same computer) was "
		    "merged before; nothing changed.\n"));
		return;
	}
	printf(P_("%zu new child, ", "%zu new children, ", st->new_children),
	    st->new_children);
	printf(P_("%zu updated, ", "%zu updated, ", st->updated_children),
	    st->updated_children);
	printf(P_("%zu conflict\n", "%zu conflicts\n", st->conflicts), st->conflicts);
	if (st->skipped > 0)
		printf(P_("%zu record of other classes was left out (not your class).\n",
		    "%zu records of other classes were left out (not your classes).\n",
		    st->skipped), st->skipped);
	if (preview)
		printf(_("Preview only: nothing was changed.\n"));
	else if (st->conflicts > 0)
		printf(_("The newer value was kept for each conflict; settle them in the "
		    "conflicts screen or with: guanai unpack --resolve ID mine|theirs\n"));
}

int
cmd_unpack_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("unpack");
	const char *file = NULL, *passfile = NULL, *conflict = NULL;
	int preview = 0, conflicts = 0, rc;
	const struct cli_opt opts[] = {
		{ "--preview", CLI_FLAG, &preview, NULL },
		{ "--conflicts", CLI_FLAG, &conflicts, NULL },
		{ "--resolve", CLI_STR, &conflict, NULL },
		{ "--passphrase-file", CLI_STR, &passfile, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct listing l = { NULL, 0 };
	struct sync_stats st;
	struct err e = { 0, "" };
	struct cli_args args;
	char *pass = NULL;

	if (cli_parse(c, argc, argv, opts, 0, 1, &args, &rc) != 0)
		return rc;
	if (conflicts) {
		if (args.n > 0 || conflict != NULL || preview || passfile != NULL)
			return cli_usage(c, "%s", _("--conflicts stands alone"));
		return list_conflicts(a);
	}
	if (conflict != NULL) {
		if (args.n != 1 || preview || passfile != NULL)
			return cli_usage(c, _("--resolve takes a conflict id and mine or theirs"));
		return resolve(a, c, conflict, args.v[0]);
	}
	if (args.n == 0)
		return cli_usage(c, _("unpack: which file?"));
	file = args.v[0];
	/* not a package: said before the passphrase is asked for */
	if (app_unpack_check(file, &e) != 0)
		return cli_fail(&e);
	if (cli_secret_read(passfile, "GUANAI_PASSPHRASE",
	    _("Passphrase of the package: "), NULL, &pass, &e) != 0)
		return cli_fail(&e);
	l.heading = preview ? _("Conflicts (the newer value would be kept):\n") :
	    _("Conflicts (the newer value was kept):\n");
	rc = app_unpack(a, file, pass, preview, print_conflict, &l, NULL, NULL, &st, &e);
	cli_secret_free(&pass);
	if (rc != 0)
		return cli_fail(&e);
	report(file, &st, preview);
	return 0;
}
