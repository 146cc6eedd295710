/* keys.c — the key tables of each screen: {op, key, in-bar}.  Letters come
 * first (old terminals lose F-keys), F-keys and arrows work too.  The bar
 * shows the entries marked 1 in table order, as many as fit. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/utf8.h"
#include "ops.h"

#define FN(k) (TK_FN | (k))

/* Keys every screen understands (looked up after the screen's own). */
const struct keydef keys_global[] = {
	{ OP_HELP, FN(KEY_F(1)), 0 }, { OP_HELP, '?', 0 },
	{ OP_QUIT, FN(KEY_F(10)), 0 }, { OP_MENU, FN(KEY_F(9)), 0 },
	{ OP_UP, FN(KEY_UP), 0 }, { OP_DOWN, FN(KEY_DOWN), 0 },
	{ OP_PGUP, FN(KEY_PPAGE), 0 }, { OP_PGDN, FN(KEY_NPAGE), 0 },
	{ OP_HOME, FN(KEY_HOME), 0 }, { OP_END, FN(KEY_END), 0 },
	{ OP_LEFT, FN(KEY_LEFT), 0 }, { OP_RIGHT, FN(KEY_RIGHT), 0 },
	{ OP_OPEN, TK_ENTER, 0 }, { OP_BACK, TK_ESC, 0 },
	{ OP_MESSAGE, FN(KEY_F(12)), 0 }, { OP_MESSAGE, TK_CTRL('g'), 0 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_list[] = {
	{ OP_HELP, '?', 1 }, { OP_SEARCH, '/', 1 }, { OP_OPEN, TK_ENTER, 1 },
	{ OP_NEW, 'n', 1 }, { OP_CLASS, 'c', 1 }, { OP_CHECKLIST, 'k', 1 },
	{ OP_PAIRINGS, 'j', 1 }, { OP_PRINT, 'p', 1 }, { OP_MENU, FN(KEY_F(9)), 1 },
	/* the key bar skips what does not fit: the most used first, quit
	 * before the rarer ones (all are on the help screen and in the F9
	 * menu) */
	{ OP_QUIT, 'q', 1 }, { OP_IMPORT_EXCEL, 'm', 1 }, { OP_EXPORT_EXCEL, 'o', 1 },
	{ OP_REMIND, 't', 1 }, { OP_STATS, 's', 1 },
	{ OP_USB_EXPORT, 'e', 1 }, { OP_USB_IMPORT, 'i', 1 },
	{ OP_CONFLICTS, 'x', 1 }, { OP_TRASH, 'r', 1 },
	{ OP_DELETE, 'd', 0 }, { OP_DELETE, FN(KEY_DC), 0 },
	{ OP_QUIT, FN(KEY_F(10)), 0 }, { OP_SEARCH, FN(KEY_F(3)), 0 },
	{ OP_AUDIT, 'l', 0 }, { OP_CLASSES, 'g', 0 }, { OP_ACCOUNTS, 'u', 0 },
	{ OP_BACKUP, 'b', 0 }, { OP_RESTORE_DB, 'h', 0 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_record[] = {
	{ OP_NEXT_FIELD, TK_TAB, 1 }, { OP_EDIT, TK_ENTER, 1 },
	{ OP_SAVE, FN(KEY_F(2)), 1 }, { OP_RIGHT, FN(KEY_RIGHT), 1 },
	{ OP_BACK, TK_ESC, 1 }, { OP_ADD, 'a', 1 }, { OP_DELETE, 'd', 1 },
	{ OP_CONFIRM, 'k', 1 }, { OP_SAVE, 'w', 1 }, { OP_HELP, '?', 1 },
	{ OP_PREV_FIELD, FN(KEY_BTAB), 0 }, { OP_UNPAIR, 'u', 0 },
	{ OP_SAVE, TK_CTRL('s'), 0 },
	{ OP_NEW, 'n', 0 }, { OP_QUIT, 'q', 0 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_helpers[] = {
	{ OP_SWITCH, TK_TAB, 1 }, { OP_PAIR, 'a', 1 }, { OP_UNPAIR, 'u', 1 },
	{ OP_NEW, 'n', 1 }, { OP_EDIT, 'e', 1 }, { OP_REMOVE_HELPER, 'd', 1 },
	{ OP_OPEN, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_SWITCH, FN(KEY_RIGHT), 0 }, { OP_SWITCH, FN(KEY_LEFT), 0 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_checklist[] = {
	{ OP_FILL, TK_ENTER, 1 }, { OP_CONFIRM, ' ', 1 }, { OP_CONFIRM_ALL, 'a', 1 },
	{ OP_RIGHT, FN(KEY_RIGHT), 1 }, { OP_CLASS, 'c', 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_remind[] = {
	{ OP_OPEN, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 },
	{ OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_stats[] = {
	{ OP_WRITE, 'y', 1 }, { OP_CLASS, 'c', 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 },
	{ OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_trash[] = {
	{ OP_RESTORE, 'r', 1 }, { OP_OPEN, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 },
	{ OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_help[] = {
	{ OP_BACK, TK_ESC, 1 }, { OP_BACK, 'q', 1 }, { OP_BACK, '?', 0 },
	{ OP_BACK, FN(KEY_F(1)), 0 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_classes[] = {
	{ OP_EDIT, TK_ENTER, 1 }, { OP_TEACHER, 't', 1 }, { OP_ADD, 'a', 1 },
	{ OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_accounts[] = {
	{ OP_ADD, 'a', 1 }, { OP_PASSWORD, 'p', 1 }, { OP_DELETE, 'd', 1 },
	{ OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 }, { OP_QUIT, 'q', 1 },
	{ OP_DELETE, FN(KEY_DC), 0 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_backup[] = {
	{ OP_GO, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 },
	{ OP_NONE, 0, 0 }
};

const struct keydef keys_message[] = {
	{ OP_BACK, TK_ESC, 1 }, { OP_BACK, 'q', 1 }, { OP_HELP, '?', 1 },
	{ OP_NONE, 0, 0 }
};

enum op
keys_lookup(const struct keydef *table, int key)
{
	for (; table->op != OP_NONE; table++)
		if (table->key == key)
			return table->op;
	return OP_NONE;
}

/* Names of the function keys that appear in the tables. */
static const struct {
	int code;
	const char *name;
} fn_names[] = {
	{ KEY_UP, "\xe2\x86\x91" }, { KEY_DOWN, "\xe2\x86\x93" },
	{ KEY_LEFT, "\xe2\x86\x90" }, { KEY_RIGHT, "\xe2\x86\x92" },
	{ KEY_PPAGE, "PgUp" }, { KEY_NPAGE, "PgDn" }, { KEY_HOME, "Home" },
	{ KEY_END, "End" }, { KEY_DC, "Del" }, { KEY_BTAB, "S-Tab" },
};

void
keys_name(int key, char *out, size_t n)
{
	char u[8];
	size_t k, i;
	int c = key & ~TK_FN;

	if (key & TK_FN) {
		if (c >= KEY_F(1) && c <= KEY_F(12)) {
			snprintf(out, n, "F%d", c - KEY_F(0));
			return;
		}
		for (i = 0; i < sizeof fn_names / sizeof fn_names[0]; i++)
			if (fn_names[i].code == c) {
				snprintf(out, n, "%s", fn_names[i].name);
				return;
			}
		snprintf(out, n, "#%d", c);
		return;
	}
	if (key == TK_ENTER)
		snprintf(out, n, "Enter");
	else if (key == TK_ESC)
		snprintf(out, n, "Esc");
	else if (key == TK_TAB)
		snprintf(out, n, "Tab");
	else if (key > 0 && key < 0x20)
		snprintf(out, n, "Ctrl-%c", key + '@');
	else if (key == ' ')
		snprintf(out, n, "%s", _("Space"));
	else {
		k = utf8_encode((uint32_t)key, u);
		u[k] = '\0';
		snprintf(out, n, "%s", u);
	}
}
