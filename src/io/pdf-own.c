/* pdf-own.c — the builtin backend of the PDF engine (pdf-private.h): no
 * library.  A TrueType font with Chinese glyphs (GUANAI_PDF_FONT, else the
 * first of plat_cjk_fonts() that has 关) gives the advance widths; text is
 * laid out here (one character, one glyph, from the cmap: Chinese needs no
 * shaping), drawn as 2-byte glyph ids of a Type0/CIDFontType2 font with
 * Identity-H, and embedded at the end as a subset (ttf.c) with a ToUnicode
 * CMap so the text can be extracted.  The file is written by pdfwrite.c.
 * The default on Windows.
 *
 * Line breaking follows pango's WORD_CHAR: between any two Chinese
 * characters (but not before closing punctuation), after a space, and
 * inside an ASCII word only when the word alone is wider than the line. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "pdf-private.h"
#include "pdfwrite.h"
#include "ttf.h"

#define CP_GUAN 0x5173		/* 关: the font must have it */
#define CP_ELLIPSIS 0x2026

struct pdfb_doc {
	struct ttf *font;
	unsigned substitute;	/* glyph for characters the font lacks */
};

struct pdfb_out {
	struct pdfb_doc *d;
	struct ttf *font;
	struct pdfw *w;		/* NULL when measuring */
	double pw, ph;
	double r, g, b;		/* text colour */
	struct buf page;	/* content of the current page */
	unsigned *pages, npages;
	unsigned pages_obj, font_obj, info_obj;
	char *title;
	/* the glyphs used, in the order met: CID = glyph of the subset */
	unsigned *cid_of, *gid_of, ncid;	/* cid_of[gid] 0 = none yet */
	uint32_t *uni_of;
};

struct line {
	unsigned start, end;	/* code points [start, end) */
	double w;		/* points, without trailing spaces */
	int ellipsis;		/* "…" drawn after it */
};

struct pdfb_lay {
	uint32_t *cp;
	unsigned *gid;
	double *adv;		/* at 1 point */
	unsigned n, cap;
	struct line *lines;
	unsigned nlines, lcap;
	double size, width, maxw, lineh, ascent;
	int bold;
	enum pdf_align align;
};

/* ---- the font ---------------------------------------------------------- */

static struct ttf *
try_font(const char *path)
{
	struct err e = { 0, "" };
	struct ttf *f = ttf_open(path, 0, &e);

	err_clear(&e);
	if (f != NULL && ttf_glyph(f, CP_GUAN) == 0) {
		ttf_free(f);
		f = NULL;
	}
	return f;
}

struct pdfb_doc *
pdfb_doc_new(const struct pdf_setup *s, struct err *e)
{
	const char *env = s->font != NULL ? s->font : getenv("GUANAI_PDF_FONT");
	struct pdfb_doc *d;
	struct ttf *f = NULL;
	char **paths;
	long n;

	if (env != NULL && *env != '\0') {
		f = try_font(env);
		if (f == NULL) {
			err_set(e, ERR_IO, _("the font %s (GUANAI_PDF_FONT) cannot be "
			    "read or has no Chinese characters"), env);
			return NULL;
		}
	} else {
		n = plat_cjk_fonts(&paths);
		for (long i = 0; i < n; i++) {
			if (f == NULL)
				f = try_font(paths[i]);
			free(paths[i]);
		}
		free(paths);
	}
	if (f == NULL) {
		err_set(e, ERR_IO, _("no font with Chinese characters was found; "
		    "install a TrueType Chinese font (SimSun, Microsoft YaHei, "
		    "WenQuanYi Micro Hei) or name one in GUANAI_PDF_FONT"));
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->font = f;
	d->substitute = ttf_glyph(f, 0x25a1);	/* □ */
	if (d->substitute == 0)
		d->substitute = ttf_glyph(f, '?');
	return d;
}

void
pdfb_doc_free(struct pdfb_doc *d)
{
	if (d == NULL)
		return;
	ttf_free(d->font);
	free(d);
}

int
pdfb_check_font(struct pdfb_out *o, struct err *e)
{
	(void)o, (void)e;
	return 0;	/* pdfb_doc_new found one with 关 */
}

/* ---- the output -------------------------------------------------------- */

struct pdfb_out *
pdfb_out_new(struct pdfb_doc *d, const struct pdf_setup *s, FILE *fp, double pw,
    double ph)
{
	struct pdfb_out *o = xcalloc(1, sizeof *o);

	o->d = d;
	o->font = d->font;
	o->pw = pw;
	o->ph = ph;
	if (fp == NULL)
		return o;
	o->w = pdfw_new(fp);
	o->pages_obj = pdfw_reserve(o->w);
	o->font_obj = pdfw_reserve(o->w);
	o->info_obj = pdfw_reserve(o->w);
	o->title = xstrdup(s->pdf_title != NULL ? s->pdf_title :
	    s->title != NULL ? s->title : "");
	o->cid_of = xcalloc(ttf_num_glyphs(d->font) + 1, sizeof *o->cid_of);
	o->gid_of = xcalloc(1, sizeof *o->gid_of);
	o->uni_of = xcalloc(1, sizeof *o->uni_of);
	o->ncid = 1;		/* CID 0 is .notdef */
	return o;
}

static unsigned
new_cid(struct pdfb_out *o, unsigned gid, uint32_t cp)
{
	o->gid_of = xrealloc(o->gid_of, (o->ncid + 1) * sizeof *o->gid_of);
	o->uni_of = xrealloc(o->uni_of, (o->ncid + 1) * sizeof *o->uni_of);
	o->gid_of[o->ncid] = gid;
	o->uni_of[o->ncid] = cp;
	return o->ncid++;
}

/* The CID of a glyph drawn for character cp.  A character the font lacks
 * is drawn with the substitute's shape but gets a CID of its own, so the
 * text still extracts as that character (a name with 𠮷 stays findable). */
static unsigned
cid_for(struct pdfb_out *o, unsigned gid, uint32_t cp)
{
	if (gid == 0)
		return 0;
	if (gid == o->d->substitute && ttf_glyph(o->font, cp) != gid) {
		for (unsigned c = 1; c < o->ncid; c++)
			if (o->gid_of[c] == gid && o->uni_of[c] == cp)
				return c;
		return new_cid(o, gid, cp);
	}
	if (o->cid_of[gid] == 0)
		o->cid_of[gid] = new_cid(o, gid, cp);
	return o->cid_of[gid];
}

void
pdfb_show_page(struct pdfb_out *o)
{
	unsigned c, pg;

	if (o->w == NULL)
		return;
	c = pdfw_reserve(o->w);
	pdfw_stream(o->w, c, "", buf_str(&o->page), o->page.len);
	pg = pdfw_reserve(o->w);
	pdfw_begin(o->w, pg);
	pdfw_printf(o->w, "<< /Type /Page /Parent %u 0 R /MediaBox [0 0 %.3f %.3f] "
	    "/Resources << /Font << /F1 %u 0 R >> >> /Contents %u 0 R >>",
	    o->pages_obj, o->pw, o->ph, o->font_obj, c);
	pdfw_end(o->w);
	o->pages = xrealloc(o->pages, (o->npages + 1) * sizeof *o->pages);
	o->pages[o->npages++] = pg;
	buf_reset(&o->page);
}

static void
utf16_hex(struct buf *b, uint32_t c)
{
	if (c >= 0x10000) {
		c -= 0x10000;
		buf_addf(b, "%04X%04X", 0xd800 + (unsigned)(c >> 10),
		    0xdc00 + (unsigned)(c & 0x3ff));
	} else {
		buf_addf(b, "%04X", (unsigned)c);
	}
}

/* The font: Type0 over a CIDFontType2 whose CIDs are the glyphs of the
 * embedded subset (CIDToGIDMap Identity), widths in W, and a ToUnicode
 * CMap from each CID to its character. */
static int
write_font(struct pdfb_out *o, struct err *e)
{
	struct ttf *f = o->font;
	double k = 1000.0 / ttf_units_per_em(f);
	unsigned cid_font = pdfw_reserve(o->w), desc = pdfw_reserve(o->w);
	unsigned file = pdfw_reserve(o->w), tounicode = pdfw_reserve(o->w);
	struct buf sub = BUF_INIT, b = BUF_INIT;
	unsigned nglyphs, hash = 2166136261u;
	char tag[8], *dict;
	int bbox[4];

	if (ttf_subset(f, o->gid_of, o->ncid, &sub, &nglyphs, e) != 0) {
		buf_free(&sub);
		return -1;
	}
	for (unsigned i = 0; i < o->ncid; i++)
		hash = (hash ^ o->gid_of[i]) * 16777619u;
	for (int i = 0; i < 6; i++, hash /= 26)
		tag[i] = (char)('A' + hash % 26);
	tag[6] = '\0';

	dict = xasprintf(" /Length1 %zu", sub.len);
	pdfw_stream(o->w, file, dict, sub.s, sub.len);
	free(dict);
	buf_free(&sub);

	ttf_bbox(f, bbox);
	pdfw_begin(o->w, desc);
	pdfw_printf(o->w, "<< /Type /FontDescriptor /FontName /%s+%s /Flags 4 "
	    "/FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d "
	    "/CapHeight %d /StemV 80 /FontFile2 %u 0 R >>", tag, ttf_name(f),
	    (int)(bbox[0] * k), (int)(bbox[1] * k), (int)(bbox[2] * k),
	    (int)(bbox[3] * k), (int)(ttf_ascent(f) * k), (int)(ttf_descent(f) * k),
	    (int)(ttf_ascent(f) * k), file);
	pdfw_end(o->w);

	buf_adds(&b, "[0 [");
	for (unsigned i = 0; i < o->ncid; i++)
		buf_addf(&b, "%s%d", i > 0 ? " " : "",
		    (int)(ttf_advance(f, o->gid_of[i]) * k + 0.5));
	buf_adds(&b, "]]");
	pdfw_begin(o->w, cid_font);
	pdfw_printf(o->w, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s+%s "
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
	    "/FontDescriptor %u 0 R /DW 1000 /W %s /CIDToGIDMap /Identity >>",
	    tag, ttf_name(f), desc, buf_str(&b));
	pdfw_end(o->w);

	pdfw_begin(o->w, o->font_obj);
	pdfw_printf(o->w, "<< /Type /Font /Subtype /Type0 /BaseFont /%s+%s "
	    "/Encoding /Identity-H /DescendantFonts [%u 0 R] /ToUnicode %u 0 R >>",
	    tag, ttf_name(f), cid_font, tounicode);
	pdfw_end(o->w);

	buf_reset(&b);
	buf_adds(&b, "/CIDInit /ProcSet findresource begin\n12 dict begin\n"
	    "begincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
	    "/Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n"
	    "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
	    "endcodespacerange\n");
	for (unsigned i = 1; i < o->ncid; i += 100) {
		unsigned m = o->ncid - i < 100 ? o->ncid - i : 100;

		buf_addf(&b, "%u beginbfchar\n", m);
		for (unsigned j = i; j < i + m; j++) {
			buf_addf(&b, "<%04X> <", j);
			utf16_hex(&b, o->uni_of[j]);
			buf_adds(&b, ">\n");
		}
		buf_adds(&b, "endbfchar\n");
	}
	buf_adds(&b, "endcmap\nCMapName currentdict /CMap defineresource pop\n"
	    "end\nend\n");
	pdfw_stream(o->w, tounicode, "", buf_str(&b), b.len);
	buf_free(&b);
	return 0;
}

int
pdfb_finish(struct pdfb_out *o, struct err *e)
{
	unsigned catalog;
	struct buf b = BUF_INIT;
	struct pdfw *w = o->w;

	if (w == NULL)
		return 0;
	pdfb_show_page(o);
	if (write_font(o, e) != 0)
		return -1;
	pdfw_begin(w, o->pages_obj);
	pdfw_printf(w, "<< /Type /Pages /Count %u /Kids [", o->npages);
	for (unsigned i = 0; i < o->npages; i++)
		pdfw_printf(w, "%s%u 0 R", i > 0 ? " " : "", o->pages[i]);
	pdfw_printf(w, "] >>");
	pdfw_end(w);
	catalog = pdfw_reserve(w);
	pdfw_begin(w, catalog);
	pdfw_printf(w, "<< /Type /Catalog /Pages %u 0 R >>", o->pages_obj);
	pdfw_end(w);
	pdfw_text_string(&b, o->title);
	pdfw_begin(w, o->info_obj);
	pdfw_printf(w, "<< /Title %s /Creator (%s) /Producer (%s) >>", buf_str(&b),
	    PACKAGE_NAME " " PACKAGE_VERSION, PACKAGE_NAME " " PACKAGE_VERSION);
	pdfw_end(w);
	buf_free(&b);
	o->w = NULL;
	if (pdfw_finish(w, catalog, o->info_obj) != 0) {
		err_set(e, ERR_IO, _("cannot write the PDF: %s"), _("write error"));
		return -1;
	}
	return 0;
}

void
pdfb_out_free(struct pdfb_out *o)
{
	if (o == NULL)
		return;
	if (o->w != NULL)
		pdfw_abort(o->w);	/* failed or cancelled: the file is dropped */
	buf_free(&o->page);
	free(o->pages);
	free(o->title);
	free(o->cid_of);
	free(o->gid_of);
	free(o->uni_of);
	free(o);
}

/* ---- text layout ------------------------------------------------------- */

struct pdfb_lay *
pdfb_lay_new(struct pdfb_out *o)
{
	(void)o;
	return xcalloc(1, sizeof(struct pdfb_lay));
}

void
pdfb_lay_free(struct pdfb_lay *l)
{
	if (l == NULL)
		return;
	free(l->cp);
	free(l->gid);
	free(l->adv);
	free(l->lines);
	free(l);
}

/* Characters after which a line may end and before which it may begin,
 * whatever their neighbours: the wide scripts (CJK, kana, hangul, full-
 * width forms). */
static int
is_wide(uint32_t c)
{
	return (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
	    (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
	    (c >= 0x20000 && c <= 0x3fffd);
}

/* Closing punctuation never begins a line. */
static int
no_break_before(uint32_t c)
{
	static const uint32_t close[] = { 0x3001, 0x3002, 0xff0c, 0xff0e, 0xff1a,
		0xff1b, 0xff1f, 0xff01, 0xff09, 0x300b, 0x300d, 0x300f, 0x3011,
		0x201d, 0x2019, 0x2026, ',', '.', ';', ':', '!', '?', ')' };

	for (size_t i = 0; i < sizeof close / sizeof close[0]; i++)
		if (c == close[i])
			return 1;
	return 0;
}

/* May a line begin at i (between i-1 and i)? */
static int
break_before(const struct pdfb_lay *l, unsigned i)
{
	uint32_t a = l->cp[i - 1], b = l->cp[i];

	if (no_break_before(b) || b == ' ')
		return 0;
	return a == ' ' || is_wide(a) || is_wide(b);
}

static void
decode(struct pdfb_out *o, struct pdfb_lay *l, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
	size_t len = strlen((const char *)p);
	double em = ttf_units_per_em(o->font);

	if (len + 1 > l->cap) {
		l->cap = (unsigned)len + 1;
		l->cp = xrealloc(l->cp, l->cap * sizeof *l->cp);
		l->gid = xrealloc(l->gid, l->cap * sizeof *l->gid);
		l->adv = xrealloc(l->adv, l->cap * sizeof *l->adv);
	}
	l->n = 0;
	while (*p != '\0') {
		uint32_t c = *p++;
		int stray = c >= 0x80 && c < 0xc0;
		int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
		unsigned g;

		if (more > 0)
			c &= 0x3fu >> more;
		for (; more > 0 && (*p & 0xc0) == 0x80; more--)
			c = c << 6 | (*p++ & 0x3fu);
		if (more > 0 || stray)
			c = 0xfffd;
		if (c == '\t' || c == '\r')
			c = ' ';
		g = c == '\n' ? 0 : ttf_glyph(o->font, c);
		if (g == 0 && c != '\n')
			g = o->d->substitute;
		l->cp[l->n] = c;
		l->gid[l->n] = g;
		l->adv[l->n] = c == '\n' ? 0 : ttf_advance(o->font, g) / em;
		l->n++;
	}
}

static void
add_line(struct pdfb_lay *l, unsigned start, unsigned end)
{
	double w = 0;
	unsigned e = end;

	while (e > start && l->cp[e - 1] == ' ')
		e--;
	for (unsigned i = start; i < e; i++)
		w += l->adv[i] * l->size;
	if (l->nlines == l->lcap) {
		l->lcap = l->lcap * 2 + 8;
		l->lines = xrealloc(l->lines, l->lcap * sizeof *l->lines);
	}
	l->lines[l->nlines++] = (struct line){ start, end, w, 0 };
}

/* Greedy breaking of cp[start, end) (no newline in it) into lines of at
 * most width points (<= 0: one line). */
static void
break_para(struct pdfb_lay *l, unsigned start, unsigned end, double width)
{
	unsigned i0 = start, brk = 0;
	double w = 0;

	for (unsigned i = start; i < end; i++) {
		double a = l->adv[i] * l->size;

		if (i > i0 && break_before(l, i))
			brk = i;
		if (width > 0 && i > i0 && l->cp[i] != ' ' && w + a > width + 1e-6) {
			unsigned at = brk > i0 ? brk : i;

			add_line(l, i0, at);
			i0 = at;
			brk = 0;
			w = 0;
			for (unsigned k = i0; k < i; k++)
				w += l->adv[k] * l->size;
		}
		w += a;
	}
	add_line(l, i0, end);
}

double
pdfb_lay_set(struct pdfb_out *o, struct pdfb_lay *l, const char *text, double size,
    int bold, double width, double maxh, enum pdf_align align)
{
	double em = ttf_units_per_em(o->font);
	unsigned start = 0, keep;

	decode(o, l, text);
	l->size = size;
	l->bold = bold;
	l->width = width;
	l->align = align;
	l->ascent = ttf_ascent(o->font) / em * size;
	l->lineh = (ttf_ascent(o->font) - ttf_descent(o->font)) / em * size;
	l->nlines = 0;
	for (unsigned i = 0; i <= l->n; i++) {
		if (i == l->n || l->cp[i] == '\n') {
			break_para(l, start, i, width);
			start = i + 1;
		}
	}
	/* too high: keep what fits (at least a line), the last ending in … */
	if (maxh > 0 && l->nlines * l->lineh > maxh + 1e-6) {
		struct line *ln;
		unsigned eg = ttf_glyph(o->font, CP_ELLIPSIS);
		double ew = (eg != 0 ? ttf_advance(o->font, eg) :
		    3 * ttf_advance(o->font, ttf_glyph(o->font, '.'))) / em * size;

		keep = (unsigned)((maxh + 1e-6) / l->lineh);
		if (keep < 1)
			keep = 1;
		l->nlines = keep;
		ln = &l->lines[keep - 1];
		while (ln->end > ln->start && width > 0 && ln->w + ew > width + 1e-6) {
			ln->end--;
			ln->w -= l->adv[ln->end] * size;
		}
		ln->ellipsis = 1;
		ln->w += ew;
	}
	l->maxw = 0;
	for (unsigned i = 0; i < l->nlines; i++)
		if (l->lines[i].w > l->maxw)
			l->maxw = l->lines[i].w;
	return l->nlines * l->lineh;
}

double
pdfb_lay_width(struct pdfb_lay *l)
{
	return l->maxw;
}

static void
show(struct pdfb_out *o, unsigned gid, uint32_t cp)
{
	buf_addf(&o->page, "%04X", cid_for(o, gid, cp));
}

void
pdfb_lay_draw(struct pdfb_out *o, struct pdfb_lay *l, double x, double y)
{
	double box = l->width > 0 ? l->width : l->maxw;
	unsigned eg;

	if (o->w == NULL || l->nlines == 0)
		return;
	eg = ttf_glyph(o->font, CP_ELLIPSIS);
	buf_addf(&o->page, "q BT /F1 %.2f Tf %.3f %.3f %.3f rg ", l->size, o->r, o->g,
	    o->b);
	if (l->bold)	/* fill and stroke: a fake bold */
		buf_addf(&o->page, "2 Tr %.3f w %.3f %.3f %.3f RG ", l->size * 0.03,
		    o->r, o->g, o->b);
	for (unsigned i = 0; i < l->nlines; i++) {
		const struct line *ln = &l->lines[i];
		double dx = l->align == PDF_CENTER ? (box - ln->w) / 2 :
		    l->align == PDF_RIGHT ? box - ln->w : 0;
		unsigned e = ln->end;

		while (!ln->ellipsis && e > ln->start && l->cp[e - 1] == ' ')
			e--;
		if (e == ln->start && !ln->ellipsis)
			continue;
		buf_addf(&o->page, "1 0 0 1 %.3f %.3f Tm <", x + dx,
		    o->ph - (y + i * l->lineh + l->ascent));
		for (unsigned k = ln->start; k < e; k++)
			if (l->cp[k] != '\n')
				show(o, l->gid[k], l->cp[k]);
		if (ln->ellipsis) {
			if (eg != 0) {
				show(o, eg, CP_ELLIPSIS);
			} else {
				for (int k = 0; k < 3; k++)
					show(o, ttf_glyph(o->font, '.'), '.');
			}
		}
		buf_adds(&o->page, "> Tj ");
	}
	buf_adds(&o->page, "ET Q\n");
}

void
pdfb_text_rgb(struct pdfb_out *o, double r, double g, double b)
{
	o->r = r, o->g = g, o->b = b;
}

void
pdfb_rect(struct pdfb_out *o, double x, double y, double w, double h, double grey,
    int fill, double lw, int dash)
{
	if (o->w == NULL)
		return;
	if (fill)
		buf_addf(&o->page, "q %.3f g %.3f %.3f %.3f %.3f re f Q\n", grey, x,
		    o->ph - y - h, w, h);
	else
		buf_addf(&o->page, "q %.3f G %.3f w %s%.3f %.3f %.3f %.3f re S Q\n",
		    grey, lw, dash ? "[3 2] 0 d " : "", x, o->ph - y - h, w, h);
}

void
pdfb_hline(struct pdfb_out *o, double x0, double x1, double y, double lw)
{
	if (o->w == NULL)
		return;
	buf_addf(&o->page, "q 0 G %.3f w %.3f %.3f m %.3f %.3f l S Q\n", lw, x0,
	    o->ph - y, x1, o->ph - y);
}
