/* scr-remind.c — 提醒, today's screen: birthdays this week (soonest
 * first), children without a helper, no contact for 30 days, turning 16,
 * guardians old or in poor health — the rules of remind.h over the facts
 * the store streams.  Enter on a child opens the record. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/remind.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"
#include "textview.h"

#define REMIND_DAYS 7
#define PER_KIND_MAX 500	/* lines shown per kind; the count says the rest */

struct item {
	int days;
	char id[UUID_LEN + 1];
	char *text;
};

struct collect {
	struct tui *t;
	struct item *it[REMIND_KINDS];
	size_t n[REMIND_KINDS], cap[REMIND_KINDS], count[REMIND_KINDS];
};

static int
collect_child(void *ctx, const struct remind_child *c)
{
	struct collect *cl = ctx;
	struct reminder r[REMIND_KINDS];
	struct item *it;
	char *name, *cls, *clsp, *detail;
	int i, n = remind_eval(c, cl->t->today, REMIND_DAYS, r), k;

	for (i = 0; i < n; i++) {
		k = r[i].kind;
		cl->count[k]++;
		if (cl->n[k] >= PER_KIND_MAX)
			continue;
		if (cl->n[k] == cl->cap[k]) {
			cl->cap[k] = cl->cap[k] ? cl->cap[k] * 2 : 32;
			cl->it[k] = xrealloc(cl->it[k], cl->cap[k] * sizeof *cl->it[k]);
		}
		it = &cl->it[k][cl->n[k]++];
		it->days = r[i].days;
		snprintf(it->id, sizeof it->id, "%s", c->id);
		name = utf8_pad(c->name != NULL ? c->name : "", 10, cl->t->app->ascii_only);
		cls = class_short_label(c->grade, c->class_no);
		clsp = utf8_pad(cls, 8, cl->t->app->ascii_only);
		detail = remind_detail(&r[i], c);
		it->text = xasprintf("  %s %s %s", name, clsp, detail);
		free(name);
		free(cls);
		free(clsp);
		free(detail);
	}
	return 0;
}

static int
by_days(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	return (x->days > y->days) - (x->days < y->days);
}

static int
remind_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct textview *tv = xcalloc(1, sizeof *tv);
	struct collect cl;
	char *head;
	size_t j;
	int k, rc;

	(void)arg;
	memset(&cl, 0, sizeof cl);
	cl.t = t;
	rc = store_remind_children(t->app->store, collect_child, &cl, e);
	for (k = 0; k < REMIND_KINDS; k++) {
		if (k == REMIND_BIRTHDAY && cl.n[k] > 1)	/* ties keep no order: rare */
			qsort(cl.it[k], cl.n[k], sizeof *cl.it[k], by_days);
		head = xasprintf("%s: %zu", remind_kind_title((enum remind_kind)k), cl.count[k]);
		tv_add(tv, TV_HEAD, NULL, head);
		free(head);
		for (j = 0; j < cl.n[k]; j++) {
			tv_add(tv, k == REMIND_BIRTHDAY ? TV_TEXT : TV_WARN, cl.it[k][j].id,
			    cl.it[k][j].text);
			free(cl.it[k][j].text);
		}
		if (cl.count[k] > cl.n[k]) {
			head = xasprintf(_("  … and %zu more"), cl.count[k] - cl.n[k]);
			tv_add(tv, TV_DIM, NULL, head);
			free(head);
		}
		tv_add(tv, TV_TEXT, NULL, "");
		free(cl.it[k]);
	}
	if (rc != 0) {
		tv_free(tv);
		free(tv);
		return -1;
	}
	s->priv = tv;
	return 0;
}

static void
remind_free(struct screen *s)
{
	tv_free(s->priv);
	free(s->priv);
}

static void
remind_draw(struct screen *s, struct tui *t)
{
	snprintf(s->title, sizeof s->title, "%s \xc2\xb7 %s", _("Reminders"), t->today_iso);
	tv_draw(s->priv, t, tui_body_top(t), tui_body_rows(t));
}

static int
remind_key(struct screen *s, struct tui *t, enum op op, int key)
{
	(void)key;
	return tv_key(s->priv, t, op);
}

const struct screen_class scr_remind = {
	.name = "remind",
	.keys = keys_remind,
	.init = remind_init,
	.free = remind_free,
	.draw = remind_draw,
	.key = remind_key,
};
