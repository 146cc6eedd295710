/* demo.c — a realistic synthetic school (`guanai demo`): Chinese names
 * (common surnames, polyphonic ones such as 曾 单 解, one CJK Extension B
 * character), 身份证号 with correct check digits agreeing with birth date
 * and gender, parents away with phones, guardians mostly grandparents,
 * helpers, pairings, care records and checklist confirmations.  Every value
 * comes from one seeded generator, so the same seed and "today" give the
 * same school. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/app.h"
#include "guanai/app/demo.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/uuid.h"
#include "guanai/store/store.h"

/* Birth days the ID counter covers (children are 5-17 years old). */
#define DEMO_ID_DAYS (366 * 20)

struct gen {
	unsigned long long st;
	struct store *s;
	struct date today, year_start;
	int nclass_per_grade;
	int *class_count;		/* children per class index */
	char (*teacher)[UUID_LEN + 1];	/* head teacher (helper) per class */
	char (*volunteer)[UUID_LEN + 1];
	int nvolunteer;
	struct demo_counts n;
	/* ID order numbers handed out per (birth day, sex): a real register
	 * never gives two children the same 身份证号. */
	unsigned short id_seq[2][DEMO_ID_DAYS];
};

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
	"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许",
	"韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡",
	"余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜",
	"崔", "钟", "谭", "陆", "汪", "范", "石", "廖", "贾", "夏", "韦", "方", "白",
	"邹", "熊", "秦", "邱", "江", "尹", "段", "雷", "侯", "龙", "陶", "黎", "贺",
	"毛", "龚", "万", "覃", "单", "解", "仇", "查", "翟", "欧阳", "诸葛",
};
static const char *const boy_chars[] = {
	"浩", "宇", "轩", "子", "博", "文", "俊", "杰", "明", "辉", "鹏", "强", "磊",
	"晨", "阳", "思", "远", "嘉", "睿", "泽", "天", "佑", "家", "豪", "志", "伟",
	"松", "林", "海", "涛", "成", "刚", "勇", "军", "斌", "航", "凯", "锐",
};
static const char *const girl_chars[] = {
	"欣", "怡", "梓", "涵", "雨", "萱", "诗", "琪", "婷", "悦", "佳", "蕾", "思",
	"雅", "静", "梦", "瑶", "晓", "丽", "芳", "红", "燕", "玲", "慧", "妍", "露",
	"月", "春", "秀", "娟", "颖", "语", "桐", "心",
};
static const char *const villages[] = {
	"单家堡村", "曾家湾村", "石门村", "枫树坪村", "杨柳村", "大塘村", "新田村",
	"龙泉村", "桃花村", "白果村", "岩口村", "黄土坡村",
};
static const char *const work_places[] = {
	"广东省东莞市", "广东省深圳市", "广东省广州市", "浙江省义乌市", "浙江省宁波市",
	"福建省晋江市", "江苏省苏州市", "上海市", "北京市", "湖南省长沙市",
};
static const char *const occupations[] = {
	"工厂工人", "建筑工人", "快递员", "餐饮服务", "保安", "个体经营", "货车司机",
};
static const char *const personalities[] = {
	"开朗活泼", "内向，胆小", "文静", "倔强", "热情大方", "懂事", "好动", "腼腆",
};
static const char *const hobbies[] = {
	"画画", "唱歌", "跳绳", "打篮球", "看书", "踢足球", "下棋", "跳舞", "手工",
};
static const char *const behaviours[] = {
	"遵守纪律", "上课注意力不集中", "积极参加劳动", "偶尔迟到", "乐于助人",
	"作业拖拉", "尊敬师长",
};
static const char *const psychologies[] = {
	"心理健康", "孤独感较强", "较为自卑", "情绪稳定", "想念父母", "有时焦虑",
};
static const char *const livings[] = {
	"与奶奶同住，步行20分钟上学", "与爷爷奶奶同住，步行40分钟上学",
	"与外婆同住，家离学校较远", "住校，周末回家", "与叔叔一家同住",
	"与外公外婆同住，骑车上学",
};
static const char *const care_kinds[] = {
	"home_visit", "family_call", "talk", "counselling", "tutoring", "birthday",
	"aid", "gift", "health_check",
};
static const char *const care_summaries[] = {
	"了解学习和生活情况", "与在外父母视频通话", "谈心，鼓励孩子",
	"心理疏导", "辅导数学作业", "为孩子过生日", "发放助学金",
	"送去学习用品", "检查视力和身体",
};

#define PICK(g, arr) ((arr)[rnd(g) % (sizeof (arr) / sizeof (arr)[0])])

static unsigned long long
rnd(struct gen *g)
{
	unsigned long long z = (g->st += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
pct(struct gen *g, int p)
{
	return (int)(rnd(g) % 100) < p;
}

static int
between(struct gen *g, int lo, int hi)
{
	return lo + (int)(rnd(g) % (unsigned long long)(hi - lo + 1));
}

static struct date
random_day(struct gen *g, struct date from, struct date to)
{
	long a = date_to_days(from), b = date_to_days(to);

	if (b < a)
		b = a;
	return date_from_days(a + (long)(rnd(g) % (unsigned long long)(b - a + 1)));
}

static char *
person_name(struct gen *g, const char *surname, int male)
{
	const char *a = male ? PICK(g, boy_chars) : PICK(g, girl_chars);

	if (pct(g, 30))
		return xasprintf("%s%s", surname, a);
	return xasprintf("%s%s%s", surname, a, male ? PICK(g, boy_chars) : PICK(g, girl_chars));
}

static void
phone(struct gen *g, char out[12])
{
	static const char second[] = "3456789";

	snprintf(out, 12, "1%c%09llu", second[rnd(g) % 7], rnd(g) % 1000000000ULL);
}

/* GB 11643: 6-digit region, birth date, 3-digit order (odd for boys),
 * check character. */
static void
id_number(struct gen *g, struct date birth, int male, char out[19])
{
	static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	static const char check[] = "10X98765432";
	long day = date_to_days(birth) - date_to_days(g->today) + DEMO_ID_DAYS;
	unsigned k = 0;
	int seq, i, sum = 0;

	/* Unique: the n-th child of a birth day and sex gets order number n,
	 * spilling into the next county code after 500. */
	if (day >= 0 && day < DEMO_ID_DAYS)
		k = g->id_seq[male ? 1 : 0][day]++;
	seq = (int)(k % 500) * 2 + (male ? 1 : 0);
	snprintf(out, 19, "4311%02u%04d%02d%02d%03d", 21 + (k / 500) % 79,
	    birth.y, birth.m, birth.d, seq);
	for (i = 0; i < 17; i++)
		sum += (out[i] - '0') * w[i];
	out[17] = check[sum % 11];
	out[18] = '\0';
}

/* Weighted choice among codes (NULL-ended) with their weights. */
static const char *
weighted(struct gen *g, const char *const *codes, const int *weights)
{
	int total = 0, i, r;

	for (i = 0; codes[i] != NULL; i++)
		total += weights[i];
	r = (int)(rnd(g) % (unsigned long long)total);
	for (i = 0; codes[i] != NULL; i++) {
		if (r < weights[i])
			return codes[i];
		r -= weights[i];
	}
	return codes[0];
}

static const char *
enum_pick(struct gen *g, enum field_id id)
{
	const struct enum_value *v = field_table[id].enums;
	int n = 0;

	while (v[n].code != NULL)
		n++;
	return v[rnd(g) % (unsigned long long)n].code;
}

static void
fill_parents(struct gen *g, struct record *r, const char *surname, const char *lbt)
{
	int father_away = strcmp(lbt, "mother_away") != 0;
	int mother_away = strcmp(lbt, "father_away") != 0;
	char ph[12], *name;

	if (strcmp(lbt, "one_away_other_unable") == 0)
		mother_away = 0;
	name = person_name(g, surname, 1);
	record_set(r, F_FATHER_NAME, name);
	free(name);
	record_set(r, F_FATHER_AWAY, father_away ? "1" : "0");
	if (!father_away || pct(g, 92)) {
		phone(g, ph);
		record_set(r, F_FATHER_PHONE, ph);
	}
	if (father_away) {
		record_set(r, F_FATHER_WORK_PLACE, PICK(g, work_places));
		record_set(r, F_FATHER_OCCUPATION, PICK(g, occupations));
		record_set(r, F_FATHER_CONTACT_FREQUENCY, enum_pick(g, F_FATHER_CONTACT_FREQUENCY));
	}
	name = person_name(g, PICK(g, surnames), 0);
	record_set(r, F_MOTHER_NAME, name);
	free(name);
	record_set(r, F_MOTHER_AWAY, mother_away ? "1" : "0");
	if (!mother_away || pct(g, 90)) {
		phone(g, ph);
		record_set(r, F_MOTHER_PHONE, ph);
	}
	if (mother_away) {
		record_set(r, F_MOTHER_WORK_PLACE, PICK(g, work_places));
		record_set(r, F_MOTHER_OCCUPATION, PICK(g, occupations));
		record_set(r, F_MOTHER_CONTACT_FREQUENCY, enum_pick(g, F_MOTHER_CONTACT_FREQUENCY));
	}
}

static void
fill_guardian(struct gen *g, struct record *r, const char *surname, const char *lbt)
{
	static const char *const rel[] = { "grandmother", "grandfather",
	    "maternal_grandmother", "maternal_grandfather", "other_relative", "sibling",
	    "mother", NULL };
	static const int relw[] = { 36, 20, 13, 6, 12, 3, 10 };
	static const char *const edu[] = { "illiterate", "semi_literate", "primary",
	    "junior", "senior", NULL };
	static const int eduw[] = { 15, 15, 40, 24, 6 };
	const char *relation = weighted(g, rel, relw);
	int old, male;
	char ph[12], age[8], *name;

	if (strcmp(relation, "mother") == 0 && strcmp(lbt, "father_away") != 0)
		relation = "grandmother";
	old = strstr(relation, "grand") != NULL;
	male = strstr(relation, "father") != NULL;
	name = person_name(g, strncmp(relation, "maternal", 8) == 0 ?
	    PICK(g, surnames) : surname, male);
	record_set(r, F_GUARDIAN_NAME, strcmp(relation, "mother") == 0 ?
	    record_get(r, F_MOTHER_NAME) : name);
	free(name);
	record_set(r, F_GUARDIAN_RELATION, relation);
	snprintf(age, sizeof age, "%d", old ? between(g, 56, 82) : between(g, 19, 48));
	if (pct(g, 95))
		record_set(r, F_GUARDIAN_AGE, age);
	record_set(r, F_GUARDIAN_HEALTH, pct(g, 60) ? "good" : pct(g, 70) ? "fair" : "poor");
	if (pct(g, 92))
		record_set(r, F_GUARDIAN_EDUCATION, old ? weighted(g, edu, eduw) :
		    pct(g, 60) ? "junior" : "senior");
	if (pct(g, 88)) {
		phone(g, ph);
		record_set(r, F_GUARDIAN_PHONE, ph);
	}
}

static void
fill_child(struct gen *g, struct record *r, int grade, int class_no, int index)
{
	static const char *const lbts[] = { "both_away", "father_away", "mother_away",
	    "one_away_other_unable", NULL };
	static const int lbtw[] = { 55, 26, 9, 10 };
	const char *surname = PICK(g, surnames), *lbt = weighted(g, lbts, lbtw);
	int male = pct(g, 53), first = g->year_start.y - 6 - grade;
	struct date from = { first, 9, 1 }, to = { first + 1, 8, 31 }, birth, since;
	char iso[11], idn[19], buf[96], *name;

	if (grade == 9 && pct(g, 6))	/* repeaters, turning 16 */
		from.y--, to.y--;
	birth = random_day(g, from, to);
	if (index == 7) {	/* a CJK Extension B character */
		surname = "李";
		male = 1;
		name = xstrdup("李𠮷祥");
	} else
		name = person_name(g, surname, male);
	record_set(r, F_NAME, name);
	free(name);
	record_set(r, F_GENDER, male ? "m" : "f");
	date_format(birth, iso);
	record_set(r, F_BIRTH_DATE, iso);
	snprintf(buf, sizeof buf, "%d", grade);
	record_set(r, F_GRADE, buf);
	snprintf(buf, sizeof buf, "%d", class_no);
	record_set(r, F_CLASS_NO, buf);
	if (pct(g, 97)) {
		id_number(g, birth, male, idn);
		record_set(r, F_ID_NUMBER, idn);
		record_set(r, F_HAS_HUKOU, "1");
		record_set(r, F_HUKOU_PLACE, "湖南省永州市双牌县");
		snprintf(buf, sizeof buf, "G%s", idn);
		record_set(r, F_STUDENT_NO, buf);
	} else {
		record_set(r, F_HAS_HUKOU, "0");
		record_set(r, F_HARDSHIP, "no_hukou");
	}
	record_set(r, F_ETHNICITY, pct(g, 90) ? "汉族" : pct(g, 60) ? "瑶族" : "苗族");
	record_set(r, F_BOARDING, grade >= 7 && pct(g, 60) ? "1" : "0");
	record_set(r, F_LEFT_BEHIND_TYPE, lbt);
	since.y = birth.y + between(g, 1, 6);
	since.m = between(g, 1, 12);
	since.d = 1;
	if (date_to_days(since) > date_to_days(g->today))	/* never in the future */
		since = g->year_start;
	date_format(since, iso);
	record_set(r, F_LEFT_BEHIND_SINCE, iso);
	record_set(r, F_GUARDIANSHIP, pct(g, 50) ? "good" : pct(g, 80) ? "fair" : "poor");
	if (record_get(r, F_HARDSHIP) == NULL && pct(g, 12))
		record_set(r, F_HARDSHIP, enum_pick(g, F_HARDSHIP));
	record_set(r, F_HEALTH, pct(g, 80) ? "good" : pct(g, 75) ? "fair" : "poor");
	if (pct(g, 15))
		record_set(r, F_HEALTH_NOTE, "视力弱，需复查");
	if (pct(g, 88))
		record_set(r, F_PERSONALITY, PICK(g, personalities));
	if (pct(g, 85))
		record_set(r, F_HOBBIES, PICK(g, hobbies));
	record_set(r, F_STUDY, pct(g, 15) ? "excellent" : pct(g, 40) ? "good" :
	    pct(g, 70) ? "average" : "poor");
	if (pct(g, 90))
		record_set(r, F_BEHAVIOUR, PICK(g, behaviours));
	if (pct(g, 80))
		record_set(r, F_PSYCHOLOGY, PICK(g, psychologies));
	record_set(r, F_FAMILY_ECONOMY, pct(g, 15) ? "well_off" : pct(g, 65) ? "ordinary" :
	    "hard");
	record_set(r, F_INCOME_SOURCES, pct(g, 70) ? "work" : "work,farming");
	if (pct(g, 15))
		record_set(r, F_ASSISTANCE, "dibao");
	snprintf(buf, sizeof buf, "太平山镇%s%d组", PICK(g, villages), between(g, 1, 12));
	if (pct(g, 93))
		record_set(r, F_ADDRESS, buf);
	if (pct(g, 90))
		record_set(r, F_LIVING, PICK(g, livings));
	fill_parents(g, r, surname, lbt);
	fill_guardian(g, r, surname, lbt);
}

static int
add_helpers(struct gen *g, int nclasses, struct err *e)
{
	static const char *const kinds[] = { "volunteer", "proxy_parent", "elder", "cadre",
	    "student" };
	struct helper h;
	char ph[12];
	int i;

	for (i = 0; i < nclasses + g->nvolunteer; i++) {
		memset(&h, 0, sizeof h);
		uuid_from_rng(h.id, &g->st);
		h.name = i < nclasses ? xasprintf("%s老师", PICK(g, surnames)) :
		    person_name(g, PICK(g, surnames), pct(g, 30));
		h.kind = xstrdup(i < nclasses ? "teacher" : PICK(g, kinds));
		phone(g, ph);
		h.phone = xstrdup(ph);
		h.organisation = xstrdup(i < nclasses ? "太平山镇中心学校" :
		    strcmp(h.kind, "cadre") == 0 ? "太平山镇妇联" : "太平山镇关工委");
		if (store_helper_save(g->s, &h, e) != 0) {
			helper_clear(&h);
			return -1;
		}
		memcpy(i < nclasses ? g->teacher[i] : g->volunteer[i - nclasses], h.id,
		    sizeof h.id);
		helper_clear(&h);
		g->n.helpers++;
	}
	return 0;
}

static int
add_pairing(struct gen *g, const struct record *r, int cls, struct err *e)
{
	struct pairing p;
	struct date from = { g->year_start.y - 1, 9, 1 };
	char iso[11];
	int teacher = pct(g, 60), ret;

	memset(&p, 0, sizeof p);
	uuid_from_rng(p.id, &g->st);
	memcpy(p.child_id, r->id, sizeof p.child_id);
	memcpy(p.helper_id, teacher ? g->teacher[cls] :
	    g->volunteer[rnd(g) % (unsigned long long)g->nvolunteer], sizeof p.helper_id);
	p.role = xstrdup(teacher ? "teacher" : "proxy_parent");
	date_format(random_day(g, from, g->year_start), iso);
	p.start = xstrdup(iso);
	ret = store_pairing_save(g->s, &p, e);
	pairing_clear(&p);
	if (ret == 0)
		g->n.pairings++;
	return ret;
}

/* Pairing (most children), care records of this school year, and
 * checklist confirmations for one saved child. */
static int
add_child_extras(struct gen *g, const struct record *r, int cls, struct err *e)
{
	struct date last_from = { g->year_start.y - 1, 9, 1 },
	    last_to = { g->year_start.y, 6, 30 };
	struct care c;
	char iso[11];
	int i, k, ret, ncare = between(g, 0, 4);

	if (pct(g, 93) && add_pairing(g, r, cls, e) != 0)
		return -1;
	for (i = 0; i < ncare; i++) {
		memset(&c, 0, sizeof c);
		uuid_from_rng(c.id, &g->st);
		memcpy(c.child_id, r->id, sizeof c.child_id);
		memcpy(c.helper_id, g->teacher[cls], sizeof c.helper_id);
		date_format(random_day(g, g->year_start, g->today), iso);
		c.date = xstrdup(iso);
		k = (int)(rnd(g) % (sizeof care_kinds / sizeof care_kinds[0]));
		c.kind = xstrdup(care_kinds[k]);
		c.summary = xstrdup(care_summaries[k]);
		if (strcmp(c.kind, "aid") == 0)
			c.amount = 100.0 * between(g, 2, 10);
		else if (strcmp(c.kind, "gift") == 0)
			c.amount = 50.0 * between(g, 1, 6);
		ret = store_care_add(g->s, &c, e);
		care_clear(&c);
		if (ret != 0)
			return -1;
		g->n.care++;
	}
	if (pct(g, 70)) {	/* confirmed this year; some last year (stale) */
		date_format(pct(g, 85) ? random_day(g, g->year_start, g->today) :
		    random_day(g, last_from, last_to), iso);
		for (i = 1; i <= 7; i++)
			if (store_checklist_confirm(g->s, r->id, i, iso, e) != 0)
				return -1;
	}
	return 0;
}

/* One group activity per class (a 主题班会) with every child of the class. */
static int
add_group_activities(struct gen *g, char (*ids)[UUID_LEN + 1], const int *cls, int n,
    int nclasses, struct err *e)
{
	struct care c;
	char gid[UUID_LEN + 1], iso[11];
	int k, i;

	for (k = 0; k < nclasses; k++) {
		uuid_from_rng(gid, &g->st);
		date_format(random_day(g, g->year_start, g->today), iso);
		for (i = 0; i < n; i++) {
			if (cls[i] != k)
				continue;
			memset(&c, 0, sizeof c);
			uuid_from_rng(c.id, &g->st);
			memcpy(c.child_id, ids[i], sizeof c.child_id);
			memcpy(c.helper_id, g->teacher[k], sizeof c.helper_id);
			c.group_id = xstrdup(gid);
			c.date = xstrdup(iso);
			c.kind = xstrdup("group_activity");
			c.summary = xstrdup("“我的家乡”主题班会");
			if (store_care_add(g->s, &c, e) != 0) {
				care_clear(&c);
				return -1;
			}
			care_clear(&c);
			g->n.care++;
		}
	}
	return 0;
}

static int
finish_classes(struct gen *g, int nclasses, struct err *e)
{
	int k, grade, number, cnt, enrolled;

	for (k = 0; k < nclasses; k++) {
		grade = k / g->nclass_per_grade + 1;
		number = k % g->nclass_per_grade + 1;
		cnt = g->class_count[k];
		/* left-behind children are 12-30% of a class */
		enrolled = cnt * 100 / between(g, 12, 30);
		if (enrolled < 20)
			enrolled = between(g, 20, 48);
		if (enrolled < cnt)
			enrolled = cnt;
		if (store_class_set_enrolled(g->s, grade, number, enrolled, e) != 0 ||
		    store_class_set_head_teacher(g->s, grade, number, g->teacher[k], e) != 0)
			return -1;
	}
	return 0;
}

static int
set_school(struct gen *g, struct err *e)
{
	struct school sc;
	char ys[11];
	int ret;

	if (store_school_get(g->s, &sc, e) != 0)
		return -1;
	if (str_empty(sc.name))
		xstrset(&sc.name, "太平山镇中心学校");
	xstrset(&sc.township, "太平山镇");
	xstrset(&sc.county, "双牌县");
	date_format(g->year_start, ys);
	xstrset(&sc.year_start, ys);
	ret = store_school_set(g->s, &sc, e);
	school_clear(&sc);
	return ret;
}

static int
fill(struct gen *g, int children, struct err *e)
{
	int nclasses = 9 * g->nclass_per_grade, i, k, ret = -1;
	char (*ids)[UUID_LEN + 1] = xcalloc((size_t)children, sizeof *ids);
	int *cls = xcalloc((size_t)children, sizeof *cls);
	struct record r;

	if (set_school(g, e) != 0 || add_helpers(g, nclasses, e) != 0)
		goto out;
	for (i = 0; i < children; i++) {
		k = (int)(rnd(g) % (unsigned long long)nclasses);
		record_init(&r);
		uuid_from_rng(r.id, &g->st);
		fill_child(g, &r, k / g->nclass_per_grade + 1, k % g->nclass_per_grade + 1, i);
		if (store_child_save(g->s, &r, e) != 0 || add_child_extras(g, &r, k, e) != 0) {
			record_clear(&r);
			goto out;
		}
		memcpy(ids[i], r.id, sizeof ids[i]);
		cls[i] = k;
		g->class_count[k]++;
		g->n.children++;
		record_clear(&r);
	}
	if (add_group_activities(g, ids, cls, children, nclasses, e) != 0 ||
	    finish_classes(g, nclasses, e) != 0)
		goto out;
	g->n.classes = nclasses;
	ret = 0;
out:
	free(ids);
	free(cls);
	return ret;
}

int
demo_fill(struct store *s, const struct demo_opts *o, struct demo_counts *out,
    struct err *e)
{
	struct gen g;
	char detail[64];
	int has, ret = -1, per;

	memset(&g, 0, sizeof g);
	memset(out, 0, sizeof *out);
	if (o->children < 1 || o->children > 200000) {
		err_set(e, ERR_USAGE, _("--children takes a number from 1 to 200000"));
		return -1;
	}
	if (store_has_data(s, &has, e) != 0)
		return -1;
	if (has) {
		err_set(e, ERR_USAGE, _("%s already holds records; demo only fills an empty "
		    "database (use --db with a new file)"), store_path(s));
		return -1;
	}
	g.st = o->seed ^ 0x5eed5eedULL;
	g.s = s;
	g.today = date_today();
	g.year_start = date_school_year_start(g.today);
	/* about nine left-behind children a class, at most 99 classes a grade */
	per = (o->children + 80) / 81;
	g.nclass_per_grade = per < 1 ? 1 : per > 99 ? 99 : per;
	g.class_count = xcalloc((size_t)(9 * g.nclass_per_grade), sizeof *g.class_count);
	g.teacher = xcalloc((size_t)(9 * g.nclass_per_grade), sizeof *g.teacher);
	g.nvolunteer = o->children / 12 + 2;
	g.volunteer = xcalloc((size_t)g.nvolunteer, sizeof *g.volunteer);
	if (store_begin(s, e) != 0)
		goto out;
	store_bulk_begin(s);
	ret = fill(&g, o->children, e);
	store_bulk_end(s);
	snprintf(detail, sizeof detail, "children=%d seed=%llu", g.n.children, o->seed);
	if (ret == 0)
		ret = store_audit_event(s, "demo", detail, e);
	if (ret == 0)
		ret = store_commit(s, e);
	else
		store_rollback(s);
	if (ret == 0)
		*out = g.n;
out:
	free(g.class_count);
	free(g.teacher);
	free(g.volunteer);
	return ret;
}

int
app_demo_fill(struct app *a, const struct demo_opts *o, struct demo_counts *out,
    struct err *e)
{
	return demo_fill(a->store, o, out, e);
}
