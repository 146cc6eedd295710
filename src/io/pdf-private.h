/* pdf-private.h — the state shared by pdf.c (pages, frame, text, render)
 * and pdf-layout.c (tables, cards, forms), and the small backend interface
 * under them.  The layout logic is written once against that interface;
 * a backend lays out and draws text and rules:
 *   pdf-cairo.c  cairo-pdf + pangocairo (Linux, the default there)
 *   pdf-own.c    the project's own engine: a TrueType font parsed and
 *                subset by ttf.c, the PDF written by pdfwrite.c (Windows)
 * Exactly one of them is linked (configure --with-pdf=cairo|builtin).
 * Not a public header. */
#ifndef GUANAI_PDF_PRIVATE_H
#define GUANAI_PDF_PRIVATE_H

#include "guanai/base/err.h"
#include "guanai/io/pdf.h"

#define PDF_PAD 3.0		/* cell padding, points */
#define PDF_CARDS_PER_PAGE 8

/* ---- the backend ------------------------------------------------------ */

/* Per document, shared by both passes (the font map, the parsed font). */
struct pdfb_doc;
/* One pass: the output (no output at all when measuring). */
struct pdfb_out;
/* One text layout: text, size, weight, width, height limit, alignment. */
struct pdfb_lay;

/* NULL with e set (ERR_IO) when no usable font exists. */
struct pdfb_doc *pdfb_doc_new(const struct pdf_setup *s, struct err *e);
void pdfb_doc_free(struct pdfb_doc *d);
/* fp NULL: the measuring pass, nothing is written.  pw × ph points. */
struct pdfb_out *pdfb_out_new(struct pdfb_doc *d, const struct pdf_setup *s,
    FILE *fp, double pw, double ph);
/* 0, or -1 with e set when the font has no Chinese glyphs. */
int pdfb_check_font(struct pdfb_out *o, struct err *e);
/* Ends the current page (the next drawing goes on a new one). */
void pdfb_show_page(struct pdfb_out *o);
/* Ends the last page and writes everything out; 0 or -1 with e set. */
int pdfb_finish(struct pdfb_out *o, struct err *e);
void pdfb_out_free(struct pdfb_out *o);

struct pdfb_lay *pdfb_lay_new(struct pdfb_out *o);
void pdfb_lay_free(struct pdfb_lay *l);
/* Lay `text` out `width` points wide (<= 0: no wrap), at most `maxh`
 * points high (<= 0: unlimited; beyond is cut with …).  Returns the
 * height in points. */
double pdfb_lay_set(struct pdfb_out *o, struct pdfb_lay *l, const char *text,
    double size, int bold, double width, double maxh, enum pdf_align align);
/* The width of the widest line laid out. */
double pdfb_lay_width(struct pdfb_lay *l);
/* Draws it with its top left corner at (x, y), y downwards from the top
 * of the page, in the current text colour. */
void pdfb_lay_draw(struct pdfb_out *o, struct pdfb_lay *l, double x, double y);
void pdfb_text_rgb(struct pdfb_out *o, double r, double g, double b);
/* A rectangle filled in grey, or outlined `lw` wide (dashed 3-2 when
 * `dash`). */
void pdfb_rect(struct pdfb_out *o, double x, double y, double w, double h,
    double grey, int fill, double lw, int dash);
/* A black horizontal rule. */
void pdfb_hline(struct pdfb_out *o, double x0, double x1, double y, double lw);

/* ---- the layout engine ------------------------------------------------ */

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
	struct pdfb_out *out;
	struct pdfb_lay *lay;	/* the layout for the frame and single texts */
	struct pdfb_lay **cells;	/* one per cell of a table or form row:
				 * laid out once, measured, then drawn */
	int ncells;

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

/* Lay `text` out in the shared layout (see pdfb_lay_set).  Returns the
 * height in points. */
double pdf_lay(struct pdf *p, const char *text, double size, int bold, double width,
    double maxh, enum pdf_align align);
/* The same into a given layout (one of pdf_cell_lay()). */
double pdf_lay_in(struct pdf *p, struct pdfb_lay *lay, const char *text, double size,
    int bold, double width, double maxh, enum pdf_align align);
/* The i-th cell layout (created on first use, kept until the end). */
struct pdfb_lay *pdf_cell_lay(struct pdf *p, int i);
/* Width in points of what pdf_lay() last laid out. */
double pdf_lay_width(struct pdf *p);
/* Draw the shared layout with its top left corner at (x, y) (second pass
 * only; a no-op when measuring). */
void pdf_draw_lay(struct pdf *p, double x, double y);
void pdf_draw_layout(struct pdf *p, struct pdfb_lay *lay, double x, double y);
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
