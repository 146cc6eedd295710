/* widget.c — text in display cells, the wide-character line editor, the
 * list cursor and the modal dialogs.  All text is UTF-8 inside; it is
 * turned into wide characters here and curses writes them in the
 * terminal's own encoding (UTF-8 or GB18030). */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "textview.h"
#include "widget.h"

/* UTF-8 to code points; control characters become blanks. */
static uint32_t *
to_cps(const char *s, size_t *n)
{
	size_t len = strlen(s), i = 0, k, o = 0;
	uint32_t *w = xcalloc(len + 1, sizeof *w), cp;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			k = 1;
		if (cp < 0x20 || cp == 0x7f)
			cp = ' ';
		w[o++] = cp;
		i += k;
	}
	w[o] = 0;
	*n = o;
	return w;
}

/* Code points to the wide characters curses draws: where wchar_t is 16
 * bits a character above U+FFFF cannot be one, and is drawn as a
 * placeholder of its width (utf8_cp_shown), never cut to a wrong one. */
static wchar_t *
to_wide(const uint32_t *cps, size_t n, size_t *out)
{
	wchar_t *w = xcalloc(n + 1, sizeof *w);
	int w16 = plat_wchar_is_16bit();
	size_t i, o = 0;
	uint32_t cp;

	for (i = 0; i < n; i++)
		if ((cp = utf8_cp_shown(cps[i], w16)) != 0)
			w[o++] = (wchar_t)cp;
	w[o] = L'\0';
	*out = o;
	return w;
}

/* What w_put draws of s in `cells` cells: as utf8_cut (or utf8_pad when
 * pad) would make it — the text, or as much as fits before an ellipsis,
 * then blanks — straight into wide characters, in one reading of s (the
 * lists draw a few hundred of these on every paint).  *width is the
 * cells it takes.  The caller frees what is returned unless it is buf. */
static wchar_t *
fit_wide(const char *s, int cells, int ascii_only, int pad, wchar_t *buf, size_t nbuf,
    size_t *n, int *width)
{
	size_t len = strlen(s), i, k, o = 0, keep = 0, cap = len + (size_t)cells + 2;
	wchar_t *w = cap <= nbuf ? buf : xcalloc(cap, sizeof *w);
	int w16 = plat_wchar_is_16bit(), total = 0, fit = 0, ellw = 0, cw;
	uint32_t cp, ell = 0;

	/* the width of the whole, and the bytes that fit before an ellipsis */
	ellw = ascii_only ? 1 : utf8_cp_width(0x2026);
	ell = ascii_only ? '~' : 0x2026;
	if (ellw < 1 || ellw > cells)
		ell = '~', ellw = 1;
	for (i = 0; i < len; i += k) {
		if ((k = utf8_decode(s + i, len - i, &cp)) == 0)
			k = 1;
		cw = utf8_cp_width(cp);
		if (keep == i && fit + cw <= cells - ellw) {
			fit += cw;
			keep = i + k;
		}
		total += cw;
	}
	if (total <= cells) {		/* all of it */
		keep = len;
		ell = 0;
		fit = total;
	} else
		fit += ellw;
	for (i = 0; i < keep; i += k) {
		if ((k = utf8_decode(s + i, keep - i, &cp)) == 0)
			k = 1;
		if (cp < 0x20 || cp == 0x7f)	/* control characters become blanks */
			cp = ' ';
		if ((cp = utf8_cp_shown(cp, w16)) != 0)
			w[o++] = (wchar_t)cp;
	}
	if (ell != 0 && (cp = utf8_cp_shown(ell, w16)) != 0)
		w[o++] = (wchar_t)cp;
	for (; pad && fit < cells; fit++)
		w[o++] = L' ';
	w[o] = L'\0';
	*n = o;
	*width = fit;
	return w;
}

int
w_put(struct tui *t, int y, int x, int cells, const char *s, int attr, int pad)
{
	wchar_t buf[256], *w;
	size_t n;
	int width;

	if (y < 0 || y >= t->rows || x < 0 || x >= t->cols || cells <= 0)
		return 0;
	if (x + cells > t->cols - 1)	/* the last column stays blank */
		cells = t->cols - 1 - x;
	if (cells <= 0)
		return 0;
	w = fit_wide(s != NULL ? s : "", cells, t->app->ascii_only, pad, buf,
	    sizeof buf / sizeof buf[0], &n, &width);
	attrset(attr);
	mvaddnwstr(y, x, w, (int)n);
	attrset(A_NORMAL);
	if (w != buf)
		free(w);
	return width;
}

void
w_fill(struct tui *t, int y, int x, int attr)
{
	if (y < 0 || y >= t->rows || x >= t->cols)
		return;
	attrset(attr);
	mvhline(y, x, ' ', t->cols - x);
	attrset(A_NORMAL);
}

void
w_vline(struct tui *t, int y, int x, int n)
{
	if (x < 0 || x >= t->cols || y >= t->rows)
		return;
	if (y + n > t->rows)
		n = t->rows - y;
	mvvline(y, x, ACS_VLINE, n);
}

/* ---- line editor ---------------------------------------------------- */

static void
ledit_grow(struct ledit *l, size_t need)
{
	if (need + 1 <= l->cap)
		return;
	l->cap = (need + 1) * 2;
	l->w = xrealloc(l->w, l->cap * sizeof *l->w);
}

void
ledit_init(struct ledit *l, const char *utf8)
{
	size_t n;

	memset(l, 0, sizeof *l);
	l->w = to_cps(utf8 != NULL ? utf8 : "", &n);
	l->len = l->cur = n;
	l->cap = n + 1;
}

void
ledit_free(struct ledit *l)
{
	free(l->w);
	memset(l, 0, sizeof *l);
}

char *
ledit_text(const struct ledit *l)
{
	struct buf b = BUF_INIT;
	char u[8];
	size_t i, k;

	for (i = 0; i < l->len; i++) {
		k = utf8_encode(l->w[i], u);
		buf_add(&b, u, k);
	}
	buf_adds(&b, "");
	return buf_detach(&b);
}

/* Cursor movement keys (arrows and the Emacs letters terminals send). */
static int
ledit_move(struct ledit *l, int fn, int key)
{
	if (fn == KEY_LEFT || key == TK_CTRL('B')) {
		if (l->cur > 0)
			l->cur--;
	} else if (fn == KEY_RIGHT || key == TK_CTRL('F')) {
		if (l->cur < l->len)
			l->cur++;
	} else if (fn == KEY_HOME || key == TK_CTRL('A'))
		l->cur = 0;
	else if (fn == KEY_END || key == TK_CTRL('E'))
		l->cur = l->len;
	else
		return 0;
	return 1;
}

enum ledit_result
ledit_key(struct ledit *l, int key)
{
	int fn = key & TK_FN ? key & ~TK_FN : 0;

	if (key == TK_ENTER)
		return LE_DONE;
	if (key == TK_ESC)
		return LE_CANCEL;
	if (ledit_move(l, fn, key))
		return LE_MOVED;
	if (fn == KEY_BACKSPACE || key == TK_BACKSPACE || key == TK_CTRL('H')) {
		if (l->cur == 0)
			return LE_NONE;
		memmove(l->w + l->cur - 1, l->w + l->cur, (l->len - l->cur + 1) * sizeof *l->w);
		l->cur--, l->len--;
		return LE_CHANGED;
	}
	if (fn == KEY_DC || key == TK_CTRL('D')) {
		if (l->cur == l->len)
			return LE_NONE;
		memmove(l->w + l->cur, l->w + l->cur + 1, (l->len - l->cur) * sizeof *l->w);
		l->len--;
		return LE_CHANGED;
	}
	if (key == TK_CTRL('U')) {	/* clears the line */
		l->len = l->cur = 0;
		l->w[0] = 0;
		return LE_CHANGED;
	}
	/* where wchar_t is 16 bits, a character above U+FFFF arrives as
	 * two keys, its surrogates */
	if (fn == 0 && key >= 0xd800 && key <= 0xdbff) {
		l->high = (uint32_t)key;
		return LE_NONE;
	}
	if (fn == 0 && key >= 0xdc00 && key <= 0xdfff) {
		if (l->high == 0)
			return LE_UNUSED;
		key = 0x10000 + (((int)l->high - 0xd800) << 10) + (key - 0xdc00);
	}
	l->high = 0;
	if (fn != 0 || key < 0x20 || key == TK_BACKSPACE ||
	    (key <= 0xffff && !iswprint((wint_t)key)))
		return LE_UNUSED;
	ledit_grow(l, l->len + 1);
	memmove(l->w + l->cur + 1, l->w + l->cur, (l->len - l->cur + 1) * sizeof *l->w);
	l->w[l->cur++] = (uint32_t)key;
	l->len++;
	return LE_CHANGED;
}

static int
cells_between(const struct ledit *l, size_t a, size_t b)
{
	int w = 0;

	for (; a < b; a++)
		w += utf8_cp_width(l->w[a]);
	return w;
}

void
ledit_draw(struct ledit *l, struct tui *t, int y, int x, int cells, int attr)
{
	size_t i, k;
	int w = 0, cw;
	wchar_t *one;

	if (cells < 2 || y >= t->rows || x >= t->cols)
		return;
	if (x + cells > t->cols)
		cells = t->cols - x;
	if ((size_t)l->scroll > l->cur)
		l->scroll = (int)l->cur;
	while (cells_between(l, (size_t)l->scroll, l->cur) > cells - 1)
		l->scroll++;
	attrset(attr);
	mvhline(y, x, ' ', cells);
	for (i = (size_t)l->scroll; i < l->len; i++) {
		cw = utf8_cp_width(l->w[i]);
		if (w + cw > cells)
			break;
		one = to_wide(l->w + i, 1, &k);
		if (k > 0)
			mvaddnwstr(y, x + w, one, (int)k);
		free(one);
		w += cw;
	}
	attrset(A_NORMAL);
	t->cursor_y = y;
	t->cursor_x = x + cells_between(l, (size_t)l->scroll, l->cur);
	t->cursor_on = 1;
}

/* ---- list cursor ---------------------------------------------------- */

void
wlist_fix(struct wlist *l)
{
	if (l->rows < 1)
		l->rows = 1;
	if (l->sel >= l->n)
		l->sel = l->n - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + l->rows)
		l->top = l->sel - l->rows + 1;
	if (l->top < 0)
		l->top = 0;
}

int
wlist_move(struct wlist *l, enum op op)
{
	int old = l->sel;

	switch (op) {
	case OP_UP: l->sel--; break;
	case OP_DOWN: l->sel++; break;
	case OP_PGUP: l->sel -= l->rows; l->top -= l->rows; break;
	case OP_PGDN: l->sel += l->rows; l->top += l->rows; break;
	case OP_HOME: l->sel = 0; break;
	case OP_END: l->sel = l->n - 1; break;
	default: return 0;
	}
	if (l->top > l->n - l->rows)
		l->top = l->n - l->rows;
	wlist_fix(l);
	return l->sel != old;
}

/* ---- dialogs -------------------------------------------------------- */

/* A blank box of h×w cells framed with ACS lines in the middle; returns
 * its top-left corner. */
static void
box_at(struct tui *t, int h, int w, int *y0, int *x0)
{
	int y;

	if (w > t->cols)
		w = t->cols;
	if (h > t->rows)
		h = t->rows;
	*y0 = (t->rows - h) / 2;
	*x0 = (t->cols - w) / 2;
	for (y = *y0; y < *y0 + h; y++)
		mvhline(y, *x0, ' ', w);
	mvhline(*y0, *x0 + 1, ACS_HLINE, w - 2);
	mvhline(*y0 + h - 1, *x0 + 1, ACS_HLINE, w - 2);
	mvvline(*y0 + 1, *x0, ACS_VLINE, h - 2);
	mvvline(*y0 + 1, *x0 + w - 1, ACS_VLINE, h - 2);
	mvaddch(*y0, *x0, ACS_ULCORNER);
	mvaddch(*y0, *x0 + w - 1, ACS_URCORNER);
	mvaddch(*y0 + h - 1, *x0, ACS_LLCORNER);
	mvaddch(*y0 + h - 1, *x0 + w - 1, ACS_LRCORNER);
}

int
dlg_ask(struct tui *t, const char *question, const char *const *keys,
    const char *const *words, int n)
{
	return dlg_ask_enter(t, question, keys, words, n, -1);
}

int
dlg_ask_enter(struct tui *t, const char *question, const char *const *keys,
    const char *const *words, int n, int enter)
{
	struct textview tv;
	int key, i, y0, x0, w, x, r = -1;
	char k[8];

	/* a question wider than the screen is wrapped, not cut: a restore's
	 * "replace the database now in use …" must be read whole */
	memset(&tv, 0, sizeof tv);
	tv_add_wrapped(&tv, TV_WARN, question, t->cols - 8);
	for (;;) {
		tui_paint(t);
		w = utf8_width(question) + 4;
		if (w > t->cols - 4)
			w = t->cols - 4;
		if (w < 40)
			w = 40;
		box_at(t, 4 + tv.n, w, &y0, &x0);
		for (i = 0; i < tv.n; i++)
			w_put(t, y0 + 1 + i, x0 + 2, w - 4, tv.line[i].text, t->attr[TA_WARN], 0);
		x = x0 + 2;
		for (i = 0; i < n; i++) {
			x += w_put(t, y0 + 2 + tv.n, x, x0 + w - 2 - x, keys[i], t->attr[TA_KEY],
			    0);
			x += w_put(t, y0 + 2 + tv.n, x, x0 + w - 2 - x, words[i],
			    t->attr[TA_NORMAL], 0) + 2;
		}
		tui_flush(t);
		if ((key = tui_getkey(t)) < 0 || key == TK_ESC)
			break;
		if (key == TK_ENTER && enter >= 0 && enter < n) {
			r = enter;
			break;
		}
		keys_name(key, k, sizeof k);
		for (i = 0; i < n && r < 0; i++)
			if (strcmp(keys[i], k) == 0)
				r = i;
		if (r >= 0)
			break;
	}
	tv_free(&tv);
	return r;
}

static int
find_item(const char *const *items, int n, const char *text)
{
	int i;

	for (i = 0; i < n; i++)
		if (strstr(items[i], text) != NULL)
			return i;
	return -1;
}

int
dlg_menu(struct tui *t, const char *title, const char *const *items, int n, int sel)
{
	struct wlist l = { n, sel, 0, 0 };
	struct ledit find;
	enum op op;
	char *text;
	int key, i, y0, x0, h, w = 0, r = -1, f, nomatch = 0;

	if (n <= 0)
		return -1;
	ledit_init(&find, "");
	for (i = 0; i < n; i++)
		if (utf8_width(items[i]) > w)
			w = utf8_width(items[i]);
	w = w + 6 > 30 ? w + 6 : 30;
	for (;;) {
		tui_paint(t);
		h = n + 4 < t->rows - 2 ? n + 4 : t->rows - 2;
		l.rows = h - 4;
		wlist_fix(&l);
		box_at(t, h, w, &y0, &x0);
		w_put(t, y0, x0 + 2, w - 4, title, t->attr[TA_HEADER], 0);
		for (i = 0; i < l.rows && l.top + i < n; i++)
			w_put(t, y0 + 1 + i, x0 + 2, w - 4, items[l.top + i],
			    l.top + i == l.sel && !nomatch ? t->attr[TA_SELECT] :
			    t->attr[TA_NORMAL], 1);
		w_put(t, y0 + h - 2, x0 + 2, 8, _("Find:"), t->attr[TA_DIM], 0);
		ledit_draw(&find, t, y0 + h - 2, x0 + 10, w - 12, t->attr[TA_NORMAL]);
		tui_flush(t);
		if ((key = tui_getkey(t)) < 0 || key == TK_ESC)
			break;
		/* Enter takes the item shown selected; a search that found
		 * nothing selects nothing (「姑姑」 must not become 祖父) */
		if (key == TK_ENTER) {
			if (nomatch)
				continue;
			r = l.sel;
			break;
		}
		op = keys_lookup(keys_global, key);
		if (op != OP_NONE && op != OP_LEFT && op != OP_RIGHT) {
			wlist_move(&l, op);
			nomatch = 0;
			continue;
		}
		if (ledit_key(&find, key) == LE_CHANGED) {
			text = ledit_text(&find);
			if ((f = find_item(items, n, text)) >= 0)
				l.sel = f;
			nomatch = f < 0 && text[0] != '\0';
			free(text);
		}
	}
	ledit_free(&find);
	return r;
}

int
dlg_prompt(struct tui *t, const char *label, const char *initial, char **out)
{
	struct ledit l;
	enum ledit_result r;
	int key, y, lw;

	ledit_init(&l, initial);
	for (;;) {
		tui_paint(t);
		y = t->rows - 2;
		w_fill(t, y, 0, t->attr[TA_NORMAL]);
		/* the question is read whole (「与哪个孩子结对？输入姓名或首字母，
		 * 留空列出全部：」 lost its end at half the width); 20 cells are
		 * left for the answer */
		lw = w_put(t, y, 1, t->cols - 21 > t->cols / 2 ? t->cols - 21 : t->cols / 2,
		    label, t->attr[TA_KEY], 0) + 2;
		ledit_draw(&l, t, y, lw, t->cols - lw - 1, t->attr[TA_SELECT]);
		tui_flush(t);
		if ((key = tui_getkey(t)) < 0)
			break;
		r = ledit_key(&l, key);
		if (r == LE_DONE) {
			*out = ledit_text(&l);
			ledit_free(&l);
			return 1;
		}
		if (r == LE_CANCEL)
			break;
	}
	ledit_free(&l);
	return 0;
}
