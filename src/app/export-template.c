/* export-template.c — the .xlsx import template a teacher fills in Excel
 * or WPS (DESIGN §6); see guanai/export.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/app/export.h"
#include "guanai/core/field.h"
#include "guanai/base/i18n.h"
#include "guanai/io/layout.h"
#include "guanai/base/mem.h"
#include "guanai/io/xlsx.h"

/* The example row, as a teacher would write it (a file format: Chinese).
 * Its 姓名 starts with 示例: import skips the row. */
static const struct {
	enum field_id f;
	const char *v;
} example[] = {
	{ F_NAME, "示例：张小明" }, { F_GENDER, "男" }, { F_BIRTH_DATE, "2016-05-06" },
	{ F_ID_NUMBER, "431102201605061018" }, { F_STUDENT_NO, "G431102201605061018" },
	{ F_GRADE, "三年级" }, { F_CLASS_NO, "2班" }, { F_ETHNICITY, "汉族" },
	{ F_BOARDING, "否" }, { F_LEFT_BEHIND_TYPE, "父母均外出" },
	{ F_HEALTH, "健康" }, { F_STUDY, "中等" }, { F_ADDRESS, "太平山镇单家堡3组" },
	{ F_FATHER_NAME, "张建国" }, { F_FATHER_PHONE, "13812345678" },
	{ F_FATHER_AWAY, "是" }, { F_FATHER_WORK_PLACE, "广东东莞" },
	{ F_MOTHER_NAME, "李秀梅" }, { F_MOTHER_AWAY, "是" },
	{ F_MOTHER_WORK_PLACE, "浙江义乌" }, { F_GUARDIAN_NAME, "王秀英" },
	{ F_GUARDIAN_RELATION, "祖母" }, { F_GUARDIAN_AGE, "66" },
	{ F_GUARDIAN_PHONE, "13900001111" },
	{ F_NOTES, "此行是示例，导入时跳过；请从下一行开始填写" },
};

static int
text_column(const struct field *f)
{
	return f->type == FT_ID_NUMBER || f->type == FT_PHONE || f->id == F_STUDENT_NO;
}

/* The words of a coded field as its cells are written (NULL-ended);
 * caller frees the array and its strings. */
static char **
choices(const struct field *f)
{
	char **v = NULL;
	size_t n = 0, i;

	if (f->type == FT_BOOL) {
		v = xcalloc(3, sizeof *v);
		v[0] = xstrdup("是");
		v[1] = xstrdup("否");
		return v;
	}
	if (f->type != FT_ENUM)
		return NULL;
	for (i = 0; f->enums[i].code != NULL; i++) {
		v = xrealloc(v, (n + 2) * sizeof *v);
		v[n++] = field_export_text(f, f->enums[i].code);
		v[n] = NULL;
	}
	return v;
}

static void
free_choices(char **v)
{
	size_t i;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

/* What a column of the instructions says about a field. */
static char *
how_to_fill(const struct field *f)
{
	char **v = choices(f);
	struct buf b = BUF_INIT;
	size_t i;

	if (v != NULL) {
		buf_adds(&b, _("one of: "));
		for (i = 0; v[i] != NULL; i++)
			buf_addf(&b, "%s%s", i ? "、" : "", v[i]);
		free_choices(v);
		return buf_detach(&b);
	}
	switch (f->type) {
	case FT_DATE:
		return xstrdup(_("a date such as 2015-03-08 or 2015年3月8日"));
	case FT_ID_NUMBER:
		return xstrdup(_("18 characters; the column is formatted as text, "
		    "keep it so or the last digits are lost"));
	case FT_PHONE:
		return xstrdup(_("a mobile number (11 digits) or a landline such as "
		    "0731-8123456; the column is formatted as text"));
	case FT_GRADE:
		return xstrdup(_("a grade such as 3, 三年级 or 初一"));
	case FT_CLASS_NO:
		return xstrdup(_("a class such as 2, (2)班 or 2班"));
	case FT_SET:
		return xstrdup(_("one or more words, separated by 、"));
	case FT_INT:
		return xstrdup(_("a whole number"));
	default:
		if (f->id == F_STUDENT_NO)
			return xstrdup(_("as in the student registration system; "
			    "the column is formatted as text"));
		return xstrdup("");
	}
}

static int
instructions(struct xlsx *x, const struct layout_col *cols, size_t n, struct err *e)
{
	const char *h[3];
	const char *cells[3];
	size_t i;
	int rc = 0;

	h[0] = _("Column");
	h[1] = _("Required");
	h[2] = _("What to write");
	if (xlsx_sheet(x, "填写说明", h, NULL, 3, e) != 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		const struct field *f = &field_table[cols[i].field];
		char *how = how_to_fill(f);
		int req = (f->flags & FF_REQUIRED) || f->id == F_GRADE;

		cells[0] = layout_header(&cols[i]);
		cells[1] = req ? _("required") : "";
		cells[2] = how;
		rc = xlsx_row(x, cells, NULL, e);
		free(how);
	}
	cells[0] = "";
	cells[1] = "";
	cells[2] = _("The second row is an example: import skips it. One row per "
	    "child. Rows of totals (合计) are skipped too.");
	return rc != 0 ? -1 : xlsx_row(x, cells, NULL, e);
}

int
export_template_xlsx(const char *path, struct err *e)
{
	struct layout_col *cols;
	struct xlsx *x = NULL;
	const char **h, **row;
	unsigned char *text;
	size_t i, j, n;
	int rc = -1;

	layout_columns("template", &cols, &n);
	h = xcalloc(n, sizeof *h);
	row = xcalloc(n, sizeof *row);
	text = xcalloc(n, 1);
	for (i = 0; i < n; i++) {
		const struct field *f = &field_table[cols[i].field];

		h[i] = layout_header(&cols[i]);
		text[i] = (unsigned char)text_column(f);
		for (j = 0; j < sizeof example / sizeof example[0]; j++)
			if (example[j].f == f->id)
				row[i] = example[j].v;
	}
	if (xlsx_open(&x, path, e) != 0 ||
	    xlsx_sheet(x, "留守儿童", h, NULL, n, e) != 0)
		goto out;
	xlsx_text_columns(x, text);
	for (i = 0; i < n; i++) {
		char **v = choices(&field_table[cols[i].field]);
		int bad = v != NULL &&
		    xlsx_list(x, i, (const char *const *)v, e) != 0;

		free_choices(v);
		if (bad)
			goto out;
	}
	if (xlsx_row(x, row, NULL, e) != 0 || instructions(x, cols, n, e) != 0)
		goto out;
	rc = xlsx_commit(&x, e);
out:
	xlsx_abort(&x);
	free(text);
	free(row);
	free(h);
	free(cols);
	return rc;
}
