/* import-classes.c — a sheet of classes and their numbers of pupils
 * (年级, 班级, 在校学生数), read by `guanai import` like a roster so that
 * 在校学生数 — the denominator of every share in the statistics — comes
 * from the school's own list (DESIGN §11).  See import-private.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "import-private.h"

static int
is_enrolled_header(const char *h)
{
	static const char *const words[] = { "在校学生数", "在校学生人数", "在校生数",
	    "学生数", "学生人数", "班级人数", "全班人数", "enrolled", NULL };
	char *t = str_trim(h);
	size_t i;
	int yes = 0;

	for (i = 0; words[i] != NULL; i++)
		yes |= strcmp(t, words[i]) == 0;
	free(t);
	return yes;
}

int
import_class_header(const struct csv_record *rec, struct import_class_cols *cc)
{
	const struct field *f;
	size_t i;
	int away;

	cc->grade = cc->class_no = cc->enrolled = -1;
	for (i = 0; i < rec->nfields; i++) {
		if (str_empty(rec->fields[i]))
			continue;
		if (is_enrolled_header(rec->fields[i])) {
			cc->enrolled = (long)i;
			continue;
		}
		f = import_header_field(rec->fields[i], &away);
		if (f == NULL)
			continue;
		if (f->id == F_NAME)
			return 0;	/* a roster, not a class sheet */
		if (f->id == F_GRADE)
			cc->grade = (long)i;
		else if (f->id == F_CLASS_NO)
			cc->class_no = (long)i;
	}
	return cc->class_no >= 0 && cc->enrolled >= 0;
}

static const char *
cell_at(const struct csv_record *rec, long i)
{
	return i >= 0 && (size_t)i < rec->nfields ? rec->fields[i] : "";
}

int
import_class_row(const struct import_class_cols *cc, struct csv_record *rec,
    int *grade, int *class_no, int *enrolled, struct import_problems *p)
{
	const char *g = cell_at(rec, cc->grade), *k = cell_at(rec, cc->class_no);
	const char *n = cell_at(rec, cc->enrolled);
	char *end, *msg;
	long v;

	*grade = *class_no = 0;
	if (class_full_parse(k, grade, class_no) != 0) {
		*grade = grade_parse(g);
		*class_no = class_no_parse(k);
	}
	if (*grade <= 0 || *class_no <= 0) {
		msg = xasprintf(_("%s %s: not a class (write a grade such as 三年级 "
		    "and a class such as 2班)"), g, k);
		import_problem(p, 1, msg);
		free(msg);
		return -1;
	}
	v = strtol(n, &end, 10);
	while (*end == ' ' || strcmp(end, "人") == 0)
		end += *end == ' ' ? 1 : strlen(end);
	if (str_empty(n) || *end != '\0' || v < 0 || v > 10000) {
		msg = xasprintf(_("在校学生数 %s: write the number of pupils of the "
		    "class, such as 52"), n);
		import_problem(p, 1, msg);
		free(msg);
		return -1;
	}
	*enrolled = (int)v;
	return 0;
}
