/* docs-nopdf.c — pdf.h in a build without PDF printing (configure
 * --without-pdf; the Windows build, issue 16: cairo and pango are not
 * built for it yet).  pdf_render says so and produces nothing; the other
 * functions are only reached from inside a pdf_render that succeeded, so
 * here they never run. */
#include "config.h"

#include <stdio.h>

#include "guanai/base/err.h"
#include "guanai/base/i18n.h"
#include "guanai/io/pdf.h"

int
pdf_render(const struct pdf_setup *setup, pdf_produce_fn produce, void *ctx,
    FILE *fp, int *pages, struct err *e)
{
	if (pages != NULL)
		*pages = 0;
	err_set(e, ERR_IO, _("printing is not available in this build of "
	    "guanai (it was built without PDF); export to Excel and print "
	    "the spreadsheet instead"));
	return -1;
}

void
pdf_page_break(struct pdf *p)
{
}

void
pdf_set_subtitle(struct pdf *p, const char *subtitle)
{
}

void
pdf_need(struct pdf *p, double points)
{
}

void
pdf_space(struct pdf *p, double points)
{
}

void
pdf_text(struct pdf *p, const char *text, double size, int bold,
    enum pdf_align align)
{
}

void
pdf_table_begin(struct pdf *p, const struct pdf_col *cols, int ncols,
    double size)
{
}

void
pdf_table_row(struct pdf *p, const char *const *cells, int shade)
{
}

void
pdf_table_end(struct pdf *p)
{
}

void
pdf_card(struct pdf *p, const char *title, const char *tag,
    const char *const *lines, int nlines)
{
}

void
pdf_form(struct pdf *p, const struct pdf_form_item *items, int n,
    const char *bottom)
{
}
