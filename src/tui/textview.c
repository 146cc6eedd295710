/* textview.c — the scrolled lines of the reminder and statistics screens. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "textview.h"

void
tv_add(struct textview *tv, enum tv_style style, const char *child_id, const char *text)
{
	struct tv_line *ln;

	if (tv->n == tv->cap) {
		tv->cap = tv->cap ? tv->cap * 2 : 64;
		tv->line = xrealloc(tv->line, (size_t)tv->cap * sizeof *tv->line);
	}
	ln = &tv->line[tv->n++];
	ln->text = xstrdup(text);
	ln->style = style;
	snprintf(ln->child_id, sizeof ln->child_id, "%s", child_id != NULL ? child_id : "");
	tv->l.n = tv->n;
}

void
tv_add_wrapped(struct textview *tv, enum tv_style style, const char *text, int cells)
{
	size_t len = strlen(text), i = 0, k;
	struct buf b = BUF_INIT;
	uint32_t cp;
	int w = 0, cw;

	if (cells < 10)
		cells = 10;
	while (i < len) {
		k = utf8_decode(text + i, len - i, &cp);
		if (k == 0)
			k = 1;
		cw = utf8_cp_width(cp);
		if (cp == '\n' || w + cw > cells) {
			tv_add(tv, style, NULL, buf_str(&b));
			buf_reset(&b);
			w = 0;
			if (cp == '\n') {
				i += k;
				continue;
			}
		}
		buf_add(&b, text + i, k);
		w += cw;
		i += k;
	}
	if (b.len > 0)
		tv_add(tv, style, NULL, buf_str(&b));
	buf_free(&b);
}

void
tv_free(struct textview *tv)
{
	int i;

	for (i = 0; i < tv->n; i++)
		free(tv->line[i].text);
	free(tv->line);
	memset(tv, 0, sizeof *tv);
}

void
tv_draw(struct textview *tv, struct tui *t, int y0, int rows)
{
	static const enum tui_attr style_attr[] = {
		[TV_TEXT] = TA_NORMAL, [TV_HEAD] = TA_HEADER, [TV_WARN] = TA_WARN,
		[TV_DIM] = TA_DIM,
	};
	const struct tv_line *ln;
	int i, sel;

	tv->l.rows = rows;
	wlist_fix(&tv->l);
	for (i = 0; i < rows && tv->l.top + i < tv->n; i++) {
		ln = &tv->line[tv->l.top + i];
		sel = tv->l.top + i == tv->l.sel;
		w_put(t, y0 + i, 1, t->cols - 2, ln->text, sel ? t->attr[TA_SELECT] :
		    t->attr[style_attr[ln->style]], sel);
	}
}

int
tv_key(struct textview *tv, struct tui *t, enum op op)
{
	struct screen_arg arg = { "", 0, -1 };
	const struct tv_line *ln;

	if (op == OP_OPEN) {
		if (tv->l.sel < tv->n && (ln = &tv->line[tv->l.sel])->child_id[0] != '\0') {
			snprintf(arg.child_id, sizeof arg.child_id, "%s", ln->child_id);
			tui_open(t, &scr_record, &arg);
		}
		return 1;
	}
	return wlist_move(&tv->l, op) || op == OP_UP || op == OP_DOWN || op == OP_PGUP ||
	    op == OP_PGDN || op == OP_HOME || op == OP_END;
}
