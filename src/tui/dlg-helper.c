/* dlg-helper.c — a helper's name, kind and phone asked in a row of
 * prompts, for a new helper (the pairing screen's n, the record's 结对
 * tab's 「新帮扶人…」) and for changing one (e on the pairing screen).
 * helper_add / helper_edit (helper.h) check and save. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/app/helper.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "scr-admin.h"
#include "widget.h"

static int
kind_index(const char *code)
{
	int i;

	for (i = 0; code != NULL && helper_kinds[i].code != NULL; i++)
		if (strcmp(helper_kinds[i].code, code) == 0)
			return i;
	return 0;
}

/* Name, kind, phone; 1 answered (the strings the caller's), 0 Esc. */
static int
ask_helper(struct tui *t, const struct helper *cur, char **name, int *kind, char **phone)
{
	const char *items[16];
	int n;

	*name = *phone = NULL;
	if (!dlg_prompt(t, _("Helper's name:"), cur != NULL && cur->name ? cur->name : "",
	    name) || str_empty(*name))
		goto no;
	for (n = 0; helper_kinds[n].code != NULL && n < 15; n++)
		items[n] = _(helper_kinds[n].label);
	if ((*kind = dlg_menu(t, _("Kind of helper"), items, n,
	    cur != NULL ? kind_index(cur->kind) : 0)) < 0)
		goto no;
	if (!dlg_prompt(t, _("Phone (may be empty):"), cur != NULL && cur->phone ?
	    cur->phone : "", phone))
		goto no;
	return 1;
no:
	xfree(name);
	xfree(phone);
	return 0;
}

int
dlg_helper_new(struct tui *t, char id[UUID_LEN + 1])
{
	struct helper_change ch;
	struct err e = { 0, "" };
	char *name, *phone;
	int kind, rc = 0;

	if (!ask_helper(t, NULL, &name, &kind, &phone))
		return 0;
	memset(&ch, 0, sizeof ch);
	ch.name = name;
	ch.kind = helper_kinds[kind].code;
	ch.phone = phone;
	if (helper_add(t->app, &ch, id, &e) != 0)
		tui_fail(t, &e);
	else {
		tui_say(t, _("Helper %s added."), name);
		rc = 1;
	}
	free(name);
	free(phone);
	return rc;
}

int
dlg_helper_edit(struct tui *t, const struct helper *h)
{
	struct helper_change ch;
	struct err e = { 0, "" };
	char *name, *phone;
	int kind, rc = 0;

	if (!ask_helper(t, h, &name, &kind, &phone))
		return 0;
	memset(&ch, 0, sizeof ch);
	ch.name = name;
	ch.kind = helper_kinds[kind].code;
	ch.phone = phone;
	if (helper_edit(t->app, h->id, &ch, &e) != 0)
		tui_fail(t, &e);
	else {
		tui_say(t, _("Helper %s changed."), name);
		rc = 1;
	}
	free(name);
	free(phone);
	return rc;
}
