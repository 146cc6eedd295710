/* marks.h — what a list shows beside each child: the 七清楚 state of the
 * seven items and the most urgent reminder (满16岁, 未结对, 30天未联系,
 * 生日).  A use case shared by the terminal lists and any front end that
 * wants the same marks; it reads through the store, writes nothing. */
#ifndef GUANAI_MARKS_H
#define GUANAI_MARKS_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/date.h"
#include "guanai/core/checklist.h"
#include "guanai/core/field.h"

enum mark_kind {
	MARK_NONE,
	MARK_TURNED_16,		/* 16 or older: no longer 留守 by the definition */
	MARK_UNPAIRED,		/* no active pairing */
	MARK_NO_CONTACT,	/* no care act in the last 30 days */
	MARK_BIRTHDAY,		/* within 7 days; detail: "MM-DD" */
};

struct child_marks {
	struct check_item_result check[CHECKLIST_ITEMS];
	int complete;			/* all seven clear */
	int paired;			/* has an active pairing */
	char last_care[DATE_ISO_SIZE];		/* ISO date of the newest care act, "" none */
	enum mark_kind mark;
	char detail[16];
};

/* Evaluate the marks of a stored child on `today`.  0, or -1 with e set. */
int marks_eval(struct app *a, const struct record *r, struct date today,
    struct child_marks *out, struct err *e);
/* The marks of n stored children at once (a page of a list): one query
 * for all of them instead of three per child.  0, or -1 with e set. */
int marks_eval_many(struct app *a, const struct record *const *recs, size_t n,
    struct date today, struct child_marks *out, struct err *e);
/* (Counting the 七清楚 completion: app_checklist_rates, guanai/app/checklist.h.) */
/* Set set[id] for every field of a record marks_eval_many reads (the
 * 七清楚 rules' and the reminders'): a list may read only these and the
 * ones it shows.  Other entries are left as they are. */
void marks_fields(unsigned char set[FIELD_COUNT]);
/* The reminder as a short translated phrase ("生日 12-03", "未结对");
 * "" for MARK_NONE.  Writes into buf (n bytes) and returns it. */
const char *marks_text(const struct child_marks *m, char *buf, size_t n);

#endif
