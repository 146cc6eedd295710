/* stats.h — the yearly work summary's statistics as the front ends get them
 * (src/app/stats-compute.c), and the words people read for its tables: one
 * definition for `guanai stats`, the statistics screen and the printed 统计表
 * (src/app/stats-label.c).  The cells themselves: guanai/core/stats.h. */
#ifndef GUANAI_APP_STATS_H
#define GUANAI_APP_STATS_H

#include "guanai/app/visible.h"

#include "guanai/base/err.h"
#include "guanai/core/stats.h"

struct app;
/* Everything: the store's counts for the current school year (from
 * GUANAI_TODAY / today), the checklist completion per class
 * (app_checklist_rates), the summary.  Honours the class scope set on
 * the store.  -1 + e on failure. */
int stats_compute(struct app *a, struct stats *st, struct err *e);
/* The same (what the front ends call). */
int app_stats(struct app *a, struct stats *st, struct err *e);

/* The table's title in the UI language (borrowed). */
const char *stats_table_title(enum stat_table_id t);
/* A row key (second = 0) or column key (second = 1) of table t as a person
 * reads it: 三年级, 男, 父母均外出, 三年级(2)班 …  Caller frees. */
char *stats_cell_label(enum stat_table_id t, const char *code, int second);

#endif
