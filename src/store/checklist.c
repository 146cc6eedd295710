/* checklist.c — 七清楚 confirmations: the last date of each item, and a
 * teacher's confirmation. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "store-int.h"

int
store_checklist_get(struct store *s, const char *child_id, char *confirmed[CHECKLIST_ITEMS],
    struct err *e)
{
	sqlite3_stmt *st;
	int rc, item;

	memset(confirmed, 0, 7 * sizeof confirmed[0]);
	st = store_stmt(s, "SELECT item, max(confirmed_on) FROM checklist_confirm "
	    "WHERE child_id = ? AND deleted_at IS NULL GROUP BY item", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, child_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		item = sqlite3_column_int(st, 0);
		if (item >= 1 && item <= CHECKLIST_ITEMS) {
			free(confirmed[item - 1]);
			confirmed[item - 1] = store_col_text(st, 1);
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		for (item = 0; item < CHECKLIST_ITEMS; item++)
			xfree(&confirmed[item]);
		return store_fail(s, rc, _("reading the checklist"), e);
	}
	return 0;
}

int
store_checklist_confirm(struct store *s, const char *child_id, int item,
    const char *date, struct err *e)
{
	sqlite3_stmt *st;
	char id[UUID_LEN + 1], now[DATE_UTC_SIZE];

	if (item < 1 || item > CHECKLIST_ITEMS) {
		err_set(e, ERR_USAGE, _("checklist item %d does not exist (1-7)"), item);
		return -1;
	}
	st = store_stmt(s, "INSERT INTO checklist_confirm (id, child_id, item, "
	    "confirmed_on, confirmed_by, created_at, updated_at) "
	    "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?6 WHERE EXISTS "
	    "(SELECT 1 FROM child WHERE id = ?2 AND deleted_at IS NULL)", e);
	if (st == NULL)
		return -1;
	store_new_id(s, id);
	store_now(now);
	store_bind_text(st, 1, id);
	store_bind_text(st, 2, child_id);
	sqlite3_bind_int(st, 3, item);
	store_bind_text(st, 4, date);
	store_bind_text(st, 5, s->actor);
	store_bind_text(st, 6, now);
	if (store_step_done(s, st, _("confirming a checklist item"), e) != 0)
		return -1;
	if (sqlite3_changes(s->db) == 0) {
		err_set(e, ERR_INPUT, _("%s: no such child on the register"), child_id);
		return -1;
	}
	return 0;
}
