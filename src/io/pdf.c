/* pdf.c — the PDF document engine: pages and their frame (school, title,
 * confidential mark, generation line, "第 N 页 共 M 页"), paragraphs, and
 * the two-pass render (measure, then draw with the page total known).
 * Tables, cards and forms are in pdf-layout.c. */
#include "config.h"

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

static const double hdr_school = 9.0, hdr_title = 16.0, hdr_sub = 10.5;
static const double foot_size = 8.5;

double
pdf_lay_in(struct pdf *p, struct pdfb_lay *lay, const char *text, double size,
    int bold, double width, double maxh, enum pdf_align align)
{
	return pdfb_lay_set(p->out, lay, text, size, bold, width, maxh, align);
}

double
pdf_lay(struct pdf *p, const char *text, double size, int bold, double width,
    double maxh, enum pdf_align align)
{
	return pdf_lay_in(p, p->lay, text, size, bold, width, maxh, align);
}

struct pdfb_lay *
pdf_cell_lay(struct pdf *p, int i)
{
	if (i >= p->ncells) {
		int n = i + 8;

		p->cells = xrealloc(p->cells, (size_t)n * sizeof *p->cells);
		for (int k = p->ncells; k < n; k++)
			p->cells[k] = pdfb_lay_new(p->out);
		p->ncells = n;
	}
	return p->cells[i];
}

double
pdf_lay_width(struct pdf *p)
{
	return pdfb_lay_width(p->lay);
}

void
pdf_draw_lay(struct pdf *p, double x, double y)
{
	pdf_draw_layout(p, p->lay, x, y);
}

void
pdf_draw_layout(struct pdf *p, struct pdfb_lay *lay, double x, double y)
{
	if (p->measure)
		return;
	pdfb_lay_draw(p->out, lay, x, y);
}

void
pdf_rect(struct pdf *p, double x, double y, double w, double h, double grey, int fill)
{
	if (p->measure)
		return;
	pdfb_rect(p->out, x, y, w, h, grey, fill, 0.5, 0);
}

static void
rule(struct pdf *p, double y, double width)
{
	pdfb_hline(p->out, p->x0, p->x1, y, width);
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
		pdfb_text_rgb(p->out, 0.75, 0, 0);
		pdf_draw_lay(p, p->x1 - bw * 0.38, y - 0.5);
		pdfb_text_rgb(p->out, 0, 0, 0);
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
		pdfb_show_page(p->out);
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
		pdfb_lay_free(p->lay);
	for (int i = 0; i < p->ncells; i++)
		pdfb_lay_free(p->cells[i]);
	free(p->cells);
	if (p->out != NULL)
		pdfb_out_free(p->out);
	free(p->school), free(p->title), free(p->mark), free(p->generated);
	free(p->subtitle);
	free(p);
	*pp = NULL;
}

static struct pdf *
pdf_new(const struct pdf_setup *s, struct pdfb_doc *d, int measure, FILE *fp)
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
	p->out = pdfb_out_new(d, s, measure ? NULL : fp, p->pw, p->ph);
	p->lay = pdfb_lay_new(p->out);
	p->x0 = MARGIN_X;
	p->x1 = p->pw - MARGIN_X;
	hh = header_height(p);
	fh = footer_height(p);
	p->ytop = MARGIN_TOP + hh + 6;
	p->ybot = p->ph - MARGIN_BOTTOM - fh;
	return p;
}

/* Run one pass; returns the pages, or -1 with e set. */
static int
run_pass(const struct pdf_setup *s, struct pdfb_doc *d, pdf_produce_fn produce,
    void *ctx, FILE *fp, int total, struct err *e)
{
	struct pdf *p = pdf_new(s, d, fp == NULL, fp);
	int pages = -1;

	p->total = total;
	if ((fp == NULL || s->known_pages > 0) && pdfb_check_font(p->out, e) != 0)
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
	if (pdfb_finish(p->out, e) != 0)
		goto out;
	pages = p->page;
out:
	pdf_free(&p);
	return pages;
}

/* The backend's document state (cairo: the font map and its cache; own:
 * the parsed font) lives for one document: both passes share it, and it
 * is released after the print. */
int
pdf_render(const struct pdf_setup *s, pdf_produce_fn produce, void *ctx, FILE *fp,
    int *pages, struct err *e)
{
	struct pdfb_doc *d = pdfb_doc_new(s, e);
	int total, drawn, rc = -1;

	if (d == NULL)
		return -1;
	if (s->known_pages > 0) {
		total = s->known_pages;	/* no need to measure */
	} else {
		total = run_pass(s, d, produce, ctx, NULL, 0, e);
		if (total < 0)
			goto out;
	}
	drawn = run_pass(s, d, produce, ctx, fp, total, e);
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
	pdfb_doc_free(d);
	return rc;
}
