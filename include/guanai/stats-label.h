/* stats-label.h — the words people read for the statistics tables: one
 * definition for `guanai stats`, the statistics screen and the printed 统计表. */
#ifndef GUANAI_STATS_LABEL_H
#define GUANAI_STATS_LABEL_H

#include "guanai/stats.h"

/* The table's title in the UI language (borrowed). */
const char *stats_table_title(enum stat_table_id t);
/* A row key (second = 0) or column key (second = 1) of table t as a person
 * reads it: 三年级, 男, 父母均外出, 三年级(2)班 …  Caller frees. */
char *stats_cell_label(enum stat_table_id t, const char *code, int second);

#endif
