/* pdf-private.h — the state shared by pdf.c (pages, frame, text, render)
 * and pdf-layout.c (tables, cards, forms).  Not a public header. */
#ifndef GUANAI_PDF_PRIVATE_H
#define GUANAI_PDF_PRIVATE_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "guanai/io/pdf.h"

#define PDF_PAD 3.0		/* cell padding, points */
#define PDF_CARDS_PER_PAGE 8

struct pdf_table {
	int on;
	int ncols;
	double *x, *w;		/* column left edges and widths */
	char **titles;
	enum pdf_align *align;
	double size;
	double head_h;		/* height of the header row */
	int head_page;		/* page the header was last drawn on */
};

struct pdf {
	int measure;		/* 1: first pass, lay out only */
	cairo_surface_t *surf;
	cairo_t *cr;
	PangoContext *pctx;
	PangoLayout *lay;	/* the layout for the frame and single texts */
	PangoLayout **cells;	/* one per cell of a table or form row: laid
				 * out once, measured, then drawn */
	int ncells;
	PangoFontDescription *fd;

	char *school, *title, *mark, *generated, *subtitle;
	double pw, ph;		/* page size */
	double x0, x1;		/* body left and right */
	double ytop, ybot;	/* body top and bottom */
	double y;		/* next free height on the page */
	int page;		/* pages begun */
	int total;		/* second pass: pages of the whole document */
	int fresh;		/* the current page holds no content yet */
	int break_pending;	/* the next content starts a new page */
	int cards;		/* cards on the current page */
	/* pdf_setup.progress: asked at each page begun; non-zero cancels,
	 * and the content calls then return at once */
	int (*progress)(void *ctx, int page, int total);
	void *progress_ctx;
	int cancelled;

	struct pdf_table tab;
};

/* Lay `text` out in the shared layout: `width` points wide (<= 0: no
 * wrap), at most `maxh` points high (<= 0: unlimited; beyond is cut with
 * …).  Returns the height in points. */
double pdf_lay(struct pdf *p, const char *text, double size, int bold, double width,
    double maxh, enum pdf_align align);
/* The same into a given layout (one of pdf_cell_lay()). */
double pdf_lay_in(struct pdf *p, PangoLayout *lay, const char *text, double size,
    int bold, double width, double maxh, enum pdf_align align);
/* The i-th cell layout (created on first use, kept until the end). */
PangoLayout *pdf_cell_lay(struct pdf *p, int i);
/* Width in points of what pdf_lay() last laid out. */
double pdf_lay_width(struct pdf *p);
/* Draw the shared layout with its top left corner at (x, y) (second pass
 * only; a no-op when measuring). */
void pdf_draw_lay(struct pdf *p, double x, double y);
void pdf_draw_layout(struct pdf *p, PangoLayout *lay, double x, double y);
/* Rectangle outline / fill (no-ops when measuring). */
void pdf_rect(struct pdf *p, double x, double y, double w, double h, double grey,
    int fill);
/* Make room for `h` points: begin the first page, or a new one when the
 * content does not fit or a break is pending.  Returns 1 when a new page
 * was begun. */
int pdf_ensure(struct pdf *p, double h);
/* Begin a new page now (draws the frame in the second pass). */
void pdf_begin_page(struct pdf *p);

#endif
