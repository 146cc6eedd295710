/* print-private.h — shared by the document producers (print-*.c) and
 * print.c, which runs them.  Not a public header. */
#ifndef GUANAI_PRINT_PRIVATE_H
#define GUANAI_PRINT_PRIVATE_H

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/app/print.h"
#include "guanai/base/date.h"
#include "guanai/core/field.h"
#include "guanai/io/pdf.h"
#include "guanai/store/store.h"

struct print_ctx {
	struct app *a;
	const struct print_req *req;
	int confidential;
	struct date today;
	struct class_info *classes;	/* the classes selected, in order */
	size_t nclasses;
	struct pdf *pdf;		/* during a pass */
	int count;			/* what this pass printed */
	int no;				/* row number within a class */
	void *doc;			/* the document's own data */
};

/* The producers handed to pdf_render(); each resets ctx->count. */
int print_roster(struct pdf *p, void *ctx, struct err *e);
int print_cards(struct pdf *p, void *ctx, struct err *e);
int print_forms(struct pdf *p, void *ctx, struct err *e);
int print_pairings(struct pdf *p, void *ctx, struct err *e);
int print_checklist(struct pdf *p, void *ctx, struct err *e);
int print_stats(struct pdf *p, void *ctx, struct err *e);

/* A record's value for display ("" when empty); caller frees. */
char *print_value(const struct record *r, enum field_id id);
/* "label：value" pieces joined, skipping empty values; caller frees. */
char *print_join(const char *label, const char *const *parts, int n);
/* The translated word for a helper kind or pairing role code (teacher,
 * volunteer, proxy_parent, elder, student, cadre); other codes as they are. */
const char *print_kind_label(const char *code);
/* Walk the selected classes: `begin` opens a class (may be NULL), `fn`
 * gets each child (c->no counts them within the class), `end` closes a
 * class that had children (may be NULL).  When nothing was printed at all
 * (c->count == 0) a line says so.  0, or -1 with e set. */
int print_each_class(struct print_ctx *c,
    void (*begin)(struct print_ctx *, const struct class_info *), child_fn fn,
    void (*end)(struct print_ctx *, const struct class_info *), struct err *e);
/* The subtitle of a document of several classes: the class asked for, a
 * teacher's classes (三年级(2)班), or NULL for the whole school; caller
 * frees. */
char *print_scope_label(const struct print_ctx *c);
/* Filter for the children of one class. */
struct child_filter print_class_filter(const struct class_info *ci);
/* The active helpers of a child as "name (kind) phone, …" — the phone only
 * when with_phone; caller frees ("" when none). */
char *print_helpers_of(struct print_ctx *c, const char *child_id, int with_phone,
    struct err *e);

#endif
