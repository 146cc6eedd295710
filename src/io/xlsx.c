/* xlsx.c — workbooks through libxlsxwriter, constant memory, atomic
 * rename; see guanai/xlsx.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "guanai/io/xlsx.h"

#define MAX_WIDTH 60

struct xlsx {
	char *path, *tmp;
	int lockfd;		/* keeps the temporary file ours (fs_temp_create) */
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold, *text;
	char *sheet_name;
	size_t ncols;
	int *width;		/* widest cell of each column, in cells */
	unsigned char *textcol;	/* columns formatted as text as a whole */
	lxw_row_t row;
};

static void
xlsx_free(struct xlsx *x)
{
	if (x->lockfd >= 0)
		plat_close(x->lockfd);
	free(x->path);
	free(x->tmp);
	free(x->sheet_name);
	free(x->width);
	free(x->textcol);
	free(x);
}

int
xlsx_open(struct xlsx **out, const char *path, struct err *e)
{
	lxw_workbook_options opt = { 0 };
	struct xlsx *x = xcalloc(1, sizeof *x);
	int fd;

	x->path = xstrdup(path);
	x->lockfd = -1;
	/* libxlsxwriter's own row files go to the system's anonymous temporary
	 * files (gone even after a crash), not to the target folder — a USB
	 * stick must not collect tmp.XXXXXX files. */
	opt.constant_memory = LXW_TRUE;
	/* Create the file now (exclusive, unpredictable name, 0600: children's
	 * data) so that an unwritable target is reported here, in our words;
	 * libxlsxwriter reopens it by name. */
	if (fs_check_target(path, e) != 0) {
		xlsx_free(x);
		return -1;
	}
	fd = fs_temp_create(path, &x->tmp, e);
	if (fd < 0) {
		xlsx_free(x);
		return -1;
	}
	x->lockfd = fd;
	x->wb = workbook_new_opt(x->tmp, &opt);
	if (x->wb == NULL) {
		err_set(e, ERR_IO, _("%s: cannot create the workbook"), path);
		fs_temp_remove(x->tmp);
		xlsx_free(x);
		return -1;
	}
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->text = workbook_add_format(x->wb);
	format_set_num_format(x->text, "@");
	*out = x;
	return 0;
}

static int
fail_lxw(struct xlsx *x, lxw_error rc, struct err *e)
{
	err_set(e, ERR_IO, _("%s: cannot write the workbook: %s"), x->path,
	    lxw_strerror(rc));
	return -1;
}

/* libxlsxwriter does not check the writes of its constant-memory row file:
 * a full disk would silently cut the sheet short.  Check the stream. */
static int
check_rows_written(struct xlsx *x, struct err *e)
{
	FILE *fp = x->ws != NULL ? x->ws->optimize_tmpfile : NULL;

	if (fp == NULL)
		return 0;
	if (ferror(fp) || (fflush(fp) != 0)) {
		err_set(e, ERR_IO, _("%s: cannot write the workbook: %s"), x->path,
		    strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

/* workbook_close() prints its own "[ERROR] …" lines on stderr; the user
 * gets our message instead (naming the file and the system's reason), so
 * stderr is pointed at /dev/null for the call.  errno is kept for it. */
static lxw_error
close_quietly(lxw_workbook *wb, int *sys_errno)
{
	int saved = dup(STDERR_FILENO), null = plat_open(plat_null_device(), O_WRONLY | O_CLOEXEC, 0);
	lxw_error rc;

	fflush(stderr);
	if (saved >= 0 && null >= 0)
		dup2(null, STDERR_FILENO);
	errno = 0;
	rc = workbook_close(wb);
	*sys_errno = errno;
	fflush(stderr);
	if (saved >= 0) {
		dup2(saved, STDERR_FILENO);
		close(saved);
	}
	if (null >= 0)
		plat_close(null);
	return rc;
}

/* Set the widths of the sheet being finished. */
static int
finish_sheet(struct xlsx *x, struct err *e)
{
	size_t i;

	if (x->ws == NULL)
		return 0;
	if (check_rows_written(x, e) != 0)
		return -1;
	for (i = 0; i < x->ncols; i++)
		worksheet_set_column(x->ws, (lxw_col_t)i, (lxw_col_t)i,
		    x->width[i] + 2, x->textcol != NULL && x->textcol[i] ? x->text : NULL);
	free(x->textcol);
	x->textcol = NULL;
	x->ws = NULL;
	return 0;
}

static void
grow(struct xlsx *x, size_t col, const char *s)
{
	int w = utf8_width(s);

	if (w > MAX_WIDTH)
		w = MAX_WIDTH;
	if (w > x->width[col])
		x->width[col] = w;
}

int
xlsx_sheet(struct xlsx *x, const char *name, const char *const *headers,
    const int *min_width, size_t ncols, struct err *e)
{
	lxw_error rc;
	size_t i;

	if (finish_sheet(x, e) != 0)
		return -1;
	if (!utf8_valid(name, strlen(name))) {
		err_set(e, ERR_INPUT, _("sheet name is not valid UTF-8"));
		return -1;
	}
	x->ws = workbook_add_worksheet(x->wb, name);
	if (x->ws == NULL) {
		err_set(e, ERR_IO, _("%s: cannot add sheet %s"), x->path, name);
		return -1;
	}
	xstrset(&x->sheet_name, name);
	x->ncols = ncols;
	free(x->width);
	x->width = xcalloc(ncols ? ncols : 1, sizeof *x->width);
	x->row = 0;
	worksheet_freeze_panes(x->ws, 1, 0);
	for (i = 0; i < ncols; i++) {
		if (!utf8_valid(headers[i], strlen(headers[i]))) {
			err_set(e, ERR_INPUT, _("sheet %s, header %zu: the text is "
			    "not valid UTF-8"), name, i + 1);
			return -1;
		}
		x->width[i] = min_width != NULL ? min_width[i] : 0;
		grow(x, i, headers[i]);
		rc = worksheet_write_string(x->ws, 0, (lxw_col_t)i, headers[i], x->bold);
		if (rc != LXW_NO_ERROR)
			return fail_lxw(x, rc, e);
	}
	x->row = 1;
	return 0;
}

/* A plain decimal number that a spreadsheet shows the same way. */
static int
plain_number(const char *s, double *v)
{
	char *end;
	size_t n = strlen(s);

	if (n == 0 || n > 9 || (s[0] == '0' && n > 1 && s[1] != '.'))
		return 0;
	if (strspn(s, "0123456789.") != n)
		return 0;
	*v = strtod(s, &end);
	return *end == '\0';
}

int
xlsx_row(struct xlsx *x, const char *const *cells, const unsigned char *numeric,
    struct err *e)
{
	lxw_error rc;
	size_t i;
	double v;

	for (i = 0; i < x->ncols; i++) {
		const char *s = cells[i];

		if (s == NULL || *s == '\0')
			continue;
		if (!utf8_valid(s, strlen(s))) {
			err_set(e, ERR_INPUT, _("sheet %s, row %lu, column %zu: the "
			    "text is not valid UTF-8"), x->sheet_name,
			    (unsigned long)x->row + 1, i + 1);
			return -1;
		}
		grow(x, i, s);
		if (numeric != NULL && numeric[i] && plain_number(s, &v))
			rc = worksheet_write_number(x->ws, x->row, (lxw_col_t)i, v, NULL);
		else
			rc = worksheet_write_string(x->ws, x->row, (lxw_col_t)i, s,
			    x->text);
		if (rc != LXW_NO_ERROR)
			return fail_lxw(x, rc, e);
	}
	x->row++;
	if (x->ws->optimize_tmpfile != NULL && ferror(x->ws->optimize_tmpfile))
		return check_rows_written(x, e);
	return 0;
}

void
xlsx_text_columns(struct xlsx *x, const unsigned char *text)
{
	free(x->textcol);
	x->textcol = xcalloc(x->ncols ? x->ncols : 1, 1);
	memcpy(x->textcol, text, x->ncols);
}

int
xlsx_list(struct xlsx *x, size_t col, const char *const *values, struct err *e)
{
	lxw_data_validation dv;
	lxw_error rc;

	memset(&dv, 0, sizeof dv);
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)values;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
	rc = worksheet_data_validation_range(x->ws, 1, (lxw_col_t)col, 4999,
	    (lxw_col_t)col, &dv);
	return rc == LXW_NO_ERROR ? 0 : fail_lxw(x, rc, e);
}

int
xlsx_commit(struct xlsx **px, struct err *e)
{
	struct xlsx *x = *px;
	lxw_error rc;
	int fd, ok, sys_errno;

	if (finish_sheet(x, e) != 0)
		goto fail;
	rc = close_quietly(x->wb, &sys_errno);
	x->wb = NULL;
	if (rc != LXW_NO_ERROR) {
		if (sys_errno != 0)
			err_set(e, ERR_IO, _("cannot write %s: %s"), x->path,
			    strerror(sys_errno));
		else
			fail_lxw(x, rc, e);
		goto fail;
	}
	/* the workbook holds children's data: 0600 like the database.
	 * Opened for writing: the data is ours to make durable, and Windows
	 * refuses to flush a descriptor opened only for reading */
	fd = plat_open(x->tmp, O_WRONLY | O_CLOEXEC, 0);
	ok = fd >= 0 && plat_fchmod_private(fd) == 0 && plat_fsync(fd) == 0;
	if (fd >= 0)
		plat_close(fd);
	if (!ok) {
		err_set(e, ERR_IO, _("%s: cannot write the file: %s"), x->path,
		    strerror(errno));
		goto fail;
	}
	if (fs_publish(x->tmp, x->path, e) != 0)
		goto fail;
	xlsx_free(x);
	*px = NULL;
	return 0;
fail:
	if (x->wb != NULL)
		close_quietly(x->wb, &sys_errno);
	fs_temp_remove(x->tmp);
	xlsx_free(x);
	*px = NULL;
	return -1;
}

void
xlsx_abort(struct xlsx **px)
{
	struct xlsx *x = *px;
	int sys_errno;

	if (x == NULL)
		return;
	if (x->wb != NULL) {
		/* libxlsxwriter has no "discard": close to free, then remove */
		close_quietly(x->wb, &sys_errno);
		x->wb = NULL;
	}
	fs_temp_remove(x->tmp);
	xlsx_free(x);
	*px = NULL;
}
