/* scope.c — the teacher's class scope for every use case (see
 * guanai/scope.h).  The store keeps the classes (store_set_class_scope);
 * this file turns them into answers and messages that name nothing
 * outside the scope. */
#include "config.h"

#include <stdlib.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"

#include "guanai/app/app.h"
#include "guanai/base/i18n.h"
#include "guanai/app/scope.h"
#include "guanai/store/store.h"
#include "guanai/core/validate.h"

int
app_scope_class(struct app *a, int grade, int number)
{
	return store_scope_has_class(a->store, grade, number);
}

int
app_scope_child(struct app *a, const char *id, struct err *e)
{
	return store_child_in_scope(a->store, id, e);
}

int
app_scope_record(struct app *a, const struct record *r, struct err *e)
{
	const char *g = record_get(r, F_GRADE), *n = record_get(r, F_CLASS_NO);
	int grade = g != NULL ? atoi(g) : 0, number = n != NULL ? atoi(n) : 0;
	char *cls;

	if (!store_class_scoped(a->store) || app_scope_class(a, grade, number))
		return 0;
	cls = class_label(grade, number);
	err_set(e, ERR_INPUT, _("%s is not one of your classes; only the headteacher "
	    "can add or move children there"), cls);
	free(cls);
	return 1;
}

int
app_scope_match(struct app *a, const char *id, struct err *e)
{
	int rc = app_scope_child(a, id, e);

	if (rc == 1)
		err_set(e, ERR_INPUT, _("the ID number or student number belongs to a "
		    "child outside your classes; please check it, or ask the headteacher"));
	return rc;
}

const char *
app_scope_empty_note(struct app *a)
{
	if (a->store == NULL || !store_class_scoped(a->store) ||
	    store_scope_size(a->store) > 0)
		return NULL;
	return _("this teacher account has no class, so it sees no child; the "
	    "headteacher can give it its class (guanai user add … --class G-N)");
}

const char *
app_audit_all_classes(struct app *a)
{
	return a->store != NULL && store_class_scoped(a->store) ? "own" : "all";
}

char *
app_scope_text(struct app *a)
{
	struct class_info *ci = NULL;
	struct buf b = BUF_INIT;
	struct err e = { 0, "" };
	size_t i, n = 0;
	char *cls;

	if (a->store == NULL || !store_class_scoped(a->store))
		return NULL;
	if (store_classes(a->store, &ci, &n, &e) != 0)
		return xstrdup(_("your classes"));
	for (i = 0; i < n; i++) {
		if (!store_scope_has_class(a->store, ci[i].grade, ci[i].number))
			continue;
		cls = class_label(ci[i].grade, ci[i].number);
		if (b.len > 0)
			buf_adds(&b, _(", "));
		buf_adds(&b, cls);
		free(cls);
	}
	free(ci);
	if (b.len == 0) {
		buf_free(&b);
		return xstrdup(_("your classes"));
	}
	return buf_detach(&b);
}
