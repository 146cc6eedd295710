/* pinyin.c — toneless Mandarin readings of names, for search (zsy finds
 * 张思远) and for ordering names the way a Chinese teacher expects.
 *
 * The per-character readings come from Unihan through a table generated
 * at build time (gen-pinyin.sh → pinyin-table.h: sorted code points and
 * an index into ~420 syllables, found by binary search): the first
 * reading of kMandarin, and a second, small table of the other readings
 * (kMandarin, kTGHZ2013, kXHC1983).  A name's first character (or double
 * surname) is read as a surname, one way (单 shan, 曾 zeng, 澹台 tantai);
 * every other character every way it can be read, the likeliest for a
 * name first (长 chang, then zhang).  pinyin_each enumerates the readings
 * of a name by the sum of the ranks of the readings picked, so the search
 * index (store/search.c) holds the likeliest ones when a name has more
 * than PINYIN_MAX_READINGS; pinyin_full, pinyin_initials and the sort key
 * are the likeliest reading. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/pinyin.h"
#include "src/core/pinyin-table.h"

/* Double surnames (复姓) of the national list, each with its reading:
 * 澹台 is Tántái, not dàn tái; 万俟 Mòqí; 单于 Chányú; 乐正 Yuèzhèng.
 * Where the reading differs from the first character read as a surname
 * and the second as a given name (单于飞 may also be Shàn Yúfēi), that
 * reading is kept as another one (compound_options). */
static const struct compound {
	const char *chars;
	const char *syl[2];
} compounds[] = {
	{ "欧阳", { "ou", "yang" } }, { "司马", { "si", "ma" } },
	{ "上官", { "shang", "guan" } }, { "诸葛", { "zhu", "ge" } },
	{ "东方", { "dong", "fang" } }, { "皇甫", { "huang", "fu" } },
	{ "尉迟", { "yu", "chi" } }, { "公孙", { "gong", "sun" } },
	{ "慕容", { "mu", "rong" } }, { "长孙", { "zhang", "sun" } },
	{ "宇文", { "yu", "wen" } }, { "司徒", { "si", "tu" } },
	{ "令狐", { "ling", "hu" } }, { "钟离", { "zhong", "li" } },
	{ "端木", { "duan", "mu" } }, { "万俟", { "mo", "qi" } },
	{ "单于", { "chan", "yu" } }, { "轩辕", { "xuan", "yuan" } },
	{ "夏侯", { "xia", "hou" } }, { "独孤", { "du", "gu" } },
	{ "南宫", { "nan", "gong" } }, { "百里", { "bai", "li" } },
	{ "呼延", { "hu", "yan" } }, { "拓跋", { "tuo", "ba" } },
	{ "拓拔", { "tuo", "ba" } }, { "闻人", { "wen", "ren" } },
	{ "东郭", { "dong", "guo" } }, { "西门", { "xi", "men" } },
	{ "公冶", { "gong", "ye" } }, { "太史", { "tai", "shi" } },
	{ "申屠", { "shen", "tu" } }, { "亓官", { "qi", "guan" } },
	{ "仲孙", { "zhong", "sun" } }, { "司空", { "si", "kong" } },
	{ "濮阳", { "pu", "yang" } }, { "淳于", { "chun", "yu" } },
	{ "鲜于", { "xian", "yu" } }, { "闾丘", { "lv", "qiu" } },
	{ "左丘", { "zuo", "qiu" } }, { "羊舌", { "yang", "she" } },
	{ "微生", { "wei", "sheng" } }, { "乐正", { "yue", "zheng" } },
	{ "梁丘", { "liang", "qiu" } }, { "段干", { "duan", "gan" } },
	{ "宰父", { "zai", "fu" } }, { "谷梁", { "gu", "liang" } },
	{ "公西", { "gong", "xi" } }, { "漆雕", { "qi", "diao" } },
	{ "巫马", { "wu", "ma" } }, { "子车", { "zi", "ju" } },
	{ "颛孙", { "zhuan", "sun" } }, { "壤驷", { "rang", "si" } },
	{ "公良", { "gong", "liang" } }, { "澹台", { "tan", "tai" } },
	{ "赫连", { "he", "lian" } }, { "公羊", { "gong", "yang" } },
	{ "宗政", { "zong", "zheng" } }, { "太叔", { "tai", "shu" } },
	{ "司寇", { "si", "kou" } }, { "仉督", { "zhang", "du" } },
	{ "夹谷", { "jia", "gu" } }, { "东门", { "dong", "men" } },
	{ "南门", { "nan", "men" } }, { "归海", { "gui", "hai" } },
	{ "商牟", { "shang", "mou" } }, { "佘佴", { "she", "nai" } },
	{ "伯赏", { "bo", "shang" } }, { "第五", { "di", "wu" } },
	{ "公户", { "gong", "hu" } }, { "公玉", { "gong", "yu" } },
	{ "公仪", { "gong", "yi" } }, { "公皙", { "gong", "xi" } },
	{ "公乘", { "gong", "sheng" } }, { "叱干", { "chi", "gan" } },
	{ "完颜", { "wan", "yan" } },
};

/* One character and a reading of it.  surnames[]: single surnames whose
 * reading differs from the character's first reading. */
static const struct reading {
	const char *chars;	/* one character */
	const char *syl;
} surnames[] = {
	{ "单", "shan" }, { "曾", "zeng" }, { "解", "xie" }, { "仇", "qiu" },
	{ "朴", "piao" }, { "查", "zha" }, { "区", "ou" }, { "覃", "qin" },
	{ "翟", "zhai" }, { "盖", "ge" }, { "乐", "yue" }, { "缪", "miao" },
	{ "尉", "wei" }, { "秘", "bi" }, { "种", "chong" }, { "繁", "po" },
	{ "句", "gou" }, { "召", "shao" }, { "折", "she" }, { "隗", "wei" },
	{ "祭", "zhai" }, { "员", "yun" }, { "能", "nai" }, { "重", "chong" },
	{ "柏", "bai" }, { "沈", "shen" }, { "贾", "jia" }, { "宁", "ning" },
	{ "薄", "bo" }, { "藏", "zang" }, { "莘", "shen" }, { "冼", "xian" },
	{ "过", "guo" }, { "粘", "nian" }, { "卜", "bu" }, { "长", "chang" },
	{ "都", "du" }, { "乜", "nie" }, { "郇", "xun" }, { "么", "yao" },
	{ "阚", "kan" }, { "佴", "nai" },
};

/* Given-name characters whose likeliest reading in a name is not the
 * character's first: 长江 chang, 晟 sheng (晟睿), 朝阳 zhao, 地 di (not
 * the particle de), 劲松 jing, 靓 liang, 泊 bo (淡泊).  That reading
 * comes first (the name's pinyin and sort key use it); the others are
 * still indexed. */
static const struct reading given[] = {
	{ "长", "chang" }, { "晟", "sheng" }, { "朝", "zhao" }, { "地", "di" },
	{ "劲", "jing" }, { "靓", "liang" }, { "泊", "bo" }, { "珩", "heng" },
	{ "隽", "jun" }, { "芾", "fu" }, { "焘", "tao" }, { "莘", "xin" },
	{ "莞", "wan" }, { "溱", "zhen" }, { "偲", "si" },
};

/* Readings names have that neither kMandarin nor the two modern
 * dictionaries give (玟 min: kHanyuPinyin only, whose other classical
 * readings — 明 meng, 家 gu … — would triple the table for nothing). */
static const struct reading given_more[] = {
	{ "玟", "min" },
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

/* The other readings of a code point (not its first), in the order of
 * the sources; returns how many were put in out[0..max). */
static size_t
others_of(uint32_t cp, const char **out, size_t max)
{
	size_t lo = 0, hi = PINYIN_OTHERS, mid, n = 0;

	while (lo < hi) {	/* the first entry >= cp */
		mid = lo + (hi - lo) / 2;
		if (pinyin_other_cp[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < PINYIN_OTHERS && pinyin_other_cp[lo] == cp && n < max; lo++)
		out[n++] = pinyin_syllable[pinyin_other_idx[lo]];
	return n;
}

/* A reading of one position of a name: one syllable, or two for a double
 * surname. */
struct opt {
	const char *syl[2];
};

/* One unit of a name: a character (or a double surname) with its
 * readings, or text kept as written (nopt 0). */
#define MAX_OPTS 4
struct pos {
	struct opt opt[MAX_OPTS];
	int nopt;
	const char *text;
	size_t len;
};

struct name {
	struct pos *pos;
	size_t n, cap;
};

static struct pos *
pos_add(struct name *nm)
{
	if (nm->n == nm->cap) {
		nm->cap = nm->cap ? nm->cap * 2 : 8;
		nm->pos = xrealloc(nm->pos, nm->cap * sizeof *nm->pos);
	}
	memset(&nm->pos[nm->n], 0, sizeof nm->pos[0]);
	return &nm->pos[nm->n++];
}

static void
opt_add(struct pos *ps, const char *a, const char *b)
{
	int i;

	if (ps->nopt == MAX_OPTS || a == NULL)
		return;
	for (i = 0; i < ps->nopt; i++)
		if (strcmp(ps->opt[i].syl[0], a) == 0 && (ps->opt[i].syl[1] == b ||
		    (b != NULL && ps->opt[i].syl[1] != NULL &&
		    strcmp(ps->opt[i].syl[1], b) == 0)))
			return;
	ps->opt[ps->nopt].syl[0] = a;
	ps->opt[ps->nopt].syl[1] = b;
	ps->nopt++;
}

static const char *
table_find(const struct reading *t, size_t n, const char *p, size_t len)
{
	size_t i;

	/* the first byte first: most of a name's parse was strlen and memcmp
	 * over these tables (bench/README.md, issue 15) */
	for (i = 0; i < n; i++)
		if (t[i].chars[0] == p[0] && strlen(t[i].chars) == len &&
		    memcmp(p, t[i].chars, len) == 0)
			return t[i].syl;
	return NULL;
}

#define NSURNAMES (sizeof surnames / sizeof surnames[0])

/* The reading of one character as a surname: the table's, else its first. */
static const char *
surname_of(const char *p, size_t len, uint32_t cp)
{
	const char *syl = table_find(surnames, NSURNAMES, p, len);

	return syl != NULL ? syl : pinyin_of(cp);
}

/* Every reading of a given-name character, the likeliest first. */
static void
given_options(struct pos *ps, const char *p, size_t len, uint32_t cp)
{
	const char *o[MAX_OPTS];
	size_t i, n;

	opt_add(ps, table_find(given, sizeof given / sizeof given[0], p, len), NULL);
	opt_add(ps, pinyin_of(cp), NULL);
	n = others_of(cp, o, MAX_OPTS);
	for (i = 0; i < n; i++)
		opt_add(ps, o[i], NULL);
	opt_add(ps, table_find(given_more, sizeof given_more / sizeof given_more[0], p,
	    len), NULL);
}

/* A double surname at p: its reading, then the first character read as a
 * surname with each reading of the second.  Returns its length, 0 none. */
static size_t
compound_options(struct pos *ps, const char *p, size_t len)
{
	const struct compound *c;
	struct pos second;
	size_t i, k, n1, n2;
	uint32_t cp1, cp2;
	int j;

	for (i = 0; i < sizeof compounds / sizeof compounds[0]; i++) {
		c = &compounds[i];
		/* the first character's bytes first (p is NUL-terminated) */
		if (c->chars[0] != p[0] || c->chars[1] != p[1] || c->chars[2] != p[2])
			continue;
		k = strlen(c->chars);
		if (k > len || memcmp(p, c->chars, k) != 0)
			continue;
		opt_add(ps, c->syl[0], c->syl[1]);
		n1 = utf8_decode(p, k, &cp1);
		n2 = n1 > 0 ? utf8_decode(p + n1, k - n1, &cp2) : 0;
		if (n2 > 0) {
			memset(&second, 0, sizeof second);
			given_options(&second, p + n1, n2, cp2);
			for (j = 0; j < second.nopt; j++)
				opt_add(ps, surname_of(p, n1, cp1), second.opt[j].syl[0]);
		}
		return k;
	}
	return 0;
}

/* Does a code point belong in the pinyin (letters, digits, CJK), as
 * opposed to blanks and punctuation (· between the parts of minority
 * names), which are skipped? */
static int
kept(uint32_t cp, const char *syl)
{
	if (syl != NULL)
		return 1;
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	return utf8_cp_width(cp) == 2 && !(cp >= 0x3000 && cp <= 0x303f) &&
	    !(cp >= 0xff00 && cp <= 0xffef);
}

/* Split a name into positions: the first character (or double surname)
 * read as a surname, one reading; every other character with all its
 * readings. */
static void
parse(const char *name, struct name *nm)
{
	const char *p = name != NULL ? name : "";
	size_t len = strlen(p), n;
	struct pos *ps;
	uint32_t cp;
	int first = 1;

	memset(nm, 0, sizeof *nm);
	while (len > 0 && *p == ' ')
		p++, len--;
	while (len > 0) {
		n = utf8_decode(p, len, &cp);
		if (n == 0) {	/* not UTF-8: skip the byte */
			p++, len--;
			continue;
		}
		if (first) {
			first = 0;
			ps = pos_add(nm);
			if ((n = compound_options(ps, p, len)) > 0) {
				p += n, len -= n;
				continue;
			}
			n = utf8_decode(p, len, &cp);
			opt_add(ps, surname_of(p, n, cp), NULL);
		} else if (kept(cp, pinyin_of(cp))) {
			ps = pos_add(nm);
			given_options(ps, p, n, cp);
		} else {
			p += n, len -= n;
			continue;
		}
		if (ps->nopt == 0) {
			if (!kept(cp, NULL)) {
				nm->n--;
				p += n, len -= n;
				continue;
			}
			ps->text = p;
			ps->len = n;
		}
		p += n, len -= n;
	}
}

enum style { FULL, INITIALS, SPACED };

static void
add_lower(struct buf *b, const struct pos *ps)
{
	size_t i;

	for (i = 0; i < ps->len; i++) {
		char c = ps->text[i];
		buf_addc(b, c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c);
	}
}

/* The reading choosing option pick[k] at each position k.  SPACED: the
 * syllables separated by blanks, so that li ming sorts before lin;
 * letters and digits as written stay together. */
static void
render(const struct name *nm, const int *pick, enum style how, struct buf *b)
{
	const struct opt *o;
	size_t k;
	int j, after_syl = 0;

	buf_reset(b);
	for (k = 0; k < nm->n; k++) {
		if (nm->pos[k].nopt == 0) {
			if (how == SPACED && after_syl && b->len > 0)
				buf_addc(b, ' ');
			add_lower(b, &nm->pos[k]);
			after_syl = 0;
			continue;
		}
		o = &nm->pos[k].opt[pick != NULL ? pick[k] : 0];
		for (j = 0; j < 2 && o->syl[j] != NULL; j++) {
			if (how == SPACED && b->len > 0)
				buf_addc(b, ' ');
			if (how == INITIALS)
				buf_addc(b, o->syl[j][0]);
			else
				buf_adds(b, o->syl[j]);
		}
		after_syl = 1;
	}
	buf_adds(b, "");
}

/* Enumeration of the readings, the likeliest first: by the sum of the
 * ranks of the options picked (0 = a character's likeliest reading),
 * earlier positions keeping their likelier reading longer. */
struct each {
	const struct name *nm;
	int *pick;
	int *room;		/* room[k]: the largest rank sum of positions k.. */
	size_t max, count;
	char **seen;		/* the full readings given, for duplicates */
	struct buf full, ini;
	pinyin_fn fn;
	void *arg;
};

static void
emit(struct each *ea)
{
	size_t i;

	render(ea->nm, ea->pick, FULL, &ea->full);
	for (i = 0; i < ea->count; i++)
		if (strcmp(ea->seen[i], ea->full.s) == 0)
			return;
	ea->seen[ea->count++] = xstrdup(ea->full.s);
	render(ea->nm, ea->pick, INITIALS, &ea->ini);
	ea->fn(ea->arg, ea->full.s, ea->ini.s);
}

static void
ranks(struct each *ea, size_t k, int left)
{
	int r, top;

	if (ea->count >= ea->max)
		return;
	if (k == ea->nm->n) {
		if (left == 0)
			emit(ea);
		return;
	}
	if (left > ea->room[k])
		return;
	top = ea->nm->pos[k].nopt > 0 ? ea->nm->pos[k].nopt - 1 : 0;
	for (r = 0; r <= top && r <= left; r++) {
		ea->pick[k] = r;
		ranks(ea, k + 1, left - r);
	}
}

size_t
pinyin_each(const char *name, size_t max, pinyin_fn fn, void *arg)
{
	struct name nm;
	struct each ea;
	size_t k, i;
	int sum;

	parse(name, &nm);
	memset(&ea, 0, sizeof ea);
	ea.nm = &nm;
	ea.max = max;
	ea.fn = fn;
	ea.arg = arg;
	ea.pick = xcalloc(nm.n + 1, sizeof *ea.pick);
	ea.room = xcalloc(nm.n + 1, sizeof *ea.room);
	ea.seen = xcalloc(max + 1, sizeof *ea.seen);
	for (k = nm.n; k-- > 0;)
		ea.room[k] = ea.room[k + 1] + (nm.pos[k].nopt > 1 ? nm.pos[k].nopt - 1 : 0);
	for (sum = 0; sum <= ea.room[0] && ea.count < max; sum++)
		ranks(&ea, 0, sum);
	for (i = 0; i < ea.count; i++)
		free(ea.seen[i]);
	free(ea.seen);
	free(ea.pick);
	free(ea.room);
	free(nm.pos);
	buf_free(&ea.full);
	buf_free(&ea.ini);
	return ea.count;
}

/* The likeliest reading in one style. */
static char *
first_reading(const char *name, enum style how)
{
	struct buf b = BUF_INIT;
	struct name nm;

	parse(name, &nm);
	render(&nm, NULL, how, &b);
	free(nm.pos);
	return buf_detach(&b);
}

char *
pinyin_full(const char *name)
{
	return first_reading(name, FULL);
}

char *
pinyin_initials(const char *name)
{
	return first_reading(name, INITIALS);
}

char *
pinyin_sort_key(const char *name)
{
	char *s = first_reading(name, SPACED), *key;

	/* a tab sorts below the blank and every letter: 李明 before 李明华 */
	key = xasprintf("%s\t%s", s, name != NULL ? name : "");
	free(s);
	return key;
}
