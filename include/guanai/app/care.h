/* care.h — care records and pairings as a teacher makes them (DESIGN §4):
 * the kinds of care and of helpers with their labels, and the two use
 * cases "record an act of care" and "pair a helper with a child", shared by
 * the terminal screens and any other front end. */
#ifndef GUANAI_CARE_H
#define GUANAI_CARE_H

#include "guanai/app/visible.h"

#include "guanai/app/app.h"
#include "guanai/core/field.h"
#include "guanai/core/records.h"

/* NULL-code terminated; labels are English msgids (gettext). */
extern const struct enum_value care_kinds[];
extern const struct enum_value helper_kinds[];

/* Translated label of a code, or the code itself when unknown; borrowed. */
const char *care_kind_label(const char *code);
const char *helper_kind_label(const char *code);
/* 1 when the kind carries an amount of money (aid, gift). */
int care_kind_has_amount(const char *code);

/* Record one act of care for a child on `date` (ISO; NULL = today).
 * helper_id may be NULL.  A negative amount is refused (ERR_INPUT).
 * 0, or -1 with e set. */
int care_record(struct app *a, const char *child_id, const char *helper_id,
    const char *kind, const char *date, const char *summary, double amount,
    struct err *e);
/* Pair a helper with a child from `date` (NULL = today), the role being the
 * helper's kind unless given.  Refuses a second active pairing of the same
 * two (ERR_INPUT).  0, or -1 with e set. */
int pairing_make(struct app *a, const char *child_id, const char *helper_id,
    const char *role, const char *date, struct err *e);

/* The code a written kind stands for: the code ("home_visit"), the Chinese
 * label (家访) or the English label in any case.  NULL when none. */
const char *care_kind_parse(const char *word);
const char *helper_kind_parse(const char *word);

/* What `care edit` changes; NULL members are left as they are, "" clears
 * (summary, follow_up, helper).  amount < 0 leaves it. */
struct care_change {
	const char *kind, *date, *summary, *follow_up;
	const char *helper_id;
	double amount;
};
/* Change one care record (id from ref_care): dates are read as a teacher
 * writes them; the kind must be known.  Audited.  0 or -1 with e
 * (ERR_USAGE unknown record or kind, ERR_INPUT a bad date). */
int care_edit(struct app *a, const char *care_id, const struct care_change *ch,
    struct err *e);
/* Move one care record out of the register (soft delete, audited). */
int care_remove(struct app *a, const char *care_id, struct err *e);
/* A date as a teacher writes it (2026-11-29, 2026/11/29, 2026年11月29日)
 * into ISO; NULL or "" gives today.  0, or -1 with e (ERR_INPUT). */
int care_date(const char *in, char out[11], struct err *e);

/* The helpers (teachers, volunteers …) by name, with their active
 * children; save inserts (h->id == "") or updates one. */
int app_helpers_each(struct app *a, helper_fn fn, void *ctx, struct err *e);
int app_helper_save(struct app *a, struct helper *h, struct err *e);
/* The pairings of a child or of a helper (either may be NULL);
 * active_only leaves out those that ended. */
int app_pairings_each(struct app *a, const char *child_id, const char *helper_id,
    int active_only, pairing_fn fn, void *ctx, struct err *e);
/* End an active pairing on `date` (ISO); the history stays. */
int app_pairing_end(struct app *a, const char *pairing_id, const char *date,
    struct err *e);
/* The care records of a child (NULL = all), newest first. */
int app_care_each(struct app *a, const char *child_id, care_fn fn, void *ctx,
    struct err *e);

#endif
