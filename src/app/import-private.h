/* import-private.h — the row rules of import (import-rows.c), shared by
 * the file loop in import.c.  DESIGN §6 "Problems in a row". */
#ifndef GUANAI_IMPORT_PRIVATE_H
#define GUANAI_IMPORT_PRIVATE_H

#include <stddef.h>

#include "guanai/base/buf.h"
#include "guanai/io/csv.h"
#include "guanai/core/field.h"

/* What the header row and the rows above it say about the columns. */
struct import_cols {
	const struct field **f;	/* per column: the field, or NULL */
	unsigned char *away;	/* per column: 1 for 外出地点 / 务工地点 */
	size_t n;
	int grade, class_no;	/* of the whole sheet (--class, a title row);
				 * 0 when not given */
};

/* Every problem of one row, in words, and whether the row is lost. */
struct import_problems {
	struct buf text;	/* "…; …" */
	int n;
	int fatal;		/* a required value: the row is not imported */
};

void import_problems_clear(struct import_problems *p);
/* Add one problem (a translated sentence). */
void import_problem(struct import_problems *p, int fatal, const char *msg);

/* The field of a header cell; *away = 1 (and NULL returned) for a column
 * of the away parent's work place (外出地点, 务工地点, 外出务工地点). */
const struct field *import_header_field(const char *h, int *away);
/* 1 for a 序号 column (a row number, nothing of the child). */
int import_header_serial(const char *h);
/* 1 when the row carries no child: a totals row (合计, 总计, 小计), a row
 * with nothing but a 序号, or the template's example row (示例…). */
int import_row_skipped(const struct import_cols *c, const struct csv_record *rec);
/* 1 for a totals row (a cell starting 合计, 总计 or 小计). */
int import_row_total(const struct csv_record *rec);
/* The class named by a row above the header (三年级2班留守儿童花名册):
 * 0 and grade/class_no (class_no 0 for a grade alone), -1 none. */
int import_title_class(const struct csv_record *rec, int *grade, int *class_no);
/* Parse the row into r.  Bad optional values are left out of r and told in
 * p; a bad or missing required value sets p->fatal.  The cells may be
 * changed in place. */
void import_parse_row(const struct import_cols *c, struct csv_record *rec,
    struct record *r, struct import_problems *p);
/* Undo what export did to keep a cell's text whole in a spreadsheet
 * (formula escape, the ="…" around long digit strings), in place. */
void import_unguard_cell(char *s);

/* A sheet of classes (DESIGN §11): 年级, 班级, 在校学生数 and no 姓名.
 * The columns of each, or -1. */
struct import_class_cols {
	long grade, class_no, enrolled;
};
/* 1 when the header row is that of a class sheet (cc filled), else 0. */
int import_class_header(const struct csv_record *rec, struct import_class_cols *cc);
/* The class and its number of pupils from one row of a class sheet:
 * 0 and grade, class_no, enrolled; -1 and a problem in p. */
int import_class_row(const struct import_class_cols *cc, struct csv_record *rec,
    int *grade, int *class_no, int *enrolled, struct import_problems *p);

#endif
