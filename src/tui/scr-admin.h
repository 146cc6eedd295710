/* scr-admin.h — the headteacher's screens of the whole job (issue 11):
 * classes and enrolment, accounts, backup and restore.  Each is a screen
 * of its own file calling the src/app use case the command calls. */
#ifndef GUANAI_TUI_SCR_ADMIN_H
#define GUANAI_TUI_SCR_ADMIN_H

#include "guanai/core/records.h"
#include "screen.h"

extern const struct screen_class scr_classes;	/* scr-classes.c */
extern const struct screen_class scr_accounts;	/* scr-accounts.c */
extern const struct screen_class scr_dlg_backup;	/* dlg-backup.c */
extern const struct screen_class scr_dlg_restore;	/* dlg-backup.c */
extern const struct screen_class scr_dlg_stats;	/* dlg-stats.c */

/* dlg-secret.c: a password typed without echo in the status row; 1
 * entered (*out is the caller's, to wipe), 0 cancelled. */
int dlg_secret(struct tui *t, const char *label, char **out);
/* The same with `hint` (may be NULL) after the label: a generated
 * passphrase offered for a new package or backup. */
int dlg_secret_hint(struct tui *t, const char *label, const char *hint, char **out);
/* Asked twice; 0 when cancelled or the two differ (the status says so). */
int dlg_secret_twice(struct tui *t, const char *label, const char *again, char **out);
/* Overwrite a typed secret and free it (NULL is fine). */
void dlg_secret_wipe(char **s);

/* dlg-helper.c: a new helper asked and added (1, id filled; 0 Esc or
 * refused, the status says why); a helper's name, kind, phone changed. */
int dlg_helper_new(struct tui *t, char id[UUID_LEN + 1]);
int dlg_helper_edit(struct tui *t, const struct helper *h);

#endif
