/* menu.h — the F9 menu (SCREENS.md §5): every action that opens a screen
 * or a dialog, from one table, so that nothing hides beyond the width of
 * the key bar.  Adding an action to the menu is one line of menu.c's
 * table; the same table lets any screen's key reach it (tui.c's global
 * ops). */
#ifndef GUANAI_TUI_MENU_H
#define GUANAI_TUI_MENU_H

#include "screen.h"

struct menu_entry {
	enum op op;
	const struct screen_class *cls;	/* the screen the action opens */
	const char *label;		/* N_() — the menu line */
	int head_only;			/* 1: headteacher's accounts only */
};

/* The entry of an op, or NULL. */
const struct menu_entry *menu_find(enum op op);
/* Open the screen of `op` when the table has it (refused with a message
 * for a teacher's account on a headteacher's action).  1 when handled. */
int menu_do(struct tui *t, enum op op);
/* Show the menu; the chosen action is done (Esc: nothing). */
void menu_run(struct tui *t);

#endif
