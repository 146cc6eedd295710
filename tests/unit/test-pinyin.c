/* test-pinyin.c — unit tests of core/pinyin: readings, surname overrides,
 * initials, characters without a reading, the sort order of names, every
 * reading of a name (长 chang/zhang …, double surnames), and the share of
 * tests/data/names-1500.tsv found by every reasonable reading (≥ 95%). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/core/pinyin.h"
#include "t.h"

#define T_PY(fn, name, want) do {					\
	char *t_s = fn(name);						\
	T_STREQ(t_s, want);						\
	free(t_s);							\
} while (0)

static int
key_cmp(const void *a, const void *b)
{
	char *ka = pinyin_sort_key(*(const char *const *)a);
	char *kb = pinyin_sort_key(*(const char *const *)b);
	int c = strcmp(ka, kb);

	free(ka);
	free(kb);
	return c;
}

static void
test_sort(void)
{
	const char *names[] = { "张三", "白雪", "安心", "李明华", "林东", "李明",
	    "曾小红", "单丽", "Anna", "陈晨" };
	const char *want[] = { "安心", "Anna", "白雪", "陈晨", "李明", "李明华",
	    "林东", "单丽", "曾小红", "张三" };
	size_t i, n = sizeof names / sizeof names[0];

	qsort(names, n, sizeof names[0], key_cmp);
	for (i = 0; i < n; i++)
		T_STREQ(names[i], want[i]);
}

/* The binary search finds every reading only if the generated table is
 * sorted: nearly all of the basic CJK block has one. */
static void
test_table(void)
{
	uint32_t cp;
	int found = 0;

	for (cp = 0x4e00; cp <= 0x9fa5; cp++)
		found += pinyin_of(cp) != NULL;
	T_CHECK(found > 20000);
}

/* The readings pinyin_each gives, "full/initials" each. */
struct got {
	char *r[PINYIN_MAX_READINGS];
	size_t n;
};

static void
collect(void *arg, const char *full, const char *initials)
{
	struct got *g = arg;
	size_t n = strlen(full) + strlen(initials) + 2;

	if (g->n < PINYIN_MAX_READINGS) {
		g->r[g->n] = malloc(n);
		snprintf(g->r[g->n++], n, "%s/%s", full, initials);
	}
}

static void
got_free(struct got *g)
{
	while (g->n > 0)
		free(g->r[--g->n]);
}

static int
has(const struct got *g, const char *want)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		if (strcmp(g->r[i], want) == 0)
			return 1;
	return 0;
}

/* name is found by the query q: a full reading starts with q or the
 * initials are q (what the search index answers). */
static int
finds(const char *name, const char *q)
{
	struct got g = { { NULL }, 0 };
	size_t i, qn = strlen(q);
	int yes = 0;
	char *slash;

	pinyin_each(name, PINYIN_MAX_READINGS, collect, &g);
	for (i = 0; i < g.n; i++) {
		slash = strchr(g.r[i], '/');
		if ((size_t)(slash - g.r[i]) >= qn && strncmp(g.r[i], q, qn) == 0)
			yes = 1;
		if (strncmp(slash + 1, q, qn) == 0)	/* the prefixes are indexed */
			yes = 1;
	}
	got_free(&g);
	return yes;
}

#define T_FINDS(name, q) T_CHECK(finds(name, q))
#define T_MISSES(name, q) T_CHECK(!finds(name, q))

/* The polyphone cases of issue 13 and the double surnames. */
static void
test_readings(void)
{
	struct got g = { { NULL }, 0 };

	T_FINDS("张长江", "zcj");
	T_FINDS("张长江", "zhangchangjiang");
	T_FINDS("张长江", "zzj");
	T_FINDS("张长江", "zhangzhangjiang");
	T_MISSES("张长江", "ccj");	/* the surname keeps its one reading */
	T_PY(pinyin_full, "张长江", "zhangchangjiang");	/* likeliest first */
	T_FINDS("覃晟睿", "qsr");
	T_FINDS("覃晟睿", "qcr");
	T_FINDS("覃晟睿", "qinshengrui");
	T_FINDS("覃晟睿", "qinchengrui");
	T_MISSES("覃晟睿", "tsr");
	T_PY(pinyin_full, "覃晟睿", "qinshengrui");
	T_FINDS("澹台明", "tt");
	T_FINDS("澹台明", "tantai");
	T_FINDS("澹台明", "ttm");
	T_PY(pinyin_full, "澹台明", "tantaiming");
	T_FINDS("单于飞", "cy");
	T_FINDS("单于飞", "chanyufei");
	T_FINDS("单于飞", "syf");	/* also read as 单 + 于飞 */
	T_FINDS("乐正和", "yz");
	T_FINDS("乐正和", "yuezhenghe");
	T_FINDS("曾小红", "zeng");
	T_MISSES("曾小红", "ceng");
	T_FINDS("万俟行", "mqx");
	T_FINDS("万俟行", "moqihang");
	T_FINDS("王乐乐", "wll");
	T_FINDS("王乐乐", "wyy");
	T_FINDS("王乐乐", "wangyuele");
	T_FINDS("李重行", "lichonghang");
	T_FINDS("张朝阳", "zhangzhaoyang");
	T_FINDS("张朝阳", "zcy");
	T_PY(pinyin_full, "张朝阳", "zhangzhaoyang");
	T_FINDS("长孙无忌", "zhangsunwuji");
	T_FINDS("尉迟恭", "ycg");
	T_FINDS("上官婉儿", "sgwe");
	T_FINDS("司马光", "smg");
	T_FINDS("诸葛亮", "zhugeliang");
	T_FINDS("诸葛亮", "zgl");
	T_FINDS("子车明", "zijuming");
	/* each reading once, the likeliest first, both forms */
	T_INTEQ((int)pinyin_each("张长江", PINYIN_MAX_READINGS, collect, &g), 2);
	T_STREQ(g.r[0], "zhangchangjiang/zcj");
	T_STREQ(g.r[1], "zhangzhangjiang/zzj");
	got_free(&g);
	/* bounded: 和和和和和和 has 3^5 readings of its given name */
	T_INTEQ((int)pinyin_each("和和和和和和", PINYIN_MAX_READINGS, collect, &g), 16);
	T_STREQ(g.r[0], "hehehehehehe/hhhhhh");
	got_free(&g);
	T_INTEQ((int)pinyin_each("和和和和和和", 3, collect, &g), 3);
	got_free(&g);
	T_INTEQ((int)pinyin_each("", PINYIN_MAX_READINGS, collect, &g), 1);
	T_STREQ(g.r[0], "/");
	got_free(&g);
	T_INTEQ((int)pinyin_each(NULL, PINYIN_MAX_READINGS, collect, &g), 1);
	got_free(&g);
}

/* The share of a realistic set of names found by every reasonable
 * reading (full pinyin and initials), each written by hand in the file;
 * the misses are listed.  Also how often the likeliest reading (the sort
 * order) is the one the file gives first. */
static void
test_names_1500(void)
{
	const char *dir = getenv("GUANAI_SRCDIR");
	char path[4096], line[1024], full[256], ini[64], want[330], *name, *tab, *r;
	struct got g = { { NULL }, 0 };
	int names = 0, found = 0, first = 0, ok;
	size_t i, fn, in;
	FILE *fp;

	snprintf(path, sizeof path, "%s/tests/data/names-1500.tsv", dir != NULL ? dir : "..");
	fp = fopen(path, "r");
	T_CHECK(fp != NULL);
	if (fp == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		line[strcspn(line, "\n")] = '\0';
		name = line;
		if ((tab = strchr(line, '\t')) == NULL)
			continue;
		*tab = '\0';
		names++;
		pinyin_each(name, PINYIN_MAX_READINGS, collect, &g);
		ok = 1;
		for (r = strtok(tab + 1, "\t"); r != NULL; r = strtok(NULL, "\t")) {
			fn = in = 0;
			for (i = 0; r[i] != '\0' && fn + 1 < sizeof full; i++) {
				if (r[i] == ' ')
					continue;
				if ((i == 0 || r[i - 1] == ' ') && in + 1 < sizeof ini)
					ini[in++] = r[i];
				full[fn++] = r[i];
			}
			full[fn] = ini[in] = '\0';
			snprintf(want, sizeof want, "%s/%s", full, ini);
			if (r == tab + 1 && g.n > 0 && strcmp(g.r[0], want) == 0)
				first++;
			else if (r == tab + 1)
				fprintf(stderr, "names-1500: %s sorted as %s, not %s\n", name,
				    g.n > 0 ? g.r[0] : "", want);
			if (!has(&g, want)) {
				if (ok)
					fprintf(stderr, "names-1500: %s not found by", name);
				fprintf(stderr, " %s", want);
				ok = 0;
			}
		}
		if (!ok)
			fprintf(stderr, "\n");
		found += ok;
		got_free(&g);
	}
	fclose(fp);
	fprintf(stderr, "names-1500: %d of %d names (%.1f%%) found by every reading; "
	    "likeliest reading first for %d (%.1f%%)\n", found, names,
	    names ? 100.0 * found / names : 0.0, first, names ? 100.0 * first / names : 0.0);
	T_INTEQ(names, 1500);
	T_CHECK(found * 100 >= names * 95);
	T_CHECK(first * 100 >= names * 95);
}

int
main(void)
{
	test_table();
	T_STREQ(pinyin_of(0x5f20), "zhang");	/* 张 */
	T_STREQ(pinyin_of(0x7eff), "lv");	/* 绿: ü as v */
	T_STREQ(pinyin_of(0x5973), "nv");	/* 女 */
	T_STREQ(pinyin_of(0x3400), "qiu");	/* Extension A, first entry */
	T_CHECK(pinyin_of('a') == NULL);
	T_CHECK(pinyin_of(0x20bb7) == NULL);	/* 𠮷: no kMandarin */
	T_CHECK(pinyin_of(0x10ffff) == NULL);
	T_CHECK(pinyin_of(0) == NULL);

	T_PY(pinyin_full, "张思远", "zhangsiyuan");
	T_PY(pinyin_initials, "张思远", "zsy");
	T_PY(pinyin_full, "曾小红", "zengxiaohong");	/* not ceng */
	T_PY(pinyin_full, "小曾", "xiaoceng");	/* only a surname is zeng */
	T_PY(pinyin_full, "单丽", "shanli");	/* not dan */
	T_PY(pinyin_full, "解放", "xiefang");
	T_PY(pinyin_full, "仇梅", "qiumei");
	T_PY(pinyin_full, "朴永", "piaoyong");
	T_PY(pinyin_full, "区华", "ouhua");
	T_PY(pinyin_full, "翟明", "zhaiming");
	T_PY(pinyin_full, "乐乐", "yuele");
	T_PY(pinyin_initials, "尉迟恭", "ycg");
	T_PY(pinyin_full, "吕绿", "lvlv");
	T_PY(pinyin_full, "阿依古丽·买买提", "ayigulimaimaiti");
	T_PY(pinyin_full, " 张 三 ", "zhangsan");
	T_PY(pinyin_full, "Anna李", "annali");
	T_PY(pinyin_initials, "Anna李", "annal");
	T_PY(pinyin_full, "𠮷祥", "𠮷xiang");	/* Extension B kept */
	T_PY(pinyin_initials, "𠮷祥", "𠮷x");
	T_PY(pinyin_full, "", "");
	T_PY(pinyin_full, NULL, "");
	T_PY(pinyin_full, "\xff\xfe张", "zhang");	/* invalid bytes skipped */
	T_PY(pinyin_sort_key, "张思远", "zhang si yuan\t张思远");
	test_sort();
	test_readings();
	test_names_1500();
	return t_done("test-pinyin");
}
