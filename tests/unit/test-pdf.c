/* test-pdf.c — the PDF engine: a table that spans pages repeats its header
 * on every page and never splits a row, the page count printed in the
 * footer is the real one, forms take exactly one page each, cards fill
 * 8 per page, and a write error is reported.  The PDF is read back with
 * pdftotext (poppler-utils); the test is skipped (77) without it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/io/pdf.h"
#include "t.h"

static char tmpdir[] = "/tmp/test-pdf.XXXXXX";

/* Sanitizer build: the libraries' own leaks (see tests/print/lsan.supp),
 * matched by function on full stacks. */
const char *__asan_default_options(void);
const char *__lsan_default_suppressions(void);
const char *
__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}
const char *
__lsan_default_suppressions(void)
{
	return "leak:cairo_surface_finish\nleak:FcInitLoadConfigAndFonts\n";
}

struct job {
	int rows, forms, cards;
	const char *long_value;
};

static int
produce(struct pdf *p, void *ctx, struct err *e)
{
	const struct job *j = ctx;
	static const struct pdf_col cols[] = {
		{ "No.", 0.6, PDF_RIGHT, "999" }, { "Name", 1.5, PDF_LEFT, NULL },
		{ "Remark", 5, PDF_LEFT, NULL },
	};
	char no[16], name[32], *why;
	const char *cells[3];

	(void)e;
	if (j->rows > 0) {
		pdf_text(p, "Intro 𠮷 paragraph", 11, 1, PDF_LEFT);
		pdf_table_begin(p, cols, 3, 9);
		for (int i = 1; i <= j->rows; i++) {
			snprintf(no, sizeof no, "%d", i);
			snprintf(name, sizeof name, "row-%03d", i);
			/* every 7th row wraps onto several lines */
			why = i % 7 == 0 ? xasprintf("start-%03d %s end-%03d", i,
			    j->long_value, i) : xstrdup("short");
			cells[0] = no, cells[1] = name, cells[2] = why;
			pdf_table_row(p, cells, 0);
			free(why);
		}
		pdf_table_end(p);
	}
	for (int i = 0; i < j->forms; i++) {
		struct pdf_form_item items[60];
		int n = 0;

		items[n++] = (struct pdf_form_item){ "Basic", NULL, 0, 1 };
		for (int k = 0; k < 55; k++)
			items[n++] = (struct pdf_form_item){ "Label", k % 5 == 0 ?
			    j->long_value : "value", k % 9 == 0 ? 3 : 1, 0 };
		snprintf(name, sizeof name, "form-%d", i);
		items[n++] = (struct pdf_form_item){ name, "x", 1, 0 };
		pdf_form(p, items, n, "Signed ______ Checked ______ Date ______");
	}
	for (int i = 0; i < j->cards; i++) {
		const char *lines[3] = { "Guardian: 王 13800000000", "Father: 李",
		    j->long_value };

		snprintf(name, sizeof name, "card-%d", i);
		pdf_card(p, name, "3-2", lines, 3);
	}
	return 0;
}

/* Render to a file; returns the pages the engine reported, -1 on error.
 * `known` > 0 claims the page count (no measuring pass). */
static int
render_known(const struct job *j, const char *path, int known)
{
	struct pdf_setup s = { "Test School 𠮷", "Roster", "CONFIDENTIAL", "by tester",
	    NULL, NULL, 0, known, NULL, NULL };
	struct err e = { 0 };
	FILE *fp = fopen(path, "wb");
	int pages = -1;

	if (fp == NULL)
		return -1;
	if (pdf_render(&s, produce, (void *)j, fp, &pages, &e) != 0) {
		fprintf(stderr, "render: %s\n", e.msg);
		pages = -1;
	}
	fclose(fp);
	return pages;
}

static int
render(const struct job *j, const char *path)
{
	return render_known(j, path, 0);
}

/* pdftotext output of path, caller frees. */
static char *
text_of(const char *path)
{
	char *cmd = xasprintf("pdftotext -layout '%s' -", path);
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;
	FILE *fp = popen(cmd, "r");

	free(cmd);
	if (fp == NULL)
		return xstrdup("");
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	pclose(fp);
	return b.s != NULL ? buf_detach(&b) : xstrdup("");
}

static int
count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *s = hay; (s = strstr(s, needle)) != NULL; s += strlen(needle))
		n++;
	return n;
}

static void
test_table(void)
{
	struct job j = { 400, 0, 0, "wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap "
	    "wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap "
	    "wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap" };
	char *path = xasprintf("%s/table.pdf", tmpdir), *txt, *page, *next, want[64];
	int pages = render(&j, path), k = 0, first, last;

	T_CHECK(pages > 3);
	txt = text_of(path);
	T_INTEQ(count(txt, "\f"), pages);
	for (page = txt; *page != '\0' && k < pages; page = next + 1, k++) {
		next = strchr(page, '\f');
		if (next == NULL)
			break;
		*next = '\0';
		/* the frame and the header row on every page */
		T_INTEQ(count(page, "Remark"), 1);
		T_INTEQ(count(page, "Roster"), 1);
		T_INTEQ(count(page, "CONFIDENTIAL"), 1);
		T_INTEQ(count(page, "Test School 𠮷"), 1);
		snprintf(want, sizeof want, "Page %d of %d", k + 1, pages);
		T_INTEQ(count(page, want), 1);
		/* no row split: a wrapped row's first and last words on one page */
		for (int i = 7; i <= j.rows; i += 7) {
			snprintf(want, sizeof want, "start-%03d", i);
			first = count(page, want);
			snprintf(want, sizeof want, "end-%03d", i);
			last = count(page, want);
			T_INTEQ(first, last);
		}
	}
	T_INTEQ(k, pages);
	free(txt);
	txt = text_of(path);
	for (int i = 1; i <= j.rows; i += 37) {
		snprintf(want, sizeof want, "row-%03d", i);
		T_INTEQ(count(txt, want), 1);
	}
	T_INTEQ(count(txt, "𠮷"), pages + 1);
	free(txt);
	free(path);
}

static void
test_forms_cards(void)
{
	struct buf lv = BUF_INIT;
	struct job j = { 0, 3, 0, NULL };
	char *path = xasprintf("%s/forms.pdf", tmpdir), *txt;

	/* values so long that the form must shrink and cut */
	for (int i = 0; i < 120; i++)
		buf_adds(&lv, "很长的说明文字 ");
	j.long_value = buf_str(&lv);
	T_INTEQ(render(&j, path), 3);
	txt = text_of(path);
	T_INTEQ(count(txt, "\f"), 3);
	T_CHECK(count(txt, "form-2") == 1);
	T_CHECK(strstr(txt, "Page 3 of 3") != NULL);
	free(txt);
	/* a known page count skips measuring; a wrong one is caught */
	T_INTEQ(render_known(&j, path, 3), 3);
	txt = text_of(path);
	T_CHECK(strstr(txt, "Page 2 of 3") != NULL);
	free(txt);
	T_INTEQ(render_known(&j, path, 5), -1);
	free(path);

	path = xasprintf("%s/cards.pdf", tmpdir);
	j.forms = 0, j.cards = 17, j.long_value = "helper 张老师";
	T_INTEQ(render(&j, path), 3);
	j.cards = 16;
	T_INTEQ(render(&j, path), 2);
	txt = text_of(path);
	T_INTEQ(count(txt, "card-"), 16);
	free(txt);
	j.cards = 11;
	T_INTEQ(render(&j, path), 2);
	free(path);
	path = xasprintf("%s/empty.pdf", tmpdir);
	j.cards = 0;
	T_INTEQ(render(&j, path), 1);	/* empty: one page with the frame */
	buf_free(&lv);
	free(path);
}

static void
test_write_error(void)
{
	struct pdf_setup s = { "S", "T", NULL, NULL, NULL, NULL, 0, 0, NULL, NULL };
	struct job j = { 50, 0, 0, "x" };
	struct err e = { 0 };
	FILE *fp = fopen("/dev/full", "wb");
	int rc;

	if (fp == NULL)
		return;
	setvbuf(fp, NULL, _IONBF, 0);
	rc = pdf_render(&s, produce, &j, fp, NULL, &e);
	T_INTEQ(rc, -1);
	T_INTEQ(e.code, ERR_IO);
	fclose(fp);
}

int
main(void)
{
	char *cmd;

	if (system("pdftotext -v >/dev/null 2>&1") != 0) {
		puts("test-pdf: pdftotext missing, skipped");
		return 77;
	}
	if (mkdtemp(tmpdir) == NULL)
		return 1;
	test_table();
	test_forms_cards();
	test_write_error();
	/* TEST_PDF_KEEP=1 keeps the files to look at */
	cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (getenv("TEST_PDF_KEEP") == NULL && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
	free(cmd);
	return t_done("test-pdf");
}
