/* stats.h — the statistics of the yearly work summary (DESIGN.md §11).
 *
 * Each table is a list of cells (key, optional sub-key, value) in a fixed
 * order; its `key` is the name used by `stats --format json`.  The store
 * fills the counting tables (store_stats), the application adds the
 * 七清楚 completion (stats_compute, guanai/app/stats.h), and the pure functions here keep the
 * cells and write the summary paragraph. */
#ifndef GUANAI_CORE_STATS_H
#define GUANAI_CORE_STATS_H

#include "guanai/core/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"

enum stat_table_id {
	ST_BY_GRADE_GENDER,		/* "3" × m/f/enrolled */
	ST_BY_LEFT_BEHIND_TYPE,
	ST_BY_GUARDIAN_RELATION,	/* grandparents counted as "grandparent" */
	ST_BY_GUARDIAN_EDUCATION,
	ST_STUDY_BY_LEFT_BEHIND_TYPE,	/* type × study level */
	ST_CHECKLIST_BY_CLASS,		/* "3-2" × children/complete */
	ST_PAIRING_COVERAGE,		/* children, paired */
	ST_CARE_BY_KIND,		/* this school year */
	ST_AID_TOTAL,			/* yuan, children */
	ST_COUNT
};

struct stat_cell {
	char *k1, *k2;			/* k2 NULL for a flat table */
	double v;
};

struct stat_table {
	const char *key;		/* JSON key */
	int nested;			/* cells have a sub-key */
	struct stat_cell *cells;
	size_t n, cap;
};

struct stats {
	struct stat_table t[ST_COUNT];
	char *summary;			/* stats_summary_text(), set by stats_compute */
	long derived;			/* children whose type was derived (§6) */
	long classes_unenrolled;	/* classes with children, no 在校学生数 */
	long unenrolled_grade[10];	/* the same by grade (1–9) */
	enum stats_scope {		/* what the paragraph calls the counted */
		STATS_SCHOOL,		/* 本校 */
		STATS_ONE_CLASS,	/* 本班: one class chosen, or a teacher's one */
		STATS_CLASSES		/* 所选班级: a teacher's several classes */
	} scope;
};

void stats_init(struct stats *st);
/* Empty one table (its cells are counted again). */
void stats_clear_table(struct stats *st, enum stat_table_id t);
/* Order a table as the queries do: flat tables by count (largest first)
 * then key, nested ones by key and inner key. */
void stats_sort_table(struct stats *st, enum stat_table_id t);
void stats_free(struct stats *st);
/* Add v to the cell (k1, k2), creating it at the end when new. */
void stats_add(struct stats *st, enum stat_table_id t, const char *k1, const char *k2,
    double v);
/* The value of a cell, 0 when absent; k1 NULL sums the whole table. */
double stats_get(const struct stats *st, enum stat_table_id t, const char *k1,
    const char *k2);
/* A cell's number as every table shows it (screen, CLI, CSV, XLSX, PDF):
 * the number, except a grade's 在校学生数 when some of its classes (with
 * children) have none: 「未填」 when none has one, else 「85（1个班未填）」
 * — never a 0 or a part passed off as the grade's.  *is_number (may be
 * NULL) says whether the text is a plain number.  Caller frees. */
char *stats_cell_value(const struct stats *st, enum stat_table_id t,
    const struct stat_cell *c, int *is_number);
/* A number v of pupils enrolled added up from classes, missing more of
 * which have none: the number, 「未填」 when none has one, else
 * 「40（另有1个班未填）」 (stats_cell_value's words, and the 班级 screen's
 * total).  *is_number as above.  Caller frees. */
char *stats_enrolled_text(double v, long missing, int *is_number);

/* The paragraph for the work summary, numbers filled in, in the UI
 * language (「本校共有留守儿童102人，占在校学生总数的18.34%……」).
 * Caller frees. */
char *stats_summary_text(const struct stats *st);

#endif
