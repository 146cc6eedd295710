/* checklist.h — the 七清楚 of a stored child (DESIGN.md §5) as every front
 * end evaluates and confirms it (src/app/checklist.c): the rules are
 * core's (guanai/core/checklist.h), the confirmation dates the store's. */
#ifndef GUANAI_APP_CHECKLIST_H
#define GUANAI_APP_CHECKLIST_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/date.h"
#include "guanai/base/err.h"
#include "guanai/core/checklist.h"
#include "guanai/core/field.h"
#include "guanai/core/records.h"

/* The state of the seven items of the stored child r on `today`.  When
 * confirmed is not NULL it gets the date each item was last confirmed
 * (NULL: never), the caller's to free.  0, or -1 with e set. */
int app_checklist_eval(struct app *a, const struct record *r, struct date today,
    struct check_item_result out[CHECKLIST_ITEMS], char *confirmed[CHECKLIST_ITEMS],
    struct err *e);
/* The same on a store: the one place a stored child's checklist is
 * evaluated with its record read whole. */
struct store;
int checklist_eval_stored(struct store *s, const struct record *r, struct date today,
    struct check_item_result out[CHECKLIST_ITEMS], char *confirmed[CHECKLIST_ITEMS],
    struct err *e);
/* Confirm item (1..7) of the stored child r, or with item 0 every item
 * whose fields are filled, dated `today`, in one transaction.  out gets the
 * items' states before: an item that is MISSING is never confirmed and
 * out[i].missing names its first empty field.  Returns how many items were
 * confirmed (0: none could be), or -1 with e set. */
int app_checklist_confirm(struct app *a, const struct record *r, int item,
    struct date today, struct check_item_result out[CHECKLIST_ITEMS], struct err *e);

/* ---- the completion rate -------------------------------------------- */

/* How many children of a class are complete (all seven items clear), and
 * how far this school year's review (复核) has come: of the items whose
 * fields are filled (清楚 or 待复核; a missing item is filled first, not
 * reviewed), how many a teacher confirmed since the school year began
 * (1 September, DESIGN §5) — which is what makes a filled item 清楚. */
struct checklist_rate {
	int grade, number;		/* the class; 0, 0 in checklist_rates.all */
	size_t children, complete;
	size_t filled, reviewed;	/* items, of children × 7 */
};
struct checklist_rates {
	struct checklist_rate *cls;	/* the classes with children, by grade, number */
	size_t n;
	struct checklist_rate all;	/* the sum over the classes */
};
/* Called for each child of the walk with its seven states (borrowed);
 * a non-zero return stops the walk and is returned. */
typedef int (*checklist_child_fn)(void *ctx, const struct record *r,
    const struct check_item_result res[CHECKLIST_ITEMS]);

/* The 七清楚 completion of the children of f (its class, search …) within
 * the signed-in teacher's scope on `today`, per class and in all: the one
 * count that `check`, the checklist screen, the statistics and the printed
 * sheet show.  One walk of the register reading only the fields the rules
 * need (and f->fields), each child's confirmations by one indexed query;
 * the states are those of app_checklist_eval (and of the lists' marks:
 * tests/unit/test-marks).  fn (may be NULL) sees each child in the list's
 * order; its record carries the fields of f->fields and those the rules
 * read (every field when f->fields is NULL and fn is set).  out is the
 * caller's to checklist_rates_free, also on failure; 0, fn's non-zero
 * return, or -1 with e set. */
int app_checklist_rates(struct app *a, const struct child_filter *f, struct date today,
    checklist_child_fn fn, void *ctx, struct checklist_rates *out, struct err *e);
void checklist_rates_free(struct checklist_rates *r);
/* 本学年复核: reviewed items as a whole percentage of the filled ones,
 * rounded down (100 only when every filled item was confirmed this school
 * year); -1 when no item is filled (nothing to review). */
int checklist_review_percent(const struct checklist_rate *r);

#endif
