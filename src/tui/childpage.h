/* childpage.h — one screenful of children for the list, checklist and
 * trash screens: keyset paging over store_children_each (one page plus one
 * row per query, so paging is as quick at the 100,000th child as at the
 * first), the selection, the count, and the marks of each row. */
#ifndef GUANAI_TUI_CHILDPAGE_H
#define GUANAI_TUI_CHILDPAGE_H

#include <stddef.h>

#include "guanai/marks.h"
#include "guanai/store.h"
#include "screen.h"

struct childpage_row {
	struct record rec;
	struct child_key key;
	struct child_marks marks;
	int age;			/* -1 when the birth date is unknown */
	char *class_text;		/* "三(2)" */
};

struct childpage {
	int deleted;			/* 1: the trash */
	int rows;			/* rows a page shows */
	struct childpage_row *row;
	int n, sel;
	int page;			/* 0-based */
	struct child_key *starts;	/* starts[p]: key after which page p begins */
	int nstarts;
	int has_next;
	size_t total;
	char query[256];
};

void childpage_init(struct childpage *pg, int deleted);
void childpage_free(struct childpage *pg);
/* New query (NULL keeps the old one) or class filter: back to page 1 and
 * recount.  0, or -1 with e set. */
int childpage_reload(struct childpage *pg, struct tui *t, const char *query,
    struct err *e);
/* Reload the current page in place (after an edit); keeps the selection. */
int childpage_refresh(struct childpage *pg, struct tui *t, struct err *e);
/* A movement op (↑↓ PgUp PgDn Home End): 1 used, 0 not a movement, -1 error. */
int childpage_move(struct childpage *pg, struct tui *t, enum op op, struct err *e);
int childpage_pages(const struct childpage *pg);
const struct childpage_row *childpage_selected(const struct childpage *pg);
/* The class menu: sets t->grade / t->class_no.  0 chosen, 1 cancelled, -1 error. */
int childpage_choose_class(struct tui *t, struct err *e);

#endif
