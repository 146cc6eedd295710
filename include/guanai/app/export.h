/* export.h — the export and template use cases (DESIGN §6, §8), shared by
 * `guanai export` / `guanai template` and the TUI's export dialog.
 *
 * The format follows the extension: .csv (UTF-8 with BOM by default, so
 * Excel opens it; GB18030 on request; CRLF line ends; formula escaping as
 * described in csv.h) or .xlsx (sheets 留守儿童 children, 结对帮扶
 * pairings, 帮扶记录 care records; cells that start with = + - @ are
 * escaped the same way).  Either is written under a temporary name,
 * fsync'd and renamed, mode 0600 (the file holds children's data), and
 * recorded in the audit log (file name, layout, class, counts — never an
 * ID or phone number). */
#ifndef GUANAI_EXPORT_H
#define GUANAI_EXPORT_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/charset.h"
#include "guanai/base/err.h"

enum export_format {
	EXPORT_CSV,
	EXPORT_XLSX,
};

struct export_opts {
	const char *path;
	int grade, class_no;	/* 0 = every class */
	enum charset charset;	/* CSV only; default UTF-8 (with BOM) */
	const char *layout;	/* "standard" (NULL), "mca", "xueji" */
	/* Called every few hundred rows (children, then pairings and care
	 * records) with the count so far (may be NULL); non-zero stops the export: -1 with ERR_STOPPED, the temporary
	 * file removed, o->path as it was, no audit row. */
	int (*progress)(void *ctx, long done);
	void *progress_ctx;
};

struct export_report {
	long children, pairings, care;
};

/* The format of a file name by its extension; -1 (ERR_USAGE in e) for
 * anything but .csv / .xlsx. */
int export_format_of(const char *path, enum export_format *fmt, struct err *e);

/* Export the children of the filter.  0, or -1 with e set (ERR_USAGE for
 * an unknown layout or extension, ERR_IO when the file or the database
 * fails); on failure no file is left under o->path. */
int export_run(struct app *a, const struct export_opts *o, struct export_report *rep,
    struct err *e);

struct xlsx;
/* The sheet 填报信息 of a workbook the program writes (the county's export,
 * the statistics): the school, who wrote it (the signed-in account, else
 * the OS user), today's date, the class G-N or, grade 0, the classes the
 * account sees (全校 for the head), and `children`.  0, or -1 with e. */
int export_xlsx_about(struct app *a, struct xlsx *x, int grade, int class_no,
    long children, struct err *e);

/* The empty import template (the §6 headers) as .csv (UTF-8 with BOM) or
 * .xlsx; needs no database. */
int export_template(const char *path, struct err *e);
/* The .xlsx template (DESIGN §6): the ID, phone and 学籍号 columns
 * formatted as text, drop-down lists for the coded columns, one example
 * row (its 姓名 starts with 示例, so import skips it) and a sheet 填写说明
 * with every column's allowed values.  Import reads it back. */
int export_template_xlsx(const char *path, struct err *e);

#endif
