/* sheet-private.h — what the .xlsx and .xls back ends of sheet.c share. */
#ifndef GUANAI_SHEET_PRIVATE_H
#define GUANAI_SHEET_PRIVATE_H

#include <stddef.h>

#include "guanai/base/err.h"

/* One row being collected: cells by column (missing ones are NULL). */
struct sheet_row {
	char **cells;
	size_t ncells, cap;
	long line;		/* the sheet's row number, 1-based */
};

void sheet_row_set(struct sheet_row *r, size_t col, char *owned);
void sheet_row_reset(struct sheet_row *r);

struct sheet_backend {
	/* the next row (may be blank): 1, 0 at the end, -1 + e */
	int (*next)(void *impl, struct sheet_row *row, struct err *e);
	void (*free)(void *impl);
};

int sheet_xlsx_open(const char *path, const char *fname, const char *name,
    void **impl, const struct sheet_backend **be, struct err *e);
int sheet_xls_open(const char *path, const char *fname, const char *name,
    void **impl, const struct sheet_backend **be, struct err *e);

#endif
