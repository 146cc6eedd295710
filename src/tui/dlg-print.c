/* dlg-print.c — 打印 (DESIGN §8, §9, §10; SCREENS.md §5): what (花名册,
 * 登记表, 联系卡, 结对表, 七清楚表, 统计表), the class (the list's, else the
 * whole school), public or confidential (confidential asks once and says
 * what it contains), where: the CUPS printers (`lpstat`, the default one
 * first), or a PDF on a USB stick, in the documents folder or in a folder
 * typed in.  Enter alone prints the roster of the list's class, public, on
 * the default printer (else a PDF on the first stick, else in the
 * documents folder).
 *
 * The document is app/print.c's print_run, the same as `guanai print`.
 * For a printer it is first written to the data folder's prints/ so that
 * the page count is shown before anything reaches the printer; Enter then
 * sends it (print_send), Esc removes it.  The status line says what went
 * where and how many pages.
 *
 * On Windows there is no CUPS: the first place is then the PC's PDF
 * program (print_desktop_available), which prints the PDF on the default
 * printer, or shows it to be printed from there (print_send_desktop). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/dest.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/app/print.h"
#include "dialog.h"
#include "scr-dlg.h"

static const struct keydef keys_dlg_print[] = {
	{ OP_GO, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 },
	{ OP_NONE, 0, 0 }
};

/* The documents in the order of the row, with a short word for the row
 * and the file name, and what each holds. */
static const struct {
	enum print_doc doc;
	const char *word;	/* N_() */
	const char *about;	/* N_() */
} docs[] = {
	{ PRINT_ROSTER, N_("Roster"),
	    N_("Roster: one line a child, by class.") },
	{ PRINT_FORMS, N_("Forms"),
	    N_("Registration forms: one page a child, every field (confidential).") },
	{ PRINT_CARDS, N_("Cards"),
	    N_("Contact cards: 8 a page, parents' and guardians' phones (confidential).") },
	{ PRINT_PAIRINGS, N_("Pairing list"),
	    N_("Pairing register: each child's helpers and since when.") },
	{ PRINT_CHECKLIST, N_("Checklist sheet"),
	    N_("Seven-clear checklist sheet: what is missing for each child.") },
	{ PRINT_STATS, N_("Stats tables"),
	    N_("Statistics tables for the work summary.") },
};
#define NDOCS (int)(sizeof docs / sizeof docs[0])

enum { R_DOC, R_CLASS, R_MODE, R_DEST, R_COUNT };

struct dprint {
	struct dchoices row[R_COUNT];
	const char *doc_words[NDOCS];
	const char *mode_words[2];
	struct dclass cls;
	struct ddest dest;
	char **printers;
	size_t nprinters;
	char **dest_words;	/* printers (or the PDF program), then the
				 * folders of dest */
	int ndest;
	int desktop;		/* 1: dest_words[0] is the PC's PDF program */
	int nfirst;		/* printers + desktop: where the folders start */
	int focus;
	int asked;		/* confidential: asked once already */
	char *typed;
	struct dprogress bar;
};

static int
dpr_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct dprint *x = xcalloc(1, sizeof *x);
	int i, has_default = 0;

	(void)arg, (void)e;
	for (i = 0; i < NDOCS; i++)
		x->doc_words[i] = _(docs[i].word);
	x->mode_words[0] = _("Public (no ID, phone, address, grades, health)");
	x->mode_words[1] = _("Confidential (internal)");
	dclass_load(&x->cls, t);
	ddest_load(&x->dest);
	x->desktop = print_desktop_available();
	if (!x->desktop)
		x->nprinters = app_printers(&x->printers, &has_default);
	x->nfirst = (int)x->nprinters + x->desktop;
	x->ndest = x->nfirst + x->dest.n;
	x->dest_words = xcalloc((size_t)x->ndest, sizeof *x->dest_words);
	if (x->desktop)
		x->dest_words[0] = xstrdup(_("Default printer (through the PDF program)"));
	for (i = 0; i < (int)x->nprinters; i++)
		x->dest_words[i] = i == 0 && has_default ?
		    xasprintf(_("Printer %s (default)"), x->printers[i]) :
		    xasprintf(_("Printer %s"), x->printers[i]);
	for (i = 0; i < x->dest.n; i++)
		x->dest_words[x->nfirst + i] = x->dest.dirs[i] != NULL ?
		    xasprintf(_("%s (PDF)"), x->dest.labels[i]) : xstrdup(x->dest.labels[i]);
	x->row[R_DOC] = (struct dchoices){ _("What:"), x->doc_words, NDOCS, 0 };
	x->row[R_CLASS] = (struct dchoices){ _("Class:"),
	    (const char *const *)x->cls.labels, x->cls.n, 0 };
	x->row[R_MODE] = (struct dchoices){ _("Public or not:"), x->mode_words, 2, 0 };
	x->row[R_DEST] = (struct dchoices){ _("Where:"),
	    (const char *const *)x->dest_words, x->ndest, 0 };
	s->priv = x;
	return 0;
}

static void
dpr_free(struct screen *s)
{
	struct dprint *x = s->priv;
	int i;

	dclass_free(&x->cls);
	ddest_free(&x->dest);
	app_printers_free(x->printers, x->nprinters);
	for (i = 0; i < x->ndest; i++)
		free(x->dest_words[i]);
	free(x->dest_words);
	free(x->typed);
	free(x);
}

static enum print_doc
chosen_doc(const struct dprint *x)
{
	return docs[x->row[R_DOC].sel].doc;
}

static int
confidential(const struct dprint *x)
{
	return print_doc_confidential(chosen_doc(x), x->row[R_MODE].sel == 1);
}

static void
dpr_draw(struct screen *s, struct tui *t)
{
	struct dprint *x = s->priv;
	int y = tui_body_top(t), i, yy;

	snprintf(s->title, sizeof s->title, "%s", _("Print"));
	w_put(t, y, 1, t->cols - 2, _("Enter prints with the choices shown; "
	    "\xe2\x86\x91\xe2\x86\x93 row, \xe2\x86\x90\xe2\x86\x92 choice, Esc cancels."),
	    t->attr[TA_DIM], 0);
	/* every choice whole: a row whose choices do not fit goes on under
	 * them (保密（内部资料） after the long 公开（…）, the folders after
	 * the printers), never cut until it is selected */
	yy = y + 2;
	for (i = 0; i < R_COUNT; i++)
		yy += dchoices_draw_wrap(t, yy, 16, &x->row[i], i == x->focus, 3);
	w_put(t, yy + 1, 2, t->cols - 3, _(docs[x->row[R_DOC].sel].about),
	    t->attr[TA_NORMAL], 0);
	if (confidential(x))
		w_put(t, yy + 2, 2, t->cols - 3, _("Printed as confidential: "
		    "every page says internal use only."), t->attr[TA_WARN], 0);
	if (x->desktop)
		w_put(t, yy + 3, 2, t->cols - 3, _("The PDF is printed by this "
		    "computer's PDF program (WPS, Edge…) on its default printer."),
		    t->attr[TA_DIM], 0);
	else if (x->nprinters == 0)
		w_put(t, yy + 3, 2, t->cols - 3, _("No printer found (CUPS): "
		    "the document is saved as a PDF."), t->attr[TA_DIM], 0);
	dprogress_draw(&x->bar, t, y + tui_body_rows(t) - 2);
}

/* print_run's progress: the page reached (total 0 while the pages are
 * counted); Esc cancels. */
static int
page_progress(void *ctx, int page, int total)
{
	struct dprint *x = ctx;

	x->bar.total = total > 0 ? (size_t)total : 0;
	x->bar.count_pages = total <= 0;
	return dprogress_update(&x->bar, (size_t)page);
}

/* Confidential prints ask once what they hold.  1 to go on. */
static int
confirm_confidential(struct dprint *x, struct tui *t)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[2] = { _("Yes, print it"), _("No") };

	if (!confidential(x) || x->asked)
		return 1;
	if (dlg_ask(t, _("Confidential: ID numbers, phones, addresses, grades, health "
	    "and hardship. Keep the paper safe. Go on?"), keys, words, 2) != 0)
		return 0;
	x->asked = 1;
	return 1;
}

static void
fill_req(struct dprint *x, struct print_req *req)
{
	memset(req, 0, sizeof *req);
	req->doc = chosen_doc(x);
	dclass_get(&x->cls, x->row[R_CLASS].sel, &req->grade, &req->class_no);
	req->confidential = x->row[R_MODE].sel == 1;
	req->progress = page_progress;
	req->progress_ctx = x;
}

/* Lay the chosen document out into a new spool file, under the progress
 * bar: 0 with *spool and *res filled, or -1 (said on the screen). */
static int
lay_out_spool(struct dprint *x, struct tui *t, struct print_req *req,
    struct print_result *res, char **spool)
{
	struct err e = { 0, "" };
	int r;

	fill_req(x, req);
	if ((*spool = print_spool_path(req->doc, &e)) == NULL) {
		tui_fail(t, &e);
		return -1;
	}
	req->path = *spool;
	dprogress_start(&x->bar, t, _("Laying out the pages (Esc cancels)"), 0, NULL);
	r = print_run(t->app, req, res, &e);
	dprogress_stop(&x->bar);
	if (r != 0) {
		dlg_fail_at(t, &e, *spool);
		xfree(spool);
		return -1;
	}
	return 0;
}

/* Ask `question` (freed here) with Enter to print: 0 on Enter; else the
 * spooled PDF is dropped, "Nothing was printed." said, and -1. */
static int
ask_to_print(struct tui *t, char *question, const char *spool)
{
	static const char *const keys[] = { "Enter" };
	const char *words[1] = { _("Start printing") };
	int r = dlg_ask(t, question, keys, words, 1);

	free(question);
	if (r == 0)
		return 0;
	print_spool_discard(spool);
	tui_say(t, "%s", _("Nothing was printed."));
	return -1;
}

/* Layout into the spool, the page count, then lp. */
static void
to_printer(struct dprint *x, struct tui *t, const char *printer)
{
	struct print_req req;
	struct print_result res;
	struct err e = { 0, "" };
	char *spool, *q, *says = NULL;

	if (lay_out_spool(x, t, &req, &res, &spool) != 0)
		return;
	q = xasprintf(P_("%d page for %s. Enter prints, Esc cancels.",
	    "%d pages for %s. Enter prints, Esc cancels.", res.pages), res.pages, printer);
	if (ask_to_print(t, q, spool) != 0)
		goto out;
	if (print_send(t->app, req.doc, spool, printer, res.pages, &says, &e) != 0) {
		tui_fail(t, &e);	/* the message says where the PDF is */
		goto out;
	}
	print_spool_discard(spool);
	tui_say(t, P_("Sent to the printer %s: %d page.", "Sent to the printer %s: %d pages.",
	    res.pages), printer, res.pages);
	tui_back(t);
out:
	free(says);
	free(spool);
	print_result_clear(&res);
}

/* Windows: layout into the spool, the page count, then the PDF program's
 * print verb (or its open verb).  The spooled PDF stays: the program reads
 * it after this returns. */
static void
to_desktop(struct dprint *x, struct tui *t)
{
	struct print_req req;
	struct print_result res;
	struct err e = { 0, "" };
	char *spool, *q;
	int how;

	if (lay_out_spool(x, t, &req, &res, &spool) != 0)
		return;
	q = xasprintf(P_("%d page for the default printer. Enter prints, Esc cancels.",
	    "%d pages for the default printer. Enter prints, Esc cancels.", res.pages),
	    res.pages);
	if (ask_to_print(t, q, spool) != 0)
		goto out;
	if (print_send_desktop(t->app, req.doc, spool, res.pages, &how, &e) != 0) {
		tui_fail(t, &e);	/* the message says where the PDF is */
		goto out;
	}
	if (how == PRINT_DESKTOP_PRINTED)
		tui_say(t, P_("Handed to the PDF program for the default printer: %d page.",
		    "Handed to the PDF program for the default printer: %d pages.",
		    res.pages), res.pages);
	else
		tui_say(t, P_("Opened in the PDF program: print it from there (%d page).",
		    "Opened in the PDF program: print it from there (%d pages).",
		    res.pages), res.pages);
	tui_back(t);
out:
	free(spool);
	print_result_clear(&res);
}

static void
to_folder(struct dprint *x, struct tui *t, int i)
{
	static const char *const yn[] = { "y", "n" };
	const char *ynw[2] = { _("Yes"), _("No") };
	struct print_req req;
	struct print_result res;
	struct err e = { 0, "" };
	char *dir, *stem = NULL, *path = NULL, *q, *shown;
	plat_stat_t st;
	int r;

	memset(&res, 0, sizeof res);
	dir = ddest_folder(&x->dest, i, t, &x->typed);
	if (dir == NULL || !dlg_check_folder(t, dir))
		goto out;
	stem = dlg_file_stem(t, x->doc_words[x->row[R_DOC].sel],
	    x->cls.labels[x->row[R_CLASS].sel]);
	path = xasprintf("%s/%s.pdf", dir, stem);
	if (plat_stat(path, &st) == 0) {
		q = xasprintf(_("%s.pdf exists. Replace it?"), stem);
		r = dlg_ask(t, q, yn, ynw, 2);
		free(q);
		if (r != 0)
			goto out;
	}
	fill_req(x, &req);
	req.path = path;
	dprogress_start(&x->bar, t, _("Laying out the pages (Esc cancels)"), 0, NULL);
	r = print_run(t->app, &req, &res, &e);
	dprogress_stop(&x->bar);
	if (r != 0) {
		dlg_fail_at(t, &e, path);
		goto out;
	}
	shown = dlg_short_path(path, t->cols - 24);
	tui_say(t, P_("Saved to %s: %d page.", "Saved to %s: %d pages.", res.pages),
	    shown, res.pages);
	free(shown);
	tui_back(t);
out:
	print_result_clear(&res);
	free(dir);
	free(stem);
	free(path);
}

static int
dpr_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct dprint *x = s->priv;
	int d;

	if (op == OP_GO) {
		if (!confirm_confidential(x, t))
			return 1;
		d = x->row[R_DEST].sel;
		if (x->desktop && d == 0)
			to_desktop(x, t);
		else if (d < (int)x->nprinters)
			to_printer(x, t, x->printers[d]);
		else
			to_folder(x, t, d - x->nfirst);
		return 1;
	}
	if (op == OP_LEFT || op == OP_RIGHT || op == OP_UP || op == OP_DOWN ||
	    key == TK_TAB || key == ' ') {
		if (x->focus == R_MODE && (op == OP_LEFT || op == OP_RIGHT || key == ' '))
			x->asked = 0;	/* a new choice of mode: ask again */
		return dchoices_form_key(x->row, R_COUNT, &x->focus, op, key);
	}
	return 0;
}

const struct screen_class scr_dlg_print = {
	.name = "dlg-print",
	.keys = keys_dlg_print,
	.init = dpr_init,
	.free = dpr_free,
	.draw = dpr_draw,
	.key = dpr_key,
};
