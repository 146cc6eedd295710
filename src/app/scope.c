/* scope.c — the teacher's class scope for every use case (see
 * guanai/scope.h).  The store keeps the classes (store_set_class_scope);
 * this file turns them into answers and messages that name nothing
 * outside the scope. */
#include "config.h"

#include <stdlib.h>

#include "guanai/app.h"
#include "guanai/i18n.h"
#include "guanai/scope.h"
#include "guanai/validate.h"

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
app_child_resolve(struct app *a, const char *id_or_name, char id[UUID_LEN + 1],
    struct err *e)
{
	int rc = store_child_resolve(a->store, id_or_name, id, e);

	if (rc != 0)
		return rc;
	rc = app_scope_child(a, id, e);	/* a second look, whatever the store did */
	if (rc == 1)
		id[0] = '\0';
	return rc;
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
