/* stats-compute.c — the statistics use case: the store's counts, the 七清楚
 * completion of each class (rules of core/checklist.c over a streamed walk
 * of the register) and the summary paragraph. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "guanai/app/app.h"
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
	char *conf[7], key[16];
	int i;

	(void)k;
	if (store_checklist_get(w->s, r->id, conf, w->e) != 0)
		return -1;
	checklist_eval(r, (const char *const *)conf, w->today, res);
	for (i = 0; i < 7; i++)
		free(conf[i]);
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
	for (i = 0; i < n; i++) {
		if (c[i].children == 0)
			continue;
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
	struct child_filter all = { 0, 0, NULL, 0, NULL };
	struct walk w = { s, st, date_today(), e };
	char ys[11];

	date_format(date_school_year_start(w.today), ys);
	if (store_stats(s, ys, st, e) != 0 || seed_classes(s, st, e) != 0 ||
	    store_children_each(s, &all, NULL, 0, class_cb, &w, e) != 0)
		return -1;
	st->summary = stats_summary_text(st);
	return 0;
}

int
app_stats(struct app *a, struct stats *st, struct err *e)
{
	return stats_compute(a->store, st, e);
}
