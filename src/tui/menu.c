/* menu.c — the F9 menu: one table of {op, screen, label}; each line shows
 * the key that does the same on the list.  See menu.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "menu.h"
#include "scr-admin.h"
#include "scr-dlg.h"
#include "scr-pack.h"
#include "widget.h"

/* L10N: the lines of the F9 menu; "…" means a dialog follows. */
static const struct menu_entry entries[] = {
	{ OP_IMPORT_EXCEL, &scr_dlg_import, N_("Import an Excel roster…"), 0 },
	{ OP_EXPORT_EXCEL, &scr_dlg_export, N_("Export Excel (the county's tables)…"), 0 },
	{ OP_PRINT, &scr_dlg_print, N_("Print…"), 0 },
	{ OP_USB_EXPORT, &scr_usb_export, N_("USB export (for the headteacher)…"), 0 },
	{ OP_USB_IMPORT, &scr_usb_import, N_("USB import (from a teacher)…"), 0 },
	{ OP_CONFLICTS, &scr_conflicts, N_("Conflicts left by USB packages"), 0 },
	{ OP_CHECKLIST, &scr_checklist, N_("Seven-clear checklist"), 0 },
	{ OP_PAIRINGS, &scr_helpers, N_("Helpers and pairings"), 0 },
	{ OP_REMIND, &scr_remind, N_("Today's reminders"), 0 },
	{ OP_STATS, &scr_stats, N_("Statistics"), 0 },
	{ OP_TRASH, &scr_trash, N_("Trash"), 0 },
	{ OP_CLASSES, &scr_classes, N_("Classes and pupils enrolled…"), 0 },
	{ OP_ACCOUNTS, &scr_accounts, N_("Accounts… (headteacher)"), 1 },
	{ OP_BACKUP, &scr_dlg_backup, N_("Back up to a USB stick… (headteacher)"), 1 },
	{ OP_RESTORE_DB, &scr_dlg_restore, N_("Restore a backup… (headteacher)"), 1 },
	{ OP_AUDIT, &scr_audit, N_("Audit log (headteacher)"), 1 },
	{ OP_HELP, &scr_help, N_("Help and how-to pages"), 0 },
};
#define NENTRIES (sizeof entries / sizeof entries[0])

const struct menu_entry *
menu_find(enum op op)
{
	size_t i;

	for (i = 0; i < NENTRIES; i++)
		if (entries[i].op == op)
			return &entries[i];
	return NULL;
}

int
menu_do(struct tui *t, enum op op)
{
	const struct menu_entry *m = menu_find(op);

	if (m == NULL)
		return 0;
	if (m->head_only && t->app->role != NULL && strcmp(t->app->role, "head") != 0) {
		/* a backup holds the whole school: tell the class teacher what
		 * keeps her own work safe instead */
		tui_say(t, "%s", op == OP_BACKUP || op == OP_RESTORE_DB ?
		    _("Only the headteacher backs up or restores the whole database; "
		    "your classes go to the headteacher with USB export (e).") :
		    _("Only the headteacher can do this."));
		t->status_attr = t->attr[TA_ERROR];
		return 1;
	}
	tui_open(t, m->cls, NULL);
	return 1;
}

/* The list's key for an op ("m", "F9"), or "". */
static void
key_of(enum op op, char *out, size_t n)
{
	const struct keydef *k;

	out[0] = '\0';
	for (k = keys_list; k->op != OP_NONE; k++)
		if (k->op == op) {
			keys_name(k->key, out, n);
			return;
		}
}

void
menu_run(struct tui *t)
{
	const char *items[NENTRIES];
	char *lines[NENTRIES], key[32];
	size_t i;
	int r;

	for (i = 0; i < NENTRIES; i++) {
		key_of(entries[i].op, key, sizeof key);
		lines[i] = xasprintf("%zu %s%s%s", i + 1, _(entries[i].label),
		    key[0] ? "  " : "", key);
		items[i] = lines[i];
	}
	r = dlg_menu(t, _("Menu"), items, (int)NENTRIES, 0);
	for (i = 0; i < NENTRIES; i++)
		free(lines[i]);
	if (r >= 0)
		menu_do(t, entries[r].op);
}
