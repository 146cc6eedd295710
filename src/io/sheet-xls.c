/* sheet-xls.c — the rows of one sheet of an old .xls workbook (BIFF5/8,
 * what Excel 97–2003 and WPS write) through FreeXL, which decodes the
 * text (and old code pages) to UTF-8 and tells dates from numbers.  Its
 * iconv is glibc's on Linux, the program's own on Windows (which knows
 * UTF-16, GBK/GB18030, CP1252 and ASCII: guanai/base/iconv-own.h). */
#include "config.h"

#include <freexl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/io/sheet.h"
#include "sheet-private.h"

struct xls_in {
	const char *fname;
	const void *h;
	unsigned int rows, row;
	unsigned short cols;
};

static int
xls_next(void *impl, struct sheet_row *out, struct err *e)
{
	struct xls_in *x = impl;
	FreeXL_CellValue v;
	unsigned short c;
	char num[64];

	if (x->row >= x->rows)
		return 0;
	out->line = (long)x->row + 1;
	for (c = 0; c < x->cols; c++) {
		if (freexl_get_cell_value(x->h, x->row, c, &v) != FREEXL_OK) {
			err_set(e, ERR_INPUT, _("%s: the sheet is damaged (near row %ld)"),
			    x->fname, out->line);
			return -1;
		}
		switch (v.type) {
		case FREEXL_CELL_INT:
			snprintf(num, sizeof num, "%d", v.value.int_value);
			sheet_row_set(out, c, xstrdup(num));
			break;
		case FREEXL_CELL_DOUBLE:
			sheet_format_general(v.value.double_value, num, sizeof num);
			sheet_row_set(out, c, xstrdup(num));
			break;
		case FREEXL_CELL_TEXT:
		case FREEXL_CELL_SST_TEXT:
		case FREEXL_CELL_DATE:
		case FREEXL_CELL_TIME:
			sheet_row_set(out, c, xstrdup(v.value.text_value));
			break;
		case FREEXL_CELL_DATETIME:	/* the date is what a form means */
			sheet_row_set(out, c, xstrndup(v.value.text_value, 10));
			break;
		default:
			break;
		}
	}
	x->row++;
	return 1;
}

static void
xls_free(void *impl)
{
	struct xls_in *x = impl;

	if (x->h != NULL)
		freexl_close(x->h);
	free(x);
}

static const struct sheet_backend xls_backend = { xls_next, xls_free };

int
sheet_xls_open(const char *path, const char *fname, const char *name,
    void **impl, const struct sheet_backend **be, struct err *e)
{
	struct xls_in *x = xcalloc(1, sizeof *x);
	struct buf list = BUF_INIT;
	unsigned int n = 0, i, k = 0;
	const char *s;
	int rc;
	FILE *fp;

	x->fname = fname;
	if ((fp = plat_fopen(path, "rb")) == NULL) {
		err_set(e, ERR_IO, _("%s: cannot open"), path);
		goto fail;
	}
	fclose(fp);
	rc = freexl_open(path, &x->h);
	if (rc == FREEXL_UNSUPPORTED_CHARSET || rc == FREEXL_INVALID_CHARACTER) {
		/* an old (BIFF2–5) workbook in a code page this build cannot
		 * convert (the Windows build's own iconv knows few), or text
		 * that is not valid in the one it names */
		err_set(e, ERR_INPUT, _("%s: the text of this .xls is in a character "
		    "set guanai cannot read (in Excel or WPS, save it again as .xlsx "
		    "or as CSV)"), fname);
		goto fail;
	}
	if (rc != FREEXL_OK ||
	    freexl_get_info(x->h, FREEXL_BIFF_SHEET_COUNT, &n) != FREEXL_OK) {
		err_set(e, ERR_INPUT, _("%s: not an .xls workbook (in Excel or WPS, "
		    "save it again as .xlsx or as CSV)"), fname);
		goto fail;
	}
	if (n == 0) {
		err_set(e, ERR_INPUT, _("%s: the workbook has no sheet"), fname);
		goto fail;
	}
	if (name != NULL) {
		for (k = 0; k < n; k++)
			if (freexl_get_worksheet_name(x->h, (unsigned short)k, &s) ==
			    FREEXL_OK && s != NULL && strcmp(s, name) == 0)
				break;
		if (k == n) {
			for (i = 0; i < n; i++)
				if (freexl_get_worksheet_name(x->h, (unsigned short)i,
				    &s) == FREEXL_OK && s != NULL)
					buf_addf(&list, "%s%s", i ? ", " : "", s);
			err_set(e, ERR_INPUT, _("%s: no sheet called %s; its sheets are: %s"),
			    fname, name, buf_str(&list));
			buf_free(&list);
			goto fail;
		}
	}
	if (freexl_select_active_worksheet(x->h, (unsigned short)k) != FREEXL_OK ||
	    freexl_worksheet_dimensions(x->h, &x->rows, &x->cols) != FREEXL_OK) {
		err_set(e, ERR_INPUT, _("%s: the sheet is damaged (near row %ld)"),
		    fname, 1L);
		goto fail;
	}
	*impl = x;
	*be = &xls_backend;
	return 0;
fail:
	xls_free(x);
	return -1;
}
