/* checklist.c — the 七清楚 rules (DESIGN.md §5): which fields each of the
 * seven items needs, and whether a teacher's confirmation is recent enough
 * (within the current school year, which starts on 1 September).
 *
 * Item 6 needs a phone for every parent who is away.  Who is away comes
 * from the parents' own "away" flags; where a flag is empty the
 * left-behind type decides (both_away: both, father_away: the father …).
 * When nothing says who is away, the item is missing and names the
 * father's "away" field, which is what the teacher must find out first. */
#include "config.h"

#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/core/checklist.h"
#include "private.h"

static const struct item_def {
	const char *title;	/* N_() */
	const char *short_title;
	enum field_id fields[CHECKLIST_MAX_FIELDS];
	int nfields;
} items[CHECKLIST_ITEMS] = {
	{ N_("Name and age known"), N_("Name/age"),
	    { F_NAME, F_BIRTH_DATE }, 2 },
	{ N_("Personality and hobbies known"), N_("Personality/hobbies"),
	    { F_PERSONALITY, F_HOBBIES }, 2 },
	{ N_("Health known"), N_("Health"), { F_HEALTH }, 1 },
	{ N_("Study and behaviour known"), N_("Study/behaviour"),
	    { F_STUDY, F_BEHAVIOUR }, 2 },
	{ N_("Family and living conditions known"), N_("Family/living"),
	    { F_FAMILY_ECONOMY, F_ADDRESS, F_LIVING }, 3 },
	{ N_("Phone numbers of the parents known"), N_("Parents' phones"),
	    { F_FATHER_PHONE, F_MOTHER_PHONE }, 0 },	/* see parents_missing */
	{ N_("Guardian known"), N_("Guardian"),
	    { F_GUARDIAN_NAME, F_GUARDIAN_RELATION, F_GUARDIAN_AGE,
	    F_GUARDIAN_HEALTH, F_GUARDIAN_EDUCATION, F_GUARDIAN_PHONE }, 6 },
};

const char *
checklist_item_title(int item)
{
	return item >= 1 && item <= CHECKLIST_ITEMS ?
	    gettext(items[item - 1].title) : "";
}

const char *
checklist_item_short(int item)
{
	return item >= 1 && item <= CHECKLIST_ITEMS ?
	    gettext(items[item - 1].short_title) : "";
}

const char *
checklist_state_code(enum check_state s)
{
	switch (s) {
	case CHECK_CLEAR:
		return "clear";
	case CHECK_MISSING:
		return "missing";
	case CHECK_STALE:
		return "stale";
	}
	return "missing";
}

const char *
checklist_state_label(enum check_state s)
{
	switch (s) {
	case CHECK_CLEAR:
		return core_pgettext(NC_("checklist", "Clear"));
	case CHECK_STALE:
		return core_pgettext(NC_("checklist", "To review"));
	case CHECK_MISSING:
		break;
	}
	return core_pgettext(NC_("checklist", "Missing"));
}

static int
has(const struct record *r, enum field_id id)
{
	const char *v = record_get(r, id);

	return v != NULL && *v != '\0';
}

/* Item 6: 0 when every away parent has a phone, else 1 with *missing
 * set to the first thing to find out. */
static int
parents_missing(const struct record *r, enum field_id *missing)
{
	const char *fa = record_get(r, F_FATHER_AWAY);
	const char *ma = record_get(r, F_MOTHER_AWAY);
	const char *type = record_get(r, F_LEFT_BEHIND_TYPE);
	int father, mother;

	if (fa == NULL && ma == NULL && type == NULL) {
		*missing = F_FATHER_AWAY;
		return 1;
	}
	father = fa != NULL ? strcmp(fa, "1") == 0 : type != NULL &&
	    (strcmp(type, "both_away") == 0 || strcmp(type, "father_away") == 0);
	mother = ma != NULL ? strcmp(ma, "1") == 0 : type != NULL &&
	    (strcmp(type, "both_away") == 0 || strcmp(type, "mother_away") == 0);
	if (fa == NULL && ma == NULL && type != NULL &&
	    strcmp(type, "one_away_other_unable") == 0) {
		/* one of them is away, we do not know which: one phone */
		if (has(r, F_FATHER_PHONE) || has(r, F_MOTHER_PHONE))
			return 0;
		*missing = F_FATHER_PHONE;
		return 1;
	}
	if (father && !has(r, F_FATHER_PHONE)) {
		*missing = F_FATHER_PHONE;
		return 1;
	}
	if (mother && !has(r, F_MOTHER_PHONE)) {
		*missing = F_MOTHER_PHONE;
		return 1;
	}
	return 0;
}

/* A confirmation counts when it falls in the school year of `today`. */
static int
confirmed_this_year(const char *iso, struct date today)
{
	struct date d, start;

	if (iso == NULL || date_parse(iso, &d) != 0)
		return 0;
	start = date_school_year_start(today);
	return date_to_days(d) >= date_to_days(start);
}

void
checklist_eval(const struct record *r, const char *const confirmed[CHECKLIST_ITEMS],
    struct date today, struct check_item_result out[CHECKLIST_ITEMS])
{
	const struct item_def *it;
	enum field_id missing;
	int i, j, lacking;

	for (i = 0; i < CHECKLIST_ITEMS; i++) {
		it = &items[i];
		lacking = 0;
		missing = it->fields[0];
		if (i == 5)
			lacking = parents_missing(r, &missing);
		for (j = 0; j < it->nfields && !lacking; j++)
			if (!has(r, it->fields[j])) {
				lacking = 1;
				missing = it->fields[j];
			}
		out[i].missing = missing;
		if (lacking)
			out[i].state = CHECK_MISSING;
		else if (confirmed == NULL ||
		    !confirmed_this_year(confirmed[i], today))
			out[i].state = CHECK_STALE;
		else
			out[i].state = CHECK_CLEAR;
	}
}

int
checklist_complete(const struct check_item_result res[CHECKLIST_ITEMS])
{
	int i;

	for (i = 0; i < CHECKLIST_ITEMS; i++)
		if (res[i].state != CHECK_CLEAR)
			return 0;
	return 1;
}

void
checklist_reads(unsigned char set[FIELD_COUNT])
{
	enum field_id f[CHECKLIST_MAX_FIELDS];
	int item, i, n;

	for (item = 1; item <= CHECKLIST_ITEMS; item++)
		for (n = checklist_item_fields(item, f), i = 0; i < n; i++)
			set[f[i]] = 1;
	set[F_LEFT_BEHIND_TYPE] = 1;	/* parents_missing, when a flag is empty */
}

int
checklist_item_fields(int item, enum field_id out[CHECKLIST_MAX_FIELDS])
{
	const struct item_def *it;
	int i;

	if (item < 1 || item > CHECKLIST_ITEMS)
		return 0;
	it = &items[item - 1];
	if (item == 6) {
		out[0] = F_FATHER_AWAY;
		out[1] = F_FATHER_PHONE;
		out[2] = F_MOTHER_AWAY;
		out[3] = F_MOTHER_PHONE;
		return 4;
	}
	for (i = 0; i < it->nfields; i++)
		out[i] = it->fields[i];
	return it->nfields;
}
