/* print-stats.c — the 统计表: the summary paragraph of the yearly work
 * summary, then each table of DESIGN.md §11 (flat tables as item/number,
 * nested ones as a grid of their two keys).  The numbers come from
 * stats_compute(); this file only lays them out. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/app/stats.h"
#include "guanai/app/stats-save.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "print-private.h"

#define STATS_MAX_COLS 12

static void
flat_table(struct pdf *p, const struct stats *st, enum stat_table_id id)
{
	const struct stat_table *t = &st->t[id];
	const struct pdf_col cols[] = {
		{ _("Item"), 3, PDF_LEFT, NULL }, { _("Number"), 1, PDF_RIGHT, NULL },
	};
	char *cells[2];

	pdf_table_begin(p, cols, 2, 9.5);
	for (size_t j = 0; j < t->n; j++) {
		cells[0] = stats_cell_label(id, t->cells[j].k1, 0);
		cells[1] = stats_cell_value(st, id, &t->cells[j], NULL);
		pdf_table_row(p, (const char *const *)cells, 0);
		free(cells[0]), free(cells[1]);
	}
	pdf_table_end(p);
}

/* Index of s in keys[0..n), or -1. */
static int
key_index(const char *const *keys, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (strcmp(keys[i], s) == 0)
			return i;
	return -1;
}

/* Rows k1 × columns k2, both in the order they first appear. */
static void
nested_table(struct pdf *p, const struct stats *st, enum stat_table_id id)
{
	const struct stat_table *t = &st->t[id];
	const char *cols2[STATS_MAX_COLS], *rows[256];
	struct pdf_col cols[STATS_MAX_COLS + 1];
	char *heads[STATS_MAX_COLS], *cells[STATS_MAX_COLS + 1];
	int nc = 0, nr = 0, k;

	for (size_t j = 0; j < t->n; j++) {
		if (key_index(cols2, nc, t->cells[j].k2) < 0 && nc < STATS_MAX_COLS)
			cols2[nc++] = t->cells[j].k2;
		if (key_index(rows, nr, t->cells[j].k1) < 0 && nr < 256)
			rows[nr++] = t->cells[j].k1;
	}
	cols[0] = (struct pdf_col){ "", 3, PDF_LEFT, NULL };
	for (k = 0; k < nc; k++) {
		heads[k] = stats_cell_label(id, cols2[k], 1);
		cols[k + 1] = (struct pdf_col){ heads[k], 2, PDF_RIGHT, NULL };
	}
	pdf_table_begin(p, cols, nc + 1, 9.5);
	for (int r = 0; r < nr; r++) {
		cells[0] = stats_cell_label(id, rows[r], 0);
		for (k = 0; k < nc; k++)
			cells[k + 1] = NULL;	/* an absent cell prints empty */
		for (size_t j = 0; j < t->n; j++)
			if (strcmp(t->cells[j].k1, rows[r]) == 0 &&
			    (k = key_index(cols2, nc, t->cells[j].k2)) >= 0 && cells[k + 1] == NULL)
				cells[k + 1] = stats_cell_value(st, id, &t->cells[j], NULL);
		pdf_table_row(p, (const char *const *)cells, 0);
		for (k = 0; k <= nc; k++)
			free(cells[k]);
	}
	pdf_table_end(p);
	for (k = 0; k < nc; k++)
		free(heads[k]);
}

int
print_stats(struct pdf *p, void *vc, struct err *e)
{
	struct print_ctx *c = vc;
	struct stats st;
	char *sub;
	int rc = -1;

	stats_init(&st);
	c->pdf = p;
	c->count = 0;
	/* the class asked for, as the statistics screen's c does: the whole
	 * school's numbers were printed under a class's name */
	if ((sub = print_scope_label(c)) != NULL)
		pdf_set_subtitle(p, sub);
	free(sub);
	if (stats_for(c->a, c->req->grade, c->req->class_no, &st, e) != 0)
		goto out;
	c->count = (int)stats_get(&st, ST_PAIRING_COVERAGE, "children", NULL);
	if (st.summary != NULL)
		pdf_text(p, st.summary, 11, 0, PDF_LEFT);
	for (int i = 0; i < ST_COUNT; i++) {
		pdf_space(p, 12);
		pdf_need(p, 70);
		pdf_text(p, stats_table_title((enum stat_table_id)i), 11, 1, PDF_LEFT);
		pdf_space(p, 3);
		if (st.t[i].n == 0)
			pdf_text(p, _("none"), 9.5, 0, PDF_LEFT);
		else if (st.t[i].nested)
			nested_table(p, &st, (enum stat_table_id)i);
		else
			flat_table(p, &st, (enum stat_table_id)i);
	}
	rc = 0;
out:
	stats_free(&st);
	return rc;
}
