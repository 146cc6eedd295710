/* remind.h — the reminders of the whole register grouped by kind, as
 * `guanai remind` prints them and the reminder screen shows them
 * (src/app/remind.c).  The rules are core's (guanai/core/remind.h); the
 * store streams each child's facts within the class scope. */
#ifndef GUANAI_APP_REMIND_H
#define GUANAI_APP_REMIND_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/date.h"
#include "guanai/base/err.h"
#include "guanai/base/uuid.h"
#include "guanai/core/remind.h"

/* One reminder of one child, with what a front end shows of the child. */
struct remind_entry {
	struct reminder r;
	char id[UUID_LEN + 1];
	char *name;			/* "" when empty */
	int grade, class_no;
	char *detail;			/* remind_detail(): a sentence for people */
	char *detail_code;		/* remind_detail_code(): for tsv */
};

struct remind_groups {
	struct remind_entry *e[REMIND_KINDS];	/* class and pinyin order; birthdays
						 * by days to go (ties keep it) */
	size_t n[REMIND_KINDS];		/* entries kept */
	size_t count[REMIND_KINDS];	/* reminders found (> n when capped) */
	size_t cap[REMIND_KINDS];
};

/* The reminders of every child on `today` looking `days` ahead, keeping at
 * most max of each kind (0 = all).  0, or -1 with e set; free *out with
 * remind_groups_free either way. */
int app_reminders(struct app *a, struct date today, int days, size_t max,
    struct remind_groups *out, struct err *e);
void remind_groups_free(struct remind_groups *g);

#endif
