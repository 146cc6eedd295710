/* textview.h — a scrolled list of prepared lines for the reminder and
 * statistics screens; a line may name a child (Enter opens the record). */
#ifndef GUANAI_TUI_TEXTVIEW_H
#define GUANAI_TUI_TEXTVIEW_H

#include "guanai/base/uuid.h"
#include "screen.h"
#include "widget.h"

enum tv_style { TV_TEXT, TV_HEAD, TV_WARN, TV_DIM };

struct tv_line {
	char *text;
	char child_id[UUID_LEN + 1];	/* "" when the line names no child */
	enum tv_style style;
};

struct textview {
	struct tv_line *line;
	int n, cap;
	struct wlist l;
};

/* Append a line (text copied); child_id may be NULL. */
void tv_add(struct textview *tv, enum tv_style style, const char *child_id,
    const char *text);
/* Append text cut into lines of at most `cells` display cells. */
void tv_add_wrapped(struct textview *tv, enum tv_style style, const char *text, int cells);
void tv_free(struct textview *tv);
void tv_draw(struct textview *tv, struct tui *t, int y0, int rows);
/* Movement keys; Enter on a child's line opens the record.  1 when used. */
int tv_key(struct textview *tv, struct tui *t, enum op op);

#endif
