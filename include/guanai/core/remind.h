/* remind.h — what a teacher should act on (DESIGN.md §6 `remind`):
 * birthdays in the next N days, children without an active pairing, no
 * care recorded for 30 days, children turning 16 (留守状态解除 candidates:
 * flagged, never dropped), guardians over 70 or in poor health.  The rules
 * are pure; the store streams the facts of each child. */
#ifndef GUANAI_REMIND_H
#define GUANAI_REMIND_H

#include "guanai/core/visible.h"

#include "guanai/base/date.h"

enum remind_kind {
	REMIND_BIRTHDAY,
	REMIND_UNPAIRED,
	REMIND_NO_CONTACT,
	REMIND_TURNING_16,
	REMIND_GUARDIAN_RISK,
	REMIND_KINDS
};

#define REMIND_NO_CONTACT_DAYS 30
#define REMIND_OLD_GUARDIAN 70

/* The facts of one child (borrowed strings, NULL when empty). */
struct remind_child {
	const char *id, *name, *birth_date;
	int grade, class_no;
	int paired;			/* has an active pairing */
	const char *last_care;		/* ISO date of the latest care, or NULL */
	const char *guardian_age, *guardian_health, *guardian_relation;
};

struct reminder {
	enum remind_kind kind;
	int days;		/* birthday: days until; turning_16: days until the
				 * 16th birthday (<= 0: already 16); no_contact:
				 * days since the last care (-1: never) */
	int age;		/* birthday: the age reached; guardian: the age */
	char date[11];		/* birthday / 16th birthday / last care, or "" */
};

/* "birthday", "unpaired", "no_contact", "turning_16", "guardian_risk". */
const char *remind_kind_code(enum remind_kind k);
/* Translated section title ("Birthdays in the next 7 days" …). */
const char *remind_kind_title(enum remind_kind k);
/* The reminders of one child on `today` looking `days` ahead, in kind
 * order; returns how many were written to out. */
int remind_eval(const struct remind_child *c, struct date today, int days,
    struct reminder out[REMIND_KINDS]);
/* A sentence for people, in the UI language; caller frees. */
char *remind_detail(const struct reminder *r, const struct remind_child *c);
/* A stable detail for tsv: a date, "none", or "age=78 health=poor";
 * caller frees. */
char *remind_detail_code(const struct reminder *r, const struct remind_child *c);

#endif
