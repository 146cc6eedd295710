/* stats-save.c — statistics per class and their files (stats-save.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/account.h"
#include "guanai/app/classes.h"
#include "guanai/app/export.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"
#include "guanai/store/users.h"
#include "guanai/app/stats.h"
#include "guanai/app/stats-save.h"
#include "guanai/base/utf8.h"
#include "guanai/core/validate.h"
#include "guanai/io/xlsx.h"

#define SAVE_MAX_COLS 16

struct mine {
	const char *name;
	struct account acc;
	int found;
};

static int
find_me(void *ctx, const struct account *acc)
{
	struct mine *m = ctx;

	if (strcmp(acc->name, m->name) != 0)
		return 0;
	m->acc.nclasses = acc->nclasses;
	m->acc.grades = xcalloc(acc->nclasses + 1, sizeof *m->acc.grades);
	m->acc.class_nos = xcalloc(acc->nclasses + 1, sizeof *m->acc.class_nos);
	memcpy(m->acc.grades, acc->grades, acc->nclasses * sizeof *acc->grades);
	memcpy(m->acc.class_nos, acc->class_nos, acc->nclasses * sizeof *acc->class_nos);
	m->found = 1;
	return 1;
}

/* Put back the signed-in teacher's classes (or no limit for the others). */
static int
scope_back(struct app *a, struct err *e)
{
	struct mine m;
	int rc;

	if (a->role == NULL || strcmp(a->role, "teacher") != 0)
		return store_set_class_scope(a->store, NULL, NULL, 0, e);
	memset(&m, 0, sizeof m);
	m.name = a->actor;
	if (store_users_each(a->store, find_me, &m, e) < 0)
		return -1;
	/* a teacher whose account vanished sees nothing rather than all */
	rc = store_set_class_scope(a->store, m.found ? m.acc.grades : (int[]){ 0 },
	    m.found ? m.acc.class_nos : (int[]){ 0 }, m.found ? m.acc.nclasses : 1, e);
	free(m.acc.grades);
	free(m.acc.class_nos);
	return rc;
}

int
stats_for(struct app *a, int grade, int class_no, struct stats *st, struct err *e)
{
	struct err e2 = { 0, "" };
	char *label;
	int in, rc;

	if (grade == 0)
		return stats_compute(a, st, e);
	if ((in = classes_in_scope(a, grade, class_no, e)) < 0)
		return -1;
	if (in == 0) {
		label = class_label(grade, class_no);
		err_set(e, ERR_USAGE, _("%s is not one of your classes"), label);
		free(label);
		return -1;
	}
	if (store_set_class_scope(a->store, &grade, &class_no, 1, e) != 0)
		return -1;
	rc = stats_compute(a, st, e);
	if (scope_back(a, rc == 0 ? e : &e2) != 0)
		rc = -1;
	return rc;
}

static int
key_index(const char *const *keys, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(keys[i], s) == 0)
			return i;
	return -1;
}

/* An Excel sheet name: at most 31 characters, none of []:*?/\. */
static char *
sheet_name(const char *title)
{
	char *s = xstrdup(title), *p;
	size_t n = 0, i = 0, k;
	uint32_t cp;

	for (p = s; *p; p++)
		if (strchr("[]:*?/\\", *p) != NULL)
			*p = '-';
	while (s[i] != '\0' && n < 31) {
		k = utf8_decode(s + i, strlen(s + i), &cp);
		i += k > 0 ? k : 1;
		n++;
	}
	s[i] = '\0';
	return s;
}

static int
flat_sheet(struct xlsx *x, const char *name, const struct stats *st, enum stat_table_id id,
    struct err *e)
{
	const struct stat_table *t = &st->t[id];
	const char *heads[2] = { _("Item"), _("Number") };
	unsigned char num[2] = { 0, 1 };
	char *cells[2];
	size_t j;
	int rc = 0, isnum;

	if (xlsx_sheet(x, name, heads, (const int[]){ 16, 8 }, 2, e) != 0)
		return -1;
	for (j = 0; j < t->n && rc == 0; j++) {
		cells[0] = stats_cell_label(id, t->cells[j].k1, 0);
		cells[1] = stats_cell_value(st, id, &t->cells[j], &isnum);
		num[1] = (unsigned char)isnum;
		rc = xlsx_row(x, (const char *const *)cells, num, e);
		free(cells[0]);
		free(cells[1]);
	}
	return rc;
}

static int
nested_sheet(struct xlsx *x, const char *name, const struct stats *st, enum stat_table_id id,
    struct err *e)
{
	const struct stat_table *t = &st->t[id];
	const char *cols2[SAVE_MAX_COLS], *rows[256];
	char *heads[SAVE_MAX_COLS + 1], *cells[SAVE_MAX_COLS + 1];
	unsigned char num[SAVE_MAX_COLS + 1];
	int nc = 0, nr = 0, k, r, rc = 0, isnum;
	size_t j;

	for (j = 0; j < t->n; j++) {
		if (key_index(cols2, nc, t->cells[j].k2) < 0 && nc < SAVE_MAX_COLS)
			cols2[nc++] = t->cells[j].k2;
		if (key_index(rows, nr, t->cells[j].k1) < 0 && nr < 256)
			rows[nr++] = t->cells[j].k1;
	}
	heads[0] = xstrdup("");
	num[0] = 0;
	for (k = 0; k < nc; k++) {
		heads[k + 1] = stats_cell_label(id, cols2[k], 1);
		num[k + 1] = 1;
	}
	rc = xlsx_sheet(x, name, (const char *const *)heads, NULL, (size_t)nc + 1, e);
	for (r = 0; r < nr && rc == 0; r++) {
		cells[0] = stats_cell_label(id, rows[r], 0);
		for (k = 0; k < nc; k++) {
			cells[k + 1] = NULL;
			num[k + 1] = 1;
		}
		/* a grade's 在校学生数 not filled in is words (未填), not a 0 */
		for (j = 0; j < t->n; j++)
			if (strcmp(t->cells[j].k1, rows[r]) == 0 &&
			    (k = key_index(cols2, nc, t->cells[j].k2)) >= 0 && cells[k + 1] == NULL) {
				cells[k + 1] = stats_cell_value(st, id, &t->cells[j], &isnum);
				num[k + 1] = (unsigned char)isnum;
			}
		rc = xlsx_row(x, (const char *const *)cells, num, e);
		for (k = 0; k <= nc; k++)
			free(cells[k]);
	}
	for (k = 0; k <= nc; k++)
		free(heads[k]);
	return rc;
}

int
stats_save_xlsx(struct app *a, const struct stats *st, int grade, int class_no,
    const char *path, struct err *e)
{
	const char *head[1] = { _("Summary paragraph") }, *row[1];
	struct xlsx *x = NULL;
	char *name;
	int i, rc;

	if (xlsx_open(&x, path, e) != 0)
		return -1;
	row[0] = st->summary != NULL ? st->summary : "";
	name = sheet_name(_("Summary"));
	rc = xlsx_sheet(x, name, head, (const int[]){ 60 }, 1, e);
	free(name);
	if (rc == 0)
		rc = xlsx_row(x, row, NULL, e);
	for (i = 0; i < ST_COUNT && rc == 0; i++) {
		/* each table its sheet, named by its title */
		name = sheet_name(stats_table_title((enum stat_table_id)i));
		rc = st->t[i].nested ? nested_sheet(x, name, st, (enum stat_table_id)i, e) :
		    flat_sheet(x, name, st, (enum stat_table_id)i, e);
		free(name);
	}
	/* whose numbers, counted when and by whom: as the county's sheet */
	if (rc == 0)
		rc = export_xlsx_about(a, x, grade, class_no,
		    (long)stats_get(st, ST_PAIRING_COVERAGE, "children", NULL), e);
	if (rc != 0 || xlsx_commit(&x, e) != 0) {
		xlsx_abort(&x);
		return -1;
	}
	return store_audit_event(a->store, "stats_saved", path, e);
}

int
stats_save_text(struct app *a, const struct stats *st, const char *path, struct err *e)
{
	struct atomic_file af;

	if (atomic_open(&af, path, 0644, e) != 0)
		return -1;
	fprintf(af.fp, "%s\n", st->summary != NULL ? st->summary : "");
	if (atomic_commit(&af, e) != 0)
		return -1;
	return store_audit_event(a->store, "summary_written", path, e);
}
