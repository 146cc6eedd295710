/* test-validate.c — unit tests of core/validate: 身份证号 (check digits
 * computed here, independently of the code under test), phones, grades,
 * classes and class labels. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/date.h"
#include "guanai/base/err.h"
#include "guanai/core/validate.h"
#include "t.h"

/* Append the GB 11643 check character to 17 digits (the standard's own
 * formula: sum of a_i * 2^(17-i) mod 11, check = (12 - sum) mod 11). */
static void
make_id(const char *seventeen, char out[19])
{
	int i, sum = 0, pow2 = 1 << 17, c;

	for (i = 0; i < 17; i++, pow2 >>= 1)
		sum += (seventeen[i] - '0') * (pow2 % 11);
	c = (12 - sum % 11) % 11;
	memcpy(out, seventeen, 17);
	out[17] = c == 10 ? 'X' : (char)('0' + c);
	out[18] = '\0';
}

/* A copy of a valid id with the check character changed. */
static void
spoil(char id[19])
{
	id[17] = id[17] == '0' ? '1' : id[17] == 'X' ? '2' :
	    id[17] == '9' ? 'X' : (char)(id[17] + 1);
}

static void
test_ids(void)
{
	char id[19], canon[19], g = 0, lower[19];
	struct date d;
	struct err e = { 0, "" };
	int i, found_x = 0;

	/* the standard's own example */
	T_INTEQ(id_number_check("11010519491231002X", canon, &d, &g, &e), 0);
	T_STREQ(canon, "11010519491231002X");
	T_INTEQ(d.y, 1949);
	T_INTEQ(d.m, 12);
	T_INTEQ(d.d, 31);
	T_INTEQ(g, 'f');

	make_id("43112420150308001", id);	/* 17th digit 1: a boy */
	T_INTEQ(id_number_check(id, canon, &d, &g, NULL), 0);
	T_INTEQ(g, 'm');
	T_INTEQ(d.y, 2015);
	T_INTEQ(d.d, 8);

	/* find a valid one ending in X, and accept lower-case x */
	for (i = 0; i < 100 && !found_x; i++) {
		char base[32];
		snprintf(base, sizeof base, "4311242016010100%d", i % 10);
		base[14] = (char)('0' + i / 10);
		make_id(base, id);
		if (id[17] == 'X') {
			found_x = 1;
			memcpy(lower, id, 19);
			lower[17] = 'x';
			T_INTEQ(id_number_check(lower, canon, NULL, NULL, NULL), 0);
			T_STREQ(canon, id);
		}
	}
	T_CHECK(found_x);

	make_id("43112420150308002", id);
	spoil(id);
	err_clear(&e);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "check digit") != NULL);

	/* 2015 is a common year: 0229 does not exist; 2016 is leap */
	make_id("43112420150229002", id);
	err_clear(&e);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "does not exist") != NULL);
	make_id("43112420160229002", id);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, NULL), 0);

	/* 1899-12-31 exists: the reason is the year, not the date (issue 13) */
	make_id("43112418991231002", id);
	err_clear(&e);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "before 1900") != NULL);
	T_CHECK(strstr(e.msg, "does not exist") == NULL);
	make_id("43112418990229002", id);	/* 1899 was not leap */
	err_clear(&e);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "does not exist") != NULL);

	/* a birth date after GUANAI_TODAY (2026-11-29) */
	make_id("43112420261130002", id);
	err_clear(&e);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "future") != NULL);
	make_id("43112420261129002", id);	/* born today: fine */
	T_INTEQ(id_number_check(id, canon, NULL, NULL, NULL), 0);

	/* region 99 is no province */
	make_id("99112420150308002", id);
	err_clear(&e);
	T_INTEQ(id_number_check(id, canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "province") != NULL);

	err_clear(&e);
	T_INTEQ(id_number_check("43112420150308002", canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "18") != NULL);
	err_clear(&e);
	T_INTEQ(id_number_check("身份证号", canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "this has 4") != NULL);	/* characters, not bytes */
	err_clear(&e);
	T_INTEQ(id_number_check("431124150308002", canon, NULL, NULL, &e), -1);
	T_CHECK(strstr(e.msg, "15-digit") != NULL);
	T_INTEQ(id_number_check("4311242015030800X1", canon, NULL, NULL, NULL), -1);
	T_INTEQ(id_number_check("43112420150308 021", canon, NULL, NULL, NULL), -1);
	T_INTEQ(id_number_check("", canon, NULL, NULL, NULL), -1);
	T_INTEQ(id_number_check(NULL, canon, NULL, NULL, NULL), -1);
}

static void
phone_ok(const char *in, const char *want)
{
	char *out = NULL;
	struct err e = { 0, "" };

	T_INTEQ(phone_check(in, &out, &e), 0);
	T_STREQ(out, want);
	if (e.code != 0)
		fprintf(stderr, "  %s: %s\n", in, e.msg);
	free(out);
}

static int
phone_bad(const char *in, const char *reason_part)
{
	char *out = NULL;
	struct err e = { 0, "" };
	int rc = phone_check(in, &out, &e);

	T_INTEQ(rc, -1);
	T_CHECK(out == NULL);
	T_CHECK(strstr(e.msg, reason_part) != NULL);
	free(out);
	return rc;
}

static void
test_phones(void)
{
	phone_ok("13812345678", "13812345678");
	phone_ok("\t13812345678\r", "13812345678");
	phone_ok("\xe3\x80\x80" "0731-84123456\n", "0731-84123456");
	phone_ok("138 1234 5678", "13812345678");
	phone_ok("138-1234-5678", "13812345678");
	phone_ok("+86 138 1234 5678", "13812345678");
	phone_ok("8613812345678", "13812345678");
	phone_ok("008613812345678", "13812345678");
	phone_ok("１３８１２３４５６７８", "13812345678");	/* full-width */
	phone_ok("19912345678", "19912345678");
	phone_ok("0731-84123456", "0731-84123456");
	phone_ok("073184123456", "0731-84123456");
	phone_ok("010-82345678", "010-82345678");
	phone_bad("010-12345678", "landline");	/* local numbers start 2-9 */
	phone_ok("01062345678", "010-62345678");
	phone_ok("0745-2234567", "0745-2234567");	/* 7-digit local */
	phone_bad("1381234567", "11 digits");		/* too short */
	phone_bad("138123456789", "11 digits");		/* too long */
	phone_bad("12812345678", "13 to 19");
	phone_bad("138abcd5678", "only digits");
	phone_bad("0731-123", "landline");
	phone_bad("12345", "11 digits");
	phone_bad("", "landline");
	phone_bad("5551234", "landline");
}

static void
test_grades(void)
{
	static const struct { const char *in; int want; } g[] = {
		{ "1", 1 }, { "3", 3 }, { "9", 9 }, { "３", 3 }, { "3年级", 3 },
		{ "三", 3 }, { "三年级", 3 }, { "一年级", 1 }, { "六年级", 6 },
		{ "七年级", 7 }, { "九年级", 9 }, { "初一", 7 }, { "初二", 8 },
		{ "初三", 9 }, { "初中一年级", 7 }, { "小学三年级", 3 },
		{ " 五年级 ", 5 }, { "Grade 4", 4 },
		/* blanks at either end are trimmed (without a copy when none) */
		{ "\t五年级", 5 }, { "五年级\r\n", 5 }, { "五年级\xe3\x80\x80", 5 },
		{ "\xe3\x80\x80" "3", 3 }, { "\n３\t", 3 },
		{ "0", -1 }, { "10", -1 }, { "十年级", -1 }, { "初四", -1 },
		{ "高一", -1 }, { "", -1 }, { "abc", -1 }, { "3班", -1 },
		/* fuzz finding: twelve 十 overflowed an int (UBSan) */
		{ "十十十十十十十十十十十十__________", -1 },
		{ "十十十十十十十十十十十十年级", -1 },
	};
	size_t i;

	for (i = 0; i < sizeof g / sizeof g[0]; i++) {
		int got = grade_parse(g[i].in);
		if (got != g[i].want)
			fprintf(stderr, "  grade_parse(\"%s\")\n", g[i].in);
		T_INTEQ(got, g[i].want);
	}
}

static void
test_classes(void)
{
	static const struct { const char *in; int want; } c[] = {
		{ "2", 2 }, { "(2)班", 2 }, { "（2）班", 2 }, { "2班", 2 },
		{ "二班", 2 }, { "十二班", 12 }, { "(12)", 12 }, { "２班", 2 },
		{ "三年级(2)班", 2 }, { "初一2班", 2 }, { "99", 99 },
		{ "0", -1 }, { "100", -1 }, { "(2", -1 }, { "", -1 },
		{ "abc", -1 }, { "2组", -1 },
		{ "\t2班", 2 }, { "2班\r", 2 }, { "２班\xe3\x80\x80", 2 },
		{ "\n三年级(2)班 ", 2 },
	};
	size_t i;
	int g = 0, n = 0;
	char *s;

	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		int got = class_no_parse(c[i].in);
		if (got != c[i].want)
			fprintf(stderr, "  class_no_parse(\"%s\")\n", c[i].in);
		T_INTEQ(got, c[i].want);
	}
	T_INTEQ(class_arg_parse("3-2", &g, &n), 0);
	T_INTEQ(g, 3);
	T_INTEQ(n, 2);
	T_INTEQ(class_arg_parse("9-12", &g, &n), 0);
	T_INTEQ(g * 100 + n, 912);
	T_INTEQ(class_arg_parse("3", &g, &n), -1);
	T_INTEQ(class_arg_parse("10-2", &g, &n), -1);
	T_INTEQ(class_arg_parse("3-", &g, &n), -1);
	T_INTEQ(class_full_parse("三年级(2)班", &g, &n), 0);
	T_INTEQ(g * 100 + n, 302);
	T_INTEQ(class_full_parse("初一（3）班", &g, &n), 0);
	T_INTEQ(g * 100 + n, 703);
	/* as class teachers write them (issue 13) */
	T_INTEQ(class_full_parse("301班", &g, &n), 0);
	T_INTEQ(g * 100 + n, 301);
	T_INTEQ(class_full_parse("612", &g, &n), 0);
	T_INTEQ(g * 100 + n, 612);
	T_INTEQ(class_full_parse("3.2", &g, &n), 0);
	T_INTEQ(g * 100 + n, 302);
	T_INTEQ(class_full_parse("三(2)", &g, &n), 0);
	T_INTEQ(g * 100 + n, 302);
	T_INTEQ(class_full_parse("三（2）班", &g, &n), 0);
	T_INTEQ(g * 100 + n, 302);
	T_INTEQ(class_full_parse("1001班", &g, &n), -1);
	T_INTEQ(class_full_parse("300班", &g, &n), -1);
	T_INTEQ(class_full_parse("一年级", &g, &n), -1);	/* a grade only */
	/* a class inside a title row */
	T_INTEQ(class_find("三年级2班留守儿童花名册", &g, &n), 0);
	T_INTEQ(g * 100 + n, 302);
	T_INTEQ(class_find("长岭县太平山镇中心小学初一（3）班名单", &g, &n), 0);
	T_INTEQ(g * 100 + n, 703);
	T_INTEQ(class_find("2026年秋季301班花名册", &g, &n), 0);
	T_INTEQ(g * 100 + n, 301);
	T_INTEQ(class_find("一年级留守儿童花名册", &g, &n), 0);
	T_INTEQ(g * 100 + n, 100);			/* the class is elsewhere */
	T_INTEQ(class_find("2026年留守儿童花名册", &g, &n), -1);
	T_INTEQ(class_find("留守儿童花名册", &g, &n), -1);

	/* the C locale: English labels */
	s = class_label(3, 2);
	T_STREQ(s, "Grade 3 Class 2");
	free(s);
	s = class_short_label(3, 2);
	T_STREQ(s, "3-2");
	free(s);
	s = class_short_label(7, 1);
	T_STREQ(s, "7-1");
	free(s);
	T_STREQ(grade_name(9), "Grade 9");
	T_STREQ(grade_name(0), "");
}

/* Random text made of the pieces these parsers look for, and of raw
 * bytes: nothing may crash, read out of bounds (the ASan build) or accept
 * an out-of-range value. */
static void
test_random_input(void)
{
	static const char *const pieces[] = { "0", "1", "3", "9", "12", "(", ")",
	    "（", "）", "-", "+86", " ", "x", "X", "一", "三", "十", "九", "初",
	    "年级", "年", "班", "小学", "初中", "grade", "\xff", "\xe5", "0731",
	    "138", "\xe4\xb8", "两", "〇", "１", "　" };
	unsigned long long st = 42;
	char in[64], *out, canon[19];
	int i, k, g, n;
	size_t len;

	for (i = 0; i < 20000; i++) {
		len = 0;
		in[0] = '\0';
		for (k = (int)((st >> 33) % 8); k >= 0; k--) {
			st = st * 6364136223846793005ULL + 1442695040888963407ULL;
			const char *p = pieces[(st >> 33) % (sizeof pieces / sizeof pieces[0])];
			if (len + strlen(p) + 1 >= sizeof in)
				break;
			memcpy(in + len, p, strlen(p) + 1);
			len += strlen(p);
		}
		g = grade_parse(in);
		T_CHECK(g == -1 || (g >= 1 && g <= 9));
		n = class_no_parse(in);
		T_CHECK(n == -1 || (n >= 1 && n <= 99));
		if (class_full_parse(in, &g, &n) == 0)
			T_CHECK(g >= 1 && g <= 9 && n >= 1 && n <= 99);
		out = NULL;
		if (phone_check(in, &out, NULL) == 0)
			T_CHECK(out != NULL && (out[0] == '1' || out[0] == '0'));
		free(out);
		(void)id_number_check(in, canon, NULL, NULL, NULL);
	}
}

int
main(void)
{
	setenv("GUANAI_TODAY", "2026-11-29", 1);
	test_ids();
	test_phones();
	test_grades();
	test_classes();
	test_random_input();
	return t_done("test-validate");
}
