/* field.c — the field table (DESIGN.md §4, §6) and its enumerations, the
 * header lookup used by import, and the flattened child record.
 *
 * Enumerations keep a stable ASCII code (stored, exported as JSON), an
 * English label msgid (shown through gettext) and the words teachers write
 * ('|'-separated, the county's Chinese word first: export writes it). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"

static const struct enum_value gender_values[] = {
	{ "m", N_("Male"), "男|男性|男生|男孩|M|male|boy" },
	{ "f", N_("Female"), "女|女性|女生|女孩|F|female|girl" },
	{ NULL, NULL, NULL }
};

static const struct enum_value left_behind_values[] = {
	{ "both_away", N_("Both parents away"),
	    "父母均外出|父母双方外出|双亲外出|父母双方均外出|父母都外出|"
	    "父母双方同时外出|双亲留守|双留守" },
	{ "father_away", N_("Father away"),
	    "父亲外出|父亲外出务工|父外出|父亲单方外出" },
	{ "mother_away", N_("Mother away"),
	    "母亲外出|母亲外出务工|母外出|母亲单方外出" },
	{ "one_away_other_unable", N_("One parent away, the other unable to care"),
	    "一方外出另一方无监护能力|一方外出另一方无能力|"
	    "一方外出一方无监护能力|父母一方外出另一方无监护能力" },
	{ NULL, NULL, NULL }
};

static const struct enum_value guardianship_values[] = {
	{ "good", N_("Well cared for"), "较好|好|良好" },
	{ "fair", N_("Fair"), "一般|中等" },
	{ "poor", N_("Poorly cared for"), "差|较差|不好" },
	{ NULL, NULL, NULL }
};

static const struct enum_value hardship_values[] = {
	{ "orphan", N_("Orphan"), "孤儿" },
	{ "disabled", N_("Disabled"), "残疾|残疾儿童|残障" },
	{ "dibao", N_("Minimum living allowance"), "低保|低保户|低保家庭" },
	{ "poverty", N_("Registered poor household"),
	    "建档立卡|建档立卡户|建档立卡贫困户|贫困户" },
	{ "single_parent", N_("Single parent"), "单亲|单亲家庭" },
	{ "no_hukou", N_("No household registration"), "无户口|没有户口|未登记户口" },
	{ "serious_illness", N_("Serious illness"), "重病|重大疾病|大病|重症" },
	{ NULL, NULL, NULL }
};

/* Shared by the child's and the guardian's health. */
static const struct enum_value health_values[] = {
	{ "good", N_("Healthy"), "健康|良好|好|正常|身体健康|较好" },
	{ "fair", N_("Fair"), "一般|体弱|较弱" },
	{ "poor", N_("Poor"), "较差|差|残疾|患病|有病|疾病|多病|体弱多病" },
	{ NULL, NULL, NULL }
};

static const struct enum_value study_values[] = {
	{ "excellent", N_("Excellent"), "优秀|优|很好" },
	{ "good", N_("Good"), "良好|良|较好|好" },
	{ "average", N_("Average"), "中等|一般|中|合格|及格" },
	{ "poor", N_("Poor"), "较差|差|不及格|待提高" },
	{ NULL, NULL, NULL }
};

static const struct enum_value economy_values[] = {
	{ "well_off", N_("Well-off"), "较好|好|良好|富裕|宽裕" },
	{ "ordinary", N_("Ordinary"), "一般|中等|普通" },
	{ "hard", N_("Hard up"), "困难|较差|差|贫困|较困难|特困" },
	{ NULL, NULL, NULL }
};

static const struct enum_value income_values[] = {
	{ "work", N_("Migrant work"), "打工|务工|外出务工|打工收入|工资" },
	{ "farming", N_("Farming"), "种养殖|种植|养殖|务农|种地|农业" },
	{ "government", N_("Government aid"), "政府救助|政府补助|救助金" },
	{ "relatives", N_("Help from relatives"),
	    "亲朋接济|亲友接济|亲戚接济|亲属接济" },
	{ "other", N_("Other"), "其他|其它" },
	{ NULL, NULL, NULL }
};

static const struct enum_value assistance_values[] = {
	{ "dibao", N_("Minimum living allowance"), "低保" },
	{ "temporary", N_("Temporary relief"), "临时救助" },
	{ "medical", N_("Medical aid"), "医疗救助|医疗救助金" },
	{ "housing", N_("Housing aid"), "住房救助|危房改造" },
	{ "other", N_("Other"), "其他|其它" },
	{ NULL, NULL, NULL }
};

static const struct enum_value relation_values[] = {
	{ "grandfather", N_("Grandfather"), "祖父|爷爷|爺爺" },
	{ "grandmother", N_("Grandmother"), "祖母|奶奶" },
	{ "maternal_grandfather", N_("Maternal grandfather"), "外祖父|外公|姥爷|姥爺" },
	{ "maternal_grandmother", N_("Maternal grandmother"), "外祖母|外婆|姥姥" },
	{ "father", N_("Father"), "父亲|爸爸|父" },
	{ "mother", N_("Mother"), "母亲|妈妈|母" },
	{ "other_relative", N_("Other relative"),
	    "叔伯姑姨舅等亲属|叔叔|伯伯|伯父|叔父|婶婶|姑姑|姑妈|姑父|姨妈|姨|"
	    "阿姨|姨父|舅舅|舅妈|亲属|亲戚|其他亲属" },
	{ "sibling", N_("Elder sibling"), "兄姐|哥哥|姐姐|兄长|姐|哥" },
	{ "other", N_("Other"), "其他|其它" },
	{ NULL, NULL, NULL }
};

static const struct enum_value education_values[] = {
	{ "illiterate", N_("Illiterate"), "文盲|不识字" },
	{ "semi_literate", N_("Semi-literate"), "半文盲" },
	{ "primary", N_("Primary school"), "小学" },
	{ "junior", N_("Junior middle school"), "初中" },
	{ "senior", N_("Senior high school"), "高中|中专|职高|技校" },
	{ "college", N_("College or above"), "大专及以上|大专|本科|大学|研究生" },
	{ NULL, NULL, NULL }
};

static const struct enum_value contact_values[] = {
	{ "weekly", N_("Weekly"), "每周|每星期|经常|每天|每周一次" },
	{ "monthly", N_("Monthly"), "每月|每个月|每月一次" },
	{ "rarely", N_("Rarely"), "很少|偶尔|较少|几乎不联系|不联系" },
	{ NULL, NULL, NULL }
};

#define CHILD(fid, code_, type_, en, lab, hdr, al, item, w, fl) \
	[fid] = { fid, ENT_CHILD, code_, code_, type_, en, lab, hdr, al, item, w, fl }

const struct field field_table[FIELD_COUNT] = {
	CHILD(F_NAME, "name", FT_NAME, NULL, N_("Name"), "姓名",
	    "学生姓名|儿童姓名|留守儿童姓名", 1, 8, FF_REQUIRED),
	CHILD(F_GENDER, "gender", FT_ENUM, gender_values, N_("Gender"), "性别",
	    "", 0, 4, 0),
	CHILD(F_BIRTH_DATE, "birth_date", FT_DATE, NULL, N_("Date of birth"),
	    "出生日期", "出生年月|出生年月日|生日|出生时间", 1, 10, FF_PRIVATE),
	CHILD(F_ID_NUMBER, "id_number", FT_ID_NUMBER, NULL, N_("ID number"),
	    "身份证号", "身份证号码|公民身份证号码|公民身份证号|身份证|身份证件号",
	    0, 18, FF_MASKED | FF_PRIVATE),
	CHILD(F_HAS_HUKOU, "has_hukou", FT_BOOL, NULL,
	    N_("Household registered"), "是否登记户口", "是否有户口|登记户口", 0, 4, 0),
	CHILD(F_HUKOU_PLACE, "hukou_place", FT_TEXT, NULL,
	    N_("Place of household registration"), "户籍所在地",
	    "户籍地|户口所在地|户籍地址|户籍", 0, 20, FF_PRIVATE),
	CHILD(F_STUDENT_NO, "student_no", FT_TEXT, NULL, N_("Student number"),
	    "学籍号", "学籍号码|全国学籍号|学籍编号", 0, 19, 0),
	[F_GRADE] = { F_GRADE, ENT_CLASS, "grade", "grade", FT_GRADE, NULL,
	    N_("Grade"), "年级", "所在年级", 0, 6, FF_REQUIRED },
	[F_CLASS_NO] = { F_CLASS_NO, ENT_CLASS, "class_no", "number", FT_CLASS_NO,
	    NULL, N_("Class"), "班级", "班别|班次|班号|所在班级|班", 0, 6, FF_REQUIRED },
	CHILD(F_ETHNICITY, "ethnicity", FT_TEXT, NULL, N_("Ethnicity"), "民族",
	    "族别", 0, 6, 0),
	CHILD(F_BOARDING, "boarding", FT_BOOL, NULL, N_("Boarding"), "是否寄宿",
	    "是否学校寄宿|是否住校|寄宿|住校", 0, 4, 0),
	CHILD(F_LEFT_BEHIND_TYPE, "left_behind_type", FT_ENUM, left_behind_values,
	    N_("Left-behind type"), "留守类型", "留守儿童类型|留守情况", 0, 12, 0),
	CHILD(F_LEFT_BEHIND_SINCE, "left_behind_since", FT_DATE, NULL,
	    N_("Left behind since"), "留守开始时间", "留守时间|开始留守时间", 0, 10, 0),
	CHILD(F_GUARDIANSHIP, "guardianship", FT_ENUM, guardianship_values,
	    N_("Guardianship"), "监护情况", "监护状况", 0, 6, 0),
	CHILD(F_HARDSHIP, "hardship", FT_SET, hardship_values, N_("Hardship"),
	    "困境类型", "困境儿童类型|困境情况|特殊困难", 0, 12, FF_PRIVATE),
	CHILD(F_HEALTH, "health", FT_ENUM, health_values, N_("Health"), "健康状况",
	    "身体状况|身体情况|健康情况", 3, 6, FF_PRIVATE),
	CHILD(F_HEALTH_NOTE, "health_note", FT_TEXT, NULL, N_("Health note"),
	    "健康备注", "健康说明|疾病情况|病史", 0, 20, FF_PRIVATE),
	CHILD(F_PERSONALITY, "personality", FT_TEXT, NULL, N_("Personality"),
	    "性格特点", "性格|性格特征", 2, 12, 0),
	CHILD(F_HOBBIES, "hobbies", FT_TEXT, NULL, N_("Hobbies"), "兴趣爱好",
	    "兴趣|爱好|特长|兴趣特长", 2, 12, 0),
	CHILD(F_STUDY, "study", FT_ENUM, study_values, N_("Study"), "学习成绩",
	    "学习情况|学习状况|学业成绩|成绩", 4, 6, FF_PRIVATE),
	CHILD(F_BEHAVIOUR, "behaviour", FT_TEXT, NULL, N_("Behaviour"), "现实表现",
	    "在校表现|表现", 4, 12, FF_PRIVATE),
	CHILD(F_PSYCHOLOGY, "psychology", FT_TEXT, NULL, N_("Psychology"),
	    "心理状况", "心理健康|心理健康状况|心理情况", 0, 12, FF_PRIVATE),
	CHILD(F_FAMILY_ECONOMY, "family_economy", FT_ENUM, economy_values,
	    N_("Family economy"), "家庭经济状况", "家庭经济情况|经济状况|家庭经济",
	    5, 6, FF_PRIVATE),
	CHILD(F_INCOME_SOURCES, "income_sources", FT_SET, income_values,
	    N_("Income sources"), "家庭经济来源", "经济来源|收入来源", 0, 12,
	    FF_PRIVATE),
	CHILD(F_ASSISTANCE, "assistance", FT_SET, assistance_values,
	    N_("Assistance received"), "救助帮扶情况", "救助帮扶|救助情况|帮扶情况",
	    0, 12, FF_PRIVATE),
	CHILD(F_ADDRESS, "address", FT_TEXT, NULL, N_("Home address"), "家庭住址",
	    "住址|家庭地址|现居住地|现住址|居住地址|地址", 5, 20, FF_PRIVATE),
	CHILD(F_LIVING, "living", FT_TEXT, NULL, N_("Living situation"), "生活情况",
	    "生活状况", 5, 20, FF_PRIVATE),
	CHILD(F_NOTES, "notes", FT_TEXT, NULL, N_("Notes"), "备注", "说明", 0, 20, 0),

	[F_FATHER_NAME] = { F_FATHER_NAME, ENT_FATHER, "father_name", "name",
	    FT_NAME, NULL, N_("Father's name"), "父亲姓名", "父亲|父亲名字", 6, 8, 0 },
	[F_FATHER_ID_NUMBER] = { F_FATHER_ID_NUMBER, ENT_FATHER, "father_id_number",
	    "id_number", FT_ID_NUMBER, NULL, N_("Father's ID number"), "父亲身份证号",
	    "父亲身份证号码|父亲身份证", 0, 18, FF_MASKED | FF_PRIVATE },
	[F_FATHER_PHONE] = { F_FATHER_PHONE, ENT_FATHER, "father_phone", "phone",
	    FT_PHONE, NULL, N_("Father's phone"), "父亲电话",
	    "父亲联系电话|父亲手机|父亲电话号码|父亲手机号", 6, 13,
	    FF_MASKED | FF_PRIVATE },
	[F_FATHER_AWAY] = { F_FATHER_AWAY, ENT_FATHER, "father_away", "away",
	    FT_BOOL, NULL, N_("Father working away?"), "父亲是否外出",
	    "父亲外出|父亲是否外出务工", 6, 4, 0 },
	[F_FATHER_WORK_PLACE] = { F_FATHER_WORK_PLACE, ENT_FATHER,
	    "father_work_place", "work_place", FT_TEXT, NULL,
	    N_("Father's place of work"), "父亲务工地",
	    "父亲务工地点|父亲务工地址|父亲打工地点|父亲工作地点", 0, 12, 0 },
	[F_FATHER_OCCUPATION] = { F_FATHER_OCCUPATION, ENT_FATHER,
	    "father_occupation", "occupation", FT_TEXT, NULL,
	    N_("Father's occupation"), "父亲职业", "父亲工作", 0, 10, 0 },
	[F_FATHER_AWAY_SINCE] = { F_FATHER_AWAY_SINCE, ENT_FATHER,
	    "father_away_since", "away_since", FT_DATE, NULL,
	    N_("Father away since"), "父亲外出时间", "父亲外出务工时间", 0, 10, 0 },
	[F_FATHER_RETURNS_PER_YEAR] = { F_FATHER_RETURNS_PER_YEAR, ENT_FATHER,
	    "father_returns_per_year", "returns_per_year", FT_INT, NULL,
	    N_("Father's visits home a year"), "父亲每年回家次数",
	    "父亲回家次数|父亲每年回家", 0, 4, 0 },
	[F_FATHER_CONTACT_FREQUENCY] = { F_FATHER_CONTACT_FREQUENCY, ENT_FATHER,
	    "father_contact_frequency", "contact_frequency", FT_ENUM,
	    contact_values, N_("Father's contact"), "父亲联系频率",
	    "父亲联系情况|父亲与孩子联系频率", 0, 6, 0 },

	[F_MOTHER_NAME] = { F_MOTHER_NAME, ENT_MOTHER, "mother_name", "name",
	    FT_NAME, NULL, N_("Mother's name"), "母亲姓名", "母亲|母亲名字", 6, 8, 0 },
	[F_MOTHER_ID_NUMBER] = { F_MOTHER_ID_NUMBER, ENT_MOTHER, "mother_id_number",
	    "id_number", FT_ID_NUMBER, NULL, N_("Mother's ID number"), "母亲身份证号",
	    "母亲身份证号码|母亲身份证", 0, 18, FF_MASKED | FF_PRIVATE },
	[F_MOTHER_PHONE] = { F_MOTHER_PHONE, ENT_MOTHER, "mother_phone", "phone",
	    FT_PHONE, NULL, N_("Mother's phone"), "母亲电话",
	    "母亲联系电话|母亲手机|母亲电话号码|母亲手机号", 6, 13,
	    FF_MASKED | FF_PRIVATE },
	[F_MOTHER_AWAY] = { F_MOTHER_AWAY, ENT_MOTHER, "mother_away", "away",
	    FT_BOOL, NULL, N_("Mother working away?"), "母亲是否外出",
	    "母亲外出|母亲是否外出务工", 6, 4, 0 },
	[F_MOTHER_WORK_PLACE] = { F_MOTHER_WORK_PLACE, ENT_MOTHER,
	    "mother_work_place", "work_place", FT_TEXT, NULL,
	    N_("Mother's place of work"), "母亲务工地",
	    "母亲务工地点|母亲务工地址|母亲打工地点|母亲工作地点", 0, 12, 0 },
	[F_MOTHER_OCCUPATION] = { F_MOTHER_OCCUPATION, ENT_MOTHER,
	    "mother_occupation", "occupation", FT_TEXT, NULL,
	    N_("Mother's occupation"), "母亲职业", "母亲工作", 0, 10, 0 },
	[F_MOTHER_AWAY_SINCE] = { F_MOTHER_AWAY_SINCE, ENT_MOTHER,
	    "mother_away_since", "away_since", FT_DATE, NULL,
	    N_("Mother away since"), "母亲外出时间", "母亲外出务工时间", 0, 10, 0 },
	[F_MOTHER_RETURNS_PER_YEAR] = { F_MOTHER_RETURNS_PER_YEAR, ENT_MOTHER,
	    "mother_returns_per_year", "returns_per_year", FT_INT, NULL,
	    N_("Mother's visits home a year"), "母亲每年回家次数",
	    "母亲回家次数|母亲每年回家", 0, 4, 0 },
	[F_MOTHER_CONTACT_FREQUENCY] = { F_MOTHER_CONTACT_FREQUENCY, ENT_MOTHER,
	    "mother_contact_frequency", "contact_frequency", FT_ENUM,
	    contact_values, N_("Mother's contact"), "母亲联系频率",
	    "母亲联系情况|母亲与孩子联系频率", 0, 6, 0 },

	[F_GUARDIAN_NAME] = { F_GUARDIAN_NAME, ENT_GUARDIAN, "guardian_name", "name",
	    FT_NAME, NULL, N_("Guardian's name"), "监护人姓名",
	    "委托监护人姓名|监护人", 7, 8, 0 },
	[F_GUARDIAN_RELATION] = { F_GUARDIAN_RELATION, ENT_GUARDIAN,
	    "guardian_relation", "relation", FT_ENUM, relation_values,
	    N_("Guardian's relation"), "监护人关系",
	    "与儿童关系|监护人与儿童关系|与学生关系|监护人与孩子关系|与孩子关系|"
	    "委托监护人关系", 7, 8, 0 },
	[F_GUARDIAN_AGE] = { F_GUARDIAN_AGE, ENT_GUARDIAN, "guardian_age", "age",
	    FT_INT, NULL, N_("Guardian's age"), "监护人年龄", "", 7, 4, 0 },
	[F_GUARDIAN_HEALTH] = { F_GUARDIAN_HEALTH, ENT_GUARDIAN, "guardian_health",
	    "health", FT_ENUM, health_values, N_("Guardian's health"),
	    "监护人健康状况", "监护人身体状况|监护人身体情况|监护人健康情况", 7, 6, 0 },
	[F_GUARDIAN_EDUCATION] = { F_GUARDIAN_EDUCATION, ENT_GUARDIAN,
	    "guardian_education", "education", FT_ENUM, education_values,
	    N_("Guardian's education"), "监护人文化程度",
	    "监护人文化|监护人学历|监护人受教育程度", 7, 8, 0 },
	[F_GUARDIAN_ID_NUMBER] = { F_GUARDIAN_ID_NUMBER, ENT_GUARDIAN,
	    "guardian_id_number", "id_number", FT_ID_NUMBER, NULL,
	    N_("Guardian's ID number"), "监护人身份证号",
	    "委托监护人身份证号|监护人身份证号码|监护人身份证", 0, 18,
	    FF_MASKED | FF_PRIVATE },
	[F_GUARDIAN_PHONE] = { F_GUARDIAN_PHONE, ENT_GUARDIAN, "guardian_phone",
	    "phone", FT_PHONE, NULL, N_("Guardian's phone"), "监护人电话",
	    "委托监护人联系电话|监护人联系电话|监护人手机|联系电话|家长电话|"
	    "家长联系电话|联系方式", 7, 13, FF_MASKED | FF_PRIVATE },
	[F_GUARDIAN_ADDRESS] = { F_GUARDIAN_ADDRESS, ENT_GUARDIAN,
	    "guardian_address", "address", FT_TEXT, NULL, N_("Guardian's address"),
	    "监护人住址", "监护人地址|监护人家庭住址", 0, 20, FF_PRIVATE },
	[F_GUARDIAN_NOTES] = { F_GUARDIAN_NOTES, ENT_GUARDIAN, "guardian_notes",
	    "notes", FT_TEXT, NULL, N_("Guardian notes"), "监护人备注",
	    "监护人说明", 0, 20, 0 },
};

/* A header cell as compared: no blanks (ASCII, full-width) anywhere and
 * no '*' / '＊' required-markers, which templates add. */
static char *
header_norm(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	while (*s != '\0') {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '*')
			s++;
		else if (strncmp(s, "\xe3\x80\x80", 3) == 0 ||	/* U+3000 */
		    strncmp(s, "\xef\xbc\x8a", 3) == 0 ||	/* ＊ */
		    strncmp(s, "\xef\xbb\xbf", 3) == 0)	/* BOM */
			s += 3;
		else
			*o++ = *s++;
	}
	*o = '\0';
	return out;
}

/* True when `word` is one of the '|'-separated words of `list`.  One walk
 * over the list, each word compared where it stands (no strchr, strlen
 * or strncmp call a word: 12 cells of every imported row come here). */
static int
word_in_list(const char *list, const char *word, int nocase)
{
	const unsigned char *p = (const unsigned char *)list, *w;

	if (list == NULL || *word == '\0')
		return 0;
	while (*p != '\0') {
		w = (const unsigned char *)word;
		if (nocase)
			while (*p != '\0' && *p != '|' && tolower(*p) == tolower(*w))
				p++, w++;
		else
			while (*p != '\0' && *p != '|' && *p == *w)
				p++, w++;
		if (*w == '\0' && (*p == '|' || *p == '\0'))
			return 1;	/* a '|' in word never gets here */
		while (*p != '\0' && *p != '|')
			p++;
		if (*p == '|')
			p++;
	}
	return 0;
}

const struct field *
field_by_code(const char *code)
{
	int i;

	if (code == NULL)
		return NULL;
	for (i = 0; i < FIELD_COUNT; i++)
		if (strcmp(field_table[i].code, code) == 0)
			return &field_table[i];
	return NULL;
}

const struct field *
field_by_header(const char *header)
{
	const struct field *f = NULL;
	char *h;
	int i;

	if (header == NULL)
		return NULL;
	h = header_norm(header);
	if (*h == '\0')
		goto out;
	for (i = 0; i < FIELD_COUNT && f == NULL; i++)
		if (strcasecmp(field_table[i].code, h) == 0 ||
		    (field_table[i].header != NULL &&
		    strcmp(field_table[i].header, h) == 0))
			f = &field_table[i];
	for (i = 0; i < FIELD_COUNT && f == NULL; i++)
		if (word_in_list(field_table[i].aliases, h, 0) ||
		    strcasecmp(field_table[i].label, h) == 0)
			f = &field_table[i];
out:
	free(h);
	return f;
}

const struct enum_value *
field_enum_by_code(const struct field *f, const char *code)
{
	const struct enum_value *ev;

	if (f == NULL || f->enums == NULL || code == NULL)
		return NULL;
	for (ev = f->enums; ev->code != NULL; ev++)
		if (strcmp(ev->code, code) == 0)
			return ev;
	return NULL;
}

/* The enumeration value a teacher's word stands for: the code, the English
 * label (any case) or one of the words.  NULL when none. */
const struct enum_value *
field_enum_match(const struct field *f, const char *word)
{
	const struct enum_value *ev;
	int w0;

	if (f == NULL || f->enums == NULL || word == NULL || *word == '\0')
		return NULL;
	/* the first bytes first: equal strings (any case) start alike, and
	 * a Chinese word never starts like an ASCII code (a cell of 12
	 * fields of every imported row comes here) */
	w0 = tolower((unsigned char)word[0]);
	for (ev = f->enums; ev->code != NULL; ev++)
		if ((tolower((unsigned char)ev->code[0]) == w0 &&
		    strcasecmp(ev->code, word) == 0) ||
		    (tolower((unsigned char)ev->label[0]) == w0 &&
		    strcasecmp(ev->label, word) == 0) ||
		    word_in_list(ev->words, word, 1))
			return ev;
	return NULL;
}

void
record_init(struct record *r)
{
	memset(r, 0, sizeof *r);
}

void
record_clear(struct record *r)
{
	int i;

	for (i = 0; i < FIELD_COUNT; i++)
		if (r->v[i] != NULL)	/* most are: no call */
			xfree(&r->v[i]);
	xfree(&r->updated_at);
	r->id[0] = '\0';
}

void
record_copy(struct record *dst, const struct record *src)
{
	int i;

	if (dst == src)
		return;
	record_clear(dst);
	memcpy(dst->id, src->id, sizeof dst->id);
	for (i = 0; i < FIELD_COUNT; i++)
		dst->v[i] = xstrdup(src->v[i]);
	dst->updated_at = xstrdup(src->updated_at);
}

void
record_set(struct record *r, enum field_id id, const char *value)
{
	if ((unsigned)id >= FIELD_COUNT)
		abort();
	xstrset(&r->v[id], value != NULL && *value != '\0' ? value : NULL);
}

void
record_take(struct record *r, enum field_id id, char *value)
{
	if ((unsigned)id >= FIELD_COUNT)
		abort();
	if (value != NULL && *value == '\0')
		xfree(&value);
	free(r->v[id]);
	r->v[id] = value;
}

const char *
record_get(const struct record *r, enum field_id id)
{
	if ((unsigned)id >= FIELD_COUNT)
		abort();
	return r->v[id];
}

size_t
field_max_chars(const struct field *f)
{
	return f->type == FT_NAME ? FIELD_NAME_MAX : FIELD_TEXT_MAX;
}
