/* test-pdf-own.c — the builtin PDF engine (pdf-own.c over ttf.c and
 * pdfwrite.c, the one Windows prints with), built here whatever backend
 * the program uses, with the same layout engine (pdf.c, pdf-layout.c).
 *
 * It renders a table over several pages, a grid of cards and a form with
 * Chinese, ASCII, an Extension B character and a character no font has,
 * and checks with the poppler tools (and qpdf when installed) that the
 * file is valid, that pdftotext reads the Chinese and the "Page N of M"
 * footers back, that the page count is the engine's, and that the font is
 * embedded as a small subset.  A font made here from the real one, with a
 * format 12 cmap, checks that 𠮷 is found and extracted.
 *
 * Needs a TrueType CJK font (GUANAI_PDF_FONT, else WenQuanYi Micro Hei from
 * fonts-wqy-microhei) and poppler-utils; skipped (77) without them. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/io/pdf.h"
#include "../../src/io/ttf.h"
#include "t.h"

#define MICROHEI "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

static char tmpdir[] = "/tmp/test-pdf-own.XXXXXX";

struct job {
	int rows, cards, forms;
	const char *extra;	/* in the intro and in one cell */
};

static int
produce(struct pdf *p, void *ctx, struct err *e)
{
	const struct job *j = ctx;
	static const struct pdf_col cols[] = {
		{ "序号", 0.6, PDF_RIGHT, "999" }, { "姓名", 1.5, PDF_CENTER, NULL },
		{ "备注 Remark", 5, PDF_LEFT, NULL },
	};
	char no[16], name[32], *why;
	const char *cells[3];

	(void)e;
	pdf_text(p, j->extra, 11, 1, PDF_LEFT);
	if (j->rows > 0) {
		pdf_table_begin(p, cols, 3, 9);
		for (int i = 1; i <= j->rows; i++) {
			snprintf(no, sizeof no, "%d", i);
			snprintf(name, sizeof name, "张小明%03d", i);
			/* every 5th row wraps: Chinese and long ASCII words */
			why = i % 5 == 0 ? xasprintf("开始%03d 父母在广东打工，由祖父母照顧，"
			    "需要每周家访 internationalization-words-stay-whole "
			    "and some more English text to wrap 结束%03d", i, i) :
			    i == 3 ? xstrdup(j->extra) : xstrdup("good");
			cells[0] = no, cells[1] = name, cells[2] = why;
			pdf_table_row(p, cells, i % 10 == 0);
			free(why);
		}
		pdf_table_end(p);
	}
	for (int i = 0; i < j->cards; i++) {
		const char *lines[3] = { "监护人：王奶奶 13800000000", "父亲：李建国",
		    "住址：湖南省邵阳市某某县某某乡某某村三组" };

		snprintf(name, sizeof name, "卡片%02d", i);
		pdf_card(p, name, "三(2)班", lines, 3);
	}
	for (int i = 0; i < j->forms; i++) {
		struct pdf_form_item items[12];
		int n = 0;

		items[n++] = (struct pdf_form_item){ "基本情况", NULL, 0, 1 };
		items[n++] = (struct pdf_form_item){ "姓名", "刘晓燕", 1, 0 };
		items[n++] = (struct pdf_form_item){ "性别", "女", 1, 0 };
		items[n++] = (struct pdf_form_item){ "出生日期", "2015-03-08", 1, 0 };
		items[n++] = (struct pdf_form_item){ "父母", NULL, 0, 1 };
		items[n++] = (struct pdf_form_item){ "父亲", "刘大山 外出务工", 2, 0 };
		items[n++] = (struct pdf_form_item){ "联系电话", "", 1, 0 };
		items[n++] = (struct pdf_form_item){ "备注", j->extra, 3, 0 };
		pdf_form(p, items, n, "填表人：________  审核：________  日期：________");
	}
	return 0;
}

static int
render(const struct job *j, const char *path)
{
	struct pdf_setup s = { .school = "关爱小学", .title = "留守儿童花名册",
	    .mark = "内部资料 注意保密", .generated = "张老师 2026-12-07" };
	struct err e = { 0, "" };
	FILE *fp = fopen(path, "wb");
	int pages = -1;

	if (fp == NULL)
		return -1;
	if (pdf_render(&s, produce, (void *)j, fp, &pages, &e) != 0) {
		fprintf(stderr, "render: %s\n", e.msg);
		pages = -1;
	}
	fclose(fp);
	return pages;
}

/* Output of the shell command cmd with every %P replaced by 'path';
 * caller frees. */
static char *
run(const char *tmpl, const char *path)
{
	struct buf c = BUF_INIT;
	char *cmd;
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;
	FILE *fp;

	for (const char *t = tmpl; *t != '\0'; t++) {
		if (t[0] == '%' && t[1] == 'P') {
			buf_addf(&c, "'%s'", path);
			t++;
		} else {
			buf_addc(&c, *t);
		}
	}
	cmd = buf_detach(&c);
	fp = popen(cmd, "r");
	free(cmd);
	if (fp == NULL)
		return xstrdup("");
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	pclose(fp);
	return b.s != NULL ? buf_detach(&b) : xstrdup("");
}

static int
count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *s = hay; (s = strstr(s, needle)) != NULL; s += strlen(needle))
		n++;
	return n;
}

static long
file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* The file is valid: qpdf (when installed) finds no error, poppler renders
 * every page and reads the font without a complaint, and the font is an
 * embedded subset with a ToUnicode map. */
static void
check_valid(const char *path, int pages)
{
	char *out, want[32], *fmt;

	if (system("qpdf --version >/dev/null 2>&1") == 0) {
		out = run("qpdf --check %P 2>&1 >/dev/null; echo rc=$?", path);
		T_STREQ(out, "rc=0\n");
		free(out);
	}
	out = run("pdfinfo %P 2>&1 | sed -n 's/^Pages: *//p'", path);
	snprintf(want, sizeof want, "%d\n", pages);
	T_STREQ(out, want);
	free(out);
	/* rendering reads every glyph of the embedded font */
	fmt = xasprintf("pdftoppm -r 20 -gray %%P '%s/page' 2>&1 >/dev/null | head -5",
	    tmpdir);
	out = run(fmt, path);
	T_STREQ(out, "");
	free(out);
	free(fmt);
	out = run("pdffonts %P 2>&1 | tail -n +3", path);
	T_INTEQ(count(out, "\n"), 1);	/* one font */
	T_CHECK(strstr(out, "CID TrueType") != NULL);
	T_CHECK(strstr(out, "Identity-H") != NULL);
	T_CHECK(strstr(out, "yes yes yes") != NULL);	/* emb sub uni */
	free(out);
}

/* The number of glyphs of the FontFile2 embedded in the PDF (stored
 * uncompressed when zlib is not built in); -1 when it cannot be read. */
static long
embedded_glyphs(const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[4096], *l1, *st;
	size_t n;
	long glyphs = -1;

	if (fp == NULL)
		return -1;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	l1 = memmem(b.s, b.len, "/Length1 ", 9);
	if (l1 != NULL && memmem(l1, 80, "FlateDecode", 11) == NULL &&
	    (st = memmem(l1, b.len - (size_t)(l1 - b.s), "stream\n", 7)) != NULL) {
		const unsigned char *f = (const unsigned char *)st + 7;
		unsigned nt = f[4] << 8 | f[5];

		for (unsigned i = 0; i < nt; i++) {
			const unsigned char *r = f + 12 + 16 * i;
			unsigned long off = (unsigned long)r[8] << 24 | r[9] << 16 |
			    r[10] << 8 | r[11];

			if (memcmp(r, "maxp", 4) == 0)
				glyphs = f[off + 4] << 8 | f[off + 5];
		}
	}
	buf_free(&b);
	return glyphs;
}

static void
test_document(const char *font)
{
	/* U+10FFFD: no font has it */
	struct job j = { 120, 10, 2, "说明 Intro 𠮷 \xf4\x8f\xbf\xbd 缺字" };
	char *path = xasprintf("%s/doc.pdf", tmpdir), *txt, *page, *next, want[64];
	int pages = render(&j, path), k = 0;
	struct err e = { 0, "" };
	struct ttf *f;
	long glyphs;

	T_CHECK(pages > 4);
	if (pages < 0)
		return;
	check_valid(path, pages);
	txt = run("pdftotext -layout %P -", path);
	T_INTEQ(count(txt, "\f"), pages);
	for (page = txt; *page != '\0'; page = next + 1, k++) {
		next = strchr(page, '\f');
		if (next == NULL)
			break;
		*next = '\0';
		T_INTEQ(count(page, "留守儿童花名册"), 1);
		T_INTEQ(count(page, "关爱小学"), 1);
		T_INTEQ(count(page, "内部资料 注意保密"), 1);
		snprintf(want, sizeof want, "Page %d of %d", k + 1, pages);
		T_INTEQ(count(page, want), 1);
	}
	T_INTEQ(k, pages);
	free(txt);
	txt = run("pdftotext %P -", path);
	/* every name once; a wrapped row's long word was not split */
	for (int i = 1; i <= j.rows; i++) {
		snprintf(want, sizeof want, "张小明%03d", i);
		T_INTEQ(count(txt, want), 1);
	}
	T_INTEQ(count(txt, "internationalization-words-stay-whole"), j.rows / 5);
	T_INTEQ(count(txt, "父母在广东打工"), j.rows / 5);
	T_INTEQ(count(txt, "卡片09"), 1);
	T_INTEQ(count(txt, "刘晓燕"), 2);
	T_INTEQ(count(txt, "填表人"), 2);
	/* a character the font lacks is drawn as □, the text around it stays,
	 * and it extracts as itself: 𠮷 and U+10FFFD each */
	T_CHECK(count(txt, "Intro") >= 3);
	T_CHECK(count(txt, "缺字") >= 3);
	T_CHECK(count(txt, "𠮷") >= 3);
	T_CHECK(count(txt, "\xf4\x8f\xbf\xbd") >= 3);
	free(txt);

	/* a subset: far fewer glyphs than the font, and a small file */
	f = ttf_open(font, 0, &e);
	T_CHECK(f != NULL);
	glyphs = embedded_glyphs(path);
	if (glyphs >= 0 && f != NULL) {
		T_CHECK(glyphs > 100);
		T_CHECK(glyphs < 400);
		T_CHECK((unsigned)glyphs * 50 < ttf_num_glyphs(f));
	}
	T_CHECK(file_size(path) < 200 * 1024);
	ttf_free(f);
	free(path);
}

/* ---- a font with a format 12 cmap -------------------------------------- */

static void
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v >> 8), p[1] = (unsigned char)v;
}

static void
put32(unsigned char *p, unsigned long v)
{
	put16(p, (unsigned)(v >> 16)), put16(p + 2, (unsigned)(v & 0xffff));
}

/* The subset of glyphs {.notdef, 关, 国, A} of the real font, with a cmap
 * of format 12 only: 关 → 1, 国 → 2, 𠮷 → 3 (the A's outline). */
static int
make_font12(const char *font, const char *out)
{
	struct err e = { 0, "" };
	struct ttf *f = ttf_open(font, 0, &e);
	struct buf sub = BUF_INIT;
	unsigned gids[4], ng, nt;
	unsigned char cmap[16 + 12 + 3 * 12], *d;
	size_t len;
	FILE *fp;

	if (f == NULL)
		return -1;
	gids[0] = 0, gids[1] = ttf_glyph(f, 0x5173), gids[2] = ttf_glyph(f, 0x56fd);
	gids[3] = ttf_glyph(f, 'A');
	if (ttf_subset(f, gids, 4, &sub, &ng, &e) != 0)
		return -1;
	ttf_free(f);
	memset(cmap, 0, sizeof cmap);
	put16(cmap + 2, 1);			/* one subtable */
	put16(cmap + 4, 3), put16(cmap + 6, 10), put32(cmap + 8, 12);
	put16(cmap + 12, 12);			/* format 12 */
	put32(cmap + 16, sizeof cmap - 12), put32(cmap + 24, 3);
	put32(cmap + 28, 0x5173), put32(cmap + 32, 0x5173), put32(cmap + 36, 1);
	put32(cmap + 40, 0x56fd), put32(cmap + 44, 0x56fd), put32(cmap + 48, 2);
	put32(cmap + 52, 0x20bb7), put32(cmap + 56, 0x20bb7), put32(cmap + 60, 3);
	/* a new directory with the cmap added at the end of the file (the
	 * order of the records does not matter to the reader) */
	nt = (unsigned)((unsigned char)sub.s[4] << 8 | (unsigned char)sub.s[5]);
	len = sub.len + 16 + sizeof cmap;
	d = xcalloc(len, 1);
	memcpy(d, sub.s, 12 + 16 * (size_t)nt);
	put16(d + 4, nt + 1);
	for (unsigned i = 0; i < nt; i++) {	/* the tables move 16 bytes on */
		unsigned char *r = d + 12 + 16 * i;
		unsigned long off = (unsigned long)r[8] << 24 | r[9] << 16 |
		    r[10] << 8 | r[11];

		put32(r + 8, off + 16);
	}
	memcpy(d + 12 + 16 * (nt + 1), sub.s + 12 + 16 * nt, sub.len - 12 - 16 * nt);
	memcpy(d + 12 + 16 * nt, "cmap", 4);
	put32(d + 12 + 16 * nt + 8, sub.len + 16);
	put32(d + 12 + 16 * nt + 12, sizeof cmap);
	memcpy(d + sub.len + 16, cmap, sizeof cmap);
	fp = fopen(out, "wb");
	if (fp == NULL || fwrite(d, 1, len, fp) != len)
		return -1;
	fclose(fp);
	free(d);
	buf_free(&sub);
	return 0;
}

/* Glyph g of the subset sub is glyph og of the font orig: the same
 * outline, and for a composite the same parts, renumbered. */
static int
same_glyph(const struct ttf *sub, unsigned g, const struct ttf *orig, unsigned og,
    int depth)
{
	size_t l1, l2, off = 10;
	const unsigned char *a = ttf_glyph_data(sub, g, &l1);
	const unsigned char *b = ttf_glyph_data(orig, og, &l2);
	unsigned flags;

	if (l1 != l2 || depth > 4)
		return 0;
	if (l1 == 0 || (b[0] & 0x80) == 0)	/* empty, or contours >= 0 */
		return l1 == 0 || memcmp(a, b, l1) == 0;
	if (memcmp(a, b, 10) != 0)
		return 0;
	do {	/* each part: flags, glyph, arguments, transform */
		size_t n = 4 + ((b[off + 1] & 0x1) ? 4 : 2);

		flags = (unsigned)b[off] << 8 | b[off + 1];
		n += (flags & 0x8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0;
		if (off + n > l1 || memcmp(a + off, b + off, 2) != 0 ||
		    memcmp(a + off + 4, b + off + 4, n - 4) != 0 ||
		    !same_glyph(sub, (unsigned)a[off + 2] << 8 | a[off + 3], orig,
		    (unsigned)b[off + 2] << 8 | b[off + 3], depth + 1))
			return 0;
		off += n;
	} while (flags & 0x20);
	return 1;
}

static int
produce_small(struct pdf *p, void *ctx, struct err *e)
{
	(void)ctx, (void)e;
	pdf_text(p, "关𠮷国", 20, 0, PDF_LEFT);
	return 0;
}

static void
test_format12(const char *font)
{
	char *ttf = xasprintf("%s/f12.ttf", tmpdir), *path, *txt;
	struct pdf_setup s = { .school = "国", .title = "关" };
	struct err e = { 0, "" };
	struct ttf *f, *orig;
	FILE *fp;
	int pages = -1;

	T_INTEQ(make_font12(font, ttf), 0);
	f = ttf_open(ttf, 0, &e);
	T_CHECK(f != NULL);
	if (f == NULL)
		return;
	T_INTEQ(ttf_glyph(f, 0x5173), 1);
	T_INTEQ(ttf_glyph(f, 0x20bb7), 3);
	T_INTEQ(ttf_glyph(f, 0x20bb8), 0);
	T_INTEQ(ttf_glyph(f, 'A'), 0);
	T_CHECK(ttf_num_glyphs(f) > 4);	/* 国 is made of parts: they came too */
	/* each glyph of the subset is the outline of the original glyph */
	orig = ttf_open(font, 0, &e);
	T_CHECK(orig != NULL);
	for (unsigned k = 0; orig != NULL && k < 4; k++) {
		unsigned og = k == 0 ? 0 : ttf_glyph(orig, k == 1 ? 0x5173 :
		    k == 2 ? 0x56fd : 'A');

		T_CHECK(same_glyph(f, k, orig, og, 0));
		T_INTEQ(ttf_advance(f, k), ttf_advance(orig, og));
	}
	ttf_free(orig);
	ttf_free(f);
	setenv("GUANAI_PDF_FONT", ttf, 1);
	path = xasprintf("%s/f12.pdf", tmpdir);
	fp = fopen(path, "wb");
	T_INTEQ(pdf_render(&s, produce_small, NULL, fp, &pages, &e), 0);
	fclose(fp);
	T_INTEQ(pages, 1);
	check_valid(path, 1);
	txt = run("pdftotext %P -", path);
	T_CHECK(strstr(txt, "关𠮷国") != NULL);
	free(txt);
	free(path);
	free(ttf);
}

/* A damaged font is refused or read within its bounds, never beyond (the
 * sanitizer build sees any read outside): the small font of test_format12
 * cut short at every length and with bytes changed at random. */
static void
test_damaged(void)
{
	char *ttf = xasprintf("%s/f12.ttf", tmpdir), *bad = xasprintf("%s/bad.ttf", tmpdir);
	unsigned char *d, *m;
	size_t len;
	long sz = file_size(ttf);
	unsigned seed = 16, opened = 0;
	FILE *fp = fopen(ttf, "rb");

	T_CHECK(fp != NULL && sz > 0);
	if (fp == NULL || sz <= 0)
		return;
	len = (size_t)sz;
	d = xmalloc(len);
	m = xmalloc(len);
	T_INTEQ(fread(d, 1, len, fp), len);
	fclose(fp);
	for (unsigned round = 0; round < 600; round++) {
		size_t n = len;
		struct err e = { 0, "" };
		struct ttf *f;

		memcpy(m, d, len);
		if (round < 300) {
			n = len * round / 300;		/* cut short */
		} else {
			for (int k = 0; k < 8; k++) {	/* changed bytes */
				seed = seed * 1103515245u + 12345u;
				m[(seed >> 8) % len] = (unsigned char)(seed >> 20);
			}
		}
		fp = fopen(bad, "wb");
		if (fp == NULL || fwrite(m, 1, n, fp) != n)
			break;
		fclose(fp);
		f = ttf_open(bad, 0, &e);
		if (f != NULL) {
			unsigned gids[4] = { 0, ttf_glyph(f, 0x5173), ttf_glyph(f, 0x56fd),
			    ttf_glyph(f, 0x20bb7) }, ng;
			struct buf out = BUF_INIT;

			opened++;
			for (unsigned g = 0; g < 6; g++)
				(void)ttf_advance(f, g);
			(void)ttf_subset(f, gids, 4, &out, &ng, &e);
			buf_free(&out);
			ttf_free(f);
		} else {
			T_CHECK(e.code == ERR_IO);
		}
	}
	T_CHECK(opened > 0);
	free(d);
	free(m);
	free(ttf);
	free(bad);
}

/* No usable font: the clear error, nothing half-written. */
static void
test_no_font(void)
{
	struct pdf_setup s = { .school = "S", .title = "T" };
	struct err e = { 0, "" };
	char *path = xasprintf("%s/none.pdf", tmpdir);
	FILE *fp = fopen(path, "wb");

	setenv("GUANAI_PDF_FONT", "/nonexistent/font.ttc", 1);
	T_INTEQ(pdf_render(&s, produce_small, NULL, fp, NULL, &e), -1);
	T_INTEQ(e.code, ERR_IO);
	T_CHECK(strstr(e.msg, "GUANAI_PDF_FONT") != NULL);
	fclose(fp);
	T_INTEQ(file_size(path), 0);
	free(path);
}

int
main(void)
{
	const char *font = getenv("GUANAI_PDF_FONT");
	char *cmd;

	if (font == NULL || *font == '\0')
		font = MICROHEI;
	if (access(font, R_OK) != 0) {
		printf("test-pdf-own: no TrueType CJK font (%s; install "
		    "fonts-wqy-microhei), skipped\n", font);
		return 77;
	}
	if (system("pdftotext -v >/dev/null 2>&1") != 0 ||
	    system("pdffonts -v >/dev/null 2>&1") != 0) {
		puts("test-pdf-own: poppler-utils missing, skipped");
		return 77;
	}
	if (mkdtemp(tmpdir) == NULL)
		return 1;
	setenv("GUANAI_PDF_FONT", font, 1);
	test_document(font);
	test_format12(font);
	test_damaged();
	test_no_font();
	cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (getenv("TEST_PDF_KEEP") == NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
	free(cmd);
	return t_done("test-pdf-own");
}
