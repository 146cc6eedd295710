/* backup.h — `guanai backup` / `guanai restore` (src/app/backup.c,
 * DESIGN.md §7): copies of the whole database, written and checked by the
 * store (guanai/store/backup.h).  Every function returns 0 or -1 with `e`
 * set and changes nothing on failure. */
#ifndef GUANAI_APP_BACKUP_H
#define GUANAI_APP_BACKUP_H

#include "guanai/app/visible.h"

#include "guanai/base/err.h"

struct app;
/* Back up the open database to `dest` and note it in the audit log. */
int app_backup(struct app *a, const char *dest, struct err *e);
/* Restore a->db_path from `src` (the database must not be open); *kept as
 * for store_restore. */
int app_restore(struct app *a, const char *src, char **kept, struct err *e);

#endif
