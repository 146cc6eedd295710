/* print-docs.c — the documents about each child: the 花名册 roster (a
 * numbered table per class), the 联系卡 contact cards (8 per page) and the
 * 基本情况登记表 (one page per child with every field of the field table).
 * Each producer walks the classes and streams their children from the
 * store; it is run twice by the PDF engine (measure, then draw). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "print-private.h"

/* ---- shared helpers ---------------------------------------------------- */

char *
print_value(const struct record *r, enum field_id id)
{
	const char *v = record_get(r, id);

	if (id == F_LEFT_BEHIND_TYPE)	/* a derived type, marked, as lists show it */
		return record_type_display(r);
	if (v == NULL || v[0] == '\0')
		return xstrdup("");
	return field_display(&field_table[id], v);
}

char *
print_join(const char *label, const char *const *parts, int n)
{
	struct buf b = BUF_INIT;
	int any = 0;

	for (int i = 0; i < n; i++) {
		if (parts[i] == NULL || parts[i][0] == '\0')
			continue;
		if (any++)
			buf_addc(&b, ' ');
		buf_adds(&b, parts[i]);
	}
	{
		/* L10N: a label and its value on a card: 监护人：王秀英 */
		char *s = xasprintf(_("%s: %s"), label, buf_str(&b));

		buf_free(&b);
		return s;
	}
}

struct child_filter
print_class_filter(const struct class_info *ci)
{
	struct child_filter f;

	memset(&f, 0, sizeof f);
	f.grade = ci->grade;
	f.class_no = ci->number;
	return f;
}

/* Helper kinds and pairing roles share these words (DESIGN.md §4). */
static const struct {
	const char *code, *label;
} helper_kinds[] = {
	{ "teacher", N_("Teacher") },
	{ "volunteer", N_("Volunteer (caring mother)") },
	{ "proxy_parent", N_("Proxy parent") },
	{ "elder", N_("Retired elder") },
	{ "student", N_("Student buddy") },
	{ "cadre", N_("Cadre") },
};

const char *
print_kind_label(const char *code)
{
	if (code == NULL)
		return "";
	for (size_t i = 0; i < sizeof helper_kinds / sizeof helper_kinds[0]; i++)
		if (strcmp(code, helper_kinds[i].code) == 0)
			return _(helper_kinds[i].label);
	return code;
}

struct helpers_acc {
	struct print_ctx *c;
	struct buf b;
	int with_phone;
	struct err *e;
};

static int
helper_one(void *vacc, const struct pairing *p)
{
	struct helpers_acc *acc = vacc;
	struct helper h = { 0 };
	const char *kind = p->role != NULL && p->role[0] ? p->role : NULL;

	if (acc->b.len > 0)
		buf_adds(&acc->b, _(", "));
	buf_adds(&acc->b, p->helper_name != NULL ? p->helper_name : "");
	if (store_helper_get(acc->c->a->store, p->helper_id, &h, acc->e) == 0) {
		if (kind == NULL)
			kind = h.kind;
		if (kind != NULL)
			buf_addf(&acc->b, _(" (%s)"), print_kind_label(kind));
		if (acc->with_phone && h.phone != NULL && h.phone[0])
			buf_addf(&acc->b, " %s", h.phone);
		helper_clear(&h);
	} else {
		return -1;
	}
	return 0;
}

char *
print_helpers_of(struct print_ctx *c, const char *child_id, int with_phone,
    struct err *e)
{
	struct helpers_acc acc = { c, BUF_INIT, with_phone, e };

	if (store_pairings_each(c->a->store, child_id, NULL, 1, helper_one, &acc, e) != 0) {
		buf_free(&acc.b);
		return NULL;
	}
	if (acc.b.len == 0)
		return xstrdup("");
	return buf_detach(&acc.b);
}

int
print_each_class(struct print_ctx *c, void (*begin)(struct print_ctx *, const struct class_info *),
    child_fn fn, void (*end)(struct print_ctx *, const struct class_info *),
    struct err *e)
{
	for (size_t i = 0; i < c->nclasses; i++) {
		struct child_filter f = print_class_filter(&c->classes[i]);

		c->no = 0;
		if (begin != NULL)
			begin(c, &c->classes[i]);
		if (store_children_each(c->a->store, &f, NULL, 0, fn, c, e) != 0)
			return -1;
		if (end != NULL && c->no > 0)
			end(c, &c->classes[i]);
	}
	if (c->count == 0)
		pdf_text(c->pdf, _("No children to print."), 11, 0, PDF_LEFT);
	return 0;
}

/* ---- roster ------------------------------------------------------------ */

/* The roster's columns; the public print drops the FF_PRIVATE and
 * FF_MASKED ones by the rule of DESIGN §8 (ID, phones, study, health,
 * hardship, birth date, home address: nothing that leads a stranger to an
 * unsupervised child). */
static const enum field_id roster_fields[] = {
	F_NAME, F_GENDER, F_BIRTH_DATE, F_ID_NUMBER, F_ETHNICITY, F_BOARDING,
	F_LEFT_BEHIND_TYPE, F_HARDSHIP, F_HEALTH, F_STUDY, F_GUARDIAN_NAME,
	F_GUARDIAN_RELATION, F_GUARDIAN_PHONE, F_FATHER_PHONE, F_MOTHER_PHONE,
	F_ADDRESS,
};
#define ROSTER_MAX (sizeof roster_fields / sizeof roster_fields[0])

/* Values that must not wrap get the width of a typical one. */
static const char *
column_sample(const struct field *f)
{
	switch (f->type) {
	case FT_DATE:
		return "2020-12-31";
	case FT_ID_NUMBER:
		return "43112320200316855X";
	case FT_PHONE:
		return "0731-88886666";
	case FT_BOOL:
		return "是否";
	default:
		return NULL;
	}
}

struct roster {
	enum field_id ids[ROSTER_MAX];
	struct pdf_col cols[ROSTER_MAX + 1];
	int n;			/* field columns (after the number) */
	double size;
	const struct class_info *ci;
};

static int
roster_row(void *vc, const struct record *r, const struct child_key *key)
{
	struct print_ctx *c = vc;
	struct roster *ro = c->doc;
	char *cells[ROSTER_MAX + 1];
	char *lab;

	(void)key;
	if (c->no == 0) {
		lab = class_label(ro->ci->grade, ro->ci->number);
		pdf_set_subtitle(c->pdf, lab);
		free(lab);
		pdf_page_break(c->pdf);
		pdf_table_begin(c->pdf, ro->cols, ro->n + 1, ro->size);
	}
	c->no++;
	c->count++;
	cells[0] = xasprintf("%d", c->no);
	for (int i = 0; i < ro->n; i++)
		cells[i + 1] = print_value(r, ro->ids[i]);
	pdf_table_row(c->pdf, (const char *const *)cells, 0);
	for (int i = 0; i <= ro->n; i++)
		free(cells[i]);
	return 0;
}

static void
roster_begin(struct print_ctx *c, const struct class_info *ci)
{
	((struct roster *)c->doc)->ci = ci;
}

static void
roster_end(struct print_ctx *c, const struct class_info *ci)
{
	char *line;

	(void)ci;
	pdf_table_end(c->pdf);
	pdf_space(c->pdf, 4);
	line = xasprintf(P_("%d child in this class", "%d children in this class",
	    c->no), c->no);
	pdf_text(c->pdf, line, 9.5, 0, PDF_RIGHT);
	free(line);
}

int
print_roster(struct pdf *p, void *vc, struct err *e)
{
	struct print_ctx *c = vc;
	struct roster ro;
	int rc;

	memset(&ro, 0, sizeof ro);
	ro.cols[0] = (struct pdf_col){ _("No."), 3, PDF_RIGHT, "序号" };
	for (size_t i = 0; i < ROSTER_MAX; i++) {
		const struct field *f = &field_table[roster_fields[i]];

		if (!c->confidential && (f->flags & (FF_PRIVATE | FF_MASKED)))
			continue;
		ro.ids[ro.n] = f->id;
		ro.cols[ro.n + 1] = (struct pdf_col){ field_label(f),
		    f->width < 4 ? 4 : f->width, PDF_LEFT, column_sample(f) };
		ro.n++;
	}
	ro.size = c->confidential ? 8 : 9;
	c->pdf = p;
	c->doc = &ro;
	c->count = 0;
	rc = print_each_class(c, roster_begin, roster_row, roster_end, e);
	c->doc = NULL;
	return rc;
}

/* ---- contact cards ------------------------------------------------------- */

static char *
parent_line(const struct record *r, const char *label, enum field_id name,
    enum field_id phone, enum field_id away, enum field_id place)
{
	char *v[4], *s;
	const char *aw = record_get(r, away);

	v[0] = print_value(r, name);
	v[1] = print_value(r, phone);
	v[2] = xstrdup(aw != NULL && strcmp(aw, "1") == 0 ? _("(away)") : "");
	v[3] = print_value(r, place);
	s = print_join(label, (const char *const *)v, 4);
	for (int i = 0; i < 4; i++)
		free(v[i]);
	return s;
}

static int
card_one(void *vc, const struct record *r, const struct child_key *key)
{
	struct print_ctx *c = vc;
	struct err *e = c->doc;
	char *lines[5], *g[3], *tag, *helpers, *addr;
	int rc = 0;

	(void)key;
	c->no++;
	c->count++;
	helpers = print_helpers_of(c, r->id, 1, e);
	if (helpers == NULL)
		return -1;
	g[0] = print_value(r, F_GUARDIAN_NAME);
	g[1] = print_value(r, F_GUARDIAN_RELATION);
	g[2] = print_value(r, F_GUARDIAN_PHONE);
	lines[0] = print_join(_("Guardian"), (const char *const *)g, 3);
	lines[1] = parent_line(r, _("Father"), F_FATHER_NAME, F_FATHER_PHONE,
	    F_FATHER_AWAY, F_FATHER_WORK_PLACE);
	lines[2] = parent_line(r, _("Mother"), F_MOTHER_NAME, F_MOTHER_PHONE,
	    F_MOTHER_AWAY, F_MOTHER_WORK_PLACE);
	lines[3] = print_join(_("Helper"), (const char *const *)&helpers, 1);
	addr = print_value(r, F_ADDRESS);
	lines[4] = print_join(_("Address"), (const char *const *)&addr, 1);
	tag = class_short_label(atoi(record_get(r, F_GRADE) ? record_get(r, F_GRADE) : "0"),
	    atoi(record_get(r, F_CLASS_NO) ? record_get(r, F_CLASS_NO) : "0"));
	pdf_card(c->pdf, record_get(r, F_NAME), tag, (const char *const *)lines, 5);
	free(tag);
	free(helpers);
	free(addr);
	free(g[0]), free(g[1]), free(g[2]);
	for (int i = 0; i < 5; i++)
		free(lines[i]);
	return rc;
}

int
print_cards(struct pdf *p, void *vc, struct err *e)
{
	struct print_ctx *c = vc;
	int rc;

	c->pdf = p;
	c->doc = e;
	c->count = 0;
	rc = print_each_class(c, NULL, card_one, NULL, e);
	c->doc = NULL;
	return rc;
}

/* ---- registration forms -------------------------------------------------- */

#define FORM_MAX (FIELD_COUNT + 40)

struct form {
	struct pdf_form_item items[FORM_MAX];
	char *owned[FORM_MAX];	/* values to free */
	int n, nowned;
};

static void
form_add(struct form *f, const char *label, char *value, int span, int section)
{
	if (f->n >= FORM_MAX) {
		free(value);
		return;
	}
	f->items[f->n++] = (struct pdf_form_item){ label, value, span, section };
	if (value != NULL)
		f->owned[f->nowned++] = value;
}

static int
form_span(const struct field *fl)
{
	if (fl->type == FT_TEXT && fl->width >= 20)
		return 3;
	if (fl->type == FT_ID_NUMBER || fl->type == FT_SET)
		return 2;
	return 1;
}

/* The fields of one entity in table order; `cls` (the class label) goes
 * right after the child's name. */
static void
form_entity(struct form *f, const struct record *r, enum entity ent, const char *cls)
{
	for (int i = 0; i < FIELD_COUNT; i++) {
		const struct field *fl = &field_table[i];

		if (fl->entity != ent)
			continue;
		form_add(f, field_label(fl), print_value(r, fl->id), form_span(fl), 0);
		if (fl->id == F_NAME && cls != NULL)
			form_add(f, _("Class"), xstrdup(cls), 1, 0);
	}
}

struct helper_items {
	struct form *f;
	struct print_ctx *c;
	struct err *e;
};

static int
form_helper(void *vh, const struct pairing *p)
{
	struct helper_items *hi = vh;
	struct helper h = { 0 };
	struct buf b = BUF_INIT;

	if (store_helper_get(hi->c->a->store, p->helper_id, &h, hi->e) != 0)
		return -1;
	buf_adds(&b, p->helper_name != NULL ? p->helper_name : h.name ? h.name : "");
	if (h.kind != NULL)
		buf_addf(&b, _(" (%s)"), print_kind_label(h.kind));
	if (h.phone != NULL && h.phone[0])
		buf_addf(&b, " %s", h.phone);
	if (p->start != NULL)
		buf_addf(&b, _(", paired since %s"), p->start);
	form_add(hi->f, p->role != NULL && p->role[0] ? print_kind_label(p->role) : _("Helper"),
	    buf_detach(&b), 3, 0);
	buf_free(&b);
	helper_clear(&h);
	return 0;
}

static int
form_one(void *vc, const struct record *r, const struct child_key *key)
{
	struct print_ctx *c = vc;
	struct err *e = c->doc;
	struct form *f = xcalloc(1, sizeof *f);
	struct helper_items hi = { f, c, e };
	char *sub, *lab;
	int rc = -1, n0;

	(void)key;
	lab = class_label(atoi(record_get(r, F_GRADE) ? record_get(r, F_GRADE) : "0"),
	    atoi(record_get(r, F_CLASS_NO) ? record_get(r, F_CLASS_NO) : "0"));
	form_add(f, _("Basic information"), NULL, 3, 1);
	form_entity(f, r, ENT_CHILD, lab);
	form_add(f, _("Father"), NULL, 3, 1);
	form_entity(f, r, ENT_FATHER, NULL);
	form_add(f, _("Mother"), NULL, 3, 1);
	form_entity(f, r, ENT_MOTHER, NULL);
	form_add(f, _("Guardian"), NULL, 3, 1);
	form_entity(f, r, ENT_GUARDIAN, NULL);
	form_add(f, _("Helpers (pairings)"), NULL, 3, 1);
	n0 = f->n;
	if (store_pairings_each(c->a->store, r->id, NULL, 1, form_helper, &hi, e) != 0)
		goto out;
	if (f->n == n0)
		form_add(f, _("Helper"), xstrdup(_("not paired yet")), 3, 0);
	/* L10N: the subtitle of a registration form: the child and the class */
	sub = xasprintf(_("%s · %s"), record_get(r, F_NAME), lab);
	pdf_set_subtitle(c->pdf, sub);
	free(sub);
	pdf_form(c->pdf, f->items, f->n, _("Filled in by: ____________    "
	    "Checked by: ____________    Date: ________________"));
	c->no++;
	c->count++;
	rc = 0;
out:
	for (int i = 0; i < f->nowned; i++)
		free(f->owned[i]);
	free(f);
	free(lab);
	return rc;
}

int
print_forms(struct pdf *p, void *vc, struct err *e)
{
	struct print_ctx *c = vc;
	int rc;

	c->pdf = p;
	c->doc = e;
	c->count = 0;
	rc = print_each_class(c, NULL, form_one, NULL, e);
	c->doc = NULL;
	return rc;
}
