/* pdf.c — the PDF document engine: pages and their frame (school, title,
 * confidential mark, generation line, "第 N 页 共 M 页"), paragraphs, and
 * the two-pass render (measure, then draw with the page total known).
 * Tables, cards and forms are in pdf-layout.c. */
#include "config.h"

#include <cairo-pdf.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/io/pdf.h"
#include "pdf-private.h"

#define A4_W 595.276
#define A4_H 841.890
#define MARGIN_X 36.0
#define MARGIN_TOP 28.0
#define MARGIN_BOTTOM 26.0
#define DEFAULT_FONT "Noto Sans CJK SC,Noto Sans CJK,Source Han Sans SC," \
	"WenQuanYi Micro Hei,WenQuanYi Zen Hei,AR PL UMing CN,sans-serif"

static const double hdr_school = 9.0, hdr_title = 16.0, hdr_sub = 10.5;
static const double foot_size = 8.5;

double
pdf_lay_in(struct pdf *p, PangoLayout *lay, const char *text, double size, int bold,
    double width, double maxh, enum pdf_align align)
{
	int w, h;

	pango_font_description_set_size(p->fd, (gint)(size * PANGO_SCALE));
	pango_font_description_set_weight(p->fd,
	    bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(lay, p->fd);
	pango_layout_set_width(lay, width > 0 ? (int)(width * PANGO_SCALE) : -1);
	if (maxh > 0) {
		pango_layout_set_height(lay, (int)(maxh * PANGO_SCALE));
		pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_END);
	} else {
		pango_layout_set_height(lay, -1);
		pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_NONE);
	}
	pango_layout_set_alignment(lay, align == PDF_CENTER ? PANGO_ALIGN_CENTER :
	    align == PDF_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	pango_layout_set_text(lay, text != NULL ? text : "", -1);
	pango_layout_get_size(lay, &w, &h);
	return (double)h / PANGO_SCALE;
}

double
pdf_lay(struct pdf *p, const char *text, double size, int bold, double width,
    double maxh, enum pdf_align align)
{
	return pdf_lay_in(p, p->lay, text, size, bold, width, maxh, align);
}

PangoLayout *
pdf_cell_lay(struct pdf *p, int i)
{
	if (i >= p->ncells) {
		int n = i + 8;

		p->cells = xrealloc(p->cells, (size_t)n * sizeof *p->cells);
		for (int k = p->ncells; k < n; k++) {
			p->cells[k] = pango_layout_new(p->pctx);
			pango_layout_set_wrap(p->cells[k], PANGO_WRAP_WORD_CHAR);
		}
		p->ncells = n;
	}
	return p->cells[i];
}

double
pdf_lay_width(struct pdf *p)
{
	int w, h;

	pango_layout_get_size(p->lay, &w, &h);
	return (double)w / PANGO_SCALE;
}

void
pdf_draw_lay(struct pdf *p, double x, double y)
{
	pdf_draw_layout(p, p->lay, x, y);
}

void
pdf_draw_layout(struct pdf *p, PangoLayout *lay, double x, double y)
{
	if (p->measure)
		return;
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, lay);
}

void
pdf_rect(struct pdf *p, double x, double y, double w, double h, double grey, int fill)
{
	if (p->measure)
		return;
	cairo_save(p->cr);
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_rectangle(p->cr, x, y, w, h);
	if (fill) {
		cairo_fill(p->cr);
	} else {
		cairo_set_line_width(p->cr, 0.5);
		cairo_stroke(p->cr);
	}
	cairo_restore(p->cr);
}

static void
rule(struct pdf *p, double y, double width)
{
	cairo_save(p->cr);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, p->x0, y);
	cairo_line_to(p->cr, p->x1, y);
	cairo_stroke(p->cr);
	cairo_restore(p->cr);
}

/* Heights of the frame, the same for every page: computed once. */
static double
header_height(struct pdf *p)
{
	return pdf_lay(p, "国", hdr_school, 0, -1, 0, PDF_LEFT) +
	    pdf_lay(p, "国", hdr_title, 1, -1, 0, PDF_LEFT) +
	    pdf_lay(p, "国", hdr_sub, 0, -1, 0, PDF_LEFT) + 4;
}

static double
footer_height(struct pdf *p)
{
	return pdf_lay(p, "国", foot_size, 0, -1, 0, PDF_LEFT) + 6;
}

static void
draw_frame(struct pdf *p)
{
	double bw = p->x1 - p->x0, y = MARGIN_TOP, h;
	char *pg;

	h = pdf_lay(p, p->school, hdr_school, 0, bw * 0.6, 0, PDF_LEFT);
	pdf_draw_lay(p, p->x0, y);
	if (p->mark != NULL) {
		pdf_lay(p, p->mark, hdr_school + 1, 1, bw * 0.38, 0, PDF_RIGHT);
		cairo_set_source_rgb(p->cr, 0.75, 0, 0);
		pdf_draw_lay(p, p->x1 - bw * 0.38, y - 0.5);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	}
	y += h;
	h = pdf_lay(p, p->title, hdr_title, 1, bw, 0, PDF_CENTER);
	pdf_draw_lay(p, p->x0, y);
	y += h;
	if (p->subtitle != NULL) {
		pdf_lay(p, p->subtitle, hdr_sub, 0, bw, 0, PDF_CENTER);
		pdf_draw_lay(p, p->x0, y);
	}
	rule(p, p->ytop - 5, 0.8);

	rule(p, p->ybot + 4, 0.5);
	y = p->ybot + 6;
	if (p->generated != NULL) {
		pdf_lay(p, p->generated, foot_size, 0, bw * 0.7, 0, PDF_LEFT);
		pdf_draw_lay(p, p->x0, y);
	}
	/* L10N: the page footer; the first number is this page, the second
	 * the pages of the whole document: 第 %d 页 共 %d 页 */
	pg = xasprintf(_("Page %d of %d"), p->page, p->total);
	pdf_lay(p, pg, foot_size, 0, bw * 0.3, 0, PDF_RIGHT);
	pdf_draw_lay(p, p->x1 - bw * 0.3, y);
	free(pg);
}

void
pdf_begin_page(struct pdf *p)
{
	if (!p->measure && p->page > 0)
		cairo_show_page(p->cr);
	p->page++;
	if (p->progress != NULL && !p->cancelled &&
	    p->progress(p->progress_ctx, p->page, p->measure ? 0 : p->total) != 0)
		p->cancelled = 1;
	p->y = p->ytop;
	p->fresh = 1;
	p->break_pending = 0;
	p->cards = 0;
	p->tab.head_page = 0;
	if (!p->measure)
		draw_frame(p);
}

int
pdf_ensure(struct pdf *p, double h)
{
	if (p->page == 0 || p->break_pending ||
	    (!p->fresh && p->y + h > p->ybot)) {
		pdf_begin_page(p);
		return 1;
	}
	return 0;
}

void
pdf_page_break(struct pdf *p)
{
	if (p->page > 0 && !p->fresh)
		p->break_pending = 1;
}

void
pdf_set_subtitle(struct pdf *p, const char *subtitle)
{
	xstrset(&p->subtitle, subtitle);
}

void
pdf_need(struct pdf *p, double points)
{
	if (p->page > 0 && !p->fresh && p->y + points > p->ybot)
		p->break_pending = 1;
}

void
pdf_space(struct pdf *p, double points)
{
	if (p->page > 0 && !p->fresh && !p->break_pending)
		p->y += points;
}

int
pdf_page_no(const struct pdf *p)
{
	return p->page;
}

void
pdf_text(struct pdf *p, const char *text, double size, int bold, enum pdf_align align)
{
	double bw = p->x1 - p->x0, h;

	if (p->cancelled)
		return;

	h = pdf_lay(p, text, size, bold, bw, p->ybot - p->ytop, align);
	pdf_ensure(p, h);
	/* a new page's frame used the layout: lay out again */
	pdf_lay(p, text, size, bold, bw, p->ybot - p->ytop, align);
	pdf_draw_lay(p, p->x0, p->y);
	p->y += h;
	p->fresh = 0;
}

static cairo_status_t
write_fp(void *closure, const unsigned char *data, unsigned int len)
{
	FILE *fp = closure;

	return fwrite(data, 1, len, fp) == len ? CAIRO_STATUS_SUCCESS :
	    CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_null(void *closure, const unsigned char *data, unsigned int len)
{
	(void)closure, (void)data, (void)len;
	return CAIRO_STATUS_SUCCESS;
}

static void
pdf_free(struct pdf **pp)
{
	struct pdf *p = *pp;

	if (p == NULL)
		return;
	free(p->tab.x);
	free(p->tab.w);
	free(p->tab.align);
	if (p->tab.titles != NULL)
		for (int i = 0; i < p->tab.ncols; i++)
			free(p->tab.titles[i]);
	free(p->tab.titles);
	if (p->lay != NULL)
		g_object_unref(p->lay);
	for (int i = 0; i < p->ncells; i++)
		g_object_unref(p->cells[i]);
	free(p->cells);
	if (p->pctx != NULL)
		g_object_unref(p->pctx);
	if (p->fd != NULL)
		pango_font_description_free(p->fd);
	if (p->cr != NULL)
		cairo_destroy(p->cr);
	if (p->surf != NULL)
		cairo_surface_destroy(p->surf);
	free(p->school), free(p->title), free(p->mark), free(p->generated);
	free(p->subtitle);
	free(p);
	*pp = NULL;
}

/* Metrics must be the same in both passes: no hinting, no rounding, and a
 * resolution of 72 so that a pango point is a PDF point. */
static void
setup_pango(struct pdf *p, PangoFontMap *fm, const char *family)
{
	cairo_font_options_t *fo = cairo_font_options_create();

	p->pctx = pango_font_map_create_context(fm);
	pango_cairo_context_set_resolution(p->pctx, 72.0);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p->pctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(p->pctx, FALSE);
	pango_context_set_language(p->pctx, pango_language_from_string("zh-cn"));
	p->fd = pango_font_description_from_string("Sans 10");
	pango_font_description_set_family(p->fd, family);
	p->lay = pango_layout_new(p->pctx);
	pango_layout_set_wrap(p->lay, PANGO_WRAP_WORD_CHAR);
}

static struct pdf *
pdf_new(const struct pdf_setup *s, PangoFontMap *fm, int measure, FILE *fp)
{
	struct pdf *p = xcalloc(1, sizeof *p);
	double hh, fh;

	p->measure = measure;
	p->progress = s->progress;
	p->progress_ctx = s->progress_ctx;
	p->pw = s->landscape ? A4_H : A4_W;
	p->ph = s->landscape ? A4_W : A4_H;
	p->school = xstrdup(s->school != NULL ? s->school : "");
	p->title = xstrdup(s->title != NULL ? s->title : "");
	p->mark = xstrdup(s->mark);
	p->generated = xstrdup(s->generated);
	setup_pango(p, fm, s->font != NULL ? s->font : DEFAULT_FONT);
	p->surf = cairo_pdf_surface_create_for_stream(measure ? write_null : write_fp,
	    fp, p->pw, p->ph);
	if (!measure) {
		cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_TITLE,
		    s->pdf_title != NULL ? s->pdf_title : p->title);
		cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_CREATOR,
		    PACKAGE_NAME " " PACKAGE_VERSION);
	}
	p->cr = cairo_create(p->surf);
	p->x0 = MARGIN_X;
	p->x1 = p->pw - MARGIN_X;
	hh = header_height(p);
	fh = footer_height(p);
	p->ytop = MARGIN_TOP + hh + 6;
	p->ybot = p->ph - MARGIN_BOTTOM - fh;
	return p;
}

/* A font with Chinese glyphs must exist, or every character would print as
 * an empty box: say so instead of writing a useless file. */
static int
check_font(struct pdf *p, struct err *e)
{
	PangoLanguage *lang = pango_language_from_string("zh-cn");
	PangoFontset *fs;
	PangoFont *font;
	PangoCoverage *cov;
	int ok = 0;

	pango_font_description_set_size(p->fd, 10 * PANGO_SCALE);
	fs = pango_context_load_fontset(p->pctx, p->fd, lang);
	if (fs != NULL) {
		font = pango_fontset_get_font(fs, 0x5173);	/* 关 */
		if (font != NULL) {
			cov = pango_font_get_coverage(font, lang);
			ok = cov != NULL &&
			    pango_coverage_get(cov, 0x5173) != PANGO_COVERAGE_NONE;
			if (cov != NULL)
				pango_coverage_unref(cov);
			g_object_unref(font);
		}
		g_object_unref(fs);
	}
	if (!ok)
		err_set(e, ERR_IO, _("no font with Chinese characters was found; "
		    "install fonts-noto-cjk (or fonts-wqy-microhei)"));
	return ok ? 0 : -1;
}

/* Run one pass; returns the pages, or -1 with e set. */
static int
run_pass(const struct pdf_setup *s, PangoFontMap *fm, pdf_produce_fn produce,
    void *ctx, FILE *fp, int total, struct err *e)
{
	struct pdf *p = pdf_new(s, fm, fp == NULL, fp);
	cairo_status_t st;
	int pages = -1;

	p->total = total;
	if ((fp == NULL || s->known_pages > 0) && check_font(p, e) != 0)
		goto out;
	if (produce(p, ctx, e) != 0) {
		if (!err_is_set(e))
			err_set(e, ERR_IO, _("the document could not be laid out"));
		goto out;
	}
	if (p->cancelled) {
		err_set(e, ERR_IO, "%s", _("printing was cancelled; nothing was written"));
		goto out;
	}
	if (p->page == 0)
		pdf_begin_page(p);	/* an empty document is one empty page */
	if (!p->measure)
		cairo_show_page(p->cr);
	st = cairo_status(p->cr);
	cairo_destroy(p->cr);
	p->cr = NULL;
	cairo_surface_finish(p->surf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(p->surf);
	if (st != CAIRO_STATUS_SUCCESS) {
		err_set(e, ERR_IO, _("cannot write the PDF: %s"),
		    cairo_status_to_string(st));
		goto out;
	}
	pages = p->page;
out:
	pdf_free(&p);
	return pages;
}

/* The font map (and its font cache) lives for one document: both passes
 * share it, and it is released after the print.  cairo's process-wide
 * caches are left alone: cairo_debug_reset_static_data() is only safe when
 * no cairo object is alive anywhere, and pango/fontconfig keep some — it
 * aborted a test run (cairo-hash.c live_entries assertion).  The sanitizer
 * build suppresses those library caches (tests/print/lsan.supp). */
int
pdf_render(const struct pdf_setup *s, pdf_produce_fn produce, void *ctx, FILE *fp,
    int *pages, struct err *e)
{
	PangoFontMap *fm = pango_cairo_font_map_new();
	int total, drawn, rc = -1;

	if (s->known_pages > 0) {
		total = s->known_pages;	/* no need to measure */
	} else {
		total = run_pass(s, fm, produce, ctx, NULL, 0, e);
		if (total < 0)
			goto out;
	}
	drawn = run_pass(s, fm, produce, ctx, fp, total, e);
	if (drawn < 0)
		goto out;
	if (drawn != total) {
		err_set(e, ERR_IO, _("the document changed while it was printed "
		    "(%d pages, then %d); print it again"), total, drawn);
		goto out;
	}
	if (pages != NULL)
		*pages = total;
	rc = 0;
out:
	g_object_unref(fm);
	return rc;
}
