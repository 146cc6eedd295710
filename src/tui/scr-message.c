/* scr-message.c — the last status-line message, whole: a message longer
 * than the status row (an import's reasons, a path on a deep stick) is cut
 * there with …, and F12 (or Ctrl-G) shows it here wrapped to the window. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "screen.h"
#include "textview.h"

struct message {
	struct textview tv;
	char *text;
};

static void
message_fill(struct message *m, struct tui *t)
{
	tv_free(&m->tv);
	if (m->text[0] == '\0')
		tv_add(&m->tv, TV_DIM, NULL, _("No message yet."));
	else
		tv_add_wrapped(&m->tv, TV_TEXT, m->text, t->cols - 2);
}

static int
message_init(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct message *m = xcalloc(1, sizeof *m);

	(void)arg, (void)e;
	m->text = xstrdup(t->last);
	message_fill(m, t);
	s->priv = m;
	return 0;
}

static void
message_free(struct screen *s)
{
	struct message *m = s->priv;

	tv_free(&m->tv);
	free(m->text);
	free(m);
}

static void
message_draw(struct screen *s, struct tui *t)
{
	struct message *m = s->priv;

	snprintf(s->title, sizeof s->title, "%s", _("Last message"));
	tv_draw(&m->tv, t, tui_body_top(t), tui_body_rows(t));
}

static int
message_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct message *m = s->priv;

	(void)key;
	if (op == OP_BACK || op == OP_MESSAGE || op == OP_OPEN) {
		tui_back(t);
		return 1;
	}
	return tv_key(&m->tv, t, op);
}

static void
message_resize(struct screen *s, struct tui *t)
{
	message_fill(s->priv, t);
}

const struct screen_class scr_message = {
	.name = "message",
	.keys = keys_message,
	.init = message_init,
	.free = message_free,
	.draw = message_draw,
	.key = message_key,
	.resize = message_resize,
};
