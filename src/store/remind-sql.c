/* remind-sql.c — the facts the reminder rules need, one row per child of
 * the register (within the class scope), streamed in class and pinyin
 * order. */
#include "config.h"

#include "guanai/base/i18n.h"
#include "guanai/core/remind.h"
#include "store-int.h"

int
store_remind_children(struct store *s, remind_child_fn fn, void *ctx, struct err *e)
{
	struct remind_child c;
	sqlite3_stmt *st;
	int rc, ret = 0;

	st = store_stmt(s, "SELECT c.id, c.name, c.birth_date, k.grade, k.number, "
	    "EXISTS (SELECT 1 FROM pairing p WHERE p.child_id = c.id AND "
	    "p.end_date IS NULL AND p.deleted_at IS NULL), "
	    "(SELECT max(r.date) FROM care r WHERE r.child_id = c.id AND "
	    "r.deleted_at IS NULL), g.age, g.health, g.relation "
	    "FROM child c JOIN class k ON k.id = c.class_id LEFT JOIN guardian g ON "
	    "g.child_id = c.id AND g.is_primary = 1 AND g.deleted_at IS NULL "
	    "WHERE c.deleted_at IS NULL AND (?1 = 0 OR c.class_id IN (SELECT class_id "
	    "FROM temp.scope)) ORDER BY k.grade, k.number, c.sort_key, c.id", e);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, s->scoped);
	store_stmt_hold(s, st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c.id = (const char *)sqlite3_column_text(st, 0);
		c.name = (const char *)sqlite3_column_text(st, 1);
		c.birth_date = (const char *)sqlite3_column_text(st, 2);
		c.grade = sqlite3_column_int(st, 3);
		c.class_no = sqlite3_column_int(st, 4);
		c.paired = sqlite3_column_int(st, 5);
		c.last_care = (const char *)sqlite3_column_text(st, 6);
		c.guardian_age = (const char *)sqlite3_column_text(st, 7);
		c.guardian_health = (const char *)sqlite3_column_text(st, 8);
		c.guardian_relation = (const char *)sqlite3_column_text(st, 9);
		if ((ret = fn(ctx, &c)) != 0)
			break;
	}
	sqlite3_reset(st);
	store_stmt_hold(s, st, 0);
	if (ret == 0 && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the reminders"), e);
	return ret;
}
