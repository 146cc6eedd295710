/* scr-remind.c — 提醒, today's screen: birthdays this week (soonest
 * first), children without a helper, no contact for 30 days, turning 16,
 * guardians old or in poor health — the rules of remind.h over the facts
 * the store streams.  Enter on a child opens the record. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/remind.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/validate.h"
#include "textview.h"

#define REMIND_DAYS 7
#define PER_KIND_MAX 500	/* lines shown per kind; the count says the rest */

/* A reminder as the screen shows it; the caller frees. */
static char *
entry_line(struct tui *t, const struct remind_entry *en)
{
	char *name = utf8_pad(en->name, 10, t->app->ascii_only);
	char *cls = class_short_label(en->grade, en->class_no);
	char *clsp = utf8_pad(cls, 8, t->app->ascii_only);
	char *line = xasprintf("  %s %s %s", name, clsp, en->detail);

	free(name);
	free(cls);
	free(clsp);
	return line;
}

static int
remind_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct textview *tv = xcalloc(1, sizeof *tv);
	struct remind_groups g;
	char *line;
	size_t j;
	int k, rc;

	(void)arg;
	rc = app_reminders(t->app, t->today, REMIND_DAYS, PER_KIND_MAX, &g, e);
	for (k = 0; k < REMIND_KINDS; k++) {
		line = xasprintf("%s: %zu", remind_kind_title((enum remind_kind)k), g.count[k]);
		tv_add(tv, TV_HEAD, NULL, line);
		free(line);
		for (j = 0; j < g.n[k]; j++) {
			line = entry_line(t, &g.e[k][j]);
			tv_add(tv, k == REMIND_BIRTHDAY ? TV_TEXT : TV_WARN, g.e[k][j].id, line);
			free(line);
		}
		if (g.count[k] > g.n[k]) {
			line = xasprintf(_("  … and %zu more"), g.count[k] - g.n[k]);
			tv_add(tv, TV_DIM, NULL, line);
			free(line);
		}
		tv_add(tv, TV_TEXT, NULL, "");
	}
	remind_groups_free(&g);
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
