/* audit-about.c — what an audit row is about (guanai/store/audit-about.h):
 * one small query a table, by the row's key, that names the child (and
 * her class), the helper, the account or the class the row belongs to, so
 * that the log says 「新增帮扶记录」 of whom.  The trigger rows hold only
 * the table and the key; the words are read when the log is shown, so an
 * erased child's name (blanked from the log by the erase) is not kept
 * here either. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/store/audit-about.h"
#include "store-int.h"

/* Every query gives the same columns: child, grade, number, helper, kind,
 * care date, user, role, school, item, and whether the row lies within a
 * teacher's scope.  ?1 the row's key; ?2 1 when a teacher's scope
 * applies. */
#define IN_SCOPE ", (?2 = 0 OR c.class_id IN (SELECT class_id FROM temp.scope))"
#define ANY_SCOPE ", ?2 IN (0, 1)"
#define CHILD_COLS "SELECT c.name, cl.grade, cl.number"
#define CHILD_JOIN " JOIN child c ON c.id = x.child_id JOIN class cl ON cl.id = c.class_id"

static const struct about_sql {
	const char *tbl, *sql;
} about_sql[] = {
	{ "child", CHILD_COLS ", NULL, NULL, NULL, NULL, NULL, NULL, 0" IN_SCOPE
	    " FROM child c JOIN class cl ON cl.id = c.class_id WHERE c.id = ?1" },
	{ "parent", CHILD_COLS ", NULL, NULL, NULL, NULL, NULL, NULL, 0" IN_SCOPE
	    " FROM parent x" CHILD_JOIN " WHERE x.id = ?1" },
	{ "guardian", CHILD_COLS ", NULL, NULL, NULL, NULL, NULL, NULL, 0" IN_SCOPE
	    " FROM guardian x" CHILD_JOIN " WHERE x.id = ?1" },
	{ "care", CHILD_COLS ", h.name, x.kind, x.date, NULL, NULL, NULL, 0" IN_SCOPE
	    " FROM care x" CHILD_JOIN " LEFT JOIN helper h ON h.id = x.helper_id"
	    " WHERE x.id = ?1" },
	{ "pairing", CHILD_COLS ", h.name, x.role, NULL, NULL, NULL, NULL, 0" IN_SCOPE
	    " FROM pairing x" CHILD_JOIN " LEFT JOIN helper h ON h.id = x.helper_id"
	    " WHERE x.id = ?1" },
	{ "checklist_confirm", CHILD_COLS ", NULL, NULL, NULL, NULL, NULL, NULL, x.item"
	    IN_SCOPE " FROM checklist_confirm x" CHILD_JOIN " WHERE x.id = ?1" },
	{ "helper", "SELECT NULL, 0, 0, x.name, x.kind, NULL, NULL, NULL, NULL, 0"
	    ANY_SCOPE " FROM helper x WHERE x.id = ?1" },
	{ "user", "SELECT NULL, 0, 0, NULL, NULL, NULL, x.name, x.role, NULL, 0"
	    ANY_SCOPE " FROM \"user\" x WHERE x.id = ?1" },
	{ "user_class", "SELECT NULL, cl.grade, cl.number, NULL, NULL, NULL, u.name, u.role,"
	    " NULL, 0" ANY_SCOPE " FROM user_class x JOIN \"user\" u ON u.id = x.user_id"
	    " LEFT JOIN class cl ON cl.id = x.class_id WHERE x.id = ?1" },
	{ "class", "SELECT NULL, x.grade, x.number, NULL, NULL, NULL, NULL, NULL, NULL, 0"
	    ANY_SCOPE " FROM class x WHERE x.id = ?1" },
	{ "school", "SELECT NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, x.name, 0"
	    ANY_SCOPE " FROM school x WHERE x.id = ?1" },
};

void
audit_about_clear(struct audit_about *ab)
{
	free(ab->child);
	free(ab->helper);
	free(ab->kind);
	free(ab->care_date);
	free(ab->user);
	free(ab->role);
	free(ab->school);
	memset(ab, 0, sizeof *ab);
}

/* An account removed for good: its name as its erase entry (or that of
 * one of its classes) kept it (users.c). */
static int
removed_account(struct store *s, const char *tbl, const char *row_id,
    struct audit_about *ab, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	st = store_stmt(s, "SELECT substr(detail, 9) FROM audit WHERE tbl = ?1 AND "
	    "row_id = ?2 AND action = 'erase' AND detail LIKE 'account=%' LIMIT 1", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, tbl);
	store_bind_text(st, 2, row_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		ab->user = store_col_text(st, 0);
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the audit log"), e);
	return 0;
}

int
store_audit_about(struct store *s, const char *tbl, const char *row_id,
    struct audit_about *ab, struct err *e)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc;

	memset(ab, 0, sizeof *ab);
	if (tbl == NULL || row_id == NULL)
		return 0;
	for (i = 0; i < sizeof about_sql / sizeof about_sql[0]; i++)
		if (strcmp(about_sql[i].tbl, tbl) == 0) {
			st = store_stmt(s, about_sql[i].sql, e);
			if (st == NULL)
				return -1;
			break;
		}
	if (st == NULL)		/* a table a newer guanai logs */
		return 0;
	store_bind_text(st, 1, row_id);
	sqlite3_bind_int(st, 2, s->scoped ? 1 : 0);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int(st, 10) == 0) {
		ab->outside = 1;	/* read nothing of a child outside the scope */
		rc = SQLITE_DONE;
	} else if (rc == SQLITE_ROW) {
		ab->child = store_col_text(st, 0);
		ab->grade = sqlite3_column_int(st, 1);
		ab->number = sqlite3_column_int(st, 2);
		ab->helper = store_col_text(st, 3);
		ab->kind = store_col_text(st, 4);
		ab->care_date = store_col_text(st, 5);
		ab->user = store_col_text(st, 6);
		ab->role = store_col_text(st, 7);
		ab->school = store_col_text(st, 8);
		ab->item = sqlite3_column_int(st, 9);
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the audit log"), e);
	if (ab->outside || ab->user != NULL || ab->grade > 0 ||
	    (strcmp(tbl, "user") != 0 && strcmp(tbl, "user_class") != 0))
		return 0;
	return removed_account(s, tbl, row_id, ab, e);
}
