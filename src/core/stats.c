/* stats.c — the cells of the statistics tables and the summary paragraph
 * (pure: no SQL; the numbers come from store_stats and stats_compute). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/stats.h"

static const struct {
	const char *key;
	int nested;
} tables[ST_COUNT] = {
	[ST_BY_GRADE_GENDER] = { "by_grade_gender", 1 },
	[ST_BY_LEFT_BEHIND_TYPE] = { "by_left_behind_type", 0 },
	[ST_BY_GUARDIAN_RELATION] = { "by_guardian_relation", 0 },
	[ST_BY_GUARDIAN_EDUCATION] = { "by_guardian_education", 0 },
	[ST_STUDY_BY_LEFT_BEHIND_TYPE] = { "study_by_left_behind_type", 1 },
	[ST_CHECKLIST_BY_CLASS] = { "checklist_by_class", 1 },
	[ST_PAIRING_COVERAGE] = { "pairing_coverage", 0 },
	[ST_CARE_BY_KIND] = { "care_by_kind", 0 },
	[ST_AID_TOTAL] = { "aid_total", 0 },
};

void
stats_init(struct stats *st)
{
	int i;

	memset(st, 0, sizeof *st);
	for (i = 0; i < ST_COUNT; i++) {
		st->t[i].key = tables[i].key;
		st->t[i].nested = tables[i].nested;
	}
}

void
stats_free(struct stats *st)
{
	size_t j;
	int i;

	for (i = 0; i < ST_COUNT; i++) {
		for (j = 0; j < st->t[i].n; j++) {
			free(st->t[i].cells[j].k1);
			free(st->t[i].cells[j].k2);
		}
		free(st->t[i].cells);
		st->t[i].cells = NULL;
		st->t[i].n = st->t[i].cap = 0;
	}
	xfree(&st->summary);
}

void
stats_clear_table(struct stats *st, enum stat_table_id id)
{
	struct stat_table *t = &st->t[id];
	size_t j;

	for (j = 0; j < t->n; j++) {
		free(t->cells[j].k1);
		free(t->cells[j].k2);
	}
	t->n = 0;
}

static int
by_count(const void *a, const void *b)
{
	const struct stat_cell *x = a, *y = b;

	if (x->v != y->v)
		return x->v < y->v ? 1 : -1;
	return strcmp(x->k1, y->k1);
}

static int
by_keys(const void *a, const void *b)
{
	const struct stat_cell *x = a, *y = b;
	int c = strcmp(x->k1, y->k1);

	return c != 0 ? c : strcmp(x->k2 ? x->k2 : "", y->k2 ? y->k2 : "");
}

void
stats_sort_table(struct stats *st, enum stat_table_id id)
{
	struct stat_table *t = &st->t[id];

	if (t->n > 1)
		qsort(t->cells, t->n, sizeof *t->cells, t->nested ? by_keys : by_count);
}

static struct stat_cell *
find(const struct stat_table *t, const char *k1, const char *k2)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->cells[i].k1, k1) == 0 &&
		    (k2 == NULL ? t->cells[i].k2 == NULL :
		    t->cells[i].k2 != NULL && strcmp(t->cells[i].k2, k2) == 0))
			return &t->cells[i];
	return NULL;
}

void
stats_add(struct stats *st, enum stat_table_id id, const char *k1, const char *k2,
    double v)
{
	struct stat_table *t = &st->t[id];
	struct stat_cell *c = find(t, k1, k2);

	if (c == NULL) {
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 8;
			t->cells = xrealloc(t->cells, t->cap * sizeof *t->cells);
		}
		c = &t->cells[t->n++];
		c->k1 = xstrdup(k1);
		c->k2 = xstrdup(k2);
		c->v = 0;
	}
	c->v += v;
}

double
stats_get(const struct stats *st, enum stat_table_id id, const char *k1, const char *k2)
{
	const struct stat_table *t = &st->t[id];
	const struct stat_cell *c;
	double sum = 0;
	size_t i;

	if (k1 != NULL) {
		c = find(t, k1, k2);
		return c != NULL ? c->v : 0;
	}
	for (i = 0; i < t->n; i++)
		if (k2 == NULL || (t->cells[i].k2 != NULL && strcmp(t->cells[i].k2, k2) == 0))
			sum += t->cells[i].v;
	return sum;
}

char *
stats_enrolled_text(double v, long missing, int *is_number)
{
	char *n = v == (double)(long long)v ? xasprintf("%lld", (long long)v) :
	    xasprintf("%.2f", v), *out;

	if (is_number != NULL)
		*is_number = missing == 0;
	if (missing == 0)
		return n;
	/* L10N: a grade's number of pupils (在校学生数) when no class of it
	 * has one filled in */
	out = v <= 0 ? xstrdup(_("not filled in")) :
	    /* L10N: a grade's number of pupils, %s, added up from the classes
	     * that have one: %ld more classes have none */
	    xasprintf(P_("%s (%ld class not filled in)", "%s (%ld classes not filled in)",
	    (unsigned long)missing), n, missing);
	free(n);
	return out;
}

char *
stats_cell_value(const struct stats *st, enum stat_table_id t, const struct stat_cell *c,
    int *is_number)
{
	long missing = 0;
	int g;

	if (t == ST_BY_GRADE_GENDER && c->k2 != NULL && strcmp(c->k2, "enrolled") == 0 &&
	    (g = atoi(c->k1)) >= 1 && g <= 9)
		missing = st->unenrolled_grade[g];
	return stats_enrolled_text(c->v, missing, is_number);
}

static double
pct(double part, double whole)
{
	return whole > 0 ? part * 100.0 / whole : 0;
}

char *
stats_summary_text(const struct stats *st)
{
	struct buf b = BUF_INIT;
	long children = (long)stats_get(st, ST_PAIRING_COVERAGE, "children", NULL);
	long enrolled = (long)stats_get(st, ST_BY_GRADE_GENDER, NULL, "enrolled");
	long paired = (long)stats_get(st, ST_PAIRING_COVERAGE, "paired", NULL);
	long grand = (long)stats_get(st, ST_BY_GUARDIAN_RELATION, "grandparent", NULL);
	long complete = (long)stats_get(st, ST_CHECKLIST_BY_CLASS, NULL, "complete");
	const char *who;

	/* L10N: the subject of the work summary's first sentence: the whole
	 * school, the one class counted, or a teacher's several classes */
	who = st->scope == STATS_ONE_CLASS ? _("The class has") :
	    st->scope == STATS_CLASSES ? _("These classes have") : _("The school has");

	if (enrolled > 0 && st->classes_unenrolled == 0)
		buf_addf(&b, _("%s %ld left-behind children, %.2f%% of its %ld "
		    "pupils. "), who, children, pct((double)children, (double)enrolled),
		    enrolled);
	else if (children > 0 && st->classes_unenrolled > 0)
		buf_addf(&b, ngettext("%s %ld left-behind children; the number "
		    "of pupils (在校学生数) of %ld class is not filled in, so their share of "
		    "all pupils cannot be given. ", "%s %ld left-behind children; "
		    "the number of pupils (在校学生数) of %ld classes is not filled in, so "
		    "their share of all pupils cannot be given. ",
		    (unsigned long)st->classes_unenrolled), who, children,
		    st->classes_unenrolled);
	else
		buf_addf(&b, _("%s %ld left-behind children. "), who, children);
	buf_addf(&b, _("Of them %ld have both parents away, %ld only the father, %ld only "
	    "the mother, %ld one parent away with the other unable to care, and for %ld "
	    "the type is not filled in. "),
	    (long)stats_get(st, ST_BY_LEFT_BEHIND_TYPE, "both_away", NULL),
	    (long)stats_get(st, ST_BY_LEFT_BEHIND_TYPE, "father_away", NULL),
	    (long)stats_get(st, ST_BY_LEFT_BEHIND_TYPE, "mother_away", NULL),
	    (long)stats_get(st, ST_BY_LEFT_BEHIND_TYPE, "one_away_other_unable", NULL),
	    (long)stats_get(st, ST_BY_LEFT_BEHIND_TYPE, "unknown", NULL));
	if (st->derived > 0)
		buf_addf(&b, ngettext("(The type of %ld child was worked out from "
		    "whether the father and the mother are away.) ", "(The type of %ld "
		    "children was worked out from whether the father and the mother are "
		    "away.) ", (unsigned long)st->derived), st->derived);
	buf_addf(&b, _("%ld live with their grandparents (%.1f%%). "), grand,
	    pct((double)grand, (double)children));
	buf_addf(&b, _("%ld children (%.1f%%) are paired with a helper. "), paired,
	    pct((double)paired, (double)children));
	buf_addf(&b, _("This school year %ld acts of care were recorded, among them %ld "
	    "home visits and %ld family calls; aid and gifts came to %.0f yuan for %ld "
	    "children. "), (long)stats_get(st, ST_CARE_BY_KIND, NULL, NULL),
	    (long)stats_get(st, ST_CARE_BY_KIND, "home_visit", NULL),
	    (long)stats_get(st, ST_CARE_BY_KIND, "family_call", NULL),
	    stats_get(st, ST_AID_TOTAL, "yuan", NULL),
	    (long)stats_get(st, ST_AID_TOTAL, "children", NULL));
	buf_addf(&b, _("For %ld children all seven items of the checklist are clear."),
	    complete);
	return buf_detach(&b);
}
