/* trash.h — the trash of children's files (DESIGN §3, §8): a file moved
 * out of the register stays in the trash until it is restored or erased.
 * Erasing is the real delete a family may ask for (个人信息保护法): the
 * child's rows go, the values the audit log kept of them are blanked, one
 * "erase" event is logged. */
#ifndef GUANAI_TRASH_H
#define GUANAI_TRASH_H

#include "guanai/app.h"

/* Move a child (id from ref_child, in_trash 0) to the trash. */
int trash_put(struct app *a, const char *child_id, struct err *e);
/* Put a child of the trash back on the register. */
int trash_restore(struct app *a, const char *child_id, struct err *e);
/* Erase a child of the trash for good; headteacher only (ERR_USAGE). */
int trash_erase(struct app *a, const char *child_id, struct err *e);
/* The children in the trash (within the scope), in pinyin order. */
int trash_list(struct app *a, child_fn fn, void *ctx, struct err *e);

#endif
