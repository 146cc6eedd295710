/* print-lists.c — the school-wide lists: the 结对帮扶登记表 (every active
 * pairing by helper, then the children still without a helper) and the
 * 七清楚 sheet (children × the seven items, per class, with the class's
 * completion).  Run twice by the PDF engine like every producer. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/checklist.h"
#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/checklist.h"
#include "guanai/core/validate.h"
#include "print-private.h"

/* ---- pairings ------------------------------------------------------------ */

struct kid {
	char id[UUID_LEN + 1];
	char *name;
	char *cls;		/* 三(2) */
	int paired;
};

struct helper_row {
	char id[UUID_LEN + 1];
	char *name, *kind, *phone;
};

struct pairing_doc {
	struct print_ctx *c;
	struct kid *kids;
	size_t nkids, capkids;
	struct helper_row *helpers;
	size_t nhelpers, caphelpers;
	const struct helper_row *cur;	/* the helper being listed */
	int no;
};

static int
kid_cmp(const void *a, const void *b)
{
	return strcmp(((const struct kid *)a)->id, ((const struct kid *)b)->id);
}

static int
kid_add(void *vd, const struct record *r, const struct child_key *key)
{
	struct pairing_doc *d = vd;
	struct kid *k;
	const char *g = record_get(r, F_GRADE), *n = record_get(r, F_CLASS_NO);

	(void)key;
	if (d->nkids == d->capkids) {
		d->capkids = d->capkids ? 2 * d->capkids : 64;
		d->kids = xrealloc(d->kids, d->capkids * sizeof *d->kids);
	}
	k = &d->kids[d->nkids++];
	memset(k, 0, sizeof *k);
	memcpy(k->id, r->id, sizeof k->id);
	k->name = xstrdup(record_get(r, F_NAME));
	k->cls = class_short_label(g ? atoi(g) : 0, n ? atoi(n) : 0);
	return 0;
}

static int
helper_add(void *vd, const struct helper *h)
{
	struct pairing_doc *d = vd;
	struct helper_row *row;

	if (d->nhelpers == d->caphelpers) {
		d->caphelpers = d->caphelpers ? 2 * d->caphelpers : 32;
		d->helpers = xrealloc(d->helpers, d->caphelpers * sizeof *d->helpers);
	}
	row = &d->helpers[d->nhelpers++];
	memcpy(row->id, h->id, sizeof row->id);
	row->name = xstrdup(h->name);
	row->kind = xstrdup(h->kind);
	row->phone = xstrdup(h->phone);
	return 0;
}

static void
pairing_doc_free(struct pairing_doc *d)
{
	for (size_t i = 0; i < d->nkids; i++)
		free(d->kids[i].name), free(d->kids[i].cls);
	for (size_t i = 0; i < d->nhelpers; i++)
		free(d->helpers[i].name), free(d->helpers[i].kind), free(d->helpers[i].phone);
	free(d->kids);
	free(d->helpers);
}

static int
pairing_row(void *vd, const struct pairing *p)
{
	struct pairing_doc *d = vd;
	struct kid key, *k;
	const char *cells[9];
	char no[16];
	int n = 0;

	memcpy(key.id, p->child_id, sizeof key.id);
	k = bsearch(&key, d->kids, d->nkids, sizeof *d->kids, kid_cmp);
	if (k == NULL)
		return 0;	/* a child of another class, or in the trash */
	k->paired = 1;
	snprintf(no, sizeof no, "%d", ++d->no);
	cells[n++] = no;
	cells[n++] = d->cur->name;
	cells[n++] = print_kind_label(d->cur->kind);
	if (d->c->confidential)
		cells[n++] = d->cur->phone;
	cells[n++] = k->name;
	cells[n++] = k->cls;
	cells[n++] = print_kind_label(p->role);
	cells[n++] = p->start;
	cells[n++] = p->notes;
	pdf_table_row(d->c->pdf, cells, 0);
	d->c->count++;
	return 0;
}

static int
pairings_collect(struct pairing_doc *d, struct err *e)
{
	struct print_ctx *c = d->c;

	for (size_t i = 0; i < c->nclasses; i++) {
		struct child_filter f = print_class_filter(&c->classes[i]);

		if (store_children_each(c->a->store, &f, NULL, 0, kid_add, d, e) != 0)
			return -1;
	}
	qsort(d->kids, d->nkids, sizeof *d->kids, kid_cmp);
	return store_helpers_each(c->a->store, helper_add, d, e);
}

static void
unpaired_table(struct pairing_doc *d)
{
	const struct pdf_col cols[] = {
		{ _("No."), 1, PDF_RIGHT, "序号" }, { _("Name"), 3, PDF_LEFT, NULL },
		{ _("Class"), 2, PDF_LEFT, NULL }, { _("Helper"), 6, PDF_LEFT, NULL },
	};
	const char *cells[4];
	char no[16];
	int n = 0;

	for (size_t i = 0; i < d->nkids; i++)
		n += !d->kids[i].paired;
	pdf_space(d->c->pdf, 10);
	pdf_need(d->c->pdf, 80);
	pdf_text(d->c->pdf, n == 0 ? _("Every child has a helper.") :
	    _("Children without a helper"), 11, 1, PDF_LEFT);
	if (n == 0)
		return;
	pdf_space(d->c->pdf, 3);
	pdf_table_begin(d->c->pdf, cols, 4, 9);
	n = 0;
	for (size_t i = 0; i < d->nkids; i++) {
		if (d->kids[i].paired)
			continue;
		snprintf(no, sizeof no, "%d", ++n);
		cells[0] = no, cells[1] = d->kids[i].name, cells[2] = d->kids[i].cls;
		cells[3] = "";
		pdf_table_row(d->c->pdf, cells, 0);
	}
	pdf_table_end(d->c->pdf);
}

int
print_pairings(struct pdf *p, void *vc, struct err *e)
{
	struct print_ctx *c = vc;
	struct pairing_doc d;
	struct pdf_col cols[9];
	char *sub;
	int n = 0, rc = -1;

	memset(&d, 0, sizeof d);
	d.c = c;
	c->pdf = p;
	c->count = 0;
	cols[n++] = (struct pdf_col){ _("No."), 2.5, PDF_RIGHT, "序号" };
	cols[n++] = (struct pdf_col){ _("Helper"), 6, PDF_LEFT, NULL };
	cols[n++] = (struct pdf_col){ _("Kind"), 6, PDF_LEFT, NULL };
	if (c->confidential)
		cols[n++] = (struct pdf_col){ _("Phone"), 8, PDF_LEFT, "0731-88886666" };
	cols[n++] = (struct pdf_col){ _("Child"), 6, PDF_LEFT, NULL };
	cols[n++] = (struct pdf_col){ _("Class"), 4, PDF_LEFT, NULL };
	cols[n++] = (struct pdf_col){ _("Role"), 6, PDF_LEFT, NULL };
	cols[n++] = (struct pdf_col){ _("Since"), 7, PDF_LEFT, "2020-12-31" };
	cols[n++] = (struct pdf_col){ _("Notes"), 10, PDF_LEFT, NULL };
	/* which children the sheet is of, as the roster says it */
	if ((sub = print_scope_label(c)) != NULL)
		pdf_set_subtitle(p, sub);
	free(sub);
	if (pairings_collect(&d, e) != 0)
		goto out;
	pdf_table_begin(p, cols, n, 9);
	for (size_t i = 0; i < d.nhelpers; i++) {
		d.cur = &d.helpers[i];
		if (store_pairings_each(c->a->store, NULL, d.helpers[i].id, 1,
		    pairing_row, &d, e) != 0)
			goto out;
	}
	pdf_table_end(p);
	if (c->count == 0)
		pdf_text(p, _("No pairings to print."), 11, 0, PDF_LEFT);
	unpaired_table(&d);
	rc = 0;
out:
	pdf_table_end(p);
	pairing_doc_free(&d);
	return rc;
}

/* ---- 七清楚 sheet --------------------------------------------------------- */

struct check_doc {
	const struct class_info *ci;
	struct checklist_rates rates;	/* of the class on the sheet */
	struct err *e;
};

static int
check_row(void *vc, const struct record *r, const struct check_item_result res[CHECKLIST_ITEMS])
{
	struct print_ctx *c = vc;
	char *cells[CHECKLIST_ITEMS + 3];
	int done = checklist_complete(res);

	c->no++;
	c->count++;
	cells[0] = xasprintf("%d", c->no);
	cells[1] = xstrdup(record_get(r, F_NAME));
	for (int i = 0; i < CHECKLIST_ITEMS; i++) {
		if (res[i].state == CHECK_CLEAR)
			cells[i + 2] = xstrdup(_("clear"));
		else if (res[i].state == CHECK_STALE)
			cells[i + 2] = xstrdup(_("to confirm"));
		else
			/* L10N: a checklist cell: what is missing, 缺家庭住址 */
			cells[i + 2] = xasprintf(_("missing %s"),
			    field_label(&field_table[res[i].missing]));
	}
	cells[CHECKLIST_ITEMS + 2] = xstrdup(done ? _("complete") : "");
	pdf_table_row(c->pdf, (const char *const *)cells, !done);
	for (int i = 0; i < CHECKLIST_ITEMS + 3; i++)
		free(cells[i]);
	return 0;
}

static void
check_begin(struct print_ctx *c, const struct class_info *ci)
{
	struct check_doc *d = c->doc;
	struct pdf_col cols[CHECKLIST_ITEMS + 3];
	char *lab;

	d->ci = ci;
	lab = class_label(ci->grade, ci->number);
	pdf_set_subtitle(c->pdf, lab);
	free(lab);
	pdf_page_break(c->pdf);
	cols[0] = (struct pdf_col){ _("No."), 2.5, PDF_RIGHT, "序号" };
	cols[1] = (struct pdf_col){ _("Name"), 6, PDF_LEFT, NULL };
	for (int i = 0; i < CHECKLIST_ITEMS; i++)
		cols[i + 2] = (struct pdf_col){ checklist_item_short(i + 1), 8, PDF_LEFT, NULL };
	cols[CHECKLIST_ITEMS + 2] = (struct pdf_col){ _("All clear"), 5, PDF_CENTER, NULL };
	pdf_table_begin(c->pdf, cols, CHECKLIST_ITEMS + 3, 8.5);
}

static void
check_end(struct print_ctx *c, const struct class_info *ci)
{
	struct check_doc *d = c->doc;
	size_t n = d->rates.all.children, done = d->rates.all.complete;
	char *line;

	(void)ci;
	pdf_table_end(c->pdf);
	pdf_space(c->pdf, 4);
	/* L10N: under a class's checklist: 本班 16 人，七清楚全部完成 9 人（56%） */
	line = xasprintf(_("%d children in this class; all seven clear for %d (%d%%)"),
	    (int)n, (int)done, n > 0 ? (int)((done * 100 + n / 2) / n) : 0);
	pdf_text(c->pdf, line, 10, 1, PDF_LEFT);
	free(line);
}

/* Class by class as print_each_class, each class one walk of
 * app_checklist_rates: the rows and the count under them are the ones
 * `guanai check` and the screens show. */
int
print_checklist(struct pdf *p, void *vc, struct err *e)
{
	struct print_ctx *c = vc;
	struct check_doc d = { NULL, { NULL, 0, { 0, 0, 0, 0, 0, 0 } }, e };
	unsigned char fields[FIELD_COUNT] = { 0 };
	int rc = 0;

	c->pdf = p;
	c->doc = &d;
	c->count = 0;
	fields[F_NAME] = 1;
	for (size_t i = 0; i < c->nclasses && rc == 0; i++) {
		struct child_filter f = print_class_filter(&c->classes[i]);

		f.fields = fields;
		c->no = 0;
		check_begin(c, &c->classes[i]);
		rc = app_checklist_rates(c->a, &f, c->today, check_row, c, &d.rates, e);
		if (rc == 0 && c->no > 0)
			check_end(c, &c->classes[i]);
		checklist_rates_free(&d.rates);
	}
	if (rc == 0 && c->count == 0)
		pdf_text(p, _("No children to print."), 11, 0, PDF_LEFT);
	pdf_table_end(p);
	c->doc = NULL;
	return rc != 0 ? -1 : 0;
}
