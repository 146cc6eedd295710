/* rec-form.c — the form tabs of the child record (基本, 父母, 监护人),
 * generated from field_table: labels, enum choices, display forms.  A text
 * field is edited in place with the wide-character line editor; leaving it
 * runs field_parse, and a refused value stays in the editor with the
 * reason under the form (which field, why, and that the field keeps its
 * value) until it is corrected or Esc gives it up, so nothing typed is
 * lost and nothing refused looks saved. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "record.h"

void
rec_form_setup(struct rec *rc)
{
	int i, n[TAB_FORMS] = { 0 }, tab;

	for (i = 0; i < FIELD_COUNT; i++) {
		switch (field_table[i].entity) {
		case ENT_CHILD: case ENT_CLASS: tab = TAB_BASIC; break;
		case ENT_FATHER: case ENT_MOTHER: tab = TAB_PARENTS; break;
		default: tab = TAB_GUARDIAN; break;
		}
		rc->fields[tab][n[tab]++] = i;
	}
	for (tab = 0; tab < TAB_FORMS; tab++) {
		rc->fields[tab][n[tab]] = -1;
		rc->l[tab].n = n[tab];
	}
}

int
rec_form_select(struct rec *rc, int field)
{
	int tab, i;

	for (tab = 0; tab < TAB_FORMS; tab++)
		for (i = 0; rc->fields[tab][i] >= 0; i++)
			if (rc->fields[tab][i] == field) {
				rc->tab = tab;
				rc->l[tab].sel = i;
				wlist_fix(&rc->l[tab]);
				return 0;
			}
	return -1;
}

static int
selected_field(const struct rec *rc)
{
	return rc->tab < TAB_FORMS && rc->l[rc->tab].n > 0 ?
	    rc->fields[rc->tab][rc->l[rc->tab].sel] : -1;
}

int
rec_form_pending(const struct rec *rc)
{
	int id = selected_field(rc), r;
	const char *cur;
	char *text;

	if (!rc->editing || id < 0)
		return 0;
	if (rc->refused[0] != '\0')
		return 1;
	text = ledit_text(&rc->ed);
	cur = record_get(&rc->r, id);
	r = !str_eq(text[0] != '\0' ? text : NULL, cur != NULL && *cur ? cur : NULL);
	free(text);
	return r;
}

/* The field's value as the form shows it, or NULL when it is empty.
 * Caller frees. */
static char *
shown_value(const struct rec *rc, int id)
{
	char *v = field_display(&field_table[id], record_get(&rc->r, id));

	if (v != NULL && v[0] == '\0')
		xfree(&v);
	return v;
}

/* Two rows under the form while a refused value waits in the editor: the
 * reason (naming the field), then what the field keeps and what to do. */
static void
draw_refused(struct rec *rc, struct tui *t, int y)
{
	char *v = shown_value(rc, selected_field(rc)), *s;

	w_put(t, y, 1, t->cols - 2, rc->refused, t->attr[TA_ERROR], 1);
	/* L10N: under the record form, after the reason a typed value was
	 * refused; %s is the value the field keeps */
	s = v != NULL ? xasprintf(_("Not taken: the field stays %s. Correct it "
	    "and press Enter, or Esc to give up the change."), v) :
	    xstrdup(_("Not taken: the field stays empty. Correct it and press "
	    "Enter, or Esc to give up the change."));
	w_put(t, y + 1, 1, t->cols - 2, s, t->attr[TA_ERROR], 1);
	free(s);
	free(v);
}

void
rec_form_draw(struct rec *rc, struct tui *t, int y0, int rows)
{
	struct wlist *l = &rc->l[rc->tab];
	const struct field *f;
	int i, y, lw = 0, x, sel, id, w;
	char *label, *val;

	if (rc->editing && rc->refused[0] != '\0' && rows > 4) {
		rows -= 3;
		draw_refused(rc, t, y0 + rows + 1);
	}
	l->rows = rows;
	wlist_fix(l);
	for (i = 0; rc->fields[rc->tab][i] >= 0; i++) {
		w = utf8_width(field_label(&field_table[rc->fields[rc->tab][i]])) + 2;
		if (w > lw)
			lw = w;
	}
	if (lw > t->cols / 3)
		lw = t->cols / 3;
	for (i = 0; i < rows && l->top + i < l->n; i++) {
		id = rc->fields[rc->tab][l->top + i];
		f = &field_table[id];
		y = y0 + i;
		sel = l->top + i == l->sel;
		label = xasprintf("%s%s", field_label(f), f->flags & FF_REQUIRED ? "*" : "");
		w_put(t, y, 1, lw, label, sel ? t->attr[TA_KEY] : t->attr[TA_DIM], 1);
		free(label);
		x = 1 + lw + 1;
		if (sel && rc->editing) {
			ledit_draw(&rc->ed, t, y, x, t->cols - x - 1, t->attr[TA_SELECT]);
			continue;
		}
		/* an empty 留守类型 shows the one the parents' away status gives,
		 * marked as worked out (DESIGN §6) */
		val = id == F_LEFT_BEHIND_TYPE ? record_type_display(&rc->r) :
		    field_display(f, record_get(&rc->r, id));
		w_put(t, y, x, t->cols - x - 1, val, sel ? t->attr[TA_SELECT] :
		    t->attr[TA_NORMAL], sel);
		free(val);
	}
}

/* Leave the editor: parse, keep the value or keep the text with a reason. */
static int
commit(struct rec *rc, struct tui *t)
{
	int id = selected_field(rc);
	struct err e = { 0, "" };
	char *text, *out = NULL;

	if (!rc->editing || id < 0)
		return 0;
	text = ledit_text(&rc->ed);
	if (field_parse(&field_table[id], text, &out, &e) != 0) {
		snprintf(rc->refused, sizeof rc->refused, "%s", e.msg);
		tui_fail(t, &e);
		free(text);
		return -1;
	}
	rc->refused[0] = '\0';
	if (!str_eq(out, record_get(&rc->r, id))) {
		record_set(&rc->r, id, out);
		rc->dirty = 1;
	}
	free(out);
	free(text);
	rc->editing = 0;
	ledit_free(&rc->ed);
	return 0;
}

static void
set_value(struct rec *rc, int id, const char *code)
{
	if (!str_eq(code, record_get(&rc->r, id))) {
		record_set(&rc->r, id, code);
		rc->dirty = 1;
	}
}

/* Enumerations and yes/no: a menu of the translated labels. */
static void
choose_enum(struct rec *rc, struct tui *t, int id)
{
	static const struct enum_value yesno[] = {
		{ "1", N_("Yes"), "" }, { "0", N_("No"), "" }, { NULL, NULL, NULL }
	};
	const struct field *f = &field_table[id];
	const struct enum_value *ev = f->type == FT_BOOL ? yesno : f->enums;
	const char *items[64];
	const char *cur = record_get(&rc->r, id);
	int n = 0, sel = 0, r;

	for (; ev[n].code != NULL && n < 62; n++) {
		items[n] = _(ev[n].label);
		if (cur != NULL && strcmp(cur, ev[n].code) == 0)
			sel = n;
	}
	items[n] = _("(empty)");
	r = dlg_menu(t, field_label(f), items, n + 1, sel);
	if (r >= 0)
		set_value(rc, id, r < n ? ev[r].code : NULL);
}

/* Is code one of the comma-separated codes of list? */
static int
in_list(const char *list, const char *code)
{
	size_t n = strlen(code);
	const char *p = list;

	while (p != NULL && *p != '\0') {
		if (strncmp(p, code, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
		p = strchr(p, ',');
		if (p != NULL)
			p++;
	}
	return 0;
}

/* Sets (困境, 经济来源…): toggle entries, then 完成. */
static void
choose_set(struct rec *rc, struct tui *t, int id)
{
	const struct field *f = &field_table[id];
	const char *cur = record_get(&rc->r, id);
	char on[64] = { 0 }, *items[64];
	struct buf out = BUF_INIT;
	int n, i, r = 0;

	for (n = 0; f->enums[n].code != NULL && n < 62; n++)
		on[n] = (char)in_list(cur, f->enums[n].code);
	for (;;) {
		for (i = 0; i < n; i++)
			items[i] = xasprintf("[%s] %s", on[i] ? "x" : " ", _(f->enums[i].label));
		items[n] = xstrdup(_("Done"));
		r = dlg_menu(t, field_label(f), (const char *const *)items, n + 1, r);
		for (i = 0; i <= n; i++)
			free(items[i]);
		if (r < 0 || r == n)
			break;
		on[r] = !on[r];
	}
	if (r < 0)
		return;
	for (i = 0; i < n; i++) {
		if (!on[i])
			continue;
		if (out.len > 0)
			buf_addc(&out, ',');
		buf_adds(&out, f->enums[i].code);
	}
	set_value(rc, id, out.len > 0 ? buf_str(&out) : NULL);
	buf_free(&out);
}

static void
start_edit(struct rec *rc, struct tui *t)
{
	int id = selected_field(rc);
	enum field_type ty;

	if (id < 0)
		return;
	ty = field_table[id].type;
	if (ty == FT_ENUM || ty == FT_BOOL)
		choose_enum(rc, t, id);
	else if (ty == FT_SET)
		choose_set(rc, t, id);
	else {
		ledit_init(&rc->ed, record_get(&rc->r, id));
		rc->editing = 1;
		tui_say(t, "%s", _("Enter or Tab: keep and go on; Esc: leave unchanged."));
	}
}

static int
edit_key(struct rec *rc, struct tui *t, enum op op, int key)
{
	struct err e = { 0, "" };

	switch (ledit_key(&rc->ed, key)) {
	case LE_DONE:
		/* Enter keeps the value and goes on to the next field, as in a
		 * spreadsheet; a refused value keeps the editor open */
		if (commit(rc, t) == 0)
			wlist_move(&rc->l[rc->tab], OP_DOWN);
		return 1;
	case LE_CANCEL:
		/* a refused value given up: say what the field still holds */
		if (rc->refused[0] != '\0') {
			char *v = shown_value(rc, selected_field(rc));

			if (v != NULL)
				tui_say(t, _("%s not changed: it stays %s."),
				    field_label(&field_table[selected_field(rc)]), v);
			else
				tui_say(t, _("%s not changed: it stays empty."),
				    field_label(&field_table[selected_field(rc)]));
			free(v);
			rc->refused[0] = '\0';
		}
		rc->editing = 0;
		ledit_free(&rc->ed);
		return 1;
	case LE_UNUSED:
		break;
	default:
		return 1;
	}
	/* leaving the field by Tab or an arrow validates it first */
	if (op == OP_NEXT_FIELD || op == OP_PREV_FIELD || op == OP_UP ||
	    op == OP_DOWN || key == TK_TAB) {
		if (commit(rc, t) == 0)
			wlist_move(&rc->l[rc->tab], op == OP_PREV_FIELD || op == OP_UP ?
			    OP_UP : OP_DOWN);
		return 1;
	}
	/* save and quit take the field first; a refused field stops them,
	 * and says that nothing was saved */
	if (op == OP_SAVE || op == OP_QUIT || op == OP_BACK) {
		if (commit(rc, t) == 0)
			return 0;
		err_set(&e, ERR_INPUT, _("Nothing saved. %s"), rc->refused);
		tui_fail(t, &e);
		return 1;
	}
	return 1;
}

int
rec_form_key(struct rec *rc, struct tui *t, enum op op, int key)
{
	if (rc->editing)
		return edit_key(rc, t, op, key);
	switch (op) {
	case OP_EDIT: case OP_OPEN:
		start_edit(rc, t);
		return 1;
	case OP_NEXT_FIELD:
		wlist_move(&rc->l[rc->tab], OP_DOWN);
		return 1;
	case OP_PREV_FIELD:
		wlist_move(&rc->l[rc->tab], OP_UP);
		return 1;
	case OP_UP: case OP_DOWN: case OP_PGUP: case OP_PGDN: case OP_HOME: case OP_END:
		wlist_move(&rc->l[rc->tab], op);
		return 1;
	default:
		return 0;
	}
}
