/* print.h — the printed documents (DESIGN.md §8, §10): 花名册 roster,
 * 联系卡 contact cards, 基本情况登记表 registration forms, 结对帮扶登记表
 * pairings, 七清楚 checklist sheet, 统计表 statistics.
 *
 * A document is read from the store and laid out by the PDF engine
 * (io/pdf.h); it is written atomically to the file asked for, or — for a
 * printer — to the data folder and then handed to CUPS with `lp -d NAME`.
 * Every print is recorded in the audit log (document, class, count, mode;
 * never an ID or phone number).
 *
 * Public and confidential: the roster and the pairings are public unless
 * asked otherwise, and then show no field flagged FF_PRIVATE or FF_MASKED
 * (ID, phones, study, health, hardship …).  Cards, forms and confidential
 * prints carry 内部资料 注意保密 on every page. */
#ifndef GUANAI_PRINT_H
#define GUANAI_PRINT_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/err.h"

enum print_doc {
	PRINT_ROSTER,
	PRINT_CARDS,
	PRINT_FORMS,
	PRINT_PAIRINGS,
	PRINT_CHECKLIST,
	PRINT_STATS,
	PRINT_DOC_COUNT
};

/* "roster" … "stats" → the document, or -1 when unknown. */
int print_doc_parse(const char *code);
/* The translated title (花名册); borrowed. */
const char *print_doc_title(enum print_doc d);
/* Whether the document is confidential when `asked` is the user's choice
 * (cards and forms always are). */
int print_doc_confidential(enum print_doc d, int asked);

struct print_req {
	enum print_doc doc;
	int grade, class_no;	/* 0, 0 = the whole school */
	int confidential;	/* --confidential */
	const char *path;	/* -o FILE.pdf; NULL when printing */
	const char *printer;	/* --printer NAME; NULL when writing a file */
	/* 1: neither a file nor a printer: the PDF is handed to the PC's
	 * PDF program to print (Windows; see print_desktop_available) */
	int desktop;
	/* A progress bar (may be NULL): each page laid out (total 0 while the
	 * pages are still counted); non-zero cancels the print, which then
	 * fails with nothing written under the final name. */
	int (*progress)(void *ctx, int page, int total);
	void *progress_ctx;
};

struct print_result {
	int pages;
	int count;		/* children (pairings for the pairing list) printed */
	char *path;		/* where the PDF was written (the caller frees) */
	int sent;		/* 1 when lp accepted the job */
	char *lp_says;		/* what lp printed (the request id), or NULL */
	/* desktop: PRINT_DESKTOP_PRINTED (the PDF program prints it on the
	 * default printer) or PRINT_DESKTOP_OPENED (it shows it: print from
	 * there) */
	int desktop;
};
enum { PRINT_DESKTOP_PRINTED = 1, PRINT_DESKTOP_OPENED = 2 };
/* 1 where printing goes through the PC's PDF program (Windows: the
 * shell's print verb) rather than CUPS printers. */
int print_desktop_available(void);
void print_result_clear(struct print_result *r);

/* Produce the document and write or print it.  Returns 0 on success.
 * Fails with -1 and e set:
 *  - ERR_USAGE for an unknown class;
 *  - ERR_IO when the file cannot be written (then nothing exists under the
 *    final name), when no Chinese font is installed, on a database error;
 *  - ERR_IO when printing was asked for but CUPS is absent or refused the
 *    job: the PDF is then saved in the data folder, res->path says where
 *    and the message says where and why. */
int print_run(struct app *a, const struct print_req *req, struct print_result *res,
    struct err *e);

/* Where a PDF meant for a printer is kept before it is sent: a new name
 * in the data folder's prints/ (created 0700).  Caller frees; NULL + e. */
char *print_spool_path(enum print_doc d, struct err *e);
/* Remove a spooled PDF that will not be sent (the print was cancelled). */
void print_spool_discard(const char *path);

/* Send an already written PDF of document d (`pages` long, for the audit
 * log) to `printer` with lp — the TUI writes the PDF first with
 * print_run(-o spool path) to show the page count, then sends it.  0
 * (*lp_says: what lp printed, or NULL; the caller frees), or -1 with e
 * set (ERR_IO: no lp, or lp refused; the message names the PDF, which
 * stays). */
int print_send(struct app *a, enum print_doc d, const char *path, const char *printer,
    int pages, char **lp_says, struct err *e);
/* The same to the PC's PDF program (print_desktop_available()): 0 and
 * *how (PRINT_DESKTOP_PRINTED / _OPENED), or -1 with e set (ERR_IO: no
 * program opens PDF files; the message names the PDF, which stays). */
int print_send_desktop(struct app *a, enum print_doc d, const char *path, int pages,
    int *how, struct err *e);

#endif
