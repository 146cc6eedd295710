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

/* 避头尾: no line starts with a closing mark (「要合并吗」 above a lone
 * 「？」) nor ends with an opening one (「（」 above 「其中1人…」). */
static int
closes(uint32_t cp)
{
	static const uint32_t marks[] = { 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A,
		0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F, 0x3011, 0x201D, 0x2019,
		0x2026 };
	size_t i;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (marks[i] == cp)
			return 1;
	return 0;
}

static int
opens(uint32_t cp)
{
	return cp == 0xFF08 || cp == 0x300A || cp == 0x300C || cp == 0x300E ||
	    cp == 0x3010 || cp == 0x201C || cp == 0x2018;
}

/* A byte of a Latin word, number, date or time: 2026-12-08, 08:30, 94ae454c */
static int
word_byte(uint32_t c)
{
	return c < 0x80 && ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
	    (c | 0x20) <= 'z') || c == '-' || c == '.' || c == ':' || c == '/' || c == '_');
}

enum { WORD_KEPT = 24 };	/* a longer run is broken where it must */

/* Where the last character of the line begins, when it must go down with
 * the break (the line keeps at least one character), else b->len; a
 * number or word cut by the break goes down whole (「打包于 20」 above
 * 「26-12-08」 read as two numbers). */
static size_t
carried(const struct buf *b, uint32_t next)
{
	size_t at = b->len;
	uint32_t last;

	if (at == 0)
		return at;
	if (word_byte(next)) {
		while (at > 0 && b->len - at < WORD_KEPT &&
		    word_byte((unsigned char)b->s[at - 1]))
			at--;
		if (at > 0 && at < b->len && b->len - at < WORD_KEPT)
			return at;
		at = b->len;
	}
	while (at > 0 && ((unsigned char)b->s[at - 1] & 0xC0) == 0x80)
		at--;
	if (at > 0)
		at--;
	if (at == 0 || utf8_decode(b->s + at, b->len - at, &last) == 0)
		return b->len;
	return closes(next) || opens(last) ? at : b->len;
}

void
tv_add_wrapped(struct textview *tv, enum tv_style style, const char *text, int cells)
{
	size_t len = strlen(text), i = 0, k, at;
	struct buf b = BUF_INIT;
	char *carry;
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
			at = cp == '\n' ? b.len : carried(&b, cp);
			carry = xstrdup(b.s != NULL ? b.s + at : "");
			b.len = at;
			if (b.s != NULL)
				b.s[at] = '\0';
			tv_add(tv, style, NULL, buf_str(&b));
			buf_reset(&b);
			buf_adds(&b, carry);
			w = utf8_width(carry);
			free(carry);
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
