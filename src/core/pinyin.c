/* pinyin.c — toneless Mandarin readings of names, for search (zsy finds
 * 张思远) and for ordering names the way a Chinese teacher expects.
 *
 * The per-character readings come from Unihan kMandarin through a table
 * generated at build time (gen-pinyin.sh → pinyin-table.h: sorted code
 * points and an index into ~410 syllables, found by binary search).  A
 * name's first character is read as a surname, where many characters are
 * read differently (单 shan, 曾 zeng, 解 xie …). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/pinyin.h"
#include "src/core/pinyin-table.h"

/* Surnames whose reading differs from the character's first reading. */
static const struct surname {
	const char *chars;	/* one or two characters */
	const char *syl[2];
} surnames[] = {
	{ "尉迟", { "yu", "chi" } },
	{ "万俟", { "mo", "qi" } },
	{ "单于", { "chan", "yu" } },
	{ "长孙", { "zhang", "sun" } },
	{ "单", { "shan", NULL } },
	{ "曾", { "zeng", NULL } },
	{ "解", { "xie", NULL } },
	{ "仇", { "qiu", NULL } },
	{ "朴", { "piao", NULL } },
	{ "查", { "zha", NULL } },
	{ "区", { "ou", NULL } },
	{ "覃", { "qin", NULL } },
	{ "翟", { "zhai", NULL } },
	{ "盖", { "ge", NULL } },
	{ "乐", { "yue", NULL } },
	{ "缪", { "miao", NULL } },
	{ "尉", { "wei", NULL } },
	{ "秘", { "bi", NULL } },
	{ "种", { "chong", NULL } },
	{ "繁", { "po", NULL } },
	{ "句", { "gou", NULL } },
	{ "召", { "shao", NULL } },
	{ "折", { "she", NULL } },
	{ "隗", { "wei", NULL } },
	{ "祭", { "zhai", NULL } },
	{ "员", { "yun", NULL } },
	{ "能", { "nai", NULL } },
	{ "重", { "chong", NULL } },
	{ "柏", { "bai", NULL } },
	{ "沈", { "shen", NULL } },
	{ "贾", { "jia", NULL } },
	{ "宁", { "ning", NULL } },
	{ "薄", { "bo", NULL } },
	{ "藏", { "zang", NULL } },
	{ "莘", { "shen", NULL } },
	{ "冼", { "xian", NULL } },
	{ "过", { "guo", NULL } },
	{ "粘", { "nian", NULL } },
};

const char *
pinyin_of(uint32_t cp)
{
	size_t lo = 0, hi = PINYIN_CHARS, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pinyin_cp[mid] == cp)
			return pinyin_syllable[pinyin_idx[mid]];
		if (pinyin_cp[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* One unit of a name: a syllable, or text kept as written. */
struct piece {
	const char *syl;	/* a reading, or NULL */
	const char *text;	/* else these bytes */
	size_t len;
	int after_syl;		/* the piece before was a syllable */
};

/* Walk the name, calling fn for each piece.  Blanks and punctuation
 * (· between the parts of minority names) are skipped. */
static void
walk(const char *name, void (*fn)(struct buf *, const struct piece *),
    struct buf *b)
{
	const char *p = name;
	size_t len = strlen(name), n, i, k;
	struct piece pc = { NULL, NULL, 0, 0 };
	uint32_t cp;
	int first = 1;

	while (len > 0 && *p == ' ')
		p++, len--;
	while (len > 0) {
		if (first) {
			first = 0;
			for (i = 0; i < sizeof surnames / sizeof surnames[0]; i++) {
				k = strlen(surnames[i].chars);
				if (strncmp(p, surnames[i].chars, k) != 0)
					continue;
				for (n = 0; n < 2 && surnames[i].syl[n]; n++) {
					pc.syl = surnames[i].syl[n];
					fn(b, &pc);
					pc.after_syl = 1;
				}
				p += k, len -= k;
				break;
			}
			continue;
		}
		n = utf8_decode(p, len, &cp);
		if (n == 0) {	/* not UTF-8: skip the byte */
			p++, len--;
			continue;
		}
		pc.syl = pinyin_of(cp);
		pc.text = p;
		pc.len = n;
		if (pc.syl != NULL || (cp < 0x80 && ((cp >= '0' && cp <= '9') ||
		    ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))) ||
		    (cp >= 0x80 && utf8_cp_width(cp) == 2 && cp != 0x3000 &&
		    !(cp >= 0x3000 && cp <= 0x303f) && !(cp >= 0xff00 && cp <= 0xffef))) {
			fn(b, &pc);
			pc.after_syl = pc.syl != NULL;
		}
		p += n, len -= n;
	}
}

static void
add_lower(struct buf *b, const struct piece *pc)
{
	size_t i;

	for (i = 0; i < pc->len; i++) {
		char c = pc->text[i];
		buf_addc(b, c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c);
	}
}

static void
add_full(struct buf *b, const struct piece *pc)
{
	if (pc->syl != NULL)
		buf_adds(b, pc->syl);
	else
		add_lower(b, pc);
}

static void
add_initial(struct buf *b, const struct piece *pc)
{
	if (pc->syl != NULL)
		buf_addc(b, pc->syl[0]);
	else
		add_lower(b, pc);
}

/* Syllables separated by blanks, so that li ming sorts before lin;
 * letters and digits as written stay together. */
static void
add_spaced(struct buf *b, const struct piece *pc)
{
	if (b->len > 0 && (pc->syl != NULL || pc->after_syl))
		buf_addc(b, ' ');
	add_full(b, pc);
}

char *
pinyin_full(const char *name)
{
	struct buf b = BUF_INIT;

	walk(name != NULL ? name : "", add_full, &b);
	buf_adds(&b, "");
	return buf_detach(&b);
}

char *
pinyin_initials(const char *name)
{
	struct buf b = BUF_INIT;

	walk(name != NULL ? name : "", add_initial, &b);
	buf_adds(&b, "");
	return buf_detach(&b);
}

char *
pinyin_sort_key(const char *name)
{
	struct buf b = BUF_INIT;

	walk(name != NULL ? name : "", add_spaced, &b);
	/* a tab sorts below the blank and every letter: 李明 before 李明华 */
	buf_addc(&b, '\t');
	buf_adds(&b, name != NULL ? name : "");
	return buf_detach(&b);
}
