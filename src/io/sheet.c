/* sheet.c — Excel workbooks as a stream of records; the format back ends
 * are sheet-xlsx.c and sheet-xls.c.  See guanai/sheet.h. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/io/sheet.h"
#include "sheet-private.h"

struct sheet_reader {
	void *impl;
	const struct sheet_backend *be;
	struct sheet_row row;
	char **fields;		/* the record's view: never NULL cells */
	size_t cap;
	struct buf raw;
};

int
sheet_is_excel(const char *path)
{
	size_t n = strlen(path);

	return (n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0) ||
	    (n > 4 && strcasecmp(path + n - 4, ".xls") == 0);
}

void
sheet_row_set(struct sheet_row *r, size_t col, char *owned)
{
	if (col >= r->cap) {
		size_t cap = r->cap ? r->cap : 32;

		while (cap <= col)
			cap *= 2;
		r->cells = xrealloc(r->cells, cap * sizeof *r->cells);
		memset(r->cells + r->cap, 0, (cap - r->cap) * sizeof *r->cells);
		r->cap = cap;
	}
	free(r->cells[col]);
	r->cells[col] = owned;
	if (col + 1 > r->ncells)
		r->ncells = col + 1;
}

void
sheet_row_reset(struct sheet_row *r)
{
	size_t i;

	for (i = 0; i < r->ncells; i++)
		xfree(&r->cells[i]);
	r->ncells = 0;
	r->line = 0;
}

int
sheet_open(const char *path, const char *name, struct sheet_reader **out,
    struct err *e)
{
	struct sheet_reader *r = xcalloc(1, sizeof *r);
	const char *slash = strrchr(path, '/');
	const char *fname = slash != NULL ? slash + 1 : path;
	size_t n = strlen(path);
	int rc;

	if (n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0)
		rc = sheet_xlsx_open(path, fname, name, &r->impl, &r->be, e);
	else
		rc = sheet_xls_open(path, fname, name, &r->impl, &r->be, e);
	if (rc != 0) {
		free(r);
		return -1;
	}
	*out = r;
	return 0;
}

void
sheet_reader_free(struct sheet_reader **pr)
{
	struct sheet_reader *r = *pr;

	if (r == NULL)
		return;
	if (r->be != NULL)
		r->be->free(r->impl);
	sheet_row_reset(&r->row);
	free(r->row.cells);
	free(r->fields);
	buf_free(&r->raw);
	free(r);
	*pr = NULL;
}

static int
row_blank(const struct sheet_row *row)
{
	size_t i;

	for (i = 0; i < row->ncells; i++)
		if (!str_empty(row->cells[i]))
			return 0;
	return 1;
}

int
sheet_next(struct sheet_reader *r, struct csv_record *rec, struct err *e)
{
	size_t i, n;
	int rc;

	do {
		sheet_row_reset(&r->row);
		rc = r->be->next(r->impl, &r->row, e);
		if (rc <= 0)
			return rc;
	} while (row_blank(&r->row));
	/* trailing empty cells are not columns */
	for (n = r->row.ncells; n > 0 && str_empty(r->row.cells[n - 1]); n--)
		;
	if (n > r->cap) {
		r->cap = n;
		r->fields = xrealloc(r->fields, n * sizeof *r->fields);
	}
	buf_reset(&r->raw);
	for (i = 0; i < n; i++) {
		if (r->row.cells[i] == NULL)
			r->row.cells[i] = xstrdup("");
		r->fields[i] = r->row.cells[i];
		if (i > 0)
			buf_addc(&r->raw, ',');
		csv_add_cell(&r->raw, r->fields[i], 1);
	}
	rec->fields = r->fields;
	rec->nfields = n;
	rec->line = r->row.line;
	rec->raw = buf_str(&r->raw);
	rec->raw_len = r->raw.len;
	return 1;
}

/* Excel's General format: integers up to 11 digits as they are, larger or
 * tinier magnitudes in scientific notation with 6 significant digits,
 * other numbers with at most 10 significant digits. */
void
sheet_format_general(double v, char *out, size_t n)
{
	double a = fabs(v);
	char m[32], *p, *x;

	if (v == 0) {
		snprintf(out, n, "0");
		return;
	}
	if (a >= 1e11 || a < 1e-9) {
		snprintf(m, sizeof m, "%.5E", v);
		x = strchr(m, 'E');
		p = x;
		while (p > m && p[-1] == '0')
			p--;
		if (p > m && p[-1] == '.')
			p--;
		snprintf(out, n, "%.*s%s", (int)(p - m), m, x);
		return;
	}
	if (a == floor(a)) {
		snprintf(out, n, "%.0f", v);
		return;
	}
	snprintf(out, n, "%.10G", v);
	if (strchr(out, '.') != NULL && strchr(out, 'E') == NULL) {
		p = out + strlen(out);
		while (p[-1] == '0')
			*--p = '\0';
		if (p[-1] == '.')
			p[-1] = '\0';
	}
}

/* Days from 0001-03-01-based civil calendar (Howard Hinnant's algorithm). */
static void
civil_from_days(long z, int *y, int *mo, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*mo = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*mo <= 2));
}

void
sheet_format_date(double serial, int date1904, char *out, size_t n)
{
	long days;
	int y, mo, d;

	out[0] = '\0';
	/* before the conversion: a NaN or a huge number would be undefined */
	if (!(serial >= 1 && serial <= 2958465))
		return;
	days = (long)floor(serial);
	/* 1900 system: serial 1 is 1900-01-01 and Lotus's 1900-02-29 (60)
	 * exists; from 61 on, serial 25569 is 1970-01-01. */
	if (date1904)
		days += 1462;
	else if (days < 60)
		days += 1;
	days -= 25569;
	civil_from_days(days, &y, &mo, &d);
	snprintf(out, n, "%04d-%02d-%02d", y, mo, d);
}
