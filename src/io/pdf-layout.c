/* pdf-layout.c — the three layouts of the PDF engine: tables whose header
 * repeats on every page and whose rows never split, the 2 × 4 grid of
 * contact cards, and the one-page registration form that shrinks its font
 * rather than spill onto a second page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/io/pdf.h"
#include "pdf-private.h"

/* ---- tables ---------------------------------------------------------- */

static void
table_clear(struct pdf_table *t)
{
	if (t->titles != NULL)
		for (int i = 0; i < t->ncols; i++)
			free(t->titles[i]);
	free(t->titles);
	free(t->x);
	free(t->w);
	free(t->align);
	memset(t, 0, sizeof *t);
}

void
pdf_table_begin(struct pdf *p, const struct pdf_col *cols, int ncols, double size)
{
	struct pdf_table *t = &p->tab;
	double sum = 0, x = p->x0, rest = p->x1 - p->x0, h;

	table_clear(t);
	t->ncols = ncols;
	t->size = size;
	t->x = xcalloc((size_t)ncols, sizeof *t->x);
	t->w = xcalloc((size_t)ncols, sizeof *t->w);
	t->align = xcalloc((size_t)ncols, sizeof *t->align);
	t->titles = xcalloc((size_t)ncols, sizeof *t->titles);
	/* columns with a sample first take the width the sample needs */
	for (int i = 0; i < ncols; i++) {
		if (cols[i].sample != NULL) {
			pdf_lay(p, cols[i].sample, size, 0, -1, 0, PDF_LEFT);
			t->w[i] = pdf_lay_width(p) + 2 * PDF_PAD + 1;
			rest -= t->w[i];
		} else {
			sum += cols[i].weight > 0 ? cols[i].weight : 1;
		}
	}
	for (int i = 0; i < ncols; i++) {
		if (cols[i].sample == NULL)
			t->w[i] = rest * (cols[i].weight > 0 ? cols[i].weight : 1) / sum;
		t->x[i] = x;
		x += t->w[i];
		t->align[i] = cols[i].align;
		t->titles[i] = xstrdup(cols[i].title != NULL ? cols[i].title : "");
	}
	for (int i = 0; i < ncols; i++) {
		h = pdf_lay(p, t->titles[i], size, 1, t->w[i] - 2 * PDF_PAD, 0,
		    PDF_CENTER) + 2 * PDF_PAD;
		if (h > t->head_h)
			t->head_h = h;
	}
	t->head_page = 0;
	t->on = 1;
}

static void
table_head(struct pdf *p)
{
	struct pdf_table *t = &p->tab;

	for (int i = 0; i < t->ncols && !p->measure; i++) {
		pdf_rect(p, t->x[i], p->y, t->w[i], t->head_h, 0.86, 1);
		pdf_rect(p, t->x[i], p->y, t->w[i], t->head_h, 0, 0);
		pdf_lay(p, t->titles[i], t->size, 1, t->w[i] - 2 * PDF_PAD, 0, PDF_CENTER);
		pdf_draw_lay(p, t->x[i] + PDF_PAD, p->y + PDF_PAD);
	}
	p->y += t->head_h;
	t->head_page = p->page;
}

void
pdf_table_row(struct pdf *p, const char *const *cells, int shade)
{
	struct pdf_table *t = &p->tab;
	double maxh, rowh = 0, h;

	if (!t->on || p->cancelled)
		return;
	maxh = p->ybot - p->ytop - t->head_h - 2 * PDF_PAD;
	/* each cell in its own layout: shaped once, measured, then drawn */
	for (int i = 0; i < t->ncols; i++) {
		h = pdf_lay_in(p, pdf_cell_lay(p, i), cells[i], t->size, 0,
		    t->w[i] - 2 * PDF_PAD, maxh, t->align[i]);
		if (h > rowh)
			rowh = h;
	}
	rowh += 2 * PDF_PAD;
	pdf_ensure(p, rowh + (t->head_page != p->page ? t->head_h : 0));
	if (t->head_page != p->page)
		table_head(p);
	for (int i = 0; i < t->ncols && !p->measure; i++) {
		if (shade)
			pdf_rect(p, t->x[i], p->y, t->w[i], rowh, 0.93, 1);
		pdf_rect(p, t->x[i], p->y, t->w[i], rowh, 0, 0);
		pdf_draw_layout(p, pdf_cell_lay(p, i), t->x[i] + PDF_PAD, p->y + PDF_PAD);
	}
	p->y += rowh;
	p->fresh = 0;
}

void
pdf_table_end(struct pdf *p)
{
	table_clear(&p->tab);
}

/* ---- contact cards ----------------------------------------------------- */

void
pdf_card(struct pdf *p, const char *title, const char *tag, const char *const *lines,
    int nlines)
{
	const double pad = 8, title_size = 13, tag_size = 9;
	struct buf b = BUF_INIT;
	double cw, ch, cx, cy, iw, ih, th, bh, size;
	int i;

	if (p->cancelled)
		return;
	if (p->page == 0 || p->break_pending || p->cards >= PDF_CARDS_PER_PAGE ||
	    (p->cards == 0 && !p->fresh))
		pdf_begin_page(p);
	cw = (p->x1 - p->x0) / 2;
	ch = (p->ybot - p->ytop) / 4;
	i = p->cards;
	cx = p->x0 + (i % 2) * cw;
	cy = p->ytop + (i / 2) * ch;
	iw = cw - 2 * pad;
	ih = ch - 2 * pad;
	for (int k = 0; k < nlines; k++) {
		if (k > 0)
			buf_addc(&b, '\n');
		buf_adds(&b, lines[k] != NULL ? lines[k] : "");
	}
	th = pdf_lay(p, title, title_size, 1, iw * 0.6, 0, PDF_LEFT) + 4;
	for (size = 10; size > 6; size -= 0.5)
		if (th + pdf_lay(p, buf_str(&b), size, 0, iw, 0, PDF_LEFT) <= ih)
			break;
	if (!p->measure) {
		pdfb_rect(p->out, cx + 2, cy + 2, cw - 4, ch - 4, 0.4, 0, 0.6, 1);
		pdf_lay(p, title, title_size, 1, iw * 0.6, 0, PDF_LEFT);
		pdf_draw_lay(p, cx + pad, cy + pad);
		bh = pdf_lay(p, tag, tag_size, 0, iw * 0.4, 0, PDF_RIGHT);
		pdf_draw_lay(p, cx + pad + iw * 0.6, cy + pad + th - 4 - bh);
		pdf_lay(p, buf_str(&b), size, 0, iw, ih - th, PDF_LEFT);
		pdf_draw_lay(p, cx + pad, cy + pad + th);
	}
	buf_free(&b);
	p->cards++;
	p->y = cy + ch;
	p->fresh = 0;
}

/* ---- registration forms ------------------------------------------------ */

struct form_fit {
	double size;		/* font size */
	double cap;		/* largest value height, 0 = none */
	int draw;
};

/* Lay out (and draw when f->draw) one row of up to three cells starting
 * at y; returns its height. */
static double
form_row(struct pdf *p, const struct pdf_form_item *const *cells, const int *span,
    int nc, const struct form_fit *f, double y)
{
	double sw = (p->x1 - p->x0) / 3, lw = sw * 0.38, rowh, h, x;
	int slot;

	rowh = f->size * 2.2;	/* room to write by hand in an empty cell */
	for (int i = 0; i < nc; i++) {
		h = pdf_lay_in(p, pdf_cell_lay(p, 2 * i), cells[i]->label, f->size, 1,
		    lw - 2 * PDF_PAD, 0, PDF_LEFT) + 2 * PDF_PAD;
		if (h > rowh)
			rowh = h;
		h = pdf_lay_in(p, pdf_cell_lay(p, 2 * i + 1), cells[i]->value, f->size, 0,
		    span[i] * sw - lw - 2 * PDF_PAD, f->cap, PDF_LEFT) + 2 * PDF_PAD;
		if (h > rowh)
			rowh = h;
	}
	if (!f->draw)
		return rowh;
	slot = 0;
	for (int i = 0; i < nc; slot += span[i], i++) {
		x = p->x0 + slot * sw;
		pdf_rect(p, x, y, lw, rowh, 0.93, 1);
		pdf_rect(p, x, y, lw, rowh, 0, 0);
		pdf_rect(p, x + lw, y, span[i] * sw - lw, rowh, 0, 0);
		pdf_draw_layout(p, pdf_cell_lay(p, 2 * i), x + PDF_PAD, y + PDF_PAD);
		pdf_draw_layout(p, pdf_cell_lay(p, 2 * i + 1), x + lw + PDF_PAD,
		    y + PDF_PAD);
	}
	return rowh;
}

/* The height of the whole form at f (drawing it from the top when f->draw). */
static double
form_pass(struct pdf *p, const struct pdf_form_item *items, int n,
    const struct form_fit *f)
{
	const struct pdf_form_item *cells[3];
	int span[3], nc = 0, used = 0, s;
	double y = p->ytop, bw = p->x1 - p->x0, h;

	for (int i = 0; i <= n; i++) {
		s = i < n ? (items[i].span < 1 ? 1 : items[i].span > 3 ? 3 : items[i].span) : 3;
		if (nc > 0 && (i == n || items[i].section || used + s > 3)) {
			span[nc - 1] += 3 - used;	/* the last cell fills the row */
			y += form_row(p, cells, span, nc, f, y);
			nc = used = 0;
		}
		if (i == n)
			break;
		if (items[i].section) {
			h = pdf_lay(p, items[i].label, f->size + 0.5, 1, bw - 2 * PDF_PAD, 0,
			    PDF_LEFT) + 2 * PDF_PAD;
			if (f->draw) {
				pdf_rect(p, p->x0, y, bw, h, 0.82, 1);
				pdf_rect(p, p->x0, y, bw, h, 0, 0);
				pdf_draw_lay(p, p->x0 + PDF_PAD, y + PDF_PAD);
			}
			y += h;
			continue;
		}
		cells[nc] = &items[i];
		span[nc++] = s;
		used += s;
	}
	return y - p->ytop;
}

/* A form is one page: at 6 pt an A4 page holds under 10,000 characters,
 * and a value that does not fit is cut to three lines anyway.  Laying out
 * a 100 KB note to find that out took pango minutes (its line breaking of
 * unbroken text is superlinear, and the fitting below lays the form out
 * up to ten times), so a value is cut to FORM_VALUE_MAX characters first:
 * the work per form is then bounded whatever the data holds. */
#define FORM_VALUE_MAX 2000

/* s cut to at most max characters, with "…" when cut; NULL when it fits. */
static char *
cut_value(const char *s, size_t max)
{
	size_t i, chars = 0;

	if (s == NULL)
		return NULL;
	for (i = 0; s[i] != '\0'; i++) {
		if (((unsigned char)s[i] & 0xc0) == 0x80)
			continue;
		if (chars++ == max)
			return xasprintf("%.*s…", (int)i, s);
	}
	return NULL;
}

void
pdf_form(struct pdf *p, const struct pdf_form_item *items_in, int n, const char *bottom)
{
	struct form_fit f = { 10.0, 0, 0 };
	struct pdf_form_item *items = xcalloc(n > 0 ? (size_t)n : 1, sizeof *items);
	char **cut = xcalloc(n > 0 ? (size_t)n : 1, sizeof *cut);
	double bh, avail, line, h;

	if (p->cancelled) {
		free(items);
		free(cut);
		return;
	}
	for (int i = 0; i < n; i++) {
		items[i] = items_in[i];
		cut[i] = cut_value(items[i].value, FORM_VALUE_MAX);
		if (cut[i] != NULL)
			items[i].value = cut[i];
	}

	if (p->page == 0 || !p->fresh || p->break_pending)
		pdf_begin_page(p);
	bh = pdf_lay(p, bottom, 10.5, 0, p->x1 - p->x0, 0, PDF_LEFT);
	avail = p->ybot - p->ytop - bh - 18;
	h = form_pass(p, items, n, &f);
	while (h > avail && f.size > 6.0) {
		f.size -= 0.5;
		h = form_pass(p, items, n, &f);
	}
	/* last resort: cut long values to three lines, then to one */
	if (h > avail) {
		line = pdf_lay(p, "国", f.size, 0, -1, 0, PDF_LEFT);
		f.cap = line * 3 + 0.5;
		if (form_pass(p, items, n, &f) > avail)
			f.cap = line + 0.5;
	}
	if (!p->measure) {
		f.draw = 1;
		form_pass(p, items, n, &f);
		pdf_lay(p, bottom, 10.5, 0, p->x1 - p->x0, 0, PDF_LEFT);
		pdf_draw_lay(p, p->x0, p->ybot - bh - 2);
	}
	p->y = p->ybot;
	p->fresh = 0;
	for (int i = 0; i < n; i++)
		free(cut[i]);
	free(cut);
	free(items);
}
