/* dlg-secret.c — a password or passphrase typed in the status row without
 * echo, and the same asked twice (accounts, backups): what is typed is
 * wiped from the editor's memory when the prompt closes. */
#include "config.h"

#include <curses.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "scr-admin.h"
#include "widget.h"

/* A passphrase in the status row, not echoed; 1 entered (*out is the
 * caller's, to wipe), 0 cancelled.  `hint` (may be NULL) follows the label:
 * a generated passphrase offered for a new package. */
int
dlg_secret_hint(struct tui *t, const char *label, const char *hint, char **out)
{
	struct ledit l;
	enum ledit_result r;
	int key, y, lw, rc = 0;

	ledit_init(&l, "");
	for (;;) {
		tui_paint(t);
		y = t->rows - 2;
		w_fill(t, y, 0, t->attr[TA_NORMAL]);
		lw = w_put(t, y, 1, t->cols / 2, label, t->attr[TA_KEY], 0) + 2;
		lw += w_put(t, y, lw, t->cols - lw - 1, _("(not shown as you type)"),
		    t->attr[TA_DIM], 0) + 1;
		if (hint != NULL && lw < t->cols - 1)
			w_put(t, y, lw, t->cols - lw - 1, hint, t->attr[TA_KEY], 0);
		lw = w_put(t, y, 1, t->cols / 2, label, t->attr[TA_KEY], 0) + 2;
		t->cursor_on = 1;
		t->cursor_y = y;
		t->cursor_x = lw;
		tui_flush(t);
		if ((key = tui_getkey(t)) < 0)
			break;
		if ((key & TK_FN) && key != (TK_FN | KEY_BACKSPACE))
			continue;	/* no cursor moves in a field one cannot see */
		r = ledit_key(&l, key);
		if (r == LE_DONE) {
			*out = ledit_text(&l);
			rc = 1;
			break;
		}
		if (r == LE_CANCEL)
			break;
	}
	if (l.w != NULL)
		memset(l.w, 0, l.cap * sizeof *l.w);
	ledit_free(&l);
	t->cursor_on = 0;
	return rc;
}

int
dlg_secret(struct tui *t, const char *label, char **out)
{
	return dlg_secret_hint(t, label, NULL, out);
}


int
dlg_secret_twice(struct tui *t, const char *label, const char *again, char **out)
{
	char *p1 = NULL, *p2 = NULL;
	int rc = 0;

	if (!dlg_secret(t, label, &p1))
		goto out;
	if (!dlg_secret(t, again, &p2))
		goto out;
	if (strcmp(p1, p2) != 0) {
		tui_say(t, "%s", _("The two entries differ; nothing was changed."));
		t->status_attr = t->attr[TA_ERROR];
		goto out;
	}
	*out = p1;
	p1 = NULL;
	rc = 1;
out:
	dlg_secret_wipe(&p1);
	dlg_secret_wipe(&p2);
	return rc;
}

void
dlg_secret_wipe(char **s)
{
	volatile char *p = *s;

	if (p == NULL)
		return;
	while (*p)
		*p++ = '\0';	/* volatile: the compiler keeps the stores */
	xfree(s);
}
