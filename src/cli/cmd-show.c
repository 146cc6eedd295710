/* cmd-show.c — `guanai show ID|NAME`: one child's whole file, labels in
 * the UI language, phone and ID numbers whole (this is the record view),
 * then pairings, care records and the 七清楚 state.  The child is named
 * by ref_child (an ID, its first or last 8 characters, a name); a name
 * shared by several children lists them (with their ids) and exits 1. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/app/checklist.h"
#include "guanai/app/children.h"
#include "guanai/app/ref.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/checklist.h"
#include "guanai/core/validate.h"

static void
print_section(const struct record *r, enum entity ent, const char *title, int ascii)
{
	const struct field *f;
	char *label, *val;
	int i, w = 8;

	for (i = 0; i < FIELD_COUNT; i++)	/* the widest label, up to 24 cells */
		if (utf8_width(_(field_table[i].label)) > w)
			w = utf8_width(_(field_table[i].label));
	if (w > 24)
		w = 24;
	printf("\n%s\n", title);
	for (i = 0; i < FIELD_COUNT; i++) {
		f = &field_table[i];
		if (f->entity != ent && !(ent == ENT_CHILD && f->entity == ENT_CLASS))
			continue;
		label = utf8_pad(_(f->label), w, ascii);
		val = field_display(f, r->v[i]);
		printf("  %s %s\n", label, val[0] ? val : "-");
		free(label);
		free(val);
	}
}

static int
pairing_cb(void *ctx, const struct pairing *p)
{
	(void)ctx;
	printf("  %s  %s  %s%s%s\n", p->helper_name, helper_kind_label(p->role), p->start,
	    p->end != NULL ? " - " : "", p->end != NULL ? p->end : "");
	return 0;
}

static int
care_cb(void *ctx, const struct care *c)
{
	int *n = ctx;

	if ((*n)++ >= 20)
		return 0;
	printf("  %s  %s", c->date, care_kind_label(c->kind));
	if (c->amount > 0)
		printf(_("  %.0f yuan"), c->amount);
	printf("  %s\n", c->summary != NULL ? c->summary : "");
	return 0;
}

static int
print_extras(struct app *a, const struct record *r, struct err *e)
{
	struct check_item_result res[CHECKLIST_ITEMS];
	int i, n = 0;

	printf("\n%s\n", _("Pairings"));
	if (app_pairings_each(a, r->id, NULL, 0, pairing_cb, NULL, e) != 0)
		return -1;
	printf("\n%s\n", _("Care records"));
	if (app_care_each(a, r->id, care_cb, &n, e) != 0)
		return -1;
	if (n > 20)
		printf(_("  … and %d more\n"), n - 20);
	if (app_checklist_eval(a, r, date_today(), res, NULL, e) != 0)
		return -1;
	printf("\n%s\n", _("Checklist (七清楚)"));
	for (i = 0; i < CHECKLIST_ITEMS; i++) {
		char *title = utf8_pad(checklist_item_title(i + 1), 28, a->ascii_only);

		printf("  %d %s ", i + 1, title);
		if (res[i].state == CHECK_CLEAR)
			printf("%s", _("clear"));
		else if (res[i].state == CHECK_STALE)
			printf("%s", _("to be confirmed this school year"));
		else
			printf(_("missing: %s"), _(field_table[res[i].missing].label));
		putchar('\n');
		free(title);
	}
	return 0;
}

int
cmd_show_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("show");
	struct err e = { 0, "" };
	char id[UUID_LEN + 1], *cls;
	struct cli_args args;
	struct record r;
	int rc;

	if (cli_parse(c, argc, argv, NULL, 1, 1, &args, &rc) != 0)
		return rc;
	if (ref_child(a, args.v[0], 0, id, &e) != 0)
		return cli_fail(&e);
	record_init(&r);
	if (app_child_get(a, id, &r, &e) != 0) {
		record_clear(&r);
		return cli_fail(&e);
	}
	cls = class_label(atoi(record_get(&r, F_GRADE) ? record_get(&r, F_GRADE) : "0"),
	    atoi(record_get(&r, F_CLASS_NO) ? record_get(&r, F_CLASS_NO) : "0"));
	printf("%s · %s\n%s %s\n", record_get(&r, F_NAME), cls, _("ID:"), r.id);
	free(cls);
	print_section(&r, ENT_CHILD, _("Basic information"), a->ascii_only);
	print_section(&r, ENT_FATHER, _("Father"), a->ascii_only);
	print_section(&r, ENT_MOTHER, _("Mother"), a->ascii_only);
	print_section(&r, ENT_GUARDIAN, _("Guardian"), a->ascii_only);
	rc = print_extras(a, &r, &e) != 0 ? cli_fail(&e) : 0;
	record_clear(&r);
	return rc;
}
