/* sheet.h — the rows of an Excel workbook (.xlsx or .xls) as the same
 * records the CSV reader gives (DESIGN §6), so that import applies one set
 * of row rules to every file a teacher has.
 *
 * Each cell is the text Excel shows for it: strings as typed, numbers in
 * Excel's General format (an 18-digit ID that Excel stored as a number
 * comes out as "4.31226E+17", exactly what the teacher sees), dates as
 * YYYY-MM-DD.  Rows wholly blank are skipped; a record's line is the
 * sheet's row number and its raw text is the row written as one CSV line
 * (formula-escaped), for the rejected file.  .xlsx is read with minizip and
 * expat (streamed: memory is bounded by the shared strings and one row),
 * .xls (BIFF5/8) with FreeXL. */
#include "guanai/io/visible.h"

#ifndef GUANAI_SHEET_H
#define GUANAI_SHEET_H

#include <stddef.h>

#include "guanai/io/csv.h"
#include "guanai/base/err.h"

struct sheet_reader;

/* 1 when path names an Excel file (.xlsx or .xls, any case). */
int sheet_is_excel(const char *path);
/* Open the sheet called `name` (NULL: the first sheet) of an .xlsx or .xls
 * file.  0 and *out (free with sheet_reader_free), or -1 + e (ERR_INPUT:
 * not a workbook, no such sheet — e lists the sheets; ERR_IO: unreadable). */
int sheet_open(const char *path, const char *name, struct sheet_reader **out,
    struct err *e);
void sheet_reader_free(struct sheet_reader **r);
/* The next non-blank row: 1 (valid until the next call; fields may be
 * changed in place), 0 at the end, -1 + e on a broken file. */
int sheet_next(struct sheet_reader *r, struct csv_record *rec, struct err *e);

/* Excel's General format of a number ("12", "0.5", "4.31226E+17"). */
void sheet_format_general(double v, char *out, size_t n);
/* YYYY-MM-DD of a date serial (1900 or, when date1904, 1904 system);
 * "" when out of range. */
void sheet_format_date(double serial, int date1904, char *out, size_t n);

#endif
