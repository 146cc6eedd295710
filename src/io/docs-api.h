/* docs-api.h — the functions of the documents module (io layer, private).
 *
 * PDF (cairo + pango) and Excel (libxlsxwriter, minizip + expat, FreeXL)
 * pull in about 40 shared libraries that only a print, an export or an
 * Excel import needs.  They live in a module, guanai-docs.so, that docs.c
 * loads with dlopen() on first use, so that the TUI and the everyday
 * commands start without them (DESIGN §14) and a PC without them still
 * starts and says what is missing when asked to print.
 *
 * DOCS_FUNCS lists every function the module provides, once: docs.c makes
 * a trampoline of the same public name from each entry, docs-module.c the
 * table of pointers the module exports.  FN is (return type, name,
 * parameters, arguments); functions that return int take a struct err *e
 * last and fail with it when the module cannot be loaded; void functions
 * are only reachable after one of those succeeded. */
#ifndef GUANAI_DOCS_API_H
#define GUANAI_DOCS_API_H

#include <stddef.h>
#include <stdio.h>

#include "guanai/base/err.h"
#include "guanai/io/pdf.h"
#include "guanai/io/xlsx.h"
#include "sheet-private.h"

/* Raised whenever a function's signature or the list changes: a module
 * from another build is refused instead of called wrongly. */
#define DOCS_API_VERSION 1
/* The symbol the module exports, and its file name. */
#define DOCS_API_SYMBOL "guanai_docs_api"
#define DOCS_MODULE_NAME "guanai-docs.so"

#define DOCS_FUNCS(INT, VOID) \
	INT(pdf_render, (const struct pdf_setup *setup, pdf_produce_fn produce, \
	    void *ctx, FILE *fp, int *pages, struct err *e), \
	    (setup, produce, ctx, fp, pages, e)) \
	VOID(pdf_page_break, (struct pdf *p), (p)) \
	VOID(pdf_set_subtitle, (struct pdf *p, const char *subtitle), (p, subtitle)) \
	VOID(pdf_need, (struct pdf *p, double points), (p, points)) \
	VOID(pdf_space, (struct pdf *p, double points), (p, points)) \
	VOID(pdf_text, (struct pdf *p, const char *text, double size, int bold, \
	    enum pdf_align align), (p, text, size, bold, align)) \
	VOID(pdf_table_begin, (struct pdf *p, const struct pdf_col *cols, \
	    int ncols, double size), (p, cols, ncols, size)) \
	VOID(pdf_table_row, (struct pdf *p, const char *const *cells, int shade), \
	    (p, cells, shade)) \
	VOID(pdf_table_end, (struct pdf *p), (p)) \
	VOID(pdf_card, (struct pdf *p, const char *title, const char *tag, \
	    const char *const *lines, int nlines), (p, title, tag, lines, nlines)) \
	VOID(pdf_form, (struct pdf *p, const struct pdf_form_item *items, int n, \
	    const char *bottom), (p, items, n, bottom)) \
	INT(xlsx_open, (struct xlsx **out, const char *path, struct err *e), \
	    (out, path, e)) \
	INT(xlsx_sheet, (struct xlsx *x, const char *name, \
	    const char *const *headers, const int *min_width, size_t ncols, \
	    struct err *e), (x, name, headers, min_width, ncols, e)) \
	INT(xlsx_row, (struct xlsx *x, const char *const *cells, \
	    const unsigned char *numeric, struct err *e), (x, cells, numeric, e)) \
	VOID(xlsx_text_columns, (struct xlsx *x, const unsigned char *text), \
	    (x, text)) \
	INT(xlsx_list, (struct xlsx *x, size_t col, const char *const *values, \
	    struct err *e), (x, col, values, e)) \
	INT(xlsx_commit, (struct xlsx **x, struct err *e), (x, e)) \
	INT(sheet_xlsx_open, (const char *path, const char *fname, \
	    const char *name, void **impl, const struct sheet_backend **be, \
	    struct err *e), (path, fname, name, impl, be, e)) \
	INT(sheet_xls_open, (const char *path, const char *fname, \
	    const char *name, void **impl, const struct sheet_backend **be, \
	    struct err *e), (path, fname, name, impl, be, e))

#define DOCS_MEMBER(name, params, args) __typeof__(name) *name;

struct docs_api {
	int version;		/* DOCS_API_VERSION of the module's build */
	DOCS_FUNCS(DOCS_MEMBER, DOCS_MEMBER)
	void (*xlsx_abort)(struct xlsx **x);
};

#endif
