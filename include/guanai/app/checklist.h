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

/* The state of the seven items of the stored child r on `today`.  When
 * confirmed is not NULL it gets the date each item was last confirmed
 * (NULL: never), the caller's to free.  0, or -1 with e set. */
int app_checklist_eval(struct app *a, const struct record *r, struct date today,
    struct check_item_result out[CHECKLIST_ITEMS], char *confirmed[CHECKLIST_ITEMS],
    struct err *e);
/* The same on a store, for app code that walks the register with one
 * (the statistics); the one place a stored checklist is evaluated. */
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

#endif
