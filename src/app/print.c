/* print.c — run a print: pick the classes, lay the document out through
 * the PDF engine into an atomic file, hand it to CUPS when a printer was
 * asked for (saving it in the data folder when CUPS is absent or says no),
 * and record the print in the audit log. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guanai/app/print.h"
#include "guanai/app/scope.h"
#include "guanai/base/buf.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"
#include "print-private.h"

struct doc_def {
	const char *code;
	const char *title;	/* N_() */
	pdf_produce_fn produce;
	int always_confidential;
	int landscape;		/* 0 portrait, 1 landscape, 2 landscape when confidential */
	int per_page;		/* children a page when fixed (forms 1, cards 8), else 0 */
};

static const struct doc_def docs[PRINT_DOC_COUNT] = {
	[PRINT_ROSTER] = { "roster", N_("Roster of left-behind children"), print_roster,
	    0, 2, 0 },
	[PRINT_CARDS] = { "cards", N_("Contact cards"), print_cards, 1, 0, 8 },
	[PRINT_FORMS] = { "forms", N_("Registration form"), print_forms, 1, 0, 1 },
	[PRINT_PAIRINGS] = { "pairings", N_("Pairing register"), print_pairings,
	    0, 0, 0 },
	[PRINT_CHECKLIST] = { "checklist", N_("Seven-clear checklist"), print_checklist,
	    0, 1, 0 },
	[PRINT_STATS] = { "stats", N_("Statistics of left-behind children"), print_stats, 0, 0, 0 },
};

int
print_doc_parse(const char *code)
{
	for (int i = 0; i < PRINT_DOC_COUNT; i++)
		if (code != NULL && strcmp(code, docs[i].code) == 0)
			return i;
	return -1;
}

const char *
print_doc_title(enum print_doc d)
{
	return _(docs[d].title);
}

int
print_doc_confidential(enum print_doc d, int asked)
{
	return docs[d].always_confidential || asked;
}

void
print_result_clear(struct print_result *r)
{
	xfree(&r->path);
	xfree(&r->lp_says);
	memset(r, 0, sizeof *r);
}

/* The classes of the request, in grade and number order. */
static int
select_classes(struct print_ctx *c, struct err *e)
{
	struct class_info *all = NULL;
	size_t n = 0, k = 0;

	if (store_classes(c->a->store, &all, &n, e) != 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (c->req->grade == 0 || (all[i].grade == c->req->grade &&
		    all[i].number == c->req->class_no))
			all[k++] = all[i];
	if (k == 0 && c->req->grade != 0) {
		char *lab = class_label(c->req->grade, c->req->class_no);

		err_set(e, ERR_USAGE, _("there is no class %s in this school"), lab);
		free(lab);
		free(all);
		return -1;
	}
	c->classes = all;
	c->nclasses = k;
	return 0;
}

char *
print_scope_label(const struct print_ctx *c)
{
	if (c->req->grade != 0)
		return class_label(c->req->grade, c->req->class_no);
	return app_scope_text(c->a);
}

/* Pages of a document with a fixed number of children a page (forms,
 * cards): known before laying out, which spares the measuring pass. */
static int
known_pages(struct print_ctx *c, int per_page, int *pages, struct err *e)
{
	size_t total = 0, n;

	*pages = 0;
	if (per_page <= 0)
		return 0;
	for (size_t i = 0; i < c->nclasses; i++) {
		struct child_filter f = print_class_filter(&c->classes[i]);

		if (store_children_count(c->a->store, &f, &n, e) != 0)
			return -1;
		total += n;
	}
	*pages = total == 0 ? 1 : (int)((total + (size_t)per_page - 1) / (size_t)per_page);
	return 0;
}

/* Where a PDF for the printer is kept: the data folder's prints/. */
char *
print_spool_path(enum print_doc d, struct err *e)
{
	char *dir = fs_data_dir(), *sub = xasprintf("%s/prints", dir), *path = NULL;
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	free(dir);
	if (fs_mkdir_p(sub, 0700, e) != 0)
		goto out;
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	path = xasprintf("%s/%s-%s.pdf", sub, docs[d].code, stamp);
out:
	free(sub);
	return path;
}

/* `lp` on $PATH, or NULL; caller frees. */
static char *
find_lp(void)
{
	const char *path = getenv("PATH");
	char *copy, *dir, *save = NULL, *found = NULL;

	copy = xstrdup(path != NULL ? path : "/usr/bin:/bin");
	for (dir = strtok_r(copy, ":", &save); dir != NULL && found == NULL;
	    dir = strtok_r(NULL, ":", &save)) {
		char *cand = xasprintf("%s/lp", dir[0] ? dir : ".");

		if (plat_access(cand, PLAT_X_OK) == 0)
			found = cand;
		else
			free(cand);
	}
	free(copy);
	return found;
}

/* Run `lp -d PRINTER -t TITLE FILE` (no shell: the names are arguments).
 * Returns lp's exit status (-1 when it could not run); *says gets what it
 * printed, trimmed. */
static int
run_lp(const char *lp, const char *printer, const char *title, const char *file,
    char **says)
{
	const char *argv[] = { lp, "-d", printer, "-t", title, "--", file, NULL };
	char *out = NULL;
	size_t n;
	int rc;

	*says = NULL;
	rc = plat_run(argv, PLAT_RUN_STDERR, &out, 4096);
	n = out != NULL ? strlen(out) : 0;
	while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == ' '))
		out[--n] = '\0';
	if (n > 0)
		*says = out;
	else
		free(out);
	return rc;
}

/* Send the saved PDF; on failure e says why and where the PDF is. */
static int
send_to_printer(const struct print_req *req, struct print_result *res, struct err *e)
{
	char *lp = find_lp(), *says = NULL;
	int rc;

	if (lp == NULL) {
		err_set(e, ERR_IO, _("cannot print: CUPS is not installed (no lp "
		    "command); the PDF was saved as %s"), res->path);
		return -1;
	}
	rc = run_lp(lp, req->printer, print_doc_title(req->doc), res->path, &says);
	free(lp);
	if (rc != 0) {
		err_set(e, ERR_IO, _("cannot print on %s: %s; the PDF was saved as %s"),
		    req->printer, says != NULL ? says : _("lp could not run"),
		    res->path);
		free(says);
		return -1;
	}
	res->sent = 1;
	res->lp_says = says;
	return 0;
}

int
print_desktop_available(void)
{
	return plat_shell_print_available();
}

/* Hand the saved PDF to the PC's PDF program; on failure e says where the
 * PDF is. */
static int
send_to_desktop(struct print_result *res, struct err *e)
{
	int how = plat_shell_print(res->path);

	if (how < 0) {
		err_set(e, ERR_IO, _("cannot print: no program on this computer opens "
		    "PDF files (install WPS Office or a PDF reader); the PDF was "
		    "saved as %s"), res->path);
		return -1;
	}
	res->desktop = how == PLAT_SHELL_PRINTED ? PRINT_DESKTOP_PRINTED :
	    PRINT_DESKTOP_OPENED;
	res->sent = how == PLAT_SHELL_PRINTED;
	return 0;
}

int
print_send_desktop(struct app *a, enum print_doc d, const char *path, int pages,
    int *how, struct err *e)
{
	struct print_result res = { 0 };
	char *what;
	int rc;

	*how = 0;
	if (d < 0 || d >= PRINT_DOC_COUNT) {
		err_set(e, ERR_USAGE, _("this document cannot be printed yet"));
		return -1;
	}
	res.path = (char *)path;	/* borrowed: only read */
	what = xasprintf("document=%s pages=%d to=desktop", docs[d].code, pages);
	rc = store_audit_event(a->store, "print", what, e);
	free(what);
	if (rc != 0 || send_to_desktop(&res, e) != 0)
		return -1;
	*how = res.desktop;
	return 0;
}

int
print_send(struct app *a, enum print_doc d, const char *path, const char *printer,
    int pages, char **lp_says, struct err *e)
{
	struct print_req req = { 0 };
	struct print_result res = { 0 };
	char *what;
	int rc;

	*lp_says = NULL;
	if (d < 0 || d >= PRINT_DOC_COUNT) {
		err_set(e, ERR_USAGE, _("this document cannot be printed yet"));
		return -1;
	}
	req.doc = d;
	req.printer = printer;
	res.path = (char *)path;	/* borrowed: send_to_printer only reads it */
	/* the audit entry first: a print that cannot be logged does not happen */
	what = xasprintf("document=%s pages=%d to=printer", docs[d].code, pages);
	rc = store_audit_event(a->store, "print", what, e);
	free(what);
	if (rc != 0 || send_to_printer(&req, &res, e) != 0)
		return -1;
	*lp_says = res.lp_says;
	return 0;
}

void
print_spool_discard(const char *path)
{
	if (path != NULL)
		plat_unlink(path);
}

/* The audit row goes in before the file takes its name: a print that is
 * not logged does not happen (a database that cannot be written gets no
 * file). */
static int
audit(struct print_ctx *c, const struct print_result *res, const char *to,
    struct err *e)
{
	struct buf b = BUF_INIT;
	int rc;

	buf_addf(&b, "document=%s class=", docs[c->req->doc].code);
	if (c->req->grade != 0)
		buf_addf(&b, "%d-%d", c->req->grade, c->req->class_no);
	else
		buf_adds(&b, app_audit_all_classes(c->a));
	buf_addf(&b, " count=%d pages=%d mode=%s to=%s", res->count, res->pages,
	    c->confidential ? "confidential" : "public", to);
	rc = store_audit_event(c->a->store, "print", buf_str(&b), e);
	buf_free(&b);
	return rc;
}

/* The PDF into `path`, atomically. */
static int
write_pdf(struct print_ctx *c, const char *path, struct print_result *res,
    struct err *e)
{
	const struct doc_def *d = &docs[c->req->doc];
	struct school sc = { 0 };
	struct atomic_file af;
	struct pdf_setup s = { 0 };
	char today[DATE_ISO_SIZE], *generated = NULL;
	int rc = -1;

	if (store_school_get(c->a->store, &sc, e) != 0)
		return -1;
	date_today_iso(today);
	/* L10N: the line at the foot of every printed page */
	generated = xasprintf(_("Printed by %s on %s"), c->a->actor, today);
	s.school = sc.name != NULL ? sc.name : "";
	s.title = _(d->title);
	s.mark = c->confidential ? _("Confidential — internal use only") : NULL;
	s.generated = generated;
	s.font = getenv("GUANAI_PDF_FONT");
	s.landscape = d->landscape == 1 || (d->landscape == 2 && c->confidential);
	s.progress = c->req->progress;
	s.progress_ctx = c->req->progress_ctx;
	if (known_pages(c, d->per_page, &s.known_pages, e) != 0)
		goto out;
	/* 0600 even for the public roster: it names children (DESIGN §8) */
	if (atomic_open(&af, path, 0600, e) != 0)
		goto out;
	if (pdf_render(&s, d->produce, c, af.fp, &res->pages, e) != 0) {
		atomic_abort(&af);
		goto out;
	}
	res->count = c->count;
	if (audit(c, res, c->req->printer != NULL ? "printer" :
	    c->req->desktop ? "desktop" : "file", e) != 0) {
		atomic_abort(&af);
		goto out;
	}
	if (atomic_commit(&af, e) != 0)
		goto out;
	rc = 0;
out:
	free(generated);
	school_clear(&sc);
	return rc;
}

int
print_run(struct app *a, const struct print_req *req, struct print_result *res,
    struct err *e)
{
	struct print_ctx c = { 0 };
	int rc = -1;

	memset(res, 0, sizeof *res);
	if (req->doc < 0 || req->doc >= PRINT_DOC_COUNT || docs[req->doc].produce == NULL) {
		err_set(e, ERR_USAGE, _("this document cannot be printed yet"));
		return -1;
	}
	if ((req->path != NULL) + (req->printer != NULL) + (req->desktop != 0) != 1) {
		err_set(e, ERR_USAGE, _("give either an output file or a printer"));
		return -1;
	}
	c.a = a;
	c.req = req;
	c.confidential = print_doc_confidential(req->doc, req->confidential);
	c.today = date_today();
	if (select_classes(&c, e) != 0)
		goto out;
	res->path = req->path != NULL ? xstrdup(req->path) : print_spool_path(req->doc, e);
	if (res->path == NULL || write_pdf(&c, res->path, res, e) != 0) {
		xfree(&res->path);
		goto out;
	}
	if (req->printer != NULL && send_to_printer(req, res, e) != 0)
		goto out;
	if (req->desktop && send_to_desktop(res, e) != 0)
		goto out;
	rc = 0;
out:
	free(c.classes);
	return rc;
}
