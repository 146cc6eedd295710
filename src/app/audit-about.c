/* audit-about.c — what a row of the audit log is about, in the UI
 * language (guanai/app/audit.h): the child and her class, and the care
 * record, pairing, 七清楚 item, helper, account or class the row names.
 * A 「新增帮扶记录」 said of nobody told a teacher nothing. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/app/audit.h"
#include "guanai/app/care.h"
#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/checklist.h"
#include "guanai/core/validate.h"
#include "guanai/store/audit-about.h"

static int
is(const char *a, const char *b)
{
	return a != NULL && strcmp(a, b) == 0;
}

static void
sep(struct buf *b)
{
	if (b->len > 0)
		buf_adds(b, _(", "));
}

/* A message with a context: its translation, else the English after the
 * context. */
static const char *
ctx_text(const char *m)
{
	const char *t = gettext(m);

	return t != m ? t : strchr(m, '\004') + 1;
}

/* fmt (a translation: no printf over it) with its one %s replaced by v */
static void
add_in(struct buf *b, const char *fmt, const char *v)
{
	const char *at = strstr(fmt, "%s");

	if (at == NULL) {
		buf_adds(b, fmt);
		return;
	}
	buf_add(b, fmt, (size_t)(at - fmt));
	buf_adds(b, v);
	buf_adds(b, at + 2);
}

/* "三(2)班" (the short form, the lines are cut at 80 columns) */
static void
add_class(struct buf *b, int grade, int number)
{
	char *cls;

	if (grade <= 0)
		return;
	cls = class_short_label(grade, number);
	sep(b);
	add_in(b, ctx_text(NC_("audit log", "class %s")), cls);
	free(cls);
}

static const char *
role_word(const char *role)
{
	return is(role, "head") ? _("Headteacher") : _("Class teacher");
}

/* The words of *ab for a row of table tbl: "家访，2026-12-07，帮扶人 王老师". */
static char *
what_text(const char *tbl, const struct audit_about *ab)
{
	struct buf b = BUF_INIT;

	if (is(tbl, "care")) {
		if (ab->kind != NULL)
			buf_adds(&b, care_kind_label(ab->kind));
		if (ab->care_date != NULL) {
			sep(&b);
			buf_adds(&b, ab->care_date);
		}
		if (ab->helper != NULL) {
			sep(&b);
			buf_addf(&b, _("helper %s"), ab->helper);
		}
	} else if (is(tbl, "pairing")) {
		if (ab->helper != NULL)
			buf_addf(&b, _("helper %s"), ab->helper);
		if (ab->kind != NULL) {
			sep(&b);
			buf_adds(&b, helper_kind_label(ab->kind));
		}
	} else if (is(tbl, "checklist_confirm") && ab->item > 0) {
		buf_addf(&b, _("item %d %s"), ab->item, checklist_item_title(ab->item));
	} else if (is(tbl, "helper") && ab->helper != NULL) {
		buf_adds(&b, ab->helper);
		if (ab->kind != NULL) {
			sep(&b);
			buf_adds(&b, helper_kind_label(ab->kind));
		}
	} else if ((is(tbl, "user") || is(tbl, "user_class")) && ab->user != NULL) {
		buf_adds(&b, ab->user);
		if (ab->role != NULL) {
			sep(&b);
			buf_adds(&b, role_word(ab->role));
		}
		add_class(&b, ab->grade, ab->number);
	} else if (is(tbl, "class")) {
		add_class(&b, ab->grade, ab->number);
	} else if (is(tbl, "school") && ab->school != NULL) {
		buf_adds(&b, ab->school);
	}
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

int
app_audit_about(struct app *a, const struct audit_row *r, char **who, char **what,
    struct err *e)
{
	struct audit_about ab;
	char *cls;

	*who = *what = NULL;
	if (store_audit_about(a->store, r->tbl, r->row_id, &ab, e) != 0)
		return -1;
	if (ab.outside)
		return 1;
	/* the child as her row says now (an erased child is no longer there,
	 * and her name was blanked from the log); the class only where the
	 * line has room for it: a field's change in her own record, of her
	 * parents or guardian, needs it for the old and new value */
	if (ab.child != NULL && ab.grade > 0 && !is(r->tbl, "child") &&
	    !is(r->tbl, "parent") && !is(r->tbl, "guardian")) {
		cls = class_short_label(ab.grade, ab.number);
		*who = xasprintf(_("%s (class %s)"), ab.child, cls);
		free(cls);
	} else if (ab.child != NULL)
		*who = xstrdup(ab.child);
	/* a field's change of a child's care record says itself what changed
	 * (the line is cut at 80 columns); a pairing's names its helper (which
	 * of her helpers was unpaired); the rest say what the row is */
	if (r->col == NULL || *who == NULL)
		*what = what_text(r->tbl, &ab);
	else if (is(r->tbl, "pairing") && ab.helper != NULL)
		*what = xasprintf(_("helper %s"), ab.helper);
	audit_about_clear(&ab);
	return 0;
}
