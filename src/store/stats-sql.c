/* stats-sql.c — the counting queries behind the statistics of DESIGN.md §11:
 * one GROUP BY per table, the register only (not the trash), within the
 * teacher's class scope.  Care and aid count from the school year start. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/core/stats.h"
#include "store-int.h"

#define SCOPE " AND (?1 = 0 OR c.class_id IN (SELECT class_id FROM temp.scope))"
#define REGISTER " FROM child c JOIN class k ON k.id = c.class_id" \
	" LEFT JOIN guardian g ON g.child_id = c.id AND g.is_primary = 1" \
	" AND g.deleted_at IS NULL WHERE c.deleted_at IS NULL" SCOPE

static const struct stat_query {
	enum stat_table_id table;
	int nested;
	const char *sql;	/* rows: k1, [k2,] value; ?1 scoped, ?2 year start */
} queries[] = {
	{ ST_BY_GRADE_GENDER, 1, "SELECT k.grade, coalesce(c.gender, 'unknown'), "
	    "count(*)" REGISTER " GROUP BY 1, 2 ORDER BY 1, 2 DESC" },
	{ ST_BY_GRADE_GENDER, 1, "SELECT k.grade, 'enrolled', sum(k.enrolled) FROM class k "
	    "WHERE k.deleted_at IS NULL AND (?1 = 0 OR k.id IN (SELECT class_id FROM "
	    "temp.scope)) GROUP BY 1 HAVING sum(k.enrolled) > 0 OR EXISTS (SELECT 1 FROM "
	    "child c JOIN class k2 ON k2.id = c.class_id WHERE k2.grade = k.grade AND "
	    "c.deleted_at IS NULL) ORDER BY 1" },
	{ ST_BY_LEFT_BEHIND_TYPE, 0, "SELECT coalesce(c.left_behind_type, 'unknown'), "
	    "count(*)" REGISTER " GROUP BY 1 ORDER BY 2 DESC, 1" },
	{ ST_BY_GUARDIAN_RELATION, 0, "SELECT CASE WHEN g.relation IN ('grandfather', "
	    "'grandmother', 'maternal_grandfather', 'maternal_grandmother') THEN "
	    "'grandparent' ELSE coalesce(g.relation, 'unknown') END, count(*)" REGISTER
	    " GROUP BY 1 ORDER BY 2 DESC, 1" },
	{ ST_BY_GUARDIAN_EDUCATION, 0, "SELECT coalesce(g.education, 'unknown'), count(*)"
	    REGISTER " GROUP BY 1 ORDER BY 2 DESC, 1" },
	{ ST_STUDY_BY_LEFT_BEHIND_TYPE, 1, "SELECT coalesce(c.left_behind_type, 'unknown'), "
	    "coalesce(c.study, 'unknown'), count(*)" REGISTER " GROUP BY 1, 2 ORDER BY 1, 2" },
	{ ST_PAIRING_COVERAGE, 0, "SELECT 'children', count(*)" REGISTER },
	{ ST_PAIRING_COVERAGE, 0, "SELECT 'paired', count(*)" REGISTER " AND EXISTS (SELECT 1 "
	    "FROM pairing p WHERE p.child_id = c.id AND p.end_date IS NULL AND "
	    "p.deleted_at IS NULL)" },
	{ ST_CARE_BY_KIND, 0, "SELECT r.kind, count(*) FROM care r JOIN child c ON "
	    "c.id = r.child_id WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND "
	    "r.date >= ?2" SCOPE " GROUP BY 1 ORDER BY 2 DESC, 1" },
	{ ST_AID_TOTAL, 0, "SELECT 'yuan', coalesce(sum(r.amount), 0) FROM care r JOIN child c "
	    "ON c.id = r.child_id WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND "
	    "r.kind IN ('aid', 'gift') AND r.date >= ?2" SCOPE },
	{ ST_AID_TOTAL, 0, "SELECT 'children', count(DISTINCT r.child_id) FROM care r JOIN "
	    "child c ON c.id = r.child_id WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL "
	    "AND r.kind IN ('aid', 'gift') AND r.amount > 0 AND r.date >= ?2" SCOPE },
};

int
store_stats(struct store *s, const char *year_start, struct stats *st, struct err *e)
{
	const struct stat_query *q;
	sqlite3_stmt *stmt;
	size_t i;
	int rc;

	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		q = &queries[i];
		stmt = store_stmt(s, q->sql, e);
		if (stmt == NULL)
			return -1;
		sqlite3_bind_int(stmt, 1, s->scoped);
		if (sqlite3_bind_parameter_count(stmt) >= 2)
			store_bind_text(stmt, 2, year_start);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
			stats_add(st, q->table, (const char *)sqlite3_column_text(stmt, 0),
			    q->nested ? (const char *)sqlite3_column_text(stmt, 1) : NULL,
			    sqlite3_column_double(stmt, q->nested ? 2 : 1));
		sqlite3_reset(stmt);
		if (rc != SQLITE_DONE)
			return store_fail(s, rc, _("counting for the statistics"), e);
	}
	return 0;
}
