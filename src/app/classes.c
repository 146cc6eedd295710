/* classes.c — list the classes and set their enrolled count and head
 * teacher (classes.h), within the signed-in teacher's scope. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/app/classes.h"
#include "guanai/app/ref.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"

int
classes_list(struct app *a, struct class_row **out, size_t *n, struct err *e)
{
	struct class_info *ci = NULL;
	struct helper h;
	size_t i, k = 0;

	*out = NULL;
	*n = 0;
	if (store_classes(a->store, &ci, &k, e) != 0)
		return -1;
	*out = xcalloc(k > 0 ? k : 1, sizeof **out);
	for (i = 0; i < k; i++) {
		(*out)[i].grade = ci[i].grade;
		(*out)[i].number = ci[i].number;
		(*out)[i].enrolled = ci[i].enrolled;
		(*out)[i].children = ci[i].children;
		memset(&h, 0, sizeof h);
		if (ci[i].head_teacher_id[0] != '\0' &&
		    store_helper_get(a->store, ci[i].head_teacher_id, &h, NULL) == 0)
			(*out)[i].teacher = xstrdup(h.name);
		helper_clear(&h);
	}
	*n = k;
	free(ci);
	return 0;
}

void
classes_free(struct class_row **rows, size_t n)
{
	size_t i;

	if (*rows == NULL)
		return;
	for (i = 0; i < n; i++)
		free((*rows)[i].teacher);
	free(*rows);
	*rows = NULL;
}

int
classes_in_scope(struct app *a, int grade, int number, struct err *e)
{
	struct class_info *ci = NULL;
	size_t i, k = 0;
	int yes = 0;

	if (!store_class_scoped(a->store))
		return 1;
	if (store_classes(a->store, &ci, &k, e) != 0)
		return -1;
	for (i = 0; i < k; i++)
		if (ci[i].grade == grade && ci[i].number == number)
			yes = 1;
	free(ci);
	return yes;
}

/* The helper a --teacher value names; a new name becomes a new teacher. */
static int
teacher_id(struct app *a, const char *who, char id[UUID_LEN + 1], struct err *e)
{
	char ids[2][UUID_LEN + 1];
	struct helper h;
	int n;

	n = store_helper_lookup(a->store, who, ids, 2, e);
	if (n < 0)
		return -1;
	if (n == 1) {
		memcpy(id, ids[0], UUID_LEN + 1);
		return 0;
	}
	if (n > 1)
		return ref_helper(a, who, id, e);	/* says "several" */
	memset(&h, 0, sizeof h);
	h.name = xstrdup(who);
	h.kind = xstrdup("teacher");
	n = store_helper_save(a->store, &h, e);
	memcpy(id, h.id, UUID_LEN + 1);
	helper_clear(&h);
	return n;
}

int
classes_set(struct app *a, int grade, int number, int enrolled,
    const char *teacher, struct err *e)
{
	char tid[UUID_LEN + 1], *label;
	int in;

	if (grade < 1 || grade > 9 || number < 1 || number > 99) {
		err_set(e, ERR_USAGE, "%s", _("a class is G-N, grade 1-9 and class 1-99, "
		    "for example 3-2"));
		return -1;
	}
	if ((in = classes_in_scope(a, grade, number, e)) < 0)
		return -1;
	if (in == 0) {
		label = class_label(grade, number);
		err_set(e, ERR_USAGE, _("%s is not one of your classes"), label);
		free(label);
		return -1;
	}
	if (store_begin(a->store, e) != 0)
		return -1;
	if (enrolled >= 0 &&
	    store_class_set_enrolled(a->store, grade, number, enrolled, e) != 0)
		goto fail;
	if (teacher != NULL) {
		tid[0] = '\0';
		if (teacher[0] != '\0' && teacher_id(a, teacher, tid, e) != 0)
			goto fail;
		if (store_class_set_head_teacher(a->store, grade, number,
		    tid[0] ? tid : NULL, e) != 0)
			goto fail;
	}
	return store_commit(a->store, e);
fail:
	store_rollback(a->store);
	return -1;
}
