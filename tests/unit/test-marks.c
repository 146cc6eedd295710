/* test-marks.c — the marks of a list page and the marks of one child read
 * on its own must agree.  A page reads only the fields a list needs
 * (child_filter.fields = marks_fields) and its facts in one statement
 * (store_children_marks: the confirmations as one text per child, the
 * newest care act from the index's end); marks_eval reads the complete
 * record, each item's confirmation, the pairings and the care of one
 * child apart.  On a demo school, plus confirmations written old-then-new
 * and new-then-old, and a child whose "away" flags are empty (the
 * left-behind type decides item 6), every child is compared field by
 * field of struct child_marks, and the lean rows against the complete
 * records; then all of them in one call (several statements). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/app.h"
#include "guanai/app/children.h"
#include "guanai/app/demo.h"
#include "guanai/app/marks.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"
#include "t.h"

#define PAGE 17			/* the rows of the first screen at 80x24 */

struct rows {
	struct record *r;
	size_t n, cap;
};

static int
keep_row(void *ctx, const struct record *r, const struct child_key *key)
{
	struct rows *rw = ctx;

	(void)key;
	if (rw->n == rw->cap) {
		rw->cap = rw->cap ? rw->cap * 2 : 64;
		rw->r = xrealloc(rw->r, rw->cap * sizeof *rw->r);
	}
	record_init(&rw->r[rw->n]);
	record_copy(&rw->r[rw->n++], r);
	return 0;
}

/* A child in 3-2 whose parents are away by its type alone: no "away"
 * flags, the father's phone known, the mother's not. */
static void
add_typed_child(struct app *a)
{
	struct err e = { 0, "" };
	struct record r;

	record_init(&r);
	record_set(&r, F_NAME, "单亲测");
	record_set(&r, F_GENDER, "f");
	record_set(&r, F_BIRTH_DATE, "2016-12-02");	/* birthday within the week */
	record_set(&r, F_GRADE, "3");
	record_set(&r, F_CLASS_NO, "2");
	record_set(&r, F_LEFT_BEHIND_TYPE, "both_away");
	record_set(&r, F_FATHER_NAME, "单父");
	record_set(&r, F_FATHER_PHONE, "13800138000");
	record_set(&r, F_GUARDIAN_NAME, "单奶奶");
	record_set(&r, F_GUARDIAN_RELATION, "grandmother");
	T_INTEQ(app_child_save(a, &r, &e), 0);
	record_clear(&r);
}

/* Confirmations in both orders on the first children of the list: item 1
 * last year then this year, item 2 this year then last year, item 3 last
 * year only.  Whichever row a page met first, the newest must count. */
static void
confirm_both_orders(struct app *a, const struct rows *rw)
{
	struct err e = { 0, "" };
	size_t i;

	for (i = 0; i < rw->n && i < 40; i++) {
		T_INTEQ(store_checklist_confirm(a->store, rw->r[i].id, 1, "2025-10-08", &e), 0);
		T_INTEQ(store_checklist_confirm(a->store, rw->r[i].id, 1, "2026-10-08", &e), 0);
		T_INTEQ(store_checklist_confirm(a->store, rw->r[i].id, 2, "2026-09-20", &e), 0);
		T_INTEQ(store_checklist_confirm(a->store, rw->r[i].id, 2, "2026-06-20", &e), 0);
		T_INTEQ(store_checklist_confirm(a->store, rw->r[i].id, 3, "2026-08-31", &e), 0);
	}
}

static void
read_all(struct app *a, const unsigned char *fields, struct rows *rw)
{
	struct child_filter f;
	struct err e = { 0, "" };

	memset(&f, 0, sizeof f);
	f.fields = fields;
	T_INTEQ(app_children_each(a, &f, NULL, 0, keep_row, rw, &e), 0);
}

static void
rows_free(struct rows *rw)
{
	size_t i;

	for (i = 0; i < rw->n; i++)
		record_clear(&rw->r[i]);
	free(rw->r);
	memset(rw, 0, sizeof *rw);
}

static int seen[3], reminders[5], lean_dropped, compared;

/* The lean row holds exactly the chosen fields of the complete record. */
static void
compare_rows(const struct record *lean, const struct record *full,
    const unsigned char *fields)
{
	int i;

	for (i = 0; i < FIELD_COUNT; i++) {
		if (fields[i])
			T_STREQ(lean->v[i], full->v[i]);
		else {
			T_CHECK(lean->v[i] == NULL);
			lean_dropped += full->v[i] != NULL;
		}
	}
}

static void
compare_marks(const struct child_marks *page, const struct child_marks *one)
{
	int k;

	for (k = 0; k < CHECKLIST_ITEMS; k++) {
		T_INTEQ(page->check[k].state, one->check[k].state);
		if (page->check[k].state == CHECK_MISSING)
			T_INTEQ(page->check[k].missing, one->check[k].missing);
		seen[one->check[k].state]++;
	}
	T_INTEQ(page->complete, one->complete);
	T_INTEQ(page->paired, one->paired);
	T_STREQ(page->last_care, one->last_care);
	T_INTEQ(page->mark, one->mark);
	T_STREQ(page->detail, one->detail);
	reminders[one->mark]++;
	compared++;
}

static void
test_pages(struct app *a, struct date today)
{
	unsigned char fields[FIELD_COUNT] = { 0 };
	const struct record *recs[PAGE];
	struct child_marks page[PAGE], one, *many;
	const struct record **all;
	struct record full;
	struct rows rw = { NULL, 0, 0 };
	struct err e = { 0, "" };
	size_t i, j, n;

	fields[F_NAME] = 1;
	marks_fields(fields);
	read_all(a, fields, &rw);
	T_CHECK(rw.n > 300);
	for (i = 0; i < rw.n; i += n) {
		n = rw.n - i < PAGE ? rw.n - i : PAGE;
		for (j = 0; j < n; j++)
			recs[j] = &rw.r[i + j];
		T_INTEQ(marks_eval_many(a, recs, n, today, page, &e), 0);
		for (j = 0; j < n; j++) {
			T_INTEQ(app_child_get(a, recs[j]->id, &full, &e), 0);
			compare_rows(recs[j], &full, fields);
			T_INTEQ(marks_eval(a, &full, today, &one, &e), 0);
			compare_marks(&page[j], &one);
			record_clear(&full);
		}
	}
	/* all at once: in several statements (store_children_marks' chunks),
	 * the same marks */
	all = xcalloc(rw.n, sizeof *all);
	many = xcalloc(rw.n, sizeof *many);
	for (i = 0; i < rw.n; i++)
		all[i] = &rw.r[i];
	T_INTEQ(marks_eval_many(a, all, rw.n, today, many, &e), 0);
	for (i = 0; i < rw.n; i++) {
		T_INTEQ(app_child_get(a, all[i]->id, &full, &e), 0);
		T_INTEQ(marks_eval(a, &full, today, &one, &e), 0);
		compare_marks(&many[i], &one);
		record_clear(&full);
	}
	/* a child gone meanwhile (not in the database): nothing known of it,
	 * as marks_eval finds nothing */
	memcpy(rw.r[0].id, "ffffffff-ffff-4fff-8fff-ffffffffffff", sizeof rw.r[0].id);
	T_INTEQ(marks_eval_many(a, all, 1, today, many, &e), 0);
	T_INTEQ(marks_eval(a, &rw.r[0], today, &one, &e), 0);
	compare_marks(&many[0], &one);
	T_INTEQ(many[0].paired, 0);
	free(all);
	free(many);
	rows_free(&rw);
	/* not vacuous: every state and every reminder a page can show came up,
	 * and the pages left out fields the complete records hold */
	T_INTEQ(compared, 2 * 301 + 1);
	T_CHECK(seen[CHECK_CLEAR] > 0 && seen[CHECK_MISSING] > 0 && seen[CHECK_STALE] > 0);
	T_CHECK(reminders[MARK_NONE] > 0 && reminders[MARK_UNPAIRED] > 0 &&
	    reminders[MARK_NO_CONTACT] > 0 && reminders[MARK_BIRTHDAY] > 0);
	T_CHECK(lean_dropped > 0);
}

int
main(void)
{
	struct app a;
	struct err e = { 0, "" };
	struct demo_opts o = { 300, 15 };
	struct demo_counts dc;
	struct rows rw = { NULL, 0, 0 };
	struct date today = { 2026, 11, 29 };
	char dir[256], *p, *cmd;

	setenv("GUANAI_TODAY", "2026-11-29", 1);
	snprintf(dir, sizeof dir, "%s/test-marks.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	p = xasprintf("%s/m.db", dir);
	app_init(&a, p);
	if (app_open(&a, APP_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	T_INTEQ(demo_fill(a.store, &o, &dc, &e), 0);
	add_typed_child(&a);
	read_all(&a, NULL, &rw);
	confirm_both_orders(&a, &rw);
	rows_free(&rw);
	test_pages(&a, today);
	app_close(&a);
	free(p);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (strstr(dir, "/test-marks.") != NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-marks");
}
