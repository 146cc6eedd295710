/* test-field.c — unit tests of the field table and of record parsing:
 * table integrity, header lookup with aliases, every value type, synonyms,
 * errors naming the field, record_complete, display, export and masking. */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/mem.h"
#include "guanai/core/checklist.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "t.h"

static void
test_table(void)
{
	int i, j;
	const char *p, *bar;
	char word[128];

	for (i = 0; i < FIELD_COUNT; i++) {
		const struct field *f = &field_table[i];
		T_INTEQ(f->id, i);
		T_CHECK(f->code != NULL && f->label != NULL && f->column != NULL);
		T_CHECK(f->header != NULL);
		T_CHECK(f->width > 0);
		T_CHECK((f->type == FT_ENUM || f->type == FT_SET) == (f->enums != NULL));
		T_CHECK(field_by_code(f->code) == f);
		T_CHECK(field_by_header(f->code) == f);
		if (field_by_header(f->header) != f)
			fprintf(stderr, "  header %s\n", f->header);
		T_CHECK(field_by_header(f->header) == f);
		/* every alias leads back to its own field (no alias shadowed) */
		for (p = f->aliases; p != NULL && *p != '\0'; p = bar ? bar + 1 : "") {
			bar = strchr(p, '|');
			snprintf(word, sizeof word, "%.*s",
			    (int)(bar ? bar - p : (long)strlen(p)), p);
			if (field_by_header(word) != f)
				fprintf(stderr, "  alias %s of %s\n", word, f->code);
			T_CHECK(field_by_header(word) == f);
		}
		for (j = 0; j < i; j++)
			T_CHECK(strcmp(field_table[j].code, f->code) != 0);
		/* each word, code and label of an enumeration means one value */
		for (j = 0; f->enums != NULL && f->enums[j].code != NULL; j++) {
			const struct enum_value *ev = &f->enums[j];
			T_CHECK(field_enum_match(f, ev->code) == ev);
			T_CHECK(field_enum_match(f, ev->label) == ev);
			for (p = ev->words; *p != '\0'; p = bar ? bar + 1 : "") {
				bar = strchr(p, '|');
				snprintf(word, sizeof word, "%.*s",
				    (int)(bar ? bar - p : (long)strlen(p)), p);
				if (field_enum_match(f, word) != ev)
					fprintf(stderr, "  word %s of %s\n", word, ev->code);
				T_CHECK(field_enum_match(f, word) == ev);
			}
		}
	}
}

static void
test_headers(void)
{
	T_INTEQ(field_by_header("姓名")->id, F_NAME);
	T_INTEQ(field_by_header(" 姓名 ")->id, F_NAME);
	T_INTEQ(field_by_header("姓 名")->id, F_NAME);
	T_INTEQ(field_by_header("　姓名*")->id, F_NAME);	/* U+3000, marker */
	T_INTEQ(field_by_header("\xef\xbb\xbf姓名")->id, F_NAME);	/* BOM */
	T_INTEQ(field_by_header("学生姓名")->id, F_NAME);
	T_INTEQ(field_by_header("出生年月")->id, F_BIRTH_DATE);
	T_INTEQ(field_by_header("生日")->id, F_BIRTH_DATE);
	T_INTEQ(field_by_header("公民身份证号码")->id, F_ID_NUMBER);
	T_INTEQ(field_by_header("身份证号码")->id, F_ID_NUMBER);
	T_INTEQ(field_by_header("班别")->id, F_CLASS_NO);
	T_INTEQ(field_by_header("联系电话")->id, F_GUARDIAN_PHONE);
	T_INTEQ(field_by_header("家长电话")->id, F_GUARDIAN_PHONE);
	T_INTEQ(field_by_header("父亲联系电话")->id, F_FATHER_PHONE);
	T_INTEQ(field_by_header("与儿童关系")->id, F_GUARDIAN_RELATION);
	T_INTEQ(field_by_header("是否学校寄宿")->id, F_BOARDING);
	T_INTEQ(field_by_header("father_phone")->id, F_FATHER_PHONE);
	T_INTEQ(field_by_header("GUARDIAN_NAME")->id, F_GUARDIAN_NAME);
	T_INTEQ(field_by_header("Name")->id, F_NAME);	/* the English label */
	T_CHECK(field_by_header("") == NULL);
	T_CHECK(field_by_header("   ") == NULL);
	T_CHECK(field_by_header(NULL) == NULL);
	T_CHECK(field_by_header("错误原因") == NULL);
	T_CHECK(field_by_header("序号") == NULL);
	T_CHECK(field_by_header("就学情况") == NULL);	/* schooling, not study */
	T_CHECK(field_by_code("姓名") == NULL);
	T_STREQ(field_enum_by_code(&field_table[F_GENDER], "f")->words, "女|女性|女生|女孩|F|female|girl");
	T_CHECK(field_enum_by_code(&field_table[F_GENDER], "x") == NULL);
	T_CHECK(field_enum_by_code(&field_table[F_NAME], "m") == NULL);
}

/* Parse `in` as field `id` and compare with `want` (NULL = empty). */
static void
ok(enum field_id id, const char *in, const char *want)
{
	char *out = (char *)"untouched";
	struct err e = { 0, "" };
	int rc = field_parse(&field_table[id], in, &out, &e);

	if (rc != 0)
		fprintf(stderr, "  %s \"%s\": %s\n", field_table[id].code, in, e.msg);
	T_INTEQ(rc, 0);
	if (rc == 0) {
		T_STREQ(out, want);
		free(out);
	}
}

/* Refused, the message names the field's label and holds `part`. */
static void
bad(enum field_id id, const char *in, const char *part)
{
	char *out = (char *)"untouched";
	struct err e = { 0, "" };
	int rc = field_parse(&field_table[id], in, &out, &e);

	T_INTEQ(rc, -1);
	T_STREQ(out, "untouched");
	T_INTEQ(e.code, ERR_INPUT);
	T_CHECK(strstr(e.msg, field_table[id].label) == e.msg);
	if (strstr(e.msg, part) == NULL)
		fprintf(stderr, "  %s \"%s\": message \"%s\" lacks \"%s\"\n",
		    field_table[id].code, in, e.msg, part);
	T_CHECK(strstr(e.msg, part) != NULL);
}

static void
test_parse(void)
{
	ok(F_NAME, "  张思远 ", "张思远");
	ok(F_NAME, "阿依古丽·买买提", "阿依古丽·买买提");
	bad(F_NAME, "", "required");
	bad(F_NAME, "  ", "required");
	bad(F_NAME, "张3", "digits");
	ok(F_NOTES, "", NULL);
	ok(F_NOTES, NULL, NULL);
	bad(F_NOTES, "a\001b", "control");
	bad(F_NOTES, "\xff\xfe", "UTF-8");

	ok(F_GENDER, "男", "m");
	ok(F_GENDER, "女", "f");
	ok(F_GENDER, "F", "f");
	ok(F_GENDER, "female", "f");
	bad(F_GENDER, "未知", "男/女");

	/* every date form of DESIGN §6 */
	ok(F_BIRTH_DATE, "2015-03-08", "2015-03-08");
	ok(F_BIRTH_DATE, "2015/3/8", "2015-03-08");
	ok(F_BIRTH_DATE, "2015.3.8", "2015-03-08");
	ok(F_BIRTH_DATE, "20150308", "2015-03-08");
	ok(F_BIRTH_DATE, "2015年3月8日", "2015-03-08");
	ok(F_BIRTH_DATE, "２０１５年３月８日", "2015-03-08");
	ok(F_BIRTH_DATE, "2016-02-29", "2016-02-29");
	bad(F_BIRTH_DATE, "2015-02-29", "date");
	bad(F_BIRTH_DATE, "2015-13-01", "date");
	bad(F_BIRTH_DATE, "2015.03", "date");
	bad(F_BIRTH_DATE, "2026-11-30", "future");
	ok(F_BIRTH_DATE, "2026-11-29", "2026-11-29");

	ok(F_ETHNICITY, "汉", "汉族");
	ok(F_ETHNICITY, "汉族", "汉族");
	ok(F_ETHNICITY, "土家", "土家族");
	ok(F_ETHNICITY, "其他", "其他");

	ok(F_BOARDING, "是", "1");
	ok(F_BOARDING, "否", "0");
	ok(F_BOARDING, "Y", "1");
	ok(F_BOARDING, "no", "0");
	ok(F_BOARDING, "1", "1");
	ok(F_HAS_HUKOU, "有", "1");
	ok(F_HAS_HUKOU, "无", "0");
	ok(F_FATHER_AWAY, "true", "1");
	ok(F_MOTHER_AWAY, "False", "0");
	bad(F_BOARDING, "也许", "是");

	ok(F_LEFT_BEHIND_TYPE, "父母均外出", "both_away");
	ok(F_LEFT_BEHIND_TYPE, "双亲外出", "both_away");
	ok(F_LEFT_BEHIND_TYPE, "父亲外出", "father_away");
	ok(F_LEFT_BEHIND_TYPE, "mother_away", "mother_away");
	ok(F_LEFT_BEHIND_TYPE, "一方外出另一方无监护能力", "one_away_other_unable");
	ok(F_GUARDIAN_RELATION, "爷爷", "grandfather");
	ok(F_GUARDIAN_RELATION, "奶奶", "grandmother");
	ok(F_GUARDIAN_RELATION, "外公", "maternal_grandfather");
	ok(F_GUARDIAN_RELATION, "外婆", "maternal_grandmother");
	ok(F_GUARDIAN_RELATION, "姥姥", "maternal_grandmother");
	ok(F_GUARDIAN_RELATION, "舅舅", "other_relative");
	ok(F_GUARDIAN_RELATION, "姐姐", "sibling");
	ok(F_GUARDIAN_RELATION, "Grandfather", "grandfather");
	bad(F_GUARDIAN_RELATION, "邻居", "祖父");
	ok(F_HEALTH, "良好", "good");
	ok(F_HEALTH, "健康", "good");
	ok(F_HEALTH, "较差", "poor");
	ok(F_GUARDIAN_HEALTH, "一般", "fair");
	ok(F_STUDY, "中等", "average");
	ok(F_STUDY, "优秀", "excellent");
	ok(F_FAMILY_ECONOMY, "困难", "hard");
	ok(F_GUARDIANSHIP, "较好", "good");
	ok(F_GUARDIAN_EDUCATION, "小学", "primary");
	ok(F_GUARDIAN_EDUCATION, "大专", "college");
	ok(F_GUARDIAN_EDUCATION, "文盲", "illiterate");
	ok(F_FATHER_CONTACT_FREQUENCY, "每周", "weekly");

	/* sets: any separator, table order, no repeats, 无 = none */
	ok(F_HARDSHIP, "低保、孤儿", "orphan,dibao");
	ok(F_HARDSHIP, "孤儿,低保，孤儿", "orphan,dibao");
	ok(F_HARDSHIP, "建档立卡 单亲", "poverty,single_parent");
	ok(F_HARDSHIP, "无", NULL);
	ok(F_HARDSHIP, "无户口", "no_hukou");
	ok(F_INCOME_SOURCES, "打工/种养殖", "work,farming");
	ok(F_ASSISTANCE, "低保;临时救助", "dibao,temporary");
	bad(F_HARDSHIP, "孤儿、富裕", "富裕");

	ok(F_GUARDIAN_AGE, "65", "65");
	ok(F_GUARDIAN_AGE, "65岁", "65");
	ok(F_GUARDIAN_AGE, "1958", "68");	/* birth year, today 2026 */
	bad(F_GUARDIAN_AGE, "六十", "whole number");
	bad(F_GUARDIAN_AGE, "300", "too large");
	bad(F_GUARDIAN_AGE, "300", "at most 120");
	ok(F_FATHER_RETURNS_PER_YEAR, "2次", "2");
	bad(F_FATHER_RETURNS_PER_YEAR, "-1", "whole number");

	ok(F_ID_NUMBER, "11010519491231002x", "11010519491231002X");
	bad(F_ID_NUMBER, "110105194912310021", "check digit");
	ok(F_FATHER_PHONE, "+86 138-1234-5678", "13812345678");
	bad(F_MOTHER_PHONE, "1381234567", "11 digits");

	ok(F_GRADE, "三年级", "3");
	ok(F_GRADE, "初一", "7");
	bad(F_GRADE, "高三", "grade");
	bad(F_GRADE, "", "required");
	ok(F_CLASS_NO, "(2)班", "2");
	ok(F_CLASS_NO, "（２）班", "2");
	bad(F_CLASS_NO, "甲班", "class");
}

/* The short cuts field_parse takes for speed (an import parses 55 cells
 * a row): a blank cell returns before any copy, a cell is trimmed into a
 * stack buffer unless it is long, text is checked in one pass.  Each
 * must give what the slow path gave. */
static void
test_fast_paths(void)
{
	char big[800], want[700];
	struct record r;
	size_t i;

	/* blank cells: ASCII blanks and U+3000, optional and required */
	ok(F_NOTES, "   ", NULL);
	ok(F_NOTES, " \t\r\n", NULL);
	ok(F_NOTES, "\xe3\x80\x80\xe3\x80\x80", NULL);
	ok(F_GENDER, " \xe3\x80\x80 ", NULL);
	bad(F_NAME, "\xe3\x80\x80 ", "required");
	bad(F_GRADE, "\t", "required");
	/* a cut U+3000 is not a blank: it is invalid text */
	bad(F_NOTES, "\xe3\x80", "UTF-8");
	bad(F_NOTES, "  \xff", "UTF-8");
	bad(F_NOTES, "\xe3\x80\x80\xe4\xb8", "UTF-8");
	bad(F_GENDER, " \xc0\xaf", "UTF-8");
	/* trimming on both sides, inner blanks kept */
	ok(F_NAME, "\xe3\x80\x80张三\xe3\x80\x80", "张三");
	ok(F_NOTES, " a\xe3\x80\x80" "b \xe3\x80\x80", "a\xe3\x80\x80" "b");
	ok(F_GENDER, "\xe3\x80\x80男 ", "m");
	ok(F_GUARDIAN_AGE, " \xef\xbc\x96\xef\xbc\x95 ", "65");	/* ６５ */
	ok(F_GUARDIAN_AGE, "0", "0");
	ok(F_CLASS_NO, "12班", "12");
	/* a cell longer than the stack buffer (255 bytes), with blanks */
	for (i = 0; i < 200; i++)
		memcpy(want + 3 * i, "好", 3);
	want[600] = '\0';
	snprintf(big, sizeof big, "  %s \xe3\x80\x80", want);
	ok(F_NOTES, big, want);
	memset(big, 'a', 255);
	big[255] = '\0';
	ok(F_NOTES, big, big);
	big[254] = ' ';
	big[255] = 'b';
	big[256] = '\0';
	ok(F_NOTES, big, big);
	/* the order of a text's refusals: control, then digits, then length */
	bad(F_NAME, "张3\001", "control");
	bad(F_NAME, "张\t三", "control");
	ok(F_NOTES, "第1行\n第2行\t完", "第1行\n第2行\t完");
	bad(F_NOTES, "a\xe2\x80\xae" "b", "control");	/* bidi override */
	bad(F_NOTES, "a\xc2\x85" "b", "control");	/* C1 */
	bad(F_NAME, "张3三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三", "digits");
	bad(F_NAME, "张三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三", "32");
	ok(F_NAME, "张三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三", "张三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三三");
	/* free text is checked as UTF-8 in the same pass, said first */
	bad(F_NOTES, "a\001\xff", "UTF-8");
	bad(F_NAME, "张3\xed\xa0\x80", "UTF-8");		/* a surrogate */
	bad(F_NOTES, "\xe0\x80\x80", "UTF-8");		/* overlong */
	bad(F_NOTES, "好\xe4\xb8", "UTF-8");			/* cut short */
	bad(F_NOTES, "好\xe4\xb8\xe3\x80\x80", "UTF-8");	/* then a blank */
	bad(F_NOTES, "a\xe2\x81\xa6" "b", "control");	/* U+2066 */
	ok(F_NOTES, "a\xe2\x81\xaa" "b", "a\xe2\x81\xaa" "b");	/* U+206A */
	ok(F_NOTES, "\xf0\xa0\xae\xb7\xc2\xb7", "\xf0\xa0\xae\xb7\xc2\xb7");
	/* enumeration words: first bytes compared before the strings */
	ok(F_GENDER, "M", "m");
	ok(F_GENDER, "Male", "m");
	ok(F_GUARDIAN_RELATION, "GRANDMOTHER", "grandmother");
	ok(F_LEFT_BEHIND_TYPE, "Both_Away", "both_away");
	bad(F_GENDER, "m男", "男/女");
	ok(F_GENDER, "女性", "f");		/* a word after the first */
	ok(F_GENDER, "BOY", "m");		/* the last word, any case */
	bad(F_GENDER, "男性化", "男/女");	/* longer than a word */
	bad(F_GENDER, "fem", "男/女");		/* a word's beginning */
	bad(F_GENDER, "女|女性", "男/女");	/* two words */

	/* record_take keeps the parsed value without a copy; "" clears */
	record_init(&r);
	record_take(&r, F_NAME, xstrdup("李想"));
	T_STREQ(record_get(&r, F_NAME), "李想");
	record_take(&r, F_NAME, xstrdup(""));
	T_CHECK(record_get(&r, F_NAME) == NULL);
	record_take(&r, F_NOTES, xstrdup("a"));
	record_take(&r, F_NOTES, NULL);
	T_CHECK(record_get(&r, F_NOTES) == NULL);
	record_clear(&r);
}

static void
test_complete(void)
{
	struct record r, c;
	struct err e = { 0, "" };

	record_init(&r);
	record_set(&r, F_NAME, "李想");
	record_set(&r, F_GRADE, "3");
	record_set(&r, F_CLASS_NO, "2");
	T_INTEQ(record_complete(&r, &e), 0);
	T_CHECK(record_get(&r, F_BIRTH_DATE) == NULL);

	/* the ID fills birth date and gender */
	record_set(&r, F_ID_NUMBER, "11010519491231002X");
	T_INTEQ(record_complete(&r, &e), 0);
	T_STREQ(record_get(&r, F_BIRTH_DATE), "1949-12-31");
	T_STREQ(record_get(&r, F_GENDER), "f");

	/* ... and must agree with them */
	record_init(&c);
	record_copy(&c, &r);
	record_set(&c, F_BIRTH_DATE, "1949-12-30");
	T_INTEQ(record_complete(&c, &e), -1);
	T_CHECK(strstr(e.msg, "1949-12-30") != NULL);
	T_CHECK(strstr(e.msg, "1949-12-31") != NULL);
	T_CHECK(strstr(e.msg, "ID number") != NULL);
	err_clear(&e);
	record_set(&c, F_BIRTH_DATE, "1949-12-31");
	record_set(&c, F_GENDER, "m");
	T_INTEQ(record_complete(&c, &e), -1);
	T_CHECK(strstr(e.msg, "Gender") != NULL && strstr(e.msg, "Female") != NULL);
	err_clear(&e);

	/* required fields */
	record_set(&c, F_GENDER, "f");
	record_set(&c, F_CLASS_NO, "");
	T_CHECK(record_get(&c, F_CLASS_NO) == NULL);
	T_INTEQ(record_complete(&c, &e), -1);
	T_CHECK(strstr(e.msg, "Class") == e.msg);
	err_clear(&e);

	/* a spoiled ID is refused */
	record_set(&c, F_CLASS_NO, "2");
	record_set(&c, F_ID_NUMBER, "110105194912310021");
	T_INTEQ(record_complete(&c, &e), -1);
	T_CHECK(strstr(e.msg, "check digit") != NULL);
	err_clear(&e);

	/* the guardian's ID gives the guardian's age (today 2026-11-29) */
	record_set(&c, F_ID_NUMBER, NULL);
	record_set(&c, F_GUARDIAN_ID_NUMBER, "11010519491231002X");
	T_INTEQ(record_complete(&c, &e), 0);
	T_STREQ(record_get(&c, F_GUARDIAN_AGE), "76");
	record_set(&c, F_GUARDIAN_AGE, "70");
	T_INTEQ(record_complete(&c, &e), 0);
	T_STREQ(record_get(&c, F_GUARDIAN_AGE), "70");	/* kept */

	/* the 学籍 code: never 非留守 for an unknown type (issue 13) */
	T_STREQ(record_xueji_code(&c), "");
	record_set(&c, F_FATHER_AWAY, "1");		/* the mother unknown */
	T_STREQ(record_xueji_code(&c), "");
	record_set(&c, F_MOTHER_AWAY, "0");
	T_STREQ(record_xueji_code(&c), "单亲留守");
	T_STREQ(record_left_behind_type(&c, NULL), "father_away");
	record_set(&c, F_FATHER_AWAY, "0");		/* both at home */
	T_STREQ(record_xueji_code(&c), "非留守");
	record_set(&c, F_FATHER_AWAY, "1");
	record_set(&c, F_MOTHER_AWAY, "1");
	T_STREQ(record_xueji_code(&c), "双亲留守");
	record_set(&c, F_LEFT_BEHIND_TYPE, "one_away_other_unable");
	T_STREQ(record_xueji_code(&c), "单亲留守");
	record_set(&c, F_LEFT_BEHIND_TYPE, "both_away");
	T_STREQ(record_xueji_code(&c), "双亲留守");

	/* the copy is independent */
	T_STREQ(record_get(&r, F_ID_NUMBER), "11010519491231002X");
	record_clear(&c);
	record_clear(&r);
	T_CHECK(record_get(&r, F_NAME) == NULL);
}

static void
test_text(void)
{
	const struct field *f;
	char *s;

#define T_TEXT(expr, want) do { s = (expr); T_STREQ(s, want); free(s); } while (0)
	f = &field_table[F_GUARDIAN_RELATION];
	T_TEXT(field_display(f, "grandfather"), "Grandfather");
	T_TEXT(field_export_text(f, "grandfather"), "祖父");
	T_TEXT(field_export_text(f, "other_relative"), "叔伯姑姨舅等亲属");
	T_TEXT(field_display(f, NULL), "");
	T_TEXT(field_display(&field_table[F_BOARDING], "1"), "yes");
	T_TEXT(field_export_text(&field_table[F_BOARDING], "0"), "否");
	T_TEXT(field_display(&field_table[F_HARDSHIP], "orphan,dibao"),
	    "Orphan, Minimum living allowance");
	T_TEXT(field_export_text(&field_table[F_HARDSHIP], "orphan,dibao"),
	    "孤儿、低保");
	T_TEXT(field_export_text(&field_table[F_GRADE], "7"), "初一");
	T_TEXT(field_export_text(&field_table[F_CLASS_NO], "2"), "2班");
	T_TEXT(field_display(&field_table[F_GRADE], "3"), "Grade 3");
	T_TEXT(field_export_text(&field_table[F_NAME], "张三"), "张三");
	T_STREQ(field_enum_label(&field_table[F_STUDY], "average"), "Average");
	T_STREQ(field_label(&field_table[F_ID_NUMBER]), "ID number");

	T_TEXT(field_mask("43112420150308001X"), "4311**********001X");
	T_TEXT(field_mask("13812345678"), "138****5678");
	T_TEXT(field_mask("0731-84123456"), "0731-****3456");
	T_TEXT(field_mask("12345"), "*****");
	T_TEXT(field_mask(""), "");
	T_TEXT(field_mask(NULL), "");
#undef T_TEXT
}

/* Random text, partly from the words the parsers know, into every field:
 * nothing crashes (ASan build), every success is a canonical value that
 * parses again to itself, and what export writes reads back the same. */
static void
test_random_input(void)
{
	static const char *const pieces[] = { "男", "爷爷", "、", ",", "，", "无",
	    "2015", "-", "3", "年", "月", "日", "\xff", "\xe5\x8f", "孤儿", "低保",
	    " ", "　", "是", "１", "x", "0731", "138", "岁", "(", "班", "\t", "\001" };
	unsigned long long st = 7;
	char in[64], *out, *again, *text;
	int i, k, id;
	size_t len;
	struct err e;

	for (i = 0; i < 20000; i++) {
		len = 0;
		in[0] = '\0';
		for (k = (int)((st >> 33) % 6); k >= 0; k--) {
			st = st * 6364136223846793005ULL + 1442695040888963407ULL;
			const char *p = pieces[(st >> 33) % (sizeof pieces / sizeof pieces[0])];
			if (len + strlen(p) + 1 >= sizeof in)
				break;
			memcpy(in + len, p, strlen(p) + 1);
			len += strlen(p);
		}
		id = i % FIELD_COUNT;
		out = NULL;
		err_clear(&e);
		if (field_parse(&field_table[id], in, &out, &e) == 0 && out != NULL) {
			again = NULL;
			T_INTEQ(field_parse(&field_table[id], out, &again, NULL), 0);
			if (!str_eq(out, again))
				fprintf(stderr, "  %s: \"%s\" -> \"%s\" -> \"%s\"\n",
				    field_table[id].code, in, out, again);
			T_STREQ(again, out);
			free(again);
			free(field_display(&field_table[id], out));
			text = field_export_text(&field_table[id], out);
			again = NULL;
			T_INTEQ(field_parse(&field_table[id], text, &again, NULL), 0);
			T_STREQ(again, out);
			free(again);
			free(text);
		} else if (err_is_set(&e))
			T_CHECK(strlen(e.msg) > 0);
		free(out);
	}
}

/* The Chinese UI, through the catalogue the build compiles beside the
 * binary (po/zh_CN.po + fragments); skipped without a zh_CN locale. */
static void
test_chinese(void)
{
	const char *bd = getenv("GUANAI_BUILDDIR");
	char *dir, *mo, *s, *out = NULL;
	struct err e = { 0, "" };

	if (bd == NULL || setlocale(LC_ALL, "zh_CN.UTF-8") == NULL) {
		printf("test-field: no zh_CN.UTF-8 locale or build dir, Chinese skipped\n");
		return;
	}
	dir = xasprintf("%s/locale", bd);
	mo = xasprintf("%s/zh_CN/LC_MESSAGES/%s.mo", dir, PACKAGE);
	T_CHECK(access(mo, R_OK) == 0);
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	unsetenv("LANGUAGE");

#define T_TEXT(expr, want) do { s = (expr); T_STREQ(s, want); free(s); } while (0)
	T_TEXT(field_display(&field_table[F_GUARDIAN_RELATION], "grandfather"), "祖父");
	T_TEXT(field_display(&field_table[F_HARDSHIP], "orphan,dibao"), "孤儿、低保");
	T_TEXT(field_display(&field_table[F_BOARDING], "1"), "是");
	T_TEXT(field_display(&field_table[F_GRADE], "7"), "初一");
	T_TEXT(field_display(&field_table[F_HEALTH], "good"), "健康");
	T_TEXT(class_label(3, 2), "三年级(2)班");
	T_TEXT(class_label(7, 2), "初一(2)班");
	T_TEXT(class_short_label(3, 2), "三(2)");
	T_TEXT(class_short_label(7, 2), "初一(2)");
	T_STREQ(field_label(&field_table[F_ID_NUMBER]), "身份证号");
	T_STREQ(checklist_item_title(4), "学习、现实表现清楚");
	T_STREQ(checklist_state_label(CHECK_STALE), "待复核");
	T_INTEQ(field_parse(&field_table[F_ID_NUMBER], "110105194912310021", &out, &e), -1);
	T_STREQ(e.msg, "身份证号：校验位不对，请核对最后一位");
#undef T_TEXT
	setlocale(LC_ALL, "C");
	free(dir);
	free(mo);
}

int
main(void)
{
	setenv("GUANAI_TODAY", "2026-11-29", 1);
	test_table();
	test_headers();
	test_parse();
	test_fast_paths();
	test_complete();
	test_text();
	test_random_input();
	test_chinese();
	return t_done("test-field");
}
