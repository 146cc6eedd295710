/* scr-trash.c — 回收站: children moved to the trash (soft delete), paged
 * like the list; r puts the selected child back on the register. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "guanai/app/children.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "childpage.h"
#include "widget.h"

static int
trash_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct childpage *pg = xcalloc(1, sizeof *pg);

	(void)arg;
	childpage_init(pg, 1);
	pg->rows = tui_body_rows(t) - 2;
	if (childpage_reload(pg, t, "", e) != 0) {
		childpage_free(pg);
		free(pg);
		return -1;
	}
	s->priv = pg;
	return 0;
}

static void
trash_free(struct screen *s)
{
	childpage_free(s->priv);
	free(s->priv);
}

static void
trash_draw(struct screen *s, struct tui *t)
{
	struct childpage *pg = s->priv;
	const struct childpage_row *row;
	int y = tui_body_top(t), i, attr;
	char *line;

	snprintf(s->title, sizeof s->title, "%s", _("Trash"));
	if (pg->counted == 1)
		snprintf(s->info, sizeof s->info, P_("%zu child", "%zu children",
		    pg->total), pg->total);
	w_put(t, y, 1, t->cols - 2, _("Children in the trash are kept until restored "
	    "(r puts one back on the list)."), t->attr[TA_DIM], 0);
	pg->rows = tui_body_rows(t) - 2;
	for (i = 0; i < pg->n; i++) {
		row = &pg->row[i];
		attr = i == pg->sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		line = xasprintf("%s  %s", record_get(&row->rec, F_NAME), row->class_text);
		w_put(t, y + 2 + i, 1, t->cols - 2, line, attr, i == pg->sel);
		free(line);
	}
	if (pg->n == 0)
		w_put(t, y + 2, 2, t->cols - 3, _("The trash is empty."), t->attr[TA_DIM], 0);
}

static int
trash_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct childpage *pg = s->priv;
	const struct childpage_row *row = childpage_selected(pg);
	struct err e = { 0, "" };

	(void)key;
	if (op == OP_RESTORE && row != NULL) {
		if (app_child_restore(t->app, row->rec.id, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("%s is back on the register."), record_get(&row->rec, F_NAME));
		if (childpage_refresh(pg, t, &e) != 0)
			tui_fail(t, &e);
		return 1;
	}
	if (op == OP_OPEN && row != NULL) {
		tui_say(t, "%s", _("Restore the child first (r), then open the record."));
		return 1;
	}
	switch (childpage_move(pg, t, op, &e)) {
	case -1:
		tui_fail(t, &e);
		return 1;
	case 1:
		return 1;
	}
	return 0;
}

static void
trash_resize(struct screen *s, struct tui *t)
{
	struct childpage *pg = s->priv;
	struct err e = { 0, "" };

	pg->rows = tui_body_rows(t) - 2;
	if (childpage_refresh(pg, t, &e) != 0)
		tui_fail(t, &e);
}

static int
trash_idle(struct screen *s, struct tui *t)
{
	return childpage_idle(s->priv, t);
}

const struct screen_class scr_trash = {
	.name = "trash",
	.keys = keys_trash,
	.init = trash_init,
	.free = trash_free,
	.draw = trash_draw,
	.key = trash_key,
	.resize = trash_resize,
	.idle = trash_idle,
};
