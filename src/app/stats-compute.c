/* stats-compute.c — the statistics use case: the store's counts, the 七清楚
 * completion of each class (app_checklist_rates, the one count) and the
 * left-behind types as lists show them (derived from the parents when
 * empty: record_left_behind_type), over one streamed walk of the register,
 * and the summary paragraph. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "guanai/app/app.h"
#include "guanai/app/checklist.h"
#include "guanai/app/stats.h"
#include "guanai/base/date.h"
#include "guanai/core/checklist.h"
#include "guanai/store/store.h"

struct walk {
	struct stats *st;
};

/* Per child: the left-behind types (the 七清楚 is app_checklist_rates'). */
static int
type_cb(void *ctx, const struct record *r, const struct check_item_result res[CHECKLIST_ITEMS])
{
	struct walk *w = ctx;
	const char *type, *study = record_get(r, F_STUDY);
	int derived;

	(void)res;
	/* the type as lists show it: derived from the parents when empty */
	type = record_left_behind_type(r, &derived);
	if (type == NULL)
		type = "unknown";
	w->st->derived += derived;
	stats_add(w->st, ST_BY_LEFT_BEHIND_TYPE, type, NULL, 1);
	stats_add(w->st, ST_STUDY_BY_LEFT_BEHIND_TYPE, type, study ? study : "unknown", 1);
	return 0;
}

/* Classes in grade/number order, so the table reads 1-1, 1-2, 2-1 … */
static int
seed_classes(struct store *s, struct stats *st, struct err *e)
{
	struct class_info *c;
	size_t n, i;
	char key[16];

	if (store_classes(s, &c, &n, e) != 0)
		return -1;
	/* a class scope (a class chosen, or a teacher's classes) is not the
	 * school: the paragraph must not say 本校 of one class's children */
	st->scope = !store_class_scoped(s) ? STATS_SCHOOL :
	    n == 1 ? STATS_ONE_CLASS : STATS_CLASSES;
	for (i = 0; i < n; i++) {
		if (c[i].children == 0)
			continue;
		st->classes_unenrolled += c[i].enrolled <= 0;
		if (c[i].enrolled <= 0 && c[i].grade >= 1 && c[i].grade <= 9)
			st->unenrolled_grade[c[i].grade]++;
		snprintf(key, sizeof key, "%d-%d", c[i].grade, c[i].number);
		stats_add(st, ST_CHECKLIST_BY_CLASS, key, "children", 0);
		stats_add(st, ST_CHECKLIST_BY_CLASS, key, "complete", 0);
	}
	free(c);
	return 0;
}

int
stats_compute(struct app *a, struct stats *st, struct err *e)
{
	struct child_filter all = { 0, 0, NULL, 0, NULL, NULL };
	struct walk w = { st };
	struct checklist_rates rates;
	struct date today = date_today();
	unsigned char fields[FIELD_COUNT] = { 0 };
	char ys[DATE_ISO_SIZE], key[16];
	size_t i;
	int rc;

	date_format(date_school_year_start(today), ys);
	if (store_stats(a->store, ys, st, e) != 0 || seed_classes(a->store, st, e) != 0)
		return -1;
	/* the two type tables are counted here, with derived types */
	stats_clear_table(st, ST_BY_LEFT_BEHIND_TYPE);
	stats_clear_table(st, ST_STUDY_BY_LEFT_BEHIND_TYPE);
	fields[F_STUDY] = fields[F_LEFT_BEHIND_TYPE] = 1;
	fields[F_FATHER_AWAY] = fields[F_MOTHER_AWAY] = 1;
	all.fields = fields;
	/* the completion by class: the count `check` and the screens show */
	rc = app_checklist_rates(a, &all, today, type_cb, &w, &rates, e);
	for (i = 0; rc == 0 && i < rates.n; i++) {
		snprintf(key, sizeof key, "%d-%d", rates.cls[i].grade, rates.cls[i].number);
		stats_add(st, ST_CHECKLIST_BY_CLASS, key, "children", (double)rates.cls[i].children);
		stats_add(st, ST_CHECKLIST_BY_CLASS, key, "complete", (double)rates.cls[i].complete);
	}
	checklist_rates_free(&rates);
	if (rc != 0)
		return -1;
	stats_sort_table(st, ST_BY_LEFT_BEHIND_TYPE);
	stats_sort_table(st, ST_STUDY_BY_LEFT_BEHIND_TYPE);
	st->summary = stats_summary_text(st);
	return 0;
}

int
app_stats(struct app *a, struct stats *st, struct err *e)
{
	return stats_compute(a, st, e);
}
