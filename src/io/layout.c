/* layout.c — the export layouts as tables; see guanai/layout.h.
 * Headers and computed cells are file formats (Chinese, as the county
 * writes them), never translated. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/io/layout.h"

#define FLD(h, f) { h, LC_FIELD, f }
#define CMP(h, k) { h, k, F_NAME }
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* DESIGN §6, the import/export header line, in its order. */
static const struct layout_col template_cols[] = {
	FLD("姓名", F_NAME), FLD("性别", F_GENDER), FLD("出生日期", F_BIRTH_DATE),
	FLD("身份证号", F_ID_NUMBER), FLD("学籍号", F_STUDENT_NO),
	FLD("年级", F_GRADE), FLD("班级", F_CLASS_NO), FLD("民族", F_ETHNICITY),
	FLD("是否寄宿", F_BOARDING), FLD("留守类型", F_LEFT_BEHIND_TYPE),
	FLD("困境类型", F_HARDSHIP), FLD("健康状况", F_HEALTH),
	FLD("性格特点", F_PERSONALITY), FLD("兴趣爱好", F_HOBBIES),
	FLD("学习成绩", F_STUDY), FLD("现实表现", F_BEHAVIOUR),
	FLD("心理状况", F_PSYCHOLOGY), FLD("家庭经济状况", F_FAMILY_ECONOMY),
	FLD("家庭住址", F_ADDRESS), FLD("生活情况", F_LIVING),
	FLD("父亲姓名", F_FATHER_NAME), FLD("父亲电话", F_FATHER_PHONE),
	FLD("父亲是否外出", F_FATHER_AWAY), FLD("父亲务工地", F_FATHER_WORK_PLACE),
	FLD("母亲姓名", F_MOTHER_NAME), FLD("母亲电话", F_MOTHER_PHONE),
	FLD("母亲是否外出", F_MOTHER_AWAY), FLD("母亲务工地", F_MOTHER_WORK_PLACE),
	FLD("监护人姓名", F_GUARDIAN_NAME), FLD("监护人关系", F_GUARDIAN_RELATION),
	FLD("监护人年龄", F_GUARDIAN_AGE), FLD("监护人健康状况", F_GUARDIAN_HEALTH),
	FLD("监护人文化程度", F_GUARDIAN_EDUCATION), FLD("监护人电话", F_GUARDIAN_PHONE),
	FLD("备注", F_NOTES),
};

/* 《农村留守儿童基本情况登记表》 (2016), in the form's order. */
static const struct layout_col mca_cols[] = {
	CMP("序号", LC_SEQ), FLD("姓名", F_NAME), FLD("性别", F_GENDER),
	FLD("民族", F_ETHNICITY), FLD("出生日期", F_BIRTH_DATE),
	FLD("公民身份证号码", F_ID_NUMBER), FLD("是否登记户口", F_HAS_HUKOU),
	FLD("户籍所在地", F_HUKOU_PLACE), FLD("现居住地", F_ADDRESS),
	FLD("是否学校寄宿", F_BOARDING), FLD("身体情况", F_HEALTH),
	CMP("就学情况", LC_SCHOOLING),
	CMP("父母双方是否同时外出", LC_BOTH_AWAY),
	CMP("父母一方外出另一方是否无监护能力", LC_ONE_AWAY_UNABLE),
	FLD("父亲姓名", F_FATHER_NAME), FLD("父亲身份证号", F_FATHER_ID_NUMBER),
	FLD("父亲务工地点", F_FATHER_WORK_PLACE), FLD("父亲联系电话", F_FATHER_PHONE),
	FLD("母亲姓名", F_MOTHER_NAME), FLD("母亲身份证号", F_MOTHER_ID_NUMBER),
	FLD("母亲务工地点", F_MOTHER_WORK_PLACE), FLD("母亲联系电话", F_MOTHER_PHONE),
	FLD("委托监护人姓名", F_GUARDIAN_NAME), FLD("与儿童关系", F_GUARDIAN_RELATION),
	FLD("委托监护人联系电话", F_GUARDIAN_PHONE),
	FLD("委托监护人身份证号", F_GUARDIAN_ID_NUMBER),
	FLD("监护情况", F_GUARDIANSHIP), FLD("家庭经济来源", F_INCOME_SOURCES),
	FLD("救助帮扶情况", F_ASSISTANCE),
	CMP("填报单位", LC_SCHOOL), CMP("填报日期", LC_DATE),
};

static const struct layout_col xueji_extra[] = {
	CMP("班级", LC_CLASS), CMP("学籍留守类型", LC_XUEJI),
};

const char *const layout_names[] = { "standard", "mca", "xueji", "template", NULL };

static void
append(struct layout_col **v, size_t *n, const struct layout_col *add, size_t k)
{
	*v = xrealloc(*v, (*n + k + 1) * sizeof **v);
	memcpy(*v + *n, add, k * sizeof *add);
	*n += k;
}

int
layout_columns(const char *name, struct layout_col **cols, size_t *n)
{
	struct layout_col *v = NULL, c;
	size_t i, j;
	int seen;

	*n = 0;
	if (strcmp(name, "template") == 0)
		append(&v, n, template_cols, COUNT(template_cols));
	else if (strcmp(name, "standard") == 0) {
		append(&v, n, template_cols, COUNT(template_cols));
		/* then every field the §6 line leaves out, in table order */
		for (i = 0; i < FIELD_COUNT; i++) {
			for (seen = 0, j = 0; j < COUNT(template_cols); j++)
				seen |= template_cols[j].field == (enum field_id)i;
			if (seen)
				continue;
			c = (struct layout_col){ NULL, LC_FIELD, (enum field_id)i };
			append(&v, n, &c, 1);
		}
	} else if (strcmp(name, "mca") == 0)
		append(&v, n, mca_cols, COUNT(mca_cols));
	else if (strcmp(name, "xueji") == 0) {
		append(&v, n, mca_cols, COUNT(mca_cols) - 2);
		append(&v, n, xueji_extra, COUNT(xueji_extra));
		append(&v, n, mca_cols + COUNT(mca_cols) - 2, 2);
	} else
		return -1;
	*cols = v;
	return 0;
}

const char *
layout_header(const struct layout_col *c)
{
	const struct field *f = &field_table[c->field];

	if (c->header != NULL)
		return c->header;
	return f->header != NULL ? f->header : f->code;
}

static char *
yes_no(int yes)
{
	return xstrdup(yes ? "是" : "否");
}

char *
layout_cell(const struct layout_col *c, const struct record *r,
    const struct layout_ctx *ctx)
{
	const char *t = record_left_behind_type(r, NULL);
	const char *g = record_get(r, F_GRADE), *k = record_get(r, F_CLASS_NO);
	int grade = g != NULL ? atoi(g) : 0;
	char *gt, *s;

	switch (c->kind) {
	case LC_FIELD:
		if (c->field == F_LEFT_BEHIND_TYPE)	/* derived ones too, marked */
			return record_type_export_text(r);
		return field_export_text(&field_table[c->field], record_get(r, c->field));
	case LC_SEQ:
		return xasprintf("%ld", ctx->seq);
	case LC_SCHOOL:
		return xstrdup(ctx->school != NULL ? ctx->school : "");
	case LC_DATE:
		return xstrdup(ctx->date != NULL ? ctx->date : "");
	case LC_SCHOOLING:
		if (grade < 1 || grade > 9)
			return xstrdup("");
		return xstrdup(grade <= 6 ? "小学" : "初中");
	case LC_CLASS:
		gt = field_export_text(&field_table[F_GRADE], g);
		s = xasprintf("%s(%d)班", gt, k != NULL ? atoi(k) : 0);
		free(gt);
		return s;
	case LC_BOTH_AWAY:
		return t == NULL ? xstrdup("") : yes_no(strcmp(t, "both_away") == 0);
	case LC_ONE_AWAY_UNABLE:
		return t == NULL ? xstrdup("") :
		    yes_no(strcmp(t, "one_away_other_unable") == 0);
	case LC_XUEJI:
		return xstrdup(record_xueji_code(r));
	}
	return xstrdup("");
}

int
layout_col_is_text(const struct layout_col *c)
{
	if (c->kind != LC_FIELD)
		return c->kind != LC_SEQ;
	/* everything but whole numbers: ID, phone and 学籍号 above all */
	return field_table[c->field].type != FT_INT;
}

int
layout_col_width(const struct layout_col *c)
{
	int w = utf8_width(layout_header(c));
	int fw = 4;

	if (c->kind == LC_FIELD)
		fw = field_table[c->field].width;
	else if (c->kind == LC_SCHOOL || c->kind == LC_CLASS)
		fw = 16;
	else if (c->kind == LC_DATE)
		fw = 10;
	return w > fw ? w : fw;
}
