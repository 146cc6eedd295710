/* edit.h — change fields of a child's file by name, as `guanai edit` and
 * a form's single-field edit do: FIELD=VALUE with FIELD a code name
 * (father_phone), a Chinese header (父亲电话), an alias or a label, and
 * VALUE read as a teacher writes it (爷爷, 2015年3月8日, 是) through the
 * field table's own parsing and validation (core/). */
#ifndef GUANAI_EDIT_H
#define GUANAI_EDIT_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/uuid.h"
#include "guanai/core/records.h"

/* Apply the n assignments "FIELD=VALUE" (an empty VALUE clears) to the
 * child `id` in one save, audited field by field.  A teacher may not move
 * the child out of the own classes.
 * Returns the number of fields changed (0 when every value was already
 * so), or -1 with e set:
 *   ERR_USAGE  an assignment without '=' or an unknown field: nothing changed;
 *   ERR_INPUT  values that cannot be read or break a rule (the ID number
 *              disagrees with the birth date …): e names each field and
 *              why, nothing changed;
 *   ERR_IO     the database. */
int edit_child(struct app *a, const char *id, char *const *assign, int n,
    struct err *e);

#endif
