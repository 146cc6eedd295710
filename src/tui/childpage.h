/* childpage.h — one screenful of children for the list, checklist and
 * trash screens: keyset paging both ways over app_children_each and
 * app_children_each_before (one page plus one row per query, so paging
 * — End included — is as quick at the 100,000th child as at the first),
 * the selection, the marks of the page (one query), and the count, which
 * is made when the keyboard is idle (childpage_idle) and given up when a
 * key arrives: the first screen and each key of a search wait for one
 * page only. */
#ifndef GUANAI_TUI_CHILDPAGE_H
#define GUANAI_TUI_CHILDPAGE_H

#include <stddef.h>

#include "guanai/app/children.h"
#include "guanai/app/marks.h"
#include "screen.h"

struct childpage_row {
	struct record rec;		/* only the fields of childpage.fields */
	struct child_key key;
	struct child_marks marks;
	int age;			/* -1 when the birth date is unknown */
	char *class_text;		/* "三(2)" */
};

struct childpage {
	int deleted;			/* 1: the trash */
	/* the fields a row's record carries (the others are NULL): what the
	 * list, checklist and trash screens show, and what the marks and a
	 * confirmation read (marks_fields) — a page reads no more */
	unsigned char fields[FIELD_COUNT];
	int rows;			/* rows a page shows */
	struct childpage_row *row;
	int n, sel;
	struct child_key prev;		/* the row before the page (sort_key NULL: none) */
	int has_next, has_prev;
	/* where the page is: pos = index of its first row; after End, until
	 * the count is known, back = rows from its first row to the end */
	size_t pos, back;
	int from_end;
	size_t total;
	/* 1: total is known; 2: more than total (counted up to a bound);
	 * 0: not yet; -1: counting failed */
	int counted;
	char query[256];
};

void childpage_init(struct childpage *pg, int deleted);
void childpage_free(struct childpage *pg);
/* New query (NULL keeps the old one) or class filter: back to page 1; the
 * count is left to childpage_idle.  0, or -1 with e set. */
int childpage_reload(struct childpage *pg, struct tui *t, const char *query,
    struct err *e);
/* Reload the current page in place (after an edit or a resize); keeps the
 * selection; the count is made again. */
int childpage_refresh(struct childpage *pg, struct tui *t, struct err *e);
/* Count now (a screen that needs the number at once). */
int childpage_count(struct childpage *pg, struct tui *t, struct err *e);
/* Count while no key waits: 1 when the count arrived (repaint), 0 when
 * there was nothing to do or a key interrupted it. */
int childpage_idle(struct childpage *pg, struct tui *t);
/* A movement op (↑↓ PgUp PgDn Home End): 1 used, 0 not a movement, -1 error. */
int childpage_move(struct childpage *pg, struct tui *t, enum op op, struct err *e);
/* Page number (1-based) and pages; pages is 0 while the count is unknown. */
int childpage_page(const struct childpage *pg);
int childpage_pages(const struct childpage *pg);
/* "第 3 / 2000 页  100000 条匹配", or while counting "第 3 页  正在统计人数…",
 * or "第 3 页  超过 1000 条匹配". */
void childpage_where(const struct childpage *pg, char *buf, size_t n);
const struct childpage_row *childpage_selected(const struct childpage *pg);
/* The class menu: sets t->grade / t->class_no.  0 chosen, 1 cancelled, -1 error. */
int childpage_choose_class(struct tui *t, struct err *e);

#endif
