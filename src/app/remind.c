/* remind.c — the register's reminders grouped by kind (guanai/app/remind.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/remind.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"

struct walk {
	struct remind_groups *g;
	struct date today;
	int days;
	size_t max;
};

static int
add_child(void *ctx, const struct remind_child *c)
{
	struct walk *w = ctx;
	struct remind_groups *g = w->g;
	struct reminder r[REMIND_KINDS];
	struct remind_entry *en;
	int i, k, n = remind_eval(c, w->today, w->days, r);

	for (i = 0; i < n; i++) {
		k = r[i].kind;
		g->count[k]++;
		if (w->max != 0 && g->n[k] >= w->max)
			continue;
		if (g->n[k] == g->cap[k]) {
			g->cap[k] = g->cap[k] ? g->cap[k] * 2 : 32;
			g->e[k] = xrealloc(g->e[k], g->cap[k] * sizeof *g->e[k]);
		}
		en = &g->e[k][g->n[k]++];
		en->r = r[i];
		snprintf(en->id, sizeof en->id, "%s", c->id);
		en->name = xstrdup(c->name != NULL ? c->name : "");
		en->grade = c->grade;
		en->class_no = c->class_no;
		en->detail = remind_detail(&r[i], c);
		en->detail_code = remind_detail_code(&r[i], c);
	}
	return 0;
}

/* Birthdays soonest first; equal days keep the walk's order (merge sort). */
static void
sort_by_days(struct remind_entry *v, size_t n)
{
	struct remind_entry *tmp;
	size_t w, i, lo, mid, hi, a, b, k;

	if (n < 2)
		return;
	tmp = xmalloc(n * sizeof *tmp);
	for (w = 1; w < n; w *= 2) {
		for (i = 0; i < n; i += 2 * w) {
			lo = i, mid = i + w < n ? i + w : n, hi = i + 2 * w < n ? i + 2 * w : n;
			for (a = lo, b = mid, k = lo; k < hi; k++)
				tmp[k] = a < mid && (b >= hi || v[a].r.days <= v[b].r.days) ?
				    v[a++] : v[b++];
		}
		memcpy(v, tmp, n * sizeof *v);
	}
	free(tmp);
}

int
app_reminders(struct app *a, struct date today, int days, size_t max,
    struct remind_groups *out, struct err *e)
{
	struct walk w = { out, today, days, max };

	memset(out, 0, sizeof *out);
	if (store_remind_children(a->store, add_child, &w, e) != 0)
		return -1;
	sort_by_days(out->e[REMIND_BIRTHDAY], out->n[REMIND_BIRTHDAY]);
	return 0;
}

void
remind_groups_free(struct remind_groups *g)
{
	size_t j;
	int k;

	for (k = 0; k < REMIND_KINDS; k++) {
		for (j = 0; j < g->n[k]; j++) {
			free(g->e[k][j].name);
			free(g->e[k][j].detail);
			free(g->e[k][j].detail_code);
		}
		free(g->e[k]);
		g->e[k] = NULL;
		g->n[k] = g->cap[k] = 0;
	}
}
