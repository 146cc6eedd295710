/* stats-compute.c — the statistics use case: the store's counts, the 七清楚
 * completion of each class and the left-behind types as lists show them
 * (derived from the parents when empty: record_left_behind_type), over a
 * streamed walk of the register, and the summary paragraph. */
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
	struct store *s;
	struct stats *st;
	struct date today;
	struct err *e;
};

static int
class_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct walk *w = ctx;
	struct check_item_result res[CHECKLIST_ITEMS];
	char key[16];
	const char *type, *study = record_get(r, F_STUDY);
	int derived;

	(void)k;
	/* the type as lists show it: derived from the parents when empty */
	type = record_left_behind_type(r, &derived);
	if (type == NULL)
		type = "unknown";
	w->st->derived += derived;
	stats_add(w->st, ST_BY_LEFT_BEHIND_TYPE, type, NULL, 1);
	stats_add(w->st, ST_STUDY_BY_LEFT_BEHIND_TYPE, type, study ? study : "unknown", 1);
	if (checklist_eval_stored(w->s, r, w->today, res, NULL, w->e) != 0)
		return -1;
	snprintf(key, sizeof key, "%s-%s", record_get(r, F_GRADE), record_get(r, F_CLASS_NO));
	stats_add(w->st, ST_CHECKLIST_BY_CLASS, key, "children", 1);
	stats_add(w->st, ST_CHECKLIST_BY_CLASS, key, "complete", checklist_complete(res));
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
		snprintf(key, sizeof key, "%d-%d", c[i].grade, c[i].number);
		stats_add(st, ST_CHECKLIST_BY_CLASS, key, "children", 0);
		stats_add(st, ST_CHECKLIST_BY_CLASS, key, "complete", 0);
	}
	free(c);
	return 0;
}

int
stats_compute(struct store *s, struct stats *st, struct err *e)
{
	struct child_filter all = { 0, 0, NULL, 0, NULL, NULL };
	struct walk w = { s, st, date_today(), e };
	char ys[DATE_ISO_SIZE];

	date_format(date_school_year_start(w.today), ys);
	if (store_stats(s, ys, st, e) != 0 || seed_classes(s, st, e) != 0)
		return -1;
	/* the two type tables are counted here, with derived types */
	stats_clear_table(st, ST_BY_LEFT_BEHIND_TYPE);
	stats_clear_table(st, ST_STUDY_BY_LEFT_BEHIND_TYPE);
	if (store_children_each(s, &all, NULL, 0, class_cb, &w, e) != 0)
		return -1;
	stats_sort_table(st, ST_BY_LEFT_BEHIND_TYPE);
	stats_sort_table(st, ST_STUDY_BY_LEFT_BEHIND_TYPE);
	st->summary = stats_summary_text(st);
	return 0;
}

int
app_stats(struct app *a, struct stats *st, struct err *e)
{
	return stats_compute(a->store, st, e);
}
