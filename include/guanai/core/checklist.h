/* checklist.h — the 七清楚 rules (DESIGN.md §5).
 *
 * An item is CLEAR when all its fields are present and a teacher confirmed
 * it within the current school year (from Sept 1); STALE when the fields are
 * present but the confirmation is missing or older; MISSING when a field is
 * empty (the first empty field is named so the teacher knows what to ask). */
#ifndef GUANAI_CHECKLIST_H
#define GUANAI_CHECKLIST_H

#include "guanai/core/visible.h"

#include "guanai/base/date.h"
#include "guanai/core/field.h"

#define CHECKLIST_ITEMS 7
#define CHECKLIST_MAX_FIELDS 7	/* the fields one item reads, at most */

enum check_state { CHECK_CLEAR, CHECK_MISSING, CHECK_STALE };

struct check_item_result {
	enum check_state state;
	enum field_id missing;	/* first empty field when MISSING */
};

/* Item titles ("姓名年龄清楚"), 1-based, English msgids through gettext. */
const char *checklist_item_title(int item);
/* Short title for matrix headers ("姓名年龄"). */
const char *checklist_item_short(int item);
/* "clear" / "missing" / "stale" (for tsv). */
const char *checklist_state_code(enum check_state s);
/* The state in the UI language: 清楚 / 缺 / 待复核 (Clear / Missing /
 * To review).  Borrowed. */
const char *checklist_state_label(enum check_state s);
/* The fields item (1..7) reads, in the order a form shows them; returns
 * how many were written to out (0 for a bad item).  Item 6 lists both
 * parents' "away" flags and phones. */
int checklist_item_fields(int item, enum field_id out[CHECKLIST_MAX_FIELDS]);
/* Set set[id] for every field checklist_eval reads (the items' fields,
 * the parents' "away" flags and the left-behind type that stands in for
 * them); other entries are left as they are. */
void checklist_reads(unsigned char set[FIELD_COUNT]);

/* Evaluate all seven items.  confirmed[i] is the ISO date item i+1 was last
 * confirmed, or NULL (confirmed itself may be NULL: nothing confirmed).
 * Item 6 needs a phone for each parent whose away flag is "1" (an empty
 * flag is read from left_behind_type); nothing known about who is away is
 * MISSING with missing = F_FATHER_AWAY. */
void checklist_eval(const struct record *r, const char *const confirmed[CHECKLIST_ITEMS],
    struct date today, struct check_item_result out[CHECKLIST_ITEMS]);
/* True when all seven are CLEAR. */
int checklist_complete(const struct check_item_result res[CHECKLIST_ITEMS]);

#endif
