/* marks.c — the per-child marks of the lists: 七清楚 state from the stored
 * confirmations, pairing and care from the store, the most urgent reminder
 * picked in a fixed order (age limit first, then no helper, then no
 * contact, then a birthday this week). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/checklist.h"
#include "guanai/app/marks.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/remind.h"
#include "guanai/store/store.h"

static int
has_pairing(void *ctx, const struct pairing *p)
{
	(void)p;
	*(int *)ctx = 1;
	return 1;		/* one is enough */
}

static int
newest_care(void *ctx, const struct care *c)
{
	snprintf(ctx, 11, "%s", c->date != NULL ? c->date : "");
	return 1;		/* newest first: stop at the first */
}

static int
marks_checklist(struct app *a, const struct record *r, struct date today,
    struct child_marks *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (app_checklist_eval(a, r, today, out->check, NULL, e) != 0)
		return -1;
	out->complete = checklist_complete(out->check);
	return 0;
}

#define MARK_BIRTHDAY_DAYS 7	/* a birthday this close is a list's mark */

/* The most urgent reminder (core/remind.c's rules) from the facts already
 * in out (paired, last_care): already 16, unpaired, no recent care, a
 * birthday soon.  A guardian at risk is the reminder screen's, not a mark. */
static void
pick_mark(const struct record *r, struct date today, struct child_marks *out)
{
	static const struct { enum remind_kind kind; enum mark_kind mark; } order[] = {
		{ REMIND_TURNING_16, MARK_TURNED_16 },
		{ REMIND_UNPAIRED, MARK_UNPAIRED },
		{ REMIND_NO_CONTACT, MARK_NO_CONTACT },
		{ REMIND_BIRTHDAY, MARK_BIRTHDAY },
	};
	struct remind_child c = { 0 };
	struct reminder rem[REMIND_KINDS];
	size_t k;
	int i, n;

	c.id = r->id;
	c.birth_date = record_get(r, F_BIRTH_DATE);
	c.paired = out->paired;
	c.last_care = out->last_care[0] != '\0' ? out->last_care : NULL;
	n = remind_eval(&c, today, MARK_BIRTHDAY_DAYS, rem);
	for (k = 0; k < sizeof order / sizeof order[0]; k++)
		for (i = 0; i < n; i++) {
			if (rem[i].kind != order[k].kind)
				continue;
			if (rem[i].kind == REMIND_TURNING_16 && rem[i].days > 0)
				continue;	/* not 16 yet: the reminder screen's */
			out->mark = order[k].mark;
			if (out->mark == MARK_BIRTHDAY)	/* "MM-DD" of "YYYY-MM-DD" */
				snprintf(out->detail, sizeof out->detail, "%s", rem[i].date + 5);
			return;
		}
}

int
marks_eval(struct app *a, const struct record *r, struct date today,
    struct child_marks *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (marks_checklist(a, r, today, out, e) != 0)
		return -1;
	if (store_pairings_each(a->store, r->id, NULL, 1, has_pairing, &out->paired, e) < 0)
		return -1;
	if (store_care_each(a->store, r->id, newest_care, out->last_care, e) < 0)
		return -1;
	pick_mark(r, today, out);
	return 0;
}

struct many_ctx {
	const struct record *const *recs;
	size_t n;
	struct date today;
	struct child_marks *out;
	unsigned char *got;		/* got[i]: the store answered for recs[i] */
};

static int
one_of_many(void *ctx, const char *id, const char *const confirmed[CHECKLIST_ITEMS], int paired,
    const char *last_care)
{
	struct many_ctx *mc = ctx;
	struct child_marks *m;
	size_t i;

	for (i = 0; i < mc->n; i++) {
		if (strcmp(mc->recs[i]->id, id) != 0)
			continue;
		m = &mc->out[i];
		mc->got[i] = 1;
		memset(m, 0, sizeof *m);
		checklist_eval(mc->recs[i], confirmed, mc->today, m->check);
		m->complete = checklist_complete(m->check);
		m->paired = paired;
		snprintf(m->last_care, sizeof m->last_care, "%s", last_care != NULL ?
		    last_care : "");
		pick_mark(mc->recs[i], mc->today, m);
	}
	return 0;
}

int
marks_eval_many(struct app *a, const struct record *const *recs, size_t n,
    struct date today, struct child_marks *out, struct err *e)
{
	struct many_ctx mc = { recs, n, today, out, NULL };
	const char *const none[CHECKLIST_ITEMS] = { NULL };
	const char **ids;
	size_t i;
	int rc;

	if (n == 0)
		return 0;
	ids = xcalloc(n, sizeof *ids);
	mc.got = xcalloc(n, 1);
	for (i = 0; i < n; i++)
		ids[i] = recs[i]->id;
	rc = store_children_marks(a->store, ids, n, one_of_many, &mc, e);
	for (i = 0; i < n; i++) {
		if (mc.got[i])
			continue;
		/* a child the query did not return (gone meanwhile): nothing known */
		memset(&out[i], 0, sizeof out[i]);
		checklist_eval(recs[i], none, today, out[i].check);
		out[i].complete = checklist_complete(out[i].check);
		pick_mark(recs[i], today, &out[i]);
	}
	free(mc.got);
	free(ids);
	return rc < 0 ? -1 : 0;
}

void
marks_fields(unsigned char set[FIELD_COUNT])
{
	checklist_reads(set);
	set[F_BIRTH_DATE] = 1;		/* pick_mark: turning 16, birthday */
}

const char *
marks_text(const struct child_marks *m, char *buf, size_t n)
{
	switch (m->mark) {
	case MARK_TURNED_16:
		snprintf(buf, n, "%s", _("aged 16"));
		break;
	case MARK_UNPAIRED:
		snprintf(buf, n, "%s", _("unpaired"));
		break;
	case MARK_NO_CONTACT:
		snprintf(buf, n, "%s", _("30d no contact"));
		break;
	case MARK_BIRTHDAY:
		snprintf(buf, n, _("birthday %s"), m->detail);
		break;
	default:
		snprintf(buf, n, "%s", "");
	}
	return buf;
}
