/* screen.h — the interface every screen implements, and the frame (struct
 * tui) the main loop keeps: stack of screens, status line, colours, marks.
 *
 * A screen never calls another screen's internals: it asks the main loop
 * to open one (tui_open) or to go back (tui_back); the loop routes keys to
 * the top screen and paints when something is dirty (STYLE.md habits 7–8).
 * Rows: 0 title, 1 .. rows-3 the screen's body, rows-2 status, rows-1 keys. */
#ifndef GUANAI_TUI_SCREEN_H
#define GUANAI_TUI_SCREEN_H

#include "guanai/app/app.h"
#include "guanai/base/date.h"
#include "guanai/base/uuid.h"
#include "ops.h"

struct tui;
struct screen;

/* What a screen is opened on. */
struct screen_arg {
	char child_id[UUID_LEN + 1];	/* "" = none / a new child */
	int tab;			/* record: first tab to show */
	int field;			/* record: field to select (enum field_id), -1 none */
};

struct screen_class {
	const char *name;		/* for the bench log */
	const struct keydef *keys;
	/* Whether the key bar shows op now (a key that would do nothing in
	 * the screen's present state is not offered); NULL = every op. */
	int (*offers)(const struct screen *s, enum op op);
	/* Set up s->priv; 0, or -1 with e set (the screen is not opened). */
	int (*init)(struct screen *s, struct tui *t, const struct screen_arg *arg,
	    struct err *e);
	void (*free)(struct screen *s);
	/* Paint the body rows 1 .. t->rows - 3 and fill s->title / s->info. */
	void (*draw)(struct screen *s, struct tui *t);
	/* A key: op is what the table says (OP_NONE when unbound), key the raw
	 * key.  Returns 1 when used; unused ops go to the global handlers. */
	int (*key)(struct screen *s, struct tui *t, enum op op, int key);
	/* The terminal size changed (t->rows, t->cols are new); may be NULL. */
	void (*resize)(struct screen *s, struct tui *t);
	/* Back on top after the screen above closed: reload what may have
	 * changed; may be NULL. */
	void (*resume)(struct screen *s, struct tui *t);
	/* A mouse click in the body (may be NULL); dbl for a double click. */
	void (*mouse)(struct screen *s, struct tui *t, int y, int x, int dbl);
	/* Work left for when no key waits (a count): 1 when something
	 * changed (the loop repaints), 0 when nothing was to do or a key
	 * interrupted it (tui_key_waiting); may be NULL. */
	int (*idle)(struct screen *s, struct tui *t);
};

struct screen {
	const struct screen_class *cls;
	void *priv;
	struct screen *below;
	char title[256];		/* after "关爱 · school · " */
	char info[256];			/* right part of the title line */
};

enum tui_attr {
	TA_NORMAL, TA_TITLE, TA_SELECT, TA_HEADER, TA_ERROR, TA_WARN,
	TA_DIM, TA_KEY, TA_OK, TA_COUNT
};

struct tui {
	struct app *app;
	int rows, cols;
	int attr[TA_COUNT];
	const char *mark[3];		/* clear, missing, stale (■ □ ▣ or # . ~) */
	char *school;
	char status[1024];
	char last[1024];		/* the last message, for F12 (scr-message.c) */
	int status_attr;
	struct date today;
	char today_iso[DATE_ISO_SIZE];
	int grade, class_no;		/* class filter shared by the lists, 0 = all */
	int dirty;
	int quit;
	int cursor_on, cursor_y, cursor_x;	/* where a line editor wants it */
	struct screen *top;
	/* requests made by a screen, applied by the loop after the key */
	const struct screen_class *open_cls;
	struct screen_arg open_arg;
	int back;
	int restart;			/* drop every screen, open the list (then open_cls) */
	void *bench;			/* FILE * of GUANAI_TUI_BENCH, or NULL */
};

/* Ask the loop to open a screen on top / close the top one. */
void tui_open(struct tui *t, const struct screen_class *cls, const struct screen_arg *arg);
void tui_back(struct tui *t);
/* Ask the loop to close every screen and start over on the list, then
 * open `next` on top of it (NULL: the list alone) — the set-up screen's
 * way out. */
void tui_restart(struct tui *t, const struct screen_class *next);
/* Status line: a message (printf format, already translated), or an error. */
void tui_say(struct tui *t, const char *fmt, ...) GUANAI_PRINTF(2, 3);
void tui_fail(struct tui *t, const struct err *e);
/* Repaint the whole frame into the virtual screen (no doupdate); then
 * tui_flush places the cursor and updates the terminal. */
void tui_paint(struct tui *t);
void tui_flush(struct tui *t);
/* Body geometry. */
int tui_body_top(const struct tui *t);
int tui_body_rows(const struct tui *t);
/* Read one key (TK_FN | code for function keys, Enter as TK_ENTER);
 * KEY_RESIZE re-measures the terminal.  Returns -1 on end of input. */
int tui_getkey(struct tui *t);
/* A key waits on the terminal (a store progress callback: a query under
 * way gives up for the key). */
int tui_key_waiting(void *ctx);
/* The class filter as text ("三年级(2)班", or tui_all_text); caller frees. */
char *tui_class_text(const struct tui *t);
/* What "no class filter" is called: "全校", or "我的班级" for a teacher's
 * account, which sees its own classes only; borrowed. */
const char *tui_all_text(const struct tui *t);
/* Signed in with a class teacher's account (her classes only). */
int tui_is_teacher(const struct tui *t);

/* The screens. */
extern const struct screen_class scr_list, scr_record, scr_helpers,
    scr_checklist, scr_remind, scr_stats, scr_trash, scr_help, scr_audit,
    scr_message;

#endif
