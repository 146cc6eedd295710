/* stats-save.h — the statistics of one class or of the whole school, and
 * saving them: the tables as an .xlsx workbook (one sheet per table, the
 * paragraph on the first), the paragraph as a UTF-8 text file for the
 * 工作总结.  Shared by the statistics screen and any other front end. */
#ifndef GUANAI_STATS_SAVE_H
#define GUANAI_STATS_SAVE_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/app/stats.h"

/* stats_compute for the class G-N (grade 0: every class the account may
 * see).  A class outside a teacher's scope is refused (ERR_USAGE); the
 * account's scope is as before afterwards.  0, or -1 with e. */
int stats_for(struct app *a, int grade, int class_no, struct stats *st, struct err *e);
/* Write the tables to `path` (.xlsx): a sheet with the paragraph, then a
 * sheet per table — flat tables as item/number, nested ones as a grid —
 * numbers as number cells, then 填报信息 (export_xlsx_about: the school,
 * the class G-N counted — grade 0: the account's classes —, who, the
 * date).  Audited.  Nothing is left at `path` on failure. */
int stats_save_xlsx(struct app *a, const struct stats *st, int grade, int class_no,
    const char *path, struct err *e);
/* Write the paragraph to `path` (UTF-8 text, atomically).  Audited. */
int stats_save_text(struct app *a, const struct stats *st, const char *path,
    struct err *e);

#endif
