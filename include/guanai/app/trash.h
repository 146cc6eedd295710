/* trash.h — the trash of children's files (DESIGN §3, §8): a file moved
 * out of the register stays in the trash until it is restored or erased.
 * Erasing is the real delete a family may ask for (个人信息保护法): the
 * child's rows go, the values the audit log kept of them are blanked, one
 * "erase" event is logged. */
#ifndef GUANAI_TRASH_H
#define GUANAI_TRASH_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/uuid.h"
#include "guanai/core/records.h"

/* (Moving a file to the trash and back is app_child_delete and
 * app_child_restore of children.h.) */
/* Erase a child of the trash for good; headteacher only (ERR_USAGE). */
int trash_erase(struct app *a, const char *child_id, struct err *e);
/* The children in the trash (within the scope), in pinyin order. */
int trash_list(struct app *a, child_fn fn, void *ctx, struct err *e);

#endif
