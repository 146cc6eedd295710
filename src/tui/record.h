/* record.h — private to the child-record screen (scr-record.c, rec-form.c,
 * rec-tabs.c): the working copy of one child's file and the tabs. */
#ifndef GUANAI_TUI_RECORD_H
#define GUANAI_TUI_RECORD_H

#include "guanai/app/care.h"
#include "guanai/app/children.h"
#include "guanai/core/checklist.h"
#include "screen.h"
#include "widget.h"

/* The first TAB_FORMS tabs are forms of the record's fields; the others
 * are lists (pairings, care, the 七清楚). */
enum rec_tab { TAB_BASIC, TAB_PARENTS, TAB_GUARDIAN, TAB_PAIRS, TAB_CARE,
	TAB_CHECK, TAB_COUNT };
#define TAB_FORMS TAB_PAIRS

struct rec {
	struct record r;		/* the working copy, edited in place */
	struct record orig;		/* as stored (or empty for a new child) */
	int dirty;
	int tab;
	struct wlist l[TAB_COUNT];
	int fields[TAB_FORMS][FIELD_COUNT + 1];	/* form tabs: the field ids shown, -1 ended */
	int editing;			/* the line editor is open on the field */
	struct ledit ed;
	/* why the editor's text was refused (field_parse's message, naming
	 * the field), "" when it was not: shown under the form while the
	 * typed text waits for correction, so the title never says 已保存
	 * over a value that was not taken */
	char refused[1024];
	struct pairing *pairs;
	int npairs;
	struct care *cares;
	int ncares;
	char *confirmed[CHECKLIST_ITEMS];
	struct check_item_result check[CHECKLIST_ITEMS];
};

/* rec-form.c: the three form tabs. */
void rec_form_setup(struct rec *rc);
void rec_form_draw(struct rec *rc, struct tui *t, int y0, int rows);
/* A key on a form tab: 1 used, 0 for the screen to handle. */
int rec_form_key(struct rec *rc, struct tui *t, enum op op, int key);
/* Show the tab of a field and select it; 0, or -1 when no form has it. */
int rec_form_select(struct rec *rc, int field);
/* 1 when the open editor holds text that is not the field's value (typed
 * and not yet taken, or refused): the record is not saved as shown. */
int rec_form_pending(const struct rec *rc);

/* rec-tabs.c: pairings, care records and the checklist of the child. */
int rec_tabs_load(struct rec *rc, struct tui *t, struct err *e);
void rec_tabs_free(struct rec *rc);
void rec_tabs_draw(struct rec *rc, struct tui *t, int y0, int rows);
int rec_tabs_key(struct rec *rc, struct tui *t, enum op op, int key);

/* rec-care.c: the 帮扶记录 tab (add, read whole, edit, delete). */
char *rec_care_line(const struct care *c);
int rec_care_key(struct rec *rc, struct tui *t, enum op op, int key);

#endif
