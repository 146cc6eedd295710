/* scr-stats.c — 统计, the tables of the yearly work summary (DESIGN §11,
 * computed by stats_compute) and the summary paragraph, which y writes to
 * a text file for pasting into the 工作总结. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/care.h"
#include "guanai/fsutil.h"
#include "guanai/i18n.h"
#include "guanai/mem.h"
#include "guanai/stats.h"
#include "guanai/validate.h"
#include "textview.h"

struct stview {
	struct textview tv;
	char *summary;
	int width;			/* the paragraph was wrapped for this many columns */
};

static const char *const titles[ST_COUNT] = {
	N_("Children by grade and gender"), N_("By left-behind type"),
	N_("By the primary guardian's relation"), N_("By the primary guardian's education"),
	N_("Study level by left-behind type"), N_("Checklist (七清楚) by class"),
	N_("Pairing coverage"), N_("Care this school year, by kind"),
	N_("Aid and gifts this school year"),
};

static const char *const grade_names[10] = {
	"", N_("Grade 1"), N_("Grade 2"), N_("Grade 3"), N_("Grade 4"), N_("Grade 5"),
	N_("Grade 6"), N_("Grade 7"), N_("Grade 8"), N_("Grade 9"),
};

/* A code as a person reads it (the same words as `guanai stats`). */
static char *
label(enum stat_table_id t, const char *code, int second)
{
	if (strcmp(code, "unknown") == 0)
		return xstrdup(_("not recorded"));
	switch (t) {
	case ST_BY_GRADE_GENDER:
		if (!second)
			return xstrdup(atoi(code) >= 1 && atoi(code) <= 9 ?
			    _(grade_names[atoi(code)]) : code);
		if (strcmp(code, "enrolled") == 0)
			return xstrdup(_("pupils enrolled"));
		return field_display(&field_table[F_GENDER], code);
	case ST_BY_LEFT_BEHIND_TYPE:
		return field_display(&field_table[F_LEFT_BEHIND_TYPE], code);
	case ST_STUDY_BY_LEFT_BEHIND_TYPE:
		return field_display(&field_table[second ? F_STUDY : F_LEFT_BEHIND_TYPE], code);
	case ST_BY_GUARDIAN_RELATION:
		if (strcmp(code, "grandparent") == 0)
			return xstrdup(_("Grandparents"));
		return field_display(&field_table[F_GUARDIAN_RELATION], code);
	case ST_BY_GUARDIAN_EDUCATION:
		return field_display(&field_table[F_GUARDIAN_EDUCATION], code);
	case ST_CARE_BY_KIND:
		return xstrdup(care_kind_label(code));
	case ST_CHECKLIST_BY_CLASS:
		if (second)
			return xstrdup(strcmp(code, "complete") == 0 ? _("all seven clear") :
			    _("children"));
		return xstrdup(code);
	case ST_PAIRING_COVERAGE:
		return xstrdup(strcmp(code, "paired") == 0 ? _("paired with a helper") :
		    _("left-behind children"));
	case ST_AID_TOTAL:
		return xstrdup(strcmp(code, "yuan") == 0 ? _("yuan") : _("children aided"));
	case ST_COUNT:
		break;
	}
	return xstrdup(code);
}

static void
fill(struct stview *sv, const struct stats *st, int width)
{
	const struct stat_table *tb;
	char *a, *b, *line;
	size_t j;
	int i;

	tv_free(&sv->tv);
	for (i = 0; i < ST_COUNT; i++) {
		tb = &st->t[i];
		tv_add(&sv->tv, TV_HEAD, NULL, _(titles[i]));
		for (j = 0; j < tb->n; j++) {
			a = label((enum stat_table_id)i, tb->cells[j].k1, 0);
			b = tb->cells[j].k2 != NULL ?
			    label((enum stat_table_id)i, tb->cells[j].k2, 1) : NULL;
			line = xasprintf("  %s%s%s: %g", a, b != NULL ? " \xc2\xb7 " : "",
			    b != NULL ? b : "", tb->cells[j].v);
			tv_add(&sv->tv, TV_TEXT, NULL, line);
			free(line);
			free(a);
			free(b);
		}
		if (tb->n == 0)
			tv_add(&sv->tv, TV_DIM, NULL, _("  none"));
	}
	tv_add(&sv->tv, TV_HEAD, NULL, _("Summary paragraph (y writes it to a file)"));
	tv_add_wrapped(&sv->tv, TV_TEXT, sv->summary, width - 3);
	sv->width = width;
}

static struct stats *
compute(struct tui *t, struct err *e)
{
	struct stats *st = xcalloc(1, sizeof *st);

	stats_init(st);
	if (stats_compute(t->app->store, st, e) != 0) {
		stats_free(st);
		free(st);
		return NULL;
	}
	return st;
}

static int
stats_init_scr(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct stview *sv = xcalloc(1, sizeof *sv);
	struct stats *st;

	(void)arg;
	if ((st = compute(t, e)) == NULL) {
		free(sv);
		return -1;
	}
	sv->summary = xstrdup(st->summary != NULL ? st->summary : "");
	fill(sv, st, t->cols);
	stats_free(st);
	free(st);
	s->priv = sv;
	return 0;
}

static void
stats_free_scr(struct screen *s)
{
	struct stview *sv = s->priv;

	tv_free(&sv->tv);
	free(sv->summary);
	free(sv);
}

static void
stats_draw(struct screen *s, struct tui *t)
{
	struct stview *sv = s->priv;

	snprintf(s->title, sizeof s->title, "%s", _("Statistics"));
	tv_draw(&sv->tv, t, tui_body_top(t), tui_body_rows(t));
}

/* y: the paragraph into a file the teacher names (a text file, UTF-8). */
static void
write_summary(struct stview *sv, struct tui *t)
{
	struct atomic_file af;
	struct err e = { 0, "" };
	const char *home = getenv("HOME");
	char *def = xasprintf("%s/%s", home != NULL ? home : ".", _("work-summary.txt"));
	char *path = NULL;

	if (!dlg_prompt(t, _("Write the paragraph to:"), def, &path) || str_empty(path))
		goto out;
	if (atomic_open(&af, path, 0644, &e) != 0)
		goto fail;
	fprintf(af.fp, "%s\n", sv->summary);
	if (atomic_commit(&af, &e) != 0)
		goto fail;
	store_audit_event(t->app->store, "summary_written", "stats summary paragraph", NULL);
	tui_say(t, _("The paragraph is in %s."), path);
	goto out;
fail:
	tui_fail(t, &e);
out:
	free(def);
	free(path);
}

static int
stats_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct stview *sv = s->priv;

	(void)key;
	if (op == OP_WRITE) {
		write_summary(sv, t);
		return 1;
	}
	return tv_key(&sv->tv, t, op);
}

static void
stats_resize(struct screen *s, struct tui *t)
{
	struct stview *sv = s->priv;
	struct err e = { 0, "" };
	struct stats *st;

	if (sv->width == t->cols)
		return;
	if ((st = compute(t, &e)) == NULL) {
		tui_fail(t, &e);
		return;
	}
	fill(sv, st, t->cols);
	stats_free(st);
	free(st);
}

const struct screen_class scr_stats = {
	.name = "stats",
	.keys = keys_stats,
	.init = stats_init_scr,
	.free = stats_free_scr,
	.draw = stats_draw,
	.key = stats_key,
	.resize = stats_resize,
};
