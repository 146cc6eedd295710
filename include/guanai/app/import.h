/* import.h — the import use case: a CSV file of children into the store
 * (DESIGN §6), shared by `guanai import` and the TUI's import dialog.
 *
 * The file is streamed twice: once to decide its encoding (over the whole
 * file), once to read rows.  Headers are matched with field_by_header in
 * any order; unknown columns are listed in the report and ignored.  Each
 * row is parsed whole (field_parse, record_complete); a row with any value
 * that cannot be understood is rejected WHOLE and written, unchanged and
 * in the input's encoding (with a BOM when the input had one), with a
 * 错误原因 column to NAME.rejected.csv beside the input (in the data
 * folder when that folder is read-only).  Good rows are matched
 * (id_number, else student_no, else name + birth date + class) and update
 * or insert, all in ONE transaction in bulk mode; a matched child whose
 * values would not change is not written at all, so importing the same
 * file twice changes nothing.  An empty cell never erases a stored value:
 * a sheet with blanks does not wipe what a teacher typed.  A near match
 * (same name or pinyin and birth date, another class) is inserted as its
 * own child and reported as a possible duplicate.  --dry-run runs the same
 * in a transaction that is rolled back, and writes no file at all. */
#ifndef GUANAI_IMPORT_H
#define GUANAI_IMPORT_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/charset.h"
#include "guanai/base/err.h"

struct import_opts {
	const char *path;
	int force_charset;	/* 0 = detect, 1 = use `charset` */
	enum charset charset;
	int dry_run;
	const char *sheet;	/* .xlsx/.xls: the sheet's name; NULL = first */
	/* --class G-N: the class of rows that name none (class_arg != NULL) */
	const char *class_arg;
	int class_grade, class_no;
	/* Called every few hundred rows with the line reached (may be NULL);
	 * non-zero stops the import: -1 with ERR_STOPPED, nothing kept (the
	 * transaction rolled back, no rejected-rows file, no audit row). */
	int (*progress)(void *ctx, long line);
	void *progress_ctx;
};

/* Keep at most this many duplicate notes (all are counted). */
#define IMPORT_MAX_NOTES 200

struct import_report {
	long added, updated, unchanged, rejected, duplicates;
	long partial;		/* imported without some bad optional values */
	long skipped;		/* totals, 序号-only and example rows */
	long classes;		/* a class sheet: classes whose 在校学生数 was set */
	enum charset charset;	/* as detected or forced */
	int workbook;		/* an .xlsx/.xls: cells, no text encoding */
	char *rejected_path;	/* where rejected rows went; NULL when none */
	char **unknown;		/* header cells not understood, ignored */
	size_t nunknown;
	char **notes;		/* "roster.csv, line 5: 张三 may be the same child as …" */
	size_t nnotes;
	char **problems;	/* "line 7: <why>" for the first IMPORT_MAX_NOTES
				 * rejected rows, also in a dry run (the TUI's
				 * preview shows them) */
	size_t nproblems;
};

void import_report_init(struct import_report *r);
void import_report_clear(struct import_report *r);

/* Import o->path into a->store.  Returns 0 when the file was read to its
 * end (rows may have been rejected: see rep->rejected; the exit status is
 * then 2).  Returns -1 with e set (ERR_IO) when nothing was changed: the
 * file cannot be read or decoded, none of its first 5 rows is a header
 * with 姓名 and 班级 (title rows above the header are skipped), or the
 * database failed. */
int import_run(struct app *a, const struct import_opts *o, struct import_report *rep,
    struct err *e);

/* Where the rejected rows of `path` go: NAME.rejected.csv beside it, or
 * in the data folder when its folder is not writable.  Caller frees. */
char *import_rejected_path(const char *path);

/* The encoding and the first rows of a file, decoded, so that a teacher
 * sees them before importing (DESIGN §13).  The encoding is detected over
 * the whole file unless forced.  0, or -1 + e (nothing to free). */
struct import_preview_row {
	long line;		/* physical line the row starts on */
	char **cells;
	size_t ncells;
};
struct import_preview {
	enum charset charset;
	int workbook;		/* an .xlsx/.xls: cells, no text encoding */
	struct import_preview_row *rows;
	size_t nrows;
};
int import_preview(const char *path, int force_charset, enum charset cs,
    size_t max_rows, struct import_preview *p, struct err *e);
void import_preview_clear(struct import_preview *p);

#endif
