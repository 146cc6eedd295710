/* helper.h — the adults who look after the children (帮扶人, DESIGN §4):
 * add, change, list and remove them, and pair or unpair one with a child.
 * Helpers belong to the whole school; pairings follow the class scope of
 * the child (pairing_make in care.h pairs). */
#ifndef GUANAI_HELPER_H
#define GUANAI_HELPER_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/uuid.h"
#include "guanai/core/records.h"

/* What `helper add|edit` sets; NULL members are left as they are (edit) or
 * empty (add), "" clears.  kind is a code or a label (教师, 爱心妈妈 …). */
struct helper_change {
	const char *name, *kind, *phone, *organisation, *notes;
};

/* Add a helper; the new id is written to id (may be NULL).  Name and kind
 * are required; the phone is checked as a phone.  0 or -1 with e
 * (ERR_USAGE: no name, unknown kind; ERR_INPUT: a bad phone). */
int helper_add(struct app *a, const struct helper_change *h, char id[UUID_LEN + 1],
    struct err *e);
/* Change a helper (id from ref_helper); audited. */
int helper_edit(struct app *a, const char *id, const struct helper_change *h,
    struct err *e);
/* Remove a helper from the lists (soft delete); headteacher only
 * (ERR_USAGE).  Refused (ERR_INPUT) while the helper is still paired with
 * a child: unpair first. */
int helper_remove(struct app *a, const char *id, struct err *e);
/* End the active pairing of a child and a helper on `date` (NULL today);
 * the history is kept.  ERR_USAGE when they are not paired. */
int helper_unpair(struct app *a, const char *child_id, const char *helper_id,
    const char *date, struct err *e);

#endif
