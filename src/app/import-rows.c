/* import-rows.c — the rules for one row of an import (DESIGN §6): which
 * rows carry no child, where the class comes from, and which problems
 * lose the row (a required value) or only the value (everything else).
 * The file loop is import.c; see import-private.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "import-private.h"

void
import_problems_clear(struct import_problems *p)
{
	buf_reset(&p->text);
	p->n = 0;
	p->fatal = 0;
}

void
import_problem(struct import_problems *p, int fatal, const char *msg)
{
	if (p->n++ > 0)
		buf_adds(&p->text, _("; "));
	buf_adds(&p->text, msg);
	p->fatal |= fatal;
}

/* A problem of an optional value: said, and the value left out. */
static void
left_out(struct import_problems *p, const struct field *f, const char *why)
{
	char *s = xasprintf(_("%s (%s not imported)"), why, field_label(f));

	import_problem(p, 0, s);
	free(s);
}

const struct field *
import_header_field(const char *h, int *away)
{
	static const char *const places[] = { "外出地点", "务工地点", "外出务工地点",
	    "务工地", "外出地", "打工地点", NULL };
	char *t = str_trim(h);
	size_t i;

	*away = 0;
	for (i = 0; places[i] != NULL; i++)
		if (strcmp(t, places[i]) == 0)
			*away = 1;
	free(t);
	return *away ? NULL : field_by_header(h);
}

int
import_header_serial(const char *h)
{
	char *t = str_trim(h);
	int yes = strcmp(t, "序号") == 0 || strcmp(t, "编号") == 0 ||
	    strcmp(t, "No.") == 0;

	free(t);
	return yes;
}

static int
all_digits(const char *s)
{
	return s[0] != '\0' && strspn(s, "0123456789") == strlen(s);
}

/* The cell without blanks (合 计 is 合计) starts with prefix (which has
 * none): compared in place — a copy of every cell of every row was 4 % of
 * an import (bench/README.md). */
static int
squeezed_prefix(const char *s, const char *prefix)
{
	for (; *prefix != '\0'; prefix++) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s++ != *prefix)
			return 0;
	}
	return 1;
}

/* The cell without blanks is digits only (and not empty). */
static int
squeezed_digits(const char *s)
{
	int any = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t')
			continue;
		if (*s < '0' || *s > '9')
			return 0;
		any = 1;
	}
	return any;
}

static const char *const totals[] = { "合计", "总计", "小计", NULL };

int
import_row_total(const struct csv_record *rec)
{
	size_t i, k;

	for (i = 0; i < rec->nfields; i++)
		for (k = 0; totals[k] != NULL; k++)
			if (squeezed_prefix(rec->fields[i], totals[k]))
				return 1;
	return 0;
}

int
import_row_skipped(const struct import_cols *c, const struct csv_record *rec)
{
	static const char *const examples[] = { "示例", "（示例）", "(示例)", "例：", NULL };
	size_t i, k;
	int only_serial = 1, any = 0;

	for (i = 0; i < rec->nfields; i++) {
		const char *v = rec->fields[i];

		if (str_empty(v))
			continue;
		for (k = 0; totals[k] != NULL; k++)
			if (squeezed_prefix(v, totals[k]))
				return 1;
		if (i < c->n && c->f[i] != NULL && c->f[i]->id == F_NAME)
			for (k = 0; examples[k] != NULL; k++)
				if (squeezed_prefix(v, examples[k]))
					return 1;	/* the template's example row */
		any = 1;
		if (only_serial && (!squeezed_digits(v) ||
		    (i < c->n && (c->f[i] != NULL || c->away[i]))))
			only_serial = 0;
	}
	return any && only_serial;
}

int
import_title_class(const struct csv_record *rec, int *grade, int *class_no)
{
	size_t i;

	for (i = 0; i < rec->nfields; i++)
		if (!str_empty(rec->fields[i]) &&
		    class_find(rec->fields[i], grade, class_no) == 0)
			return 0;
	return -1;
}

/* 4.31226E+17: what Excel shows for a long number it took as a number */
static int
scientific(const char *s)
{
	const char *e = strpbrk(s, "eE");

	return e != NULL && e > s && strspn(s, "0123456789.") == (size_t)(e - s) &&
	    (e[1] == '+' || e[1] == '-') && e[2] != '\0' &&
	    strspn(e + 2, "0123456789") == strlen(e + 2);
}

/* 2016.03, 2016-3, 2016/03, 2016年3月, 201603: a year and a month only. */
static int
month_only(const char *s, int *py, int *pm)
{
	char tail[8] = "";
	int y = 0, m = 0, ok = 0;

	if (strlen(s) == 6 && all_digits(s))
		ok = sscanf(s, "%4d%2d", &y, &m) == 2;
	else if (sscanf(s, "%4d%*[-./]%2d%7s", &y, &m, tail) >= 2)
		ok = tail[0] == '\0' || strcmp(tail, "月") == 0;
	else if (sscanf(s, "%4d年%2d月%7s", &y, &m, tail) == 2)
		ok = 1;
	if (!ok || y < 1900 || m < 1 || m > 12)
		return 0;
	*py = y;
	*pm = m;
	return 1;
}

/* The grade and class of the row from its cells, then the sheet's. */
static void
row_class(const struct import_cols *c, const char *cell, struct record *r,
    struct import_problems *p)
{
	const struct field *fc = &field_table[F_CLASS_NO];
	struct err inner = { 0, "" };
	char *v = NULL, num[16], *msg;
	int g = 0, n = 0, gg;
	const char *have = record_get(r, F_GRADE);

	if (!str_empty(cell)) {
		if (class_full_parse(cell, &gg, &n) == 0)
			g = gg;
		else if (field_parse(fc, cell, &v, &inner) == 0) {
			n = atoi(v);
			free(v);
		} else if ((gg = grade_parse(cell)) > 0)
			g = gg;		/* 一年级 in the class column */
		else {
			import_problem(p, 1, inner.msg);
			return;
		}
	}
	if (g > 0 && have != NULL && atoi(have) != g) {
		msg = xasprintf(_("%s: %s does not agree with %s %s"), field_label(fc),
		    cell, field_label(&field_table[F_GRADE]), have);
		import_problem(p, 1, msg);
		free(msg);
		return;
	}
	if (g == 0 && have != NULL)
		g = atoi(have);
	if (g == 0)
		g = c->grade;
	if (n == 0 && (c->grade == 0 || c->grade == g))
		n = c->class_no;
	if (g > 0) {
		snprintf(num, sizeof num, "%d", g);
		record_set(r, F_GRADE, num);
	}
	if (n > 0) {
		snprintf(num, sizeof num, "%d", n);
		record_set(r, F_CLASS_NO, num);
	}
}

/* Birth date and gender against the ID: the ID wins (its check digit
 * held), the disagreeing value is left out and said. */
static void
row_id(struct record *r, int my, int mm, struct import_problems *p)
{
	const char *id = record_get(r, F_ID_NUMBER), *bd, *g;
	const struct field *fb = &field_table[F_BIRTH_DATE], *fg = &field_table[F_GENDER];
	struct date birth;
	char iso[11], gs[2] = { 0, 0 }, *msg, *mine, *theirs;

	if (id == NULL || id_number_check(id, NULL, &birth, &gs[0], NULL) != 0)
		goto no_id;
	date_format(birth, iso);
	bd = record_get(r, F_BIRTH_DATE);
	if (bd != NULL && strcmp(bd, iso) != 0) {
		msg = xasprintf(_("%s %s does not agree with the ID number, which "
		    "says %s"), field_label(fb), bd, iso);
		left_out(p, fb, msg);
		free(msg);
		record_set(r, F_BIRTH_DATE, NULL);	/* the ID fills it */
	} else if (my > 0 && (birth.y != my || birth.m != mm)) {
		msg = xasprintf(_("%s %04d-%02d does not agree with the ID number, "
		    "which says %s"), field_label(fb), my, mm, iso);
		left_out(p, fb, msg);
		free(msg);
	}
	g = record_get(r, F_GENDER);
	if (g != NULL && strcmp(g, gs) != 0) {
		mine = field_display(fg, g);
		theirs = field_display(fg, gs);
		msg = xasprintf(_("%s %s does not agree with the ID number, which "
		    "says %s"), field_label(fg), mine, theirs);
		left_out(p, fg, msg);
		free(msg);
		free(mine);
		free(theirs);
		record_set(r, F_GENDER, NULL);
	}
	return;
no_id:
	if (my > 0) {
		msg = xasprintf(_("%s: only a year and month (%04d-%02d); write the "
		    "whole date, or the ID number"), field_label(fb), my, mm);
		left_out(p, fb, msg);
		free(msg);
	}
}

/* 外出地点: the work place of the parent who is away. */
static void
row_away_place(struct record *r, const char *place, struct import_problems *p)
{
	const char *type = record_get(r, F_LEFT_BEHIND_TYPE);
	int fa = str_eq(record_get(r, F_FATHER_AWAY), "1");
	int ma = str_eq(record_get(r, F_MOTHER_AWAY), "1");

	if (!fa && !ma && type != NULL) {
		fa = strcmp(type, "father_away") == 0 || strcmp(type, "both_away") == 0;
		ma = strcmp(type, "mother_away") == 0 || strcmp(type, "both_away") == 0;
	}
	if (!fa && !ma) {
		char *msg = xasprintf(_("place of work %s: the row does not say "
		    "which parent is away (fill in 父亲是否外出, 母亲是否外出 or "
		    "留守类型)"), place);

		import_problem(p, 0, msg);
		free(msg);
		return;
	}
	if (fa && record_get(r, F_FATHER_WORK_PLACE) == NULL)
		record_set(r, F_FATHER_WORK_PLACE, place);
	if (ma && record_get(r, F_MOTHER_WORK_PLACE) == NULL)
		record_set(r, F_MOTHER_WORK_PLACE, place);
}

/* One cell into r; a problem when it cannot be understood. */
static void
row_cell(const struct field *f, char *cell, struct record *r, int *my, int *mm,
    struct import_problems *p)
{
	struct err e;
	char *v = NULL, *msg;
	int required = (f->flags & FF_REQUIRED) || f->id == F_GRADE;

	e.code = ERR_OK;	/* not "= { 0 }": that clears 1 KB a cell */
	e.msg[0] = '\0';

	if ((f->type == FT_ID_NUMBER || f->type == FT_PHONE || f->id == F_STUDENT_NO) &&
	    scientific(cell)) {
		msg = xasprintf(_("%s: %s is what Excel shows when it took the number "
		    "as a number, and the last digits are lost; in Excel set the "
		    "column's cell format to Text (设置单元格格式为文本) and type the "
		    "number again"), field_label(f), cell);
		left_out(p, f, msg);
		free(msg);
		return;
	}
	if (field_parse(f, cell, &v, &e) == 0) {
		record_take(r, f->id, v);
		return;
	}
	if (f->id == F_GRADE && str_empty(cell))
		return;
	if (f->id == F_BIRTH_DATE && month_only(cell, my, mm))
		return;		/* row_id decides */
	if (required)
		import_problem(p, 1, e.msg);
	else
		left_out(p, f, e.msg);
}

void
import_parse_row(const struct import_cols *c, struct csv_record *rec,
    struct record *r, struct import_problems *p)
{
	const char *class_cell = NULL, *place = NULL;
	struct err e = { 0, "" };
	int my = 0, mm = 0;
	size_t i;

	for (i = 0; i < c->n && i < rec->nfields; i++) {
		const struct field *f = c->f[i];

		import_unguard_cell(rec->fields[i]);
		if (c->away[i] && !str_empty(rec->fields[i]))
			place = rec->fields[i];
		if (f == NULL)
			continue;
		if (f->id == F_CLASS_NO)
			class_cell = rec->fields[i];	/* after the grade */
		else
			row_cell(f, rec->fields[i], r, &my, &mm, p);
	}
	row_class(c, class_cell, r, p);
	if (place != NULL)
		row_away_place(r, place, p);
	row_id(r, my, mm, p);
	if (!p->fatal && record_complete(r, &e) != 0)
		import_problem(p, 1, e.msg);
}

void
import_unguard_cell(char *s)
{
	/* in this order: '="0123" is a value typed as ="0123", escaped */
	csv_unguard_digits(s);
	csv_unescape_formula(s);
}
