/* backup.c — the backup and restore use cases shared by the CLI and TUI. */
#include "config.h"

#include "guanai/app/account.h"
#include "guanai/app/app.h"
#include "guanai/app/backup.h"
#include "guanai/base/i18n.h"
#include "guanai/store/backup.h"
#include "guanai/store/store.h"

int
app_backup(struct app *a, const char *dest, struct err *e)
{
	/* a backup holds every class: not a teacher account's to take */
	if (app_require_head(a, _("back up the whole database"), e) != 0)
		return -1;
	if (store_backup(a->store, dest, e) != 0)
		return -1;
	/* the copy holds everything: worth a line in the audit log */
	return store_audit_event(a->store, "backup", dest, e);
}

int
app_restore(struct app *a, const char *src, char **kept, struct err *e)
{
	struct err ignored = { 0, "" };

	if (a->store != NULL) {
		err_set(e, ERR_USAGE, _("close the database before restoring a backup"));
		return -1;
	}
	if (store_restore(a->db_path, src, kept, e) != 0)
		return -1;
	/* record who restored, in the restored database */
	if (app_open(a, APP_OPEN_EXISTING, &ignored) == 0) {
		store_audit_event(a->store, "restore", src, &ignored);
		store_close(&a->store);
	}
	return 0;
}
