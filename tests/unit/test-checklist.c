/* test-checklist.c — unit tests of the 七清楚 rules: clear, missing (and
 * which field), stale, the school-year boundary, and item 6's parents. */
#include "config.h"

#include <string.h>

#include "guanai/core/checklist.h"
#include "t.h"

static void
full_record(struct record *r)
{
	record_init(r);
	record_set(r, F_NAME, "张思远");
	record_set(r, F_GRADE, "3");
	record_set(r, F_CLASS_NO, "2");
	record_set(r, F_BIRTH_DATE, "2016-05-04");
	record_set(r, F_PERSONALITY, "内向");
	record_set(r, F_HOBBIES, "画画");
	record_set(r, F_HEALTH, "good");
	record_set(r, F_STUDY, "average");
	record_set(r, F_BEHAVIOUR, "守纪律");
	record_set(r, F_FAMILY_ECONOMY, "hard");
	record_set(r, F_ADDRESS, "石门村三组");
	record_set(r, F_LIVING, "奶奶做饭，离校3公里");
	record_set(r, F_LEFT_BEHIND_TYPE, "both_away");
	record_set(r, F_FATHER_AWAY, "1");
	record_set(r, F_FATHER_PHONE, "13812345678");
	record_set(r, F_MOTHER_AWAY, "1");
	record_set(r, F_MOTHER_PHONE, "13912345678");
	record_set(r, F_GUARDIAN_NAME, "张秀英");
	record_set(r, F_GUARDIAN_RELATION, "grandmother");
	record_set(r, F_GUARDIAN_AGE, "66");
	record_set(r, F_GUARDIAN_HEALTH, "fair");
	record_set(r, F_GUARDIAN_EDUCATION, "primary");
	record_set(r, F_GUARDIAN_PHONE, "0731-84123456");
}

static const char *const all_sept1[CHECKLIST_ITEMS] = { "2026-09-01",
    "2026-09-01", "2026-09-01", "2026-09-01", "2026-09-01", "2026-09-01",
    "2026-09-01" };

static void
test_clear_and_stale(void)
{
	struct record r;
	struct check_item_result res[CHECKLIST_ITEMS];
	struct date today = { 2026, 11, 29 };
	const char *conf[CHECKLIST_ITEMS];
	int i;

	full_record(&r);
	checklist_eval(&r, all_sept1, today, res);
	for (i = 0; i < CHECKLIST_ITEMS; i++)
		T_INTEQ(res[i].state, CHECK_CLEAR);
	T_CHECK(checklist_complete(res));

	/* confirmed the day before the school year began: stale */
	memcpy(conf, all_sept1, sizeof conf);
	conf[2] = "2026-08-31";
	conf[4] = NULL;
	conf[6] = "not a date";
	checklist_eval(&r, conf, today, res);
	T_INTEQ(res[0].state, CHECK_CLEAR);
	T_INTEQ(res[2].state, CHECK_STALE);
	T_INTEQ(res[4].state, CHECK_STALE);
	T_INTEQ(res[6].state, CHECK_STALE);
	T_CHECK(!checklist_complete(res));

	/* nothing confirmed at all */
	checklist_eval(&r, NULL, today, res);
	for (i = 0; i < CHECKLIST_ITEMS; i++)
		T_INTEQ(res[i].state, CHECK_STALE);

	/* before September the school year is last year's */
	today.m = 8;
	today.d = 31;
	conf[2] = "2025-09-01";
	checklist_eval(&r, conf, today, res);
	T_INTEQ(res[2].state, CHECK_CLEAR);
	conf[2] = "2025-08-31";
	checklist_eval(&r, conf, today, res);
	T_INTEQ(res[2].state, CHECK_STALE);
	record_clear(&r);
}

static void
test_missing(void)
{
	struct record r;
	struct check_item_result res[CHECKLIST_ITEMS];
	struct date today = { 2026, 11, 29 };

	full_record(&r);
	record_set(&r, F_BIRTH_DATE, NULL);
	record_set(&r, F_LIVING, "");
	record_set(&r, F_GUARDIAN_EDUCATION, NULL);
	record_set(&r, F_GUARDIAN_PHONE, NULL);
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[0].state, CHECK_MISSING);
	T_INTEQ(res[0].missing, F_BIRTH_DATE);
	T_INTEQ(res[1].state, CHECK_CLEAR);
	T_INTEQ(res[4].state, CHECK_MISSING);
	T_INTEQ(res[4].missing, F_LIVING);
	T_INTEQ(res[6].state, CHECK_MISSING);
	T_INTEQ(res[6].missing, F_GUARDIAN_EDUCATION);	/* the first one */
	T_CHECK(!checklist_complete(res));

	/* missing wins over an old confirmation */
	checklist_eval(&r, NULL, today, res);
	T_INTEQ(res[0].state, CHECK_MISSING);
	record_clear(&r);
}

static void
test_parents(void)
{
	struct record r;
	struct check_item_result res[CHECKLIST_ITEMS];
	struct date today = { 2026, 11, 29 };

	full_record(&r);
	/* the mother is at home: her phone is not needed */
	record_set(&r, F_MOTHER_AWAY, "0");
	record_set(&r, F_MOTHER_PHONE, NULL);
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_CLEAR);
	/* the father is away without a phone */
	record_set(&r, F_FATHER_PHONE, NULL);
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_MISSING);
	T_INTEQ(res[5].missing, F_FATHER_PHONE);
	/* empty flags: the left-behind type says who is away */
	record_set(&r, F_FATHER_AWAY, NULL);
	record_set(&r, F_MOTHER_AWAY, NULL);
	record_set(&r, F_FATHER_PHONE, "13812345678");
	record_set(&r, F_LEFT_BEHIND_TYPE, "father_away");
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_CLEAR);
	record_set(&r, F_LEFT_BEHIND_TYPE, "mother_away");
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_MISSING);
	T_INTEQ(res[5].missing, F_MOTHER_PHONE);
	record_set(&r, F_LEFT_BEHIND_TYPE, "one_away_other_unable");
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_CLEAR);	/* one phone is enough */
	/* nobody knows who is away */
	record_set(&r, F_LEFT_BEHIND_TYPE, NULL);
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_MISSING);
	T_INTEQ(res[5].missing, F_FATHER_AWAY);
	/* both at home: no phone needed */
	record_set(&r, F_FATHER_AWAY, "0");
	record_set(&r, F_MOTHER_AWAY, "0");
	record_set(&r, F_FATHER_PHONE, NULL);
	checklist_eval(&r, all_sept1, today, res);
	T_INTEQ(res[5].state, CHECK_CLEAR);
	record_clear(&r);
}

static void
test_titles(void)
{
	enum field_id f[7];

	T_STREQ(checklist_item_title(1), "Name and age known");
	T_STREQ(checklist_item_title(7), "Guardian known");
	T_STREQ(checklist_item_title(0), "");
	T_STREQ(checklist_item_title(8), "");
	T_STREQ(checklist_item_short(6), "Parents' phones");
	T_STREQ(checklist_state_code(CHECK_CLEAR), "clear");
	T_STREQ(checklist_state_code(CHECK_MISSING), "missing");
	T_STREQ(checklist_state_code(CHECK_STALE), "stale");
	T_STREQ(checklist_state_label(CHECK_STALE), "To review");
	T_INTEQ(checklist_item_fields(7, f), 6);
	T_INTEQ(f[5], F_GUARDIAN_PHONE);
	T_INTEQ(checklist_item_fields(5, f), 3);
	T_INTEQ(f[1], F_ADDRESS);
	T_INTEQ(checklist_item_fields(6, f), 4);
	T_INTEQ(checklist_item_fields(9, f), 0);
}

int
main(void)
{
	test_clear_and_stale();
	test_missing();
	test_parents();
	test_titles();
	return t_done("test-checklist");
}
