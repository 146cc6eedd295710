/* test-store-stats.c — statistics and reminders on a hand-made database
 * with known numbers (GUANAI_TODAY fixed), and the demo school: valid ID
 * numbers agreeing with birth date and gender, deterministic per seed,
 * refusal of a non-empty database. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/app/app.h"
#include "guanai/app/demo.h"
#include "guanai/app/stats.h"
#include "guanai/base/mem.h"
#include "guanai/core/remind.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"
#include "t.h"

static char dir[256];

struct kid {
	const char *name, *gender, *birth, *grade, *cls, *lbt, *study, *grel, *gedu, *gage,
	    *ghealth;
};

/* 5 children in 3-2, 1 in 4-1: numbers chosen so every table is known. */
static const struct kid kids[] = {
	{ "张一", "m", "2017-12-01", "3", "2", "both_away", "good", "grandmother",
	    "primary", "72", "good" },
	{ "张二", "f", "2017-03-05", "3", "2", "both_away", "excellent", "grandfather",
	    "illiterate", "65", "poor" },
	{ "李三", "m", "2017-06-01", "3", "2", "father_away", "good", "maternal_grandmother",
	    "primary", "60", "good" },
	{ "王四", "f", "2016-12-20", "3", "2", "mother_away", NULL, "other_relative",
	    "junior", "40", "good" },
	{ "赵五", "m", "2017-01-01", "3", "2", "both_away", "average", "sibling", NULL,
	    NULL, NULL },
	{ "钱六", "f", "2010-12-01", "4", "1", "one_away_other_unable", "poor", "grandmother",
	    "primary", "68", "fair" },
};

static void
make_school(struct store *s, char ids[6][UUID_LEN + 1])
{
	struct err e = { 0, "" };
	struct record r;
	struct helper h;
	struct pairing p;
	struct care c;
	size_t i;

	for (i = 0; i < 6; i++) {
		record_init(&r);
		record_set(&r, F_NAME, kids[i].name);
		record_set(&r, F_GENDER, kids[i].gender);
		record_set(&r, F_BIRTH_DATE, kids[i].birth);
		record_set(&r, F_GRADE, kids[i].grade);
		record_set(&r, F_CLASS_NO, kids[i].cls);
		record_set(&r, F_LEFT_BEHIND_TYPE, kids[i].lbt);
		record_set(&r, F_STUDY, kids[i].study);
		record_set(&r, F_GUARDIAN_NAME, "监护人");
		record_set(&r, F_GUARDIAN_RELATION, kids[i].grel);
		record_set(&r, F_GUARDIAN_EDUCATION, kids[i].gedu);
		record_set(&r, F_GUARDIAN_AGE, kids[i].gage);
		record_set(&r, F_GUARDIAN_HEALTH, kids[i].ghealth);
		T_INTEQ(store_child_save(s, &r, &e), 0);
		memcpy(ids[i], r.id, sizeof ids[i]);
		record_clear(&r);
	}
	T_INTEQ(store_class_set_enrolled(s, 3, 2, 40, &e), 0);
	T_INTEQ(store_class_set_enrolled(s, 4, 1, 10, &e), 0);
	memset(&h, 0, sizeof h);
	h.name = xstrdup("王老师");
	h.kind = xstrdup("teacher");
	T_INTEQ(store_helper_save(s, &h, &e), 0);
	/* paired: 张一, 张二 (active); 李三's pairing ended */
	for (i = 0; i < 3; i++) {
		memset(&p, 0, sizeof p);
		memcpy(p.child_id, ids[i], sizeof p.child_id);
		memcpy(p.helper_id, h.id, sizeof p.helper_id);
		p.role = xstrdup("teacher");
		p.start = xstrdup("2026-09-01");
		T_INTEQ(store_pairing_save(s, &p, &e), 0);
		if (i == 2)
			T_INTEQ(store_pairing_end(s, p.id, "2026-10-01", &e), 0);
		pairing_clear(&p);
	}
	helper_clear(&h);
	/* care: 2 home visits (张一 2026-11-20, 王四 2026-10-01), aid 500 to 张一,
	 * gift 100 to 张二, a call last school year (not counted) */
	{
		static const struct { int kid; const char *date, *kind; double amount; } cs[] = {
			{ 0, "2026-11-20", "home_visit", 0 }, { 3, "2026-10-01", "home_visit", 0 },
			{ 0, "2026-11-01", "aid", 500 }, { 1, "2026-11-02", "gift", 100 },
			{ 4, "2026-05-01", "family_call", 0 },
		};
		for (i = 0; i < sizeof cs / sizeof cs[0]; i++) {
			memset(&c, 0, sizeof c);
			memcpy(c.child_id, ids[cs[i].kid], sizeof c.child_id);
			c.date = xstrdup(cs[i].date);
			c.kind = xstrdup(cs[i].kind);
			c.amount = cs[i].amount;
			T_INTEQ(store_care_add(s, &c, &e), 0);
			care_clear(&c);
		}
	}
}

static void
test_stats(struct store *s)
{
	struct stats st;
	struct err e = { 0, "" };
	struct app a = { 0 };	/* stats_compute needs only the store */

	a.store = s;

	stats_init(&st);
	T_INTEQ(stats_compute(&a, &st, &e), 0);
	T_INTEQ(stats_get(&st, ST_BY_GRADE_GENDER, "3", "m"), 3);
	T_INTEQ(stats_get(&st, ST_BY_GRADE_GENDER, "3", "f"), 2);
	T_INTEQ(stats_get(&st, ST_BY_GRADE_GENDER, "3", "enrolled"), 40);
	T_INTEQ(stats_get(&st, ST_BY_GRADE_GENDER, "4", "f"), 1);
	T_INTEQ(stats_get(&st, ST_BY_GRADE_GENDER, "4", "enrolled"), 10);
	T_INTEQ(stats_get(&st, ST_BY_LEFT_BEHIND_TYPE, "both_away", NULL), 3);
	T_INTEQ(stats_get(&st, ST_BY_LEFT_BEHIND_TYPE, "father_away", NULL), 1);
	T_INTEQ(stats_get(&st, ST_BY_LEFT_BEHIND_TYPE, "one_away_other_unable", NULL), 1);
	T_INTEQ(stats_get(&st, ST_BY_GUARDIAN_RELATION, "grandparent", NULL), 4);
	T_INTEQ(stats_get(&st, ST_BY_GUARDIAN_RELATION, "other_relative", NULL), 1);
	T_INTEQ(stats_get(&st, ST_BY_GUARDIAN_RELATION, "sibling", NULL), 1);
	T_INTEQ(stats_get(&st, ST_BY_GUARDIAN_RELATION, "grandmother", NULL), 0);
	T_INTEQ(stats_get(&st, ST_BY_GUARDIAN_EDUCATION, "primary", NULL), 3);
	T_INTEQ(stats_get(&st, ST_BY_GUARDIAN_EDUCATION, "unknown", NULL), 1);
	T_INTEQ(stats_get(&st, ST_STUDY_BY_LEFT_BEHIND_TYPE, "both_away", "good"), 1);
	T_INTEQ(stats_get(&st, ST_STUDY_BY_LEFT_BEHIND_TYPE, "both_away", "excellent"), 1);
	T_INTEQ(stats_get(&st, ST_STUDY_BY_LEFT_BEHIND_TYPE, "mother_away", "unknown"), 1);
	T_INTEQ(stats_get(&st, ST_CHECKLIST_BY_CLASS, "3-2", "children"), 5);
	T_INTEQ(stats_get(&st, ST_CHECKLIST_BY_CLASS, "3-2", "complete"), 0);
	T_INTEQ(stats_get(&st, ST_CHECKLIST_BY_CLASS, "4-1", "children"), 1);
	T_INTEQ(stats_get(&st, ST_PAIRING_COVERAGE, "children", NULL), 6);
	T_INTEQ(stats_get(&st, ST_PAIRING_COVERAGE, "paired", NULL), 2);
	T_INTEQ(stats_get(&st, ST_CARE_BY_KIND, "home_visit", NULL), 2);
	T_INTEQ(stats_get(&st, ST_CARE_BY_KIND, "family_call", NULL), 0);
	T_INTEQ(stats_get(&st, ST_CARE_BY_KIND, NULL, NULL), 4);
	T_INTEQ(stats_get(&st, ST_AID_TOTAL, "yuan", NULL), 600);
	T_INTEQ(stats_get(&st, ST_AID_TOTAL, "children", NULL), 2);
	T_CHECK(st.summary != NULL && strstr(st.summary, "12.00%") != NULL);	/* 6 / 50 */
	T_CHECK(st.summary != NULL && strstr(st.summary, "600") != NULL);
	stats_free(&st);
	/* a teacher of 4-1 sees only that class */
	{
		int g = 4, n = 1;

		T_INTEQ(store_set_class_scope(s, &g, &n, 1, &e), 0);
		stats_init(&st);
		T_INTEQ(stats_compute(&a, &st, &e), 0);
		T_INTEQ(stats_get(&st, ST_PAIRING_COVERAGE, "children", NULL), 1);
		T_INTEQ(stats_get(&st, ST_BY_GRADE_GENDER, "3", "m"), 0);
		T_INTEQ(stats_get(&st, ST_CARE_BY_KIND, NULL, NULL), 0);
		stats_free(&st);
		T_INTEQ(store_set_class_scope(s, NULL, NULL, 0, &e), 0);
	}
}

struct rem {
	char lines[64][96];
	int n;
	int days;
};

static int
rem_cb(void *ctx, const struct remind_child *c)
{
	struct rem *rm = ctx;
	struct reminder r[REMIND_KINDS];
	char *d;
	int i, n = remind_eval(c, date_today(), rm->days, r);

	for (i = 0; i < n && rm->n < 64; i++) {
		d = remind_detail_code(&r[i], c);
		snprintf(rm->lines[rm->n++], sizeof rm->lines[0], "%s %s %s",
		    remind_kind_code(r[i].kind), c->name, d);
		free(d);
	}
	return 0;
}

static int
has_line(const struct rem *rm, const char *line)
{
	int i;

	for (i = 0; i < rm->n; i++)
		if (strcmp(rm->lines[i], line) == 0)
			return 1;
	fprintf(stderr, "missing reminder: %s\n", line);
	return 0;
}

static void
test_remind(struct store *s)
{
	struct rem rm;
	struct err e = { 0, "" };

	memset(&rm, 0, sizeof rm);
	rm.days = 7;
	T_INTEQ(store_remind_children(s, rem_cb, &rm, &e), 0);
	/* today 2026-11-29: 张一 turns 9 on 12-01, 钱六 turns 16 on 12-01 */
	T_CHECK(has_line(&rm, "birthday 张一 2026-12-01"));
	T_CHECK(has_line(&rm, "birthday 钱六 2026-12-01"));
	T_CHECK(has_line(&rm, "turning_16 钱六 2026-12-01"));
	T_CHECK(has_line(&rm, "unpaired 李三 "));	/* ended pairing */
	T_CHECK(has_line(&rm, "unpaired 王四 "));
	T_CHECK(has_line(&rm, "no_contact 王四 2026-10-01"));
	T_CHECK(has_line(&rm, "no_contact 赵五 2026-05-01"));
	T_CHECK(has_line(&rm, "no_contact 李三 none"));
	T_CHECK(has_line(&rm, "guardian_risk 张一 age=72 health=good"));
	T_CHECK(has_line(&rm, "guardian_risk 张二 age=65 health=poor"));
	/* not reminded: 张一 had care 9 days ago and is paired */
	{
		int i, bad = 0;

		for (i = 0; i < rm.n; i++)
			if (strcmp(rm.lines[i], "no_contact 张一 2026-11-20") == 0 ||
			    strncmp(rm.lines[i], "unpaired 张一", 16) == 0 ||
			    strncmp(rm.lines[i], "birthday 王四", 16) == 0)
				bad++;
		T_INTEQ(bad, 0);
	}
	T_INTEQ(rm.n, 13);	/* 2 + 1 + 2 + 2 + 2 + 4 */
	/* --days 30 brings 王四's birthday (12-20) in */
	memset(&rm, 0, sizeof rm);
	rm.days = 30;
	T_INTEQ(store_remind_children(s, rem_cb, &rm, &e), 0);
	T_CHECK(has_line(&rm, "birthday 王四 2026-12-20"));
}

struct idcheck {
	int n, bad;
	char first[UUID_LEN + 1];
};

static int
id_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct idcheck *ic = ctx;
	struct err e = { 0, "" };
	struct date birth;
	char canon[19], bd[11], gender;
	const char *id = record_get(r, F_ID_NUMBER);

	(void)k;
	if (ic->n++ == 0)
		memcpy(ic->first, r->id, sizeof ic->first);
	if (id == NULL)
		return 0;
	if (id_number_check(id, canon, &birth, &gender, &e) != 0) {
		fprintf(stderr, "bad demo ID %s: %s\n", id, e.msg);
		ic->bad++;
		return 0;
	}
	date_format(birth, bd);
	if (!str_eq(bd, record_get(r, F_BIRTH_DATE)) ||
	    gender != record_get(r, F_GENDER)[0])
		ic->bad++;
	return 0;
}

static void
test_demo(void)
{
	char *p1 = xasprintf("%s/demo1.db", dir), *p2 = xasprintf("%s/demo2.db", dir);
	struct demo_opts o = { 200, 42 };
	struct demo_counts n;
	struct child_filter all = { 0, 0, NULL, 0, NULL, NULL };
	struct idcheck a, b;
	struct store *s1 = NULL, *s2 = NULL;
	struct err e = { 0, "" };

	T_INTEQ(store_open(&s1, p1, STORE_OPEN_CREATE, &e), 0);
	T_INTEQ(store_open(&s2, p2, STORE_OPEN_CREATE, &e), 0);
	T_INTEQ(demo_fill(s1, &o, &n, &e), 0);
	T_INTEQ(n.children, 200);
	T_CHECK(n.pairings < 200 && n.pairings > 150);	/* some left unpaired */
	T_CHECK(n.care > 200);
	T_INTEQ(demo_fill(s2, &o, &n, &e), 0);
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	T_INTEQ(store_children_each(s1, &all, NULL, 0, id_cb, &a, &e), 0);
	T_INTEQ(store_children_each(s2, &all, NULL, 0, id_cb, &b, &e), 0);
	T_INTEQ(a.n, 200);
	T_INTEQ(a.bad, 0);
	T_STREQ(a.first, b.first);	/* same seed, same school */
	/* a non-empty database is refused, untouched */
	err_clear(&e);
	T_INTEQ(demo_fill(s1, &o, &n, &e), -1);
	T_INTEQ(e.code, ERR_USAGE);
	{
		size_t cnt;

		T_INTEQ(store_children_count(s1, &all, &cnt, &e), 0);
		T_INTEQ(cnt, 200);
	}
	{
		char id[UUID_LEN + 1];

		T_INTEQ(store_child_resolve(s1, "李𠮷祥", id, &e), 0);	/* Extension B */
	}
	store_close(&s1);
	store_close(&s2);
	free(p1);
	free(p2);
}

int
main(void)
{
	struct store *s = NULL;
	struct err e = { 0, "" };
	char ids[6][UUID_LEN + 1], *p, *cmd;

	setenv("GUANAI_TODAY", "2026-11-29", 1);
	snprintf(dir, sizeof dir, "%s/test-store-stats.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	p = xasprintf("%s/s.db", dir);
	if (store_open(&s, p, STORE_OPEN_CREATE, &e) != 0) {
		fprintf(stderr, "open: %s\n", e.msg);
		return 1;
	}
	make_school(s, ids);
	test_stats(s);
	test_remind(s);
	store_close(&s);
	test_demo();
	free(p);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (strstr(dir, "/test-store-stats.") != NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return t_done("test-store-stats");
}
