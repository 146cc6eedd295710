/* layout.h — export layouts as data: which columns, in which order, with
 * which header (DESIGN §6).  Counties differ; a new layout is a new table
 * of (header, field or computed column) rows in layout.c, not new code.
 *
 *   template  the §6 import headers, in the §6 order (the empty template)
 *   standard  the §6 headers, then every other field of the field table
 *             in table order, so that export → import loses nothing
 *   mca       the 2016 national survey form (《农村留守儿童基本情况登记表》)
 *   xueji     mca + 班级 and the 学籍 system's code (非留守 / 单亲留守 /
 *             双亲留守), before 填报单位 and 填报日期 */
#ifndef GUANAI_LAYOUT_H
#define GUANAI_LAYOUT_H

#include "guanai/io/visible.h"

#include <stddef.h>

#include "guanai/core/field.h"

enum layout_kind {
	LC_FIELD,		/* a field of the record, as field_export_text writes it */
	LC_SEQ,			/* 序号: 1, 2, 3 … */
	LC_SCHOOL,		/* 填报单位: the school's name */
	LC_DATE,		/* 填报日期: the day of the export */
	LC_SCHOOLING,		/* 就学情况: 小学 / 初中 from the grade */
	LC_CLASS,		/* 班级 as one cell: 三年级(2)班 */
	LC_BOTH_AWAY,		/* 父母双方是否同时外出: 是 / 否 */
	LC_ONE_AWAY_UNABLE,	/* 父母一方外出另一方是否无监护能力: 是 / 否 */
	LC_XUEJI,		/* 学籍 code: 非留守 / 单亲留守 / 双亲留守 */
};

struct layout_col {
	const char *header;	/* NULL: the field's own Chinese header */
	enum layout_kind kind;
	enum field_id field;	/* for LC_FIELD */
};

/* What computed columns need besides the record. */
struct layout_ctx {
	long seq;		/* row number, from 1 */
	const char *school;	/* school name, may be NULL */
	const char *date;	/* ISO date of the export */
};

/* The columns of a named layout ("standard", "mca", "xueji", "template");
 * *cols is the caller's (free()).  -1 when the name is unknown. */
int layout_columns(const char *name, struct layout_col **cols, size_t *n);
/* The names, NULL-ended, for usage messages. */
extern const char *const layout_names[];

/* The header text of a column (borrowed; a file format: never translated). */
const char *layout_header(const struct layout_col *c);
/* The cell of a record in this column, as the county's files write it;
 * caller frees; "" for empty. */
char *layout_cell(const struct layout_col *c, const struct record *r,
    const struct layout_ctx *ctx);
/* True for columns that must stay text in a spreadsheet (everything but
 * whole numbers: ID, phone and 学籍号 lose digits as numbers). */
int layout_col_is_text(const struct layout_col *c);
/* Display cells a column wants (header, field width), for XLSX widths. */
int layout_col_width(const struct layout_col *c);

/* The 学籍 code of a record: from the left-behind type, else from the
 * parents' away flags.  Borrowed. */
const char *layout_xueji_code(const struct record *r);

#endif
