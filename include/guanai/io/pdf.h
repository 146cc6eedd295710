/* pdf.h — a small document engine (io layer), over cairo-pdf + pangocairo
 * or the program's own PDF writer (configure --with-pdf; src/io/pdf-private.h).
 *
 * It knows pages, not children: the caller hands it rows of strings that
 * are already formatted and translated (no store, no SQL here).
 *
 * Every page is A4 (portrait or landscape) and carries the same frame: the
 * school name, the document title (and a subtitle such as the class), the
 * confidential mark when there is one, a rule; at the bottom the generation
 * line (operator, date) and "第 N 页 共 M 页".
 *
 * The total M is known only once everything is laid out, so a document is
 * produced by a callback that pdf_render() runs TWICE: the first pass only
 * measures (pango layouts, no drawing, no output) and counts the pages, the
 * second draws them with the total known.  The producer must therefore be
 * deterministic (it re-reads its data; nothing is held in memory in
 * between), and the engine checks that both passes gave the same count.
 * A producer that knows its page count beforehand says so
 * (pdf_setup.known_pages) and is run once.
 *
 * With cairo, text is shaped by pango with the language zh-cn (so
 * fontconfig picks the Chinese glyph shapes of Noto Sans CJK, not the
 * Japanese ones); the builtin engine (Windows) lays it out with a TrueType
 * font it reads itself.  Either way the font is embedded as a subset and
 * the text stays extractable with pdftotext. */
#ifndef GUANAI_PDF_H
#define GUANAI_PDF_H

#include "guanai/io/visible.h"

#include <stdio.h>

#include "guanai/base/err.h"

struct pdf;

/* The frame of every page.  Strings are borrowed for the call. */
struct pdf_setup {
	const char *school;	/* top left */
	const char *title;	/* centred, large: 花名册 */
	const char *mark;	/* top right in red (内部资料 注意保密), or NULL */
	const char *generated;	/* bottom left: operator and date, or NULL */
	const char *font;	/* cairo: a pango family list; builtin: a .ttf or
				 * .ttc file; NULL = the default (Noto Sans CJK
				 * SC, …; SimSun, …) */
	const char *pdf_title;	/* document metadata title; NULL = title */
	int landscape;		/* A4 landscape instead of portrait */
	int known_pages;	/* > 0: the producer knows the page count (one
				 * form per child, 8 cards a page): the
				 * measuring pass is skipped and the count
				 * checked after drawing */
	/* Asked at each page begun, in both passes (total 0 while
	 * measuring), for a progress bar; non-zero cancels: the rest of
	 * the content is skipped and pdf_render fails (ERR_IO).  May be
	 * NULL. */
	int (*progress)(void *ctx, int page, int total);
	void *progress_ctx;
};

enum pdf_align { PDF_LEFT, PDF_CENTER, PDF_RIGHT };

/* One column of a table: its header, a relative width and an alignment.
 * A column with a `sample` (a date, an ID number) gets exactly the width
 * that sample needs, so such values never wrap; the others share what is
 * left by weight. */
struct pdf_col {
	const char *title;
	double weight;
	enum pdf_align align;
	const char *sample;	/* widest expected value, or NULL */
};

/* One item of a registration form: a label and its value, spanning 1, 2
 * or 3 of the three slots of a form row; a section item (label only) is a
 * shaded full-width row that opens a group (父母, 监护人 …). */
struct pdf_form_item {
	const char *label;
	const char *value;	/* NULL or "" prints an empty cell to fill by hand */
	int span;		/* 1..3; 0 is taken as 1 */
	int section;		/* 1 = a section heading */
};

/* Produces the content; called twice (see above).  Returns 0, or -1 with
 * e set (the engine stops and reports it). */
typedef int (*pdf_produce_fn)(struct pdf *p, void *ctx, struct err *e);

/* Lay out and write the document to fp (not closed).  On success returns
 * 0 and the number of pages in *pages (NULL allowed).  Fails with ERR_IO
 * when no font with Chinese glyphs is installed, when the file cannot be written,
 * or with whatever error the producer set. */
int pdf_render(const struct pdf_setup *setup, pdf_produce_fn produce, void *ctx,
    FILE *fp, int *pages, struct err *e);

/* ---- content, for the producer ------------------------------------- */

/* Start a new page (unless the current one is still empty). */
void pdf_page_break(struct pdf *p);
/* The subtitle under the title, from the next page on (and on the current
 * page when nothing has been put on it yet).  NULL clears it. */
void pdf_set_subtitle(struct pdf *p, const char *subtitle);
/* Start a new page when less than `points` of height is left. */
void pdf_need(struct pdf *p, double points);
/* Vertical space. */
void pdf_space(struct pdf *p, double points);
/* A paragraph over the body width, wrapped; moved whole to the next page
 * when it does not fit (a paragraph taller than a page is cut with …). */
void pdf_text(struct pdf *p, const char *text, double size, int bold,
    enum pdf_align align);

/* A table: the columns are copied; the header row is drawn above the first
 * row on every page the table reaches.  Rows are never split across pages;
 * a cell's text wraps within its width (a row taller than a whole page is
 * cut with …).  `size` is the font size in points. */
void pdf_table_begin(struct pdf *p, const struct pdf_col *cols, int ncols, double size);
/* One row of ncols strings (NULL = empty).  `shade` fills it light grey
 * (a total line). */
void pdf_table_row(struct pdf *p, const char *const *cells, int shade);
void pdf_table_end(struct pdf *p);

/* A contact card in a grid of 2 × 4 per page (a new page after eight):
 * a bold title line, a right-aligned tag on it (the class), then lines.
 * Text that would not fit is set smaller; never spills out of its card. */
void pdf_card(struct pdf *p, const char *title, const char *tag,
    const char *const *lines, int nlines);

/* One registration form: always exactly one page of its own.  The items
 * fill a grid of three label/value slots per row; `bottom` (the signature
 * line) is printed at the foot of the page.  Long values wrap; when the
 * whole does not fit, the font gets smaller (down to 6 pt) and, at the
 * last resort, values are cut with … — never a second page. */
void pdf_form(struct pdf *p, const struct pdf_form_item *items, int n,
    const char *bottom);

#endif
