/* pdf-cairo.c — the cairo-pdf + pangocairo backend of the PDF engine
 * (pdf-private.h): text shaped by pango with the language zh-cn, so
 * fontconfig picks the Chinese glyph shapes of Noto Sans CJK, embedded by
 * cairo as subset fonts.  The default on Linux. */
#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdlib.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "pdf-private.h"

#define DEFAULT_FONT "Noto Sans CJK SC,Noto Sans CJK,Source Han Sans SC," \
	"WenQuanYi Micro Hei,WenQuanYi Zen Hei,AR PL UMing CN,sans-serif"

struct pdfb_doc {
	PangoFontMap *fm;
};

struct pdfb_out {
	cairo_surface_t *surf;
	cairo_t *cr;
	PangoContext *pctx;
	PangoFontDescription *fd;
	double r, g, b;		/* text colour */
};

struct pdfb_lay {
	PangoLayout *lay;
};

/* The font map (and its font cache) lives for one document.  cairo's
 * process-wide caches are left alone: cairo_debug_reset_static_data() is
 * only safe when no cairo object is alive anywhere, and pango/fontconfig
 * keep some — it aborted a test run (cairo-hash.c live_entries assertion).
 * The sanitizer build suppresses those library caches
 * (tests/print/lsan.supp). */
struct pdfb_doc *
pdfb_doc_new(const struct pdf_setup *s, struct err *e)
{
	struct pdfb_doc *d = xcalloc(1, sizeof *d);

	(void)s, (void)e;
	d->fm = pango_cairo_font_map_new();
	return d;
}

void
pdfb_doc_free(struct pdfb_doc *d)
{
	if (d == NULL)
		return;
	g_object_unref(d->fm);
	free(d);
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

/* Metrics must be the same in both passes: no hinting, no rounding, and a
 * resolution of 72 so that a pango point is a PDF point. */
struct pdfb_out *
pdfb_out_new(struct pdfb_doc *d, const struct pdf_setup *s, FILE *fp, double pw,
    double ph)
{
	struct pdfb_out *o = xcalloc(1, sizeof *o);
	cairo_font_options_t *fo = cairo_font_options_create();

	o->pctx = pango_font_map_create_context(d->fm);
	pango_cairo_context_set_resolution(o->pctx, 72.0);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(o->pctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(o->pctx, FALSE);
	pango_context_set_language(o->pctx, pango_language_from_string("zh-cn"));
	o->fd = pango_font_description_from_string("Sans 10");
	pango_font_description_set_family(o->fd, s->font != NULL ? s->font : DEFAULT_FONT);
	o->surf = cairo_pdf_surface_create_for_stream(fp == NULL ? write_null : write_fp,
	    fp, pw, ph);
	if (fp != NULL) {
		cairo_pdf_surface_set_metadata(o->surf, CAIRO_PDF_METADATA_TITLE,
		    s->pdf_title != NULL ? s->pdf_title :
		    s->title != NULL ? s->title : "");
		cairo_pdf_surface_set_metadata(o->surf, CAIRO_PDF_METADATA_CREATOR,
		    PACKAGE_NAME " " PACKAGE_VERSION);
	}
	o->cr = cairo_create(o->surf);
	return o;
}

/* A font with Chinese glyphs must exist, or every character would print as
 * an empty box: say so instead of writing a useless file. */
int
pdfb_check_font(struct pdfb_out *o, struct err *e)
{
	PangoLanguage *lang = pango_language_from_string("zh-cn");
	PangoFontset *fs;
	PangoFont *font;
	PangoCoverage *cov;
	int ok = 0;

	pango_font_description_set_size(o->fd, 10 * PANGO_SCALE);
	fs = pango_context_load_fontset(o->pctx, o->fd, lang);
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

void
pdfb_show_page(struct pdfb_out *o)
{
	cairo_show_page(o->cr);
}

int
pdfb_finish(struct pdfb_out *o, struct err *e)
{
	cairo_status_t st;

	cairo_show_page(o->cr);
	st = cairo_status(o->cr);
	cairo_destroy(o->cr);
	o->cr = NULL;
	cairo_surface_finish(o->surf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(o->surf);
	if (st != CAIRO_STATUS_SUCCESS) {
		err_set(e, ERR_IO, _("cannot write the PDF: %s"),
		    cairo_status_to_string(st));
		return -1;
	}
	return 0;
}

void
pdfb_out_free(struct pdfb_out *o)
{
	if (o == NULL)
		return;
	if (o->pctx != NULL)
		g_object_unref(o->pctx);
	if (o->fd != NULL)
		pango_font_description_free(o->fd);
	if (o->cr != NULL)
		cairo_destroy(o->cr);
	if (o->surf != NULL)
		cairo_surface_destroy(o->surf);
	free(o);
}

struct pdfb_lay *
pdfb_lay_new(struct pdfb_out *o)
{
	struct pdfb_lay *l = xcalloc(1, sizeof *l);

	l->lay = pango_layout_new(o->pctx);
	pango_layout_set_wrap(l->lay, PANGO_WRAP_WORD_CHAR);
	return l;
}

void
pdfb_lay_free(struct pdfb_lay *l)
{
	if (l == NULL)
		return;
	g_object_unref(l->lay);
	free(l);
}

double
pdfb_lay_set(struct pdfb_out *o, struct pdfb_lay *l, const char *text, double size,
    int bold, double width, double maxh, enum pdf_align align)
{
	PangoLayout *lay = l->lay;
	int w, h;

	pango_font_description_set_size(o->fd, (gint)(size * PANGO_SCALE));
	pango_font_description_set_weight(o->fd,
	    bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(lay, o->fd);
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
pdfb_lay_width(struct pdfb_lay *l)
{
	int w, h;

	pango_layout_get_size(l->lay, &w, &h);
	return (double)w / PANGO_SCALE;
}

void
pdfb_lay_draw(struct pdfb_out *o, struct pdfb_lay *l, double x, double y)
{
	cairo_set_source_rgb(o->cr, o->r, o->g, o->b);
	cairo_move_to(o->cr, x, y);
	pango_cairo_show_layout(o->cr, l->lay);
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
	cairo_save(o->cr);
	cairo_set_source_rgb(o->cr, grey, grey, grey);
	cairo_rectangle(o->cr, x, y, w, h);
	if (fill) {
		cairo_fill(o->cr);
	} else {
		cairo_set_line_width(o->cr, lw);
		if (dash)
			cairo_set_dash(o->cr, (const double[]){ 3, 2 }, 2, 0);
		cairo_stroke(o->cr);
	}
	cairo_restore(o->cr);
}

void
pdfb_hline(struct pdfb_out *o, double x0, double x1, double y, double lw)
{
	cairo_save(o->cr);
	cairo_set_source_rgb(o->cr, 0, 0, 0);
	cairo_set_line_width(o->cr, lw);
	cairo_move_to(o->cr, x0, y);
	cairo_line_to(o->cr, x1, y);
	cairo_stroke(o->cr);
	cairo_restore(o->cr);
}
