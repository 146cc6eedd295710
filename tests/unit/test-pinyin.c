/* test-pinyin.c — unit tests of core/pinyin: readings, surname overrides,
 * initials, characters without a reading, and the sort order of names. */
#include "config.h"

#include <stdint.h>
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
	return t_done("test-pinyin");
}
