/* ref.h — one resolver for what a person types to name a row on the command
 * line (or in a dialog): a whole id, its first 8 or more characters when
 * that is unique (for a child also its last 8: the children of one import
 * share the start of their ids), or a child's or helper's exact name.  Every command that
 * takes an ID or a NAME goes through it (show, check --confirm, edit, care,
 * pair, trash …).  It honours the teacher's class scope: a child of another
 * class is "not found", and the message names only what was typed. */
#ifndef GUANAI_REF_H
#define GUANAI_REF_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/uuid.h"
#include "guanai/core/records.h"

/* Fill id with the one child that ref names, on the register (in_trash 0)
 * or in the trash (1).  0, or -1 with e: ERR_USAGE when none or several
 * match (the message lists the short ids and classes of several), ERR_IO
 * for the database. */
int ref_child(struct app *a, const char *ref, int in_trash, char id[UUID_LEN + 1],
    struct err *e);
/* The same for a helper (id, prefix or exact name). */
int ref_helper(struct app *a, const char *ref, char id[UUID_LEN + 1], struct err *e);
/* The same for a care record (id or prefix; within the class scope). */
int ref_care(struct app *a, const char *ref, char id[UUID_LEN + 1], struct err *e);

#endif
