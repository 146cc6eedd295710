/* widget.h — drawing in display cells, the wide-character line editor,
 * modal dialogs (question, choice menu, prompt) and a scrolled list cursor.
 * Everything measures text with utf8_width: a Chinese character is 2 cells,
 * and text is cut with … at a cell boundary. */
#ifndef GUANAI_TUI_WIDGET_H
#define GUANAI_TUI_WIDGET_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "screen.h"

/* Put UTF-8 text at (y, x), cut to `cells` (padded with blanks when pad);
 * returns the cells written.  The last column (cols-1) stays blank: text
 * that reaches it has run into the edge (tests/tui/lib-tmux.sh tui_fits). */
int w_put(struct tui *t, int y, int x, int cells, const char *s, int attr, int pad);
/* Fill a row from x to the right edge with blanks in attr. */
void w_fill(struct tui *t, int y, int x, int attr);
/* A vertical ACS line of n rows at (y, x). */
void w_vline(struct tui *t, int y, int x, int n);

/* A single-line editor over code points: any input method's characters,
 * cursor moved by character, scrolled by display cells. */
struct ledit {
	uint32_t *w;			/* code points: wchar_t is 16 bits on Windows */
	size_t len, cap, cur;
	uint32_t high;			/* a high surrogate waiting for its low half */
	int scroll;			/* first code point shown */
};
enum ledit_result { LE_NONE, LE_CHANGED, LE_MOVED, LE_DONE, LE_CANCEL, LE_UNUSED };
void ledit_init(struct ledit *l, const char *utf8);
void ledit_free(struct ledit *l);
char *ledit_text(const struct ledit *l);	/* UTF-8, caller frees */
/* Feed a key (tui_getkey form).  Enter = DONE, Esc = CANCEL. */
enum ledit_result ledit_key(struct ledit *l, int key);
/* Draw in `cells` cells at (y, x) and ask for the terminal cursor there. */
void ledit_draw(struct ledit *l, struct tui *t, int y, int x, int cells, int attr);

/* A scrolled cursor over n lines shown in `rows` rows. */
struct wlist {
	int n, sel, top, rows;
};
/* Apply a movement op; returns 1 when the selection moved. */
int wlist_move(struct wlist *l, enum op op);
void wlist_fix(struct wlist *l);

/* Modal: a question with lettered answers ("s", "Save" …); returns the
 * index chosen, or -1 on Esc. */
int dlg_ask(struct tui *t, const char *question, const char *const *keys,
    const char *const *words, int n);
/* As dlg_ask, and Enter chooses answer `enter` (the progress bar's
 * 「停止？」: Enter or y stops). */
int dlg_ask_enter(struct tui *t, const char *question, const char *const *keys,
    const char *const *words, int n, int enter);
/* Modal: choose one of n items (scrolled, type to find); returns the
 * index, or -1 on Esc. */
int dlg_menu(struct tui *t, const char *title, const char *const *items, int n, int sel);
/* Modal: edit a line in the status row; 1 entered (*out is the caller's),
 * 0 cancelled. */
int dlg_prompt(struct tui *t, const char *label, const char *initial, char **out);

#endif
