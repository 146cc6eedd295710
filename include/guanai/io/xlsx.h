/* xlsx.h — writing .xlsx workbooks with libxlsxwriter (DESIGN §6, §13).
 *
 * Constant-memory mode (rows streamed to a temporary file per sheet, so
 * 100,000 children take a few MB): sheets are written one after the other,
 * rows in order.  In that mode libxlsxwriter writes strings inline
 * (t="inlineStr") rather than into sharedStrings.xml; both are text cells.
 * Every sheet has a bold, frozen header row; every cell is a text cell
 * (number format "@") unless the caller says it is a number, so ID and
 * phone numbers keep all their digits.  Column widths follow the widest
 * cell in display cells (a Chinese character counts two).  libxlsxwriter
 * does not check UTF-8 and writes a file Excel opens empty when a string is
 * invalid: every string is checked first, and an invalid one is an error
 * naming sheet, row and column.  The workbook is written under a temporary
 * name, fsync'd and renamed. */
#ifndef GUANAI_XLSX_H
#define GUANAI_XLSX_H

#include "guanai/io/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"

struct xlsx;

/* Start a workbook that will become `path`. */
int xlsx_open(struct xlsx **out, const char *path, struct err *e);
/* Start a sheet (the previous one is finished) with its header row;
 * `min_width` (may be NULL) gives each column's narrowest width in cells. */
int xlsx_sheet(struct xlsx *x, const char *name, const char *const *headers,
    const int *min_width, size_t ncols, struct err *e);
/* Append a row of ncols cells (NULL = empty); numeric[i] (may be NULL)
 * writes cell i as a number when it is a plain decimal number. */
int xlsx_row(struct xlsx *x, const char *const *cells, const unsigned char *numeric,
    struct err *e);
/* Write the file, fsync, rename over the final path, free x.  On failure
 * nothing is left at the final path (an older file there is untouched). */
int xlsx_commit(struct xlsx **x, struct err *e);
/* Give up: remove the temporary file, free x (NULL is fine). */
void xlsx_abort(struct xlsx **x);

#endif
