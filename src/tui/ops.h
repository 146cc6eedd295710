/* ops.h — every user action of the terminal interface is an op, declared
 * once here with a short key-bar word and a help sentence (STYLE.md habits
 * 4–6).  Key tables (keys.c) bind keys to ops per screen; the key bar and
 * the help screen are generated from those tables, never written by hand. */
#ifndef GUANAI_TUI_OPS_H
#define GUANAI_TUI_OPS_H

#include <stddef.h>

/* X(NAME, short word for the key bar, help sentence).
 * L10N: the short words appear in the bottom key bar at 80 columns:
 * keep them to two Chinese characters where possible. */
#define TUI_OPS(X)							\
	X(QUIT, N_("Quit"), N_("Leave guanai"))				\
	X(HELP, N_("Help"), N_("Show every key of this screen"))		\
	X(BACK, N_("Back"), N_("Go back to the previous screen"))	\
	X(SAVE, N_("Save"), N_("Save the changes of this record"))	\
	X(SEARCH, N_("Search"), N_("Search by name, pinyin, initials, ID or phone")) \
	X(OPEN, N_("Open"), N_("Open the selected line"))		\
	X(UP, N_("Up"), N_("Move up one line"))				\
	X(DOWN, N_("Down"), N_("Move down one line"))			\
	X(PGUP, N_("PgUp"), N_("Previous page"))			\
	X(PGDN, N_("PgDn"), N_("Next page"))				\
	X(HOME, N_("First"), N_("Go to the first line"))		\
	X(END, N_("Last"), N_("Go to the last line"))			\
	X(LEFT, N_("Left"), N_("Previous tab or column"))		\
	X(RIGHT, N_("Right"), N_("Next tab or column"))			\
	X(NEXT_FIELD, N_("Next"), N_("Next field"))			\
	X(PREV_FIELD, N_("Prev"), N_("Previous field"))			\
	X(EDIT, N_("Edit"), N_("Edit the selected field"))		\
	X(NEW, N_("New"), N_("Add a new child"))				\
	X(DELETE, N_("Delete"), N_("Move the child to the trash"))	\
	X(RESTORE, N_("Restore"), N_("Put the child back on the register")) \
	X(CLASS, N_("Class"), N_("Show one class or the whole school"))	\
	X(CHECKLIST, N_("Checklist"), N_("The seven-clear checklist matrix")) \
	X(PAIRINGS, N_("Pairs"), N_("Helpers and pairings"))		\
	X(REMIND, N_("Remind"), N_("Today's reminders"))		\
	X(STATS, N_("Stats"), N_("Statistics for the work summary"))	\
	X(TRASH, N_("Trash"), N_("Children moved to the trash"))	\
	X(ADD, N_("Add"), N_("Add a care record or a pairing"))		\
	X(CONFIRM, N_("Confirm"), N_("Confirm this checklist item as checked today")) \
	X(CONFIRM_ALL, N_("All"), N_("Confirm every complete item of the child")) \
	X(PAIR, N_("Pair"), N_("Pair the selected helper or child"))	\
	X(UNPAIR, N_("Unpair"), N_("End the selected pairing (kept in the history)")) \
	X(SWITCH, N_("Switch"), N_("Switch between the two lists"))	\
	X(WRITE, N_("Write"), N_("Save the tables as Excel or the paragraph as text")) \
	X(FILL, N_("Fill"), N_("Open the record at the missing field"))	\
	X(CONFLICTS, N_("Conflicts"), N_("Settle the conflicts left by a USB package")) \
	X(MINE, N_("Mine"), N_("Keep the value on this PC"))		\
	X(THEIRS, N_("Theirs"), N_("Take the value from the package"))	\
	X(USB_EXPORT, N_("USB export"), N_("Write an encrypted package to a USB stick")) \
	X(USB_IMPORT, N_("USB import"), N_("Merge a package from a USB stick")) \
	X(MENU, N_("Menu"), N_("Every action in one menu"))		\
	X(IMPORT_EXCEL, N_("Import Excel"), N_("Import a roster from an Excel or CSV file")) \
	X(EXPORT_EXCEL, N_("Export Excel"), N_("Write the children to an Excel or CSV file for the county")) \
	X(PRINT, N_("Print"), N_("Print a roster, forms, cards or lists, or save them as PDF")) \
	X(GO, N_("Start"), N_("Do it with the choices shown (Enter alone takes the defaults)")) \
	X(RENAME, N_("Rename"), N_("Change the proposed file name")) \
	X(AUDIT, N_("Log"), N_("Who changed what, and when (headteacher)")) \
	X(MESSAGE, N_("Message"), N_("Read the last message whole")) \
	X(CLASSES, N_("Classes"), N_("Classes, head teachers and pupils enrolled")) \
	X(TEACHER, N_("Head teacher"), N_("Set the head teacher of the class"))	\
	X(ACCOUNTS, N_("Accounts"), N_("Sign-in accounts (headteacher)"))	\
	X(PASSWORD, N_("Password"), N_("Give the account a new password"))	\
	X(BACKUP, N_("Backup"), N_("Back up the whole database to a USB stick (headteacher)")) \
	X(REMOVE_HELPER, N_("Remove"), N_("Remove the helper (only one paired with no child)")) \
	X(RESTORE_DB, N_("Restore"), N_("Put a backup in place of the database (headteacher)"))

enum op {
	OP_NONE,
#define TUI_OP_ENUM(n, w, h) OP_##n,
	TUI_OPS(TUI_OP_ENUM)
#undef TUI_OP_ENUM
	OP_COUNT
};

/* Keys: a character is its code point; a curses function key (KEY_F(2),
 * KEY_UP …) is TK_FN | code, so the two never collide. */
#define TK_FN 0x1000000
#define TK_ESC 27
#define TK_ENTER '\n'
#define TK_TAB '\t'
/* Control keys a line editor takes (the Emacs letters terminals send). */
#define TK_CTRL(c) ((c) & 0x1f)
#define TK_BACKSPACE 0x7f	/* DEL, what most terminals send for ⌫ */

struct keydef {
	enum op op;
	int key;
	int bar;		/* 1: shown in the key bar */
};

/* The translated key-bar word and help sentence of an op. */
const char *op_word(enum op op);
const char *op_help(enum op op);
/* The op a key means in a table (terminated by OP_NONE), or OP_NONE. */
enum op keys_lookup(const struct keydef *table, int key);
/* How a key is written in the bar and the help ("F2", "/", "Enter"). */
void keys_name(int key, char *out, size_t n);

/* Per-screen key tables (keys.c). */
extern const struct keydef keys_list[], keys_record[], keys_helpers[],
    keys_checklist[], keys_remind[], keys_stats[], keys_trash[], keys_help[],
    keys_message[], keys_classes[], keys_accounts[], keys_backup[],
    keys_global[];

#endif
