/* scr-audit.c — 操作日志: the headteacher's view of the audit log (who
 * changed what, when), the latest rows newest first, one per line cut to
 * the terminal's width; Enter on an import's (a demo's, an unpack's) one
 * entry lists the children it added or changed, by class and name, the
 * account's classes only — Enter on a child opens the record.  The list
 * screen refuses the log to a teacher. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/audit.h"
#include "guanai/app/care.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "textview.h"
#include "widget.h"

#define AUDIT_ROWS 500

static const struct keydef keys_audit[] = {
	{ OP_OPEN, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 },
	{ OP_QUIT, 'q', 1 }, { OP_NONE, 0, 0 }
};

struct audit {
	struct app *app;
	struct err *e;		/* a failed read of what a row is about */
	int failed;
	char **line;
	long long *entry;	/* an entry with children (an import's), or 0 */
	struct wlist l;
};

static const struct screen_class scr_audit_children;

static const char *
or_dash(const char *v)
{
	return v != NULL && *v != '\0' ? v : "-";
}

struct word {
	const char *code, *label;
};

/* The log's codes in the words of a teacher (unknown codes stay as they
 * are: a newer guanai may log more). */
static const struct word actions[] = {
	{ "insert", N_("added") }, { "update", N_("changed") },
	{ "erase", N_("erased for good") }, { "import", N_("imported a file") },
	{ "export", N_("exported") }, { "print", N_("printed") },
	{ "pack", N_("wrote a USB package") }, { "unpack", N_("read a USB package") },
	{ "backup", N_("backed up") }, { "restore", N_("restored a backup") },
	{ "demo", N_("made a demo school") }, { "summary_written", N_("wrote the summary") },
	{ "stats_saved", N_("saved the statistics") },
	{ NULL, NULL }
};
static const struct word tables[] = {
	{ "child", N_("child's record") }, { "parent", N_("parent") },
	{ "guardian", N_("guardian") }, { "pairing", N_("pairing") },
	{ "care", N_("care record") }, { "checklist_confirm", N_("7-clear confirmation") },
	{ "helper", N_("helper") }, { "class", N_("class") }, { "school", N_("school") },
	{ "user", N_("account") }, { "user_class", N_("account's class") },
	{ NULL, NULL }
};

static const char *
word_of(const struct word *w, const char *code)
{
	if (code == NULL)
		return "";
	for (; w->code != NULL; w++)
		if (strcmp(w->code, code) == 0)
			return _(w->label);
	return code;
}

/* The field of the field table a logged column is, or NULL. */
static const struct field *
column_field(const struct audit_row *r)
{
	enum entity ent;
	int i;

	if (r->tbl == NULL || r->col == NULL)
		return NULL;
	if (strcmp(r->tbl, "child") == 0)
		ent = ENT_CHILD;
	else if (strcmp(r->tbl, "guardian") == 0)
		ent = ENT_GUARDIAN;
	else if (strcmp(r->tbl, "parent") == 0)
		ent = r->relation != NULL && strcmp(r->relation, "mother") == 0 ?
		    ENT_MOTHER : ENT_FATHER;
	else
		return NULL;
	for (i = 0; i < FIELD_COUNT; i++)
		if (field_table[i].entity == ent && strcmp(field_table[i].column, r->col) == 0)
			return &field_table[i];
	return NULL;
}

/* The columns of the tables outside the field table, in a teacher's
 * words: "enrolled" and "head_teacher_id" are not for her to read. */
static const struct colword {
	const char *tbl, *col, *label;
} colwords[] = {
	{ "school", "name", N_("school name") }, { "school", "code", N_("school code") },
	{ "school", "township", N_("township") }, { "school", "county", N_("county") },
	{ "school", "year_start", N_("school year start") },
	{ "class", "grade", N_("grade") }, { "class", "number", N_("class number") },
	{ "class", "enrolled", N_("pupils enrolled") },
	{ "class", "head_teacher_id", N_("head teacher") },
	{ "helper", "name", N_("name") }, { "helper", "kind", N_("kind") },
	{ "helper", "phone", N_("phone") }, { "helper", "organisation", N_("organisation") },
	{ "helper", "notes", N_("notes") },
	{ NULL, "helper_id", N_("helper") }, { NULL, "child_id", N_("child") },
	{ NULL, "group_id", N_("group activity") },
	{ "pairing", "role", N_("role") }, { "pairing", "start_date", N_("start date") },
	{ "pairing", "end_date", N_("end date") }, { "pairing", "notes", N_("notes") },
	{ "care", "date", N_("date") }, { "care", "kind", N_("kind") },
	{ "care", "summary", N_("summary") }, { "care", "amount", N_("amount (yuan)") },
	{ "care", "follow_up", N_("follow-up date") },
	{ "checklist_confirm", "item", N_("item") },
	{ "checklist_confirm", "confirmed_on", N_("confirmed on") },
	{ "checklist_confirm", "confirmed_by", N_("confirmed by") },
	{ "user", "name", N_("name") }, { "user", "role", N_("role") },
	{ NULL, NULL, NULL }
};

static const char *
column_word(const struct audit_row *r)
{
	const struct colword *w;

	for (w = colwords; w->col != NULL; w++)
		if ((w->tbl == NULL || (r->tbl != NULL && strcmp(w->tbl, r->tbl) == 0)) &&
		    strcmp(w->col, r->col) == 0)
			return _(w->label);
	return r->col;
}

/* A logged value as the record screen shows it; ID and phone numbers
 * masked, as in every list; another row's key (a helper's, a child's) is
 * no word for a teacher: only whether it is set. */
static char *
value_text(const struct field *f, const char *tbl, const char *col, const char *v)
{
	size_t n = strlen(col);

	if (v == NULL || *v == '\0')
		return xstrdup("-");
	if (f == NULL && n > 3 && strcmp(col + n - 3, "_id") == 0)
		return xstrdup(_("(set)"));
	if (f == NULL && tbl != NULL && strcmp(tbl, "care") == 0 && strcmp(col, "kind") == 0)
		return xstrdup(care_kind_label(v));
	if (f == NULL && tbl != NULL && ((strcmp(tbl, "helper") == 0 && strcmp(col,
	    "kind") == 0) || (strcmp(tbl, "pairing") == 0 && strcmp(col, "role") == 0)))
		return xstrdup(helper_kind_label(v));
	if ((f != NULL && (f->flags & FF_MASKED)) ||
	    (f == NULL && (strstr(col, "phone") != NULL || strstr(col, "id_number") != NULL)))
		return field_mask(v);
	return f != NULL ? field_display(f, v) : xstrdup(v);
}

/* The table's word with what the row is about: 「帮扶记录（家访，
 * 2026-12-07，帮扶人 王老师）」, or the word alone. */
static char *
table_text(const struct audit_row *r, const char *about)
{
	const char *tbl = word_of(tables, r->tbl);

	return about != NULL ? xasprintf(_("%s (%s)"), tbl, about) : xstrdup(tbl);
}

/* What one row of the log says, after the time, who and the child: an
 * action, what it touched (and what that is about), and for a field its
 * old and new value. */
static char *
describe(const struct audit_row *r, const char *about)
{
	const struct field *f = column_field(r);
	const char *act = word_of(actions, r->action);
	char *tbl = table_text(r, about), *o, *n, *out;

	if (r->col == NULL) {
		if (r->detail == NULL || *r->detail == '\0') {
			out = xasprintf(_("%s %s"), act, tbl);
			free(tbl);
			return out;
		}
		o = app_audit_detail_text(r->action, r->detail);
		/* (a removed account's name is the detail of its entries:
		 * said once, as what the row is about) */
		out = about != NULL || *o == '\0' ? xasprintf(_("%s %s"), act, tbl) :
		    xasprintf(_("%s %s (%s)"), act, tbl, o);
		free(o);
		free(tbl);
		return out;
	}
	/* moving to the trash and back is a change of deleted_at */
	if (strcmp(r->col, "deleted_at") == 0)
		out = xasprintf(_("%s: %s"), tbl, r->new_value != NULL ?
		    _("moved to the trash") : _("restored from the trash"));
	else if (strcmp(r->col, "class_id") == 0)
		out = xasprintf(_("%s: %s"), tbl, _("class changed"));
	else {
		o = value_text(f, r->tbl, r->col, r->old);
		n = value_text(f, r->tbl, r->col, r->new_value);
		out = xasprintf(_("%s %s · %s: %s → %s"), act, tbl,
		    f != NULL ? field_label(f) : column_word(r), o, n);
		free(o);
		free(n);
	}
	free(tbl);
	return out;
}

static int
collect(void *ctx, const struct audit_row *r)
{
	struct audit *a = ctx;
	char when[DATE_LOCAL_SIZE], *who, *about, *what, *line;
	int rc;

	rc = app_audit_about(a->app, r, &who, &about, a->e);
	if (rc < 0) {
		a->failed = 1;
		return 1;
	}
	if (rc == 1)		/* a child outside the teacher's classes */
		return 0;
	date_utc_local(or_dash(r->at), when);
	what = describe(r, about);
	if (who == NULL && r->child_name != NULL)
		who = xstrdup(r->child_name);
	if (who != NULL)
		line = xasprintf("%s  %s  %s · %s", when, or_dash(r->actor), who, what);
	else
		line = xasprintf("%s  %s  %s", when, or_dash(r->actor), what);
	free(who);
	free(about);
	free(what);
	a->line = xrealloc(a->line, (size_t)(a->l.n + 1) * sizeof *a->line);
	a->entry = xrealloc(a->entry, (size_t)(a->l.n + 1) * sizeof *a->entry);
	a->entry[a->l.n] = r->linked ? r->entry : 0;
	a->line[a->l.n++] = line;
	return 0;
}

static void
lines_clear(struct audit *a)
{
	int i;

	for (i = 0; i < a->l.n; i++)
		free(a->line[i]);
	free(a->line);
	free(a->entry);
	a->line = NULL;
	a->entry = NULL;
	a->l.n = 0;
}

static int
audit_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	struct audit *a = xcalloc(1, sizeof *a);

	(void)arg;
	a->app = t->app;
	a->e = e;
	if (app_audit_each(t->app, AUDIT_ROWS, collect, a, e) != 0 || a->failed) {
		lines_clear(a);
		free(a);
		return -1;
	}
	a->l.rows = tui_body_rows(t) - 2;
	wlist_fix(&a->l);
	s->priv = a;
	return 0;
}

static void
audit_free(struct screen *s)
{
	lines_clear(s->priv);
	free(s->priv);
}

static void
audit_draw(struct screen *s, struct tui *t)
{
	struct audit *a = s->priv;
	int y = tui_body_top(t), i, attr;
	char *cut;

	snprintf(s->title, sizeof s->title, "%s", _("Audit log"));
	snprintf(s->info, sizeof s->info, P_("%d change", "%d changes", a->l.n), a->l.n);
	w_put(t, y, 1, t->cols - 2, _("Newest first: when, who, what changed."),
	    t->attr[TA_DIM], 0);
	a->l.rows = tui_body_rows(t) - 2;
	for (i = a->l.top; i < a->l.n && i < a->l.top + a->l.rows; i++) {
		attr = i == a->l.sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		cut = utf8_cut(a->line[i], t->cols - 2, 0);
		w_put(t, y + 2 + i - a->l.top, 1, t->cols - 2, cut, attr, i == a->l.sel);
		free(cut);
	}
	if (a->l.n == 0)
		w_put(t, y + 2, 2, t->cols - 3, _("The log is empty."), t->attr[TA_DIM], 0);
}

static int
audit_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct audit *a = s->priv;

	(void)key;
	if (wlist_move(&a->l, op)) {
		t->dirty = 1;
		return 1;
	}
	/* a line cut at the window's edge (an export's file name and counts),
	 * whole: the message screen wraps it */
	if (op == OP_OPEN && a->l.n > 0 && a->entry[a->l.sel] != 0) {
		/* an import's one entry: its line whole, and the children */
		tui_open(t, &scr_audit_children, NULL);
		return 1;
	}
	if (op == OP_OPEN && a->l.n > 0) {
		tui_say(t, "%s", a->line[a->l.sel]);
		tui_open(t, &scr_message, NULL);
		return 1;
	}
	return 0;
}

static void
audit_resize(struct screen *s, struct tui *t)
{
	struct audit *a = s->priv;

	a->l.rows = tui_body_rows(t) - 2;
	wlist_fix(&a->l);
}

const struct screen_class scr_audit = {
	.name = "audit",
	.keys = keys_audit,
	.init = audit_init,
	.free = audit_free,
	.draw = audit_draw,
	.key = audit_key,
	.resize = audit_resize,
};

/* ---- the children of an import's entry ------------------------------- */

#define CHILDREN_MAX 2000	/* lines shown; the count says the rest */

struct kids {
	struct textview tv;
	char *text;		/* the entry's line */
	long long entry;
	struct tui *t;
	size_t total, shown;
};

static int
add_child(void *ctx, const struct audit_child *c)
{
	struct kids *k = ctx;
	struct tui *t = k->t;
	char *cls = c->grade > 0 ? class_short_label(c->grade, c->class_no) : xstrdup("-");
	char *name = utf8_pad(c->name, 12, t->app->ascii_only);
	char *clsp = utf8_pad(cls, 8, t->app->ascii_only);
	char *line = xasprintf("  %s %s %s%s", clsp, name,
	    c->added ? _("added") : _("changed"), c->in_trash ? _(" (in the trash)") : "");

	/* a child in the trash has no record to open */
	tv_add(&k->tv, TV_TEXT, c->in_trash ? NULL : c->id, line);
	k->shown++;
	free(line);
	free(name);
	free(clsp);
	free(cls);
	return 0;
}

static int
kids_fill(struct kids *k, struct tui *t, struct err *e)
{
	char *line;

	tv_free(&k->tv);
	k->shown = k->total = 0;
	k->t = t;
	tv_add_wrapped(&k->tv, TV_TEXT, k->text, t->cols - 2);
	tv_add(&k->tv, TV_DIM, NULL, "");
	if (app_audit_children(t->app, k->entry, CHILDREN_MAX, add_child, k, &k->total,
	    e) != 0)
		return -1;
	/* the heading goes above the children, once they are counted */
	line = xasprintf(P_("The child this entry added or changed: %zu",
	    "The children this entry added or changed: %zu", k->total), k->total);
	free(k->tv.line[k->tv.n - 1 - k->shown].text);
	k->tv.line[k->tv.n - 1 - k->shown].text = line;
	k->tv.line[k->tv.n - 1 - k->shown].style = TV_HEAD;
	/* the first child selected: Enter opens its record */
	k->tv.l.sel = k->shown > 0 ? k->tv.n - (int)k->shown : 0;
	if (k->total > k->shown) {
		line = xasprintf(_("  … and %zu more"), k->total - k->shown);
		tv_add(&k->tv, TV_DIM, NULL, line);
		free(line);
	}
	return 0;
}

/* Opened by the log screen (audit_key): its selected entry is read from
 * it, the screen below while this one is made. */
static int
kids_init(struct screen *s, struct tui *t, const struct screen_arg *arg, struct err *e)
{
	const struct audit *a = t->top != NULL && t->top->cls == &scr_audit ?
	    t->top->priv : NULL;
	struct kids *k;

	(void)arg;
	if (a == NULL || a->l.n == 0 || a->entry[a->l.sel] == 0) {
		err_set(e, ERR_USAGE, "%s", _("This entry names no children."));
		return -1;
	}
	k = xcalloc(1, sizeof *k);
	k->entry = a->entry[a->l.sel];
	k->text = xstrdup(a->line[a->l.sel]);
	if (kids_fill(k, t, e) != 0) {
		tv_free(&k->tv);
		free(k->text);
		free(k);
		return -1;
	}
	s->priv = k;
	return 0;
}

static void
kids_free(struct screen *s)
{
	struct kids *k = s->priv;

	tv_free(&k->tv);
	free(k->text);
	free(k);
}

static void
kids_draw(struct screen *s, struct tui *t)
{
	struct kids *k = s->priv;

	snprintf(s->title, sizeof s->title, "%s", _("Audit log"));
	snprintf(s->info, sizeof s->info, P_("%zu child", "%zu children", k->total), k->total);
	tv_draw(&k->tv, t, tui_body_top(t), tui_body_rows(t));
}

static int
kids_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct kids *k = s->priv;

	(void)key;
	return tv_key(&k->tv, t, op);
}

static void
kids_resize(struct screen *s, struct tui *t)
{
	struct kids *k = s->priv;
	struct err e = { 0, "" };

	if (kids_fill(k, t, &e) != 0)
		tui_say(t, "%s", e.msg);
}

static const struct keydef keys_kids[] = {
	{ OP_OPEN, TK_ENTER, 1 }, { OP_BACK, TK_ESC, 1 }, { OP_HELP, '?', 1 },
	{ OP_QUIT, 'q', 1 }, { OP_NONE, 0, 0 }
};

static const struct screen_class scr_audit_children = {
	.name = "audit-children",
	.keys = keys_kids,
	.init = kids_init,
	.free = kids_free,
	.draw = kids_draw,
	.key = kids_key,
	.resize = kids_resize,
};
