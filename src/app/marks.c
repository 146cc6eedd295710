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

int
marks_checklist(struct app *a, const struct record *r, struct date today,
    struct child_marks *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (app_checklist_eval(a, r, today, out->check, NULL, e) != 0)
		return -1;
	out->complete = checklist_complete(out->check);
	return 0;
}

/* The reminder from the facts already in out (paired, last_care). */
static void
pick_mark(const struct record *r, struct date today, struct child_marks *out)
{
	struct date birth, last;
	const char *bd = record_get(r, F_BIRTH_DATE);
	int have_birth, days;

	have_birth = bd != NULL && date_parse(bd, &birth) == 0;
	if (have_birth && date_age(birth, today) >= 16) {
		out->mark = MARK_TURNED_16;
		return;
	}
	if (!out->paired) {
		out->mark = MARK_UNPAIRED;
		return;
	}
	if (out->last_care[0] == '\0' || (date_parse(out->last_care, &last) == 0 &&
	    date_to_days(today) - date_to_days(last) > 30)) {
		out->mark = MARK_NO_CONTACT;
		return;
	}
	if (have_birth && (days = date_days_to_birthday(birth, today)) <= 7) {
		struct date next = date_from_days(date_to_days(today) + days);

		out->mark = MARK_BIRTHDAY;
		snprintf(out->detail, sizeof out->detail, "%02d-%02d", next.m, next.d);
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
};

static int
one_of_many(void *ctx, const char *id, const char *const confirmed[7], int paired,
    const char *last_care)
{
	struct many_ctx *mc = ctx;
	struct child_marks *m;
	size_t i;

	for (i = 0; i < mc->n; i++) {
		if (strcmp(mc->recs[i]->id, id) != 0)
			continue;
		m = &mc->out[i];
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
	struct many_ctx mc = { recs, n, today, out };
	const char *const none[CHECKLIST_ITEMS] = { NULL };
	const char **ids;
	size_t i;
	int rc;

	if (n == 0)
		return 0;
	ids = xcalloc(n, sizeof *ids);
	for (i = 0; i < n; i++) {
		ids[i] = recs[i]->id;
		/* a child the query does not return (gone meanwhile): nothing known */
		memset(&out[i], 0, sizeof out[i]);
		checklist_eval(recs[i], none, today, out[i].check);
		out[i].complete = checklist_complete(out[i].check);
		pick_mark(recs[i], today, &out[i]);
	}
	rc = store_children_marks(a->store, ids, n, one_of_many, &mc, e);
	free(ids);
	return rc < 0 ? -1 : 0;
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
		snprintf(buf, n, "%s", _("30 days no contact"));
		break;
	case MARK_BIRTHDAY:
		snprintf(buf, n, _("birthday %s"), m->detail);
		break;
	default:
		snprintf(buf, n, "%s", "");
	}
	return buf;
}
