/* ref.c — turn an ID, an 8-character id prefix or a name into the one row
 * it stands for (ref.h), with messages that name only what was typed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/ref.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"

/* How many candidates a "several match" message lists. */
#define REF_LIST_MAX 5

/* "  1a2b3c4d  三年级(2)班" for each candidate child, appended to e. */
static void
list_children(struct app *a, char (*ids)[UUID_LEN + 1], int n, struct err *e)
{
	struct record r;
	size_t len;
	char *cls;
	int i;

	for (i = 0; i < n && i < REF_LIST_MAX; i++) {
		record_init(&r);
		if (store_child_get(a->store, ids[i], &r, NULL) == 0) {
			const char *g = record_get(&r, F_GRADE), *c = record_get(&r, F_CLASS_NO);

			cls = class_label(g != NULL ? atoi(g) : 0, c != NULL ? atoi(c) : 0);
			len = strlen(e->msg);
			snprintf(e->msg + len, sizeof e->msg - len, "\n  %s  %s  %s", ids[i],
			    cls, record_get(&r, F_BIRTH_DATE) != NULL ?
			    record_get(&r, F_BIRTH_DATE) : "");
			free(cls);
		}
		record_clear(&r);
	}
}

int
ref_child(struct app *a, const char *ref, int in_trash, char id[UUID_LEN + 1],
    struct err *e)
{
	char ids[REF_LIST_MAX][UUID_LEN + 1];
	int n;

	id[0] = '\0';
	if (str_empty(ref)) {
		err_set(e, ERR_USAGE, "%s", _("which child? give an ID or a name"));
		return -1;
	}
	n = store_child_lookup(a->store, ref, in_trash, ids, REF_LIST_MAX, e);
	if (n < 0)
		return -1;
	if (n == 0) {
		if (store_class_scoped(a->store))
			err_set(e, ERR_USAGE, in_trash ?
			    _("no child '%s' in the trash of your classes") :
			    _("no child '%s' in your classes"), ref);
		else
			err_set(e, ERR_USAGE, in_trash ? _("no child '%s' in the trash") :
			    _("no child with the ID or name '%s'"), ref);
		return -1;
	}
	if (n > 1) {
		err_set(e, ERR_USAGE, _("'%s' fits several children; give more of the ID, "
		    "or its last 8 characters, of one:"), ref);
		list_children(a, ids, n, e);
		return -1;
	}
	memcpy(id, ids[0], UUID_LEN + 1);
	return 0;
}

int
ref_helper(struct app *a, const char *ref, char id[UUID_LEN + 1], struct err *e)
{
	char ids[REF_LIST_MAX][UUID_LEN + 1];
	int n;

	id[0] = '\0';
	if (str_empty(ref)) {
		err_set(e, ERR_USAGE, "%s", _("which helper? give an ID or a name"));
		return -1;
	}
	n = store_helper_lookup(a->store, ref, ids, REF_LIST_MAX, e);
	if (n < 0)
		return -1;
	if (n == 0) {
		err_set(e, ERR_USAGE, _("no helper with the ID or name '%s'"), ref);
		return -1;
	}
	if (n > 1) {
		err_set(e, ERR_USAGE, _("'%s' fits several helpers; give the first 8 "
		    "characters of the ID of one (guanai helper list)"), ref);
		return -1;
	}
	memcpy(id, ids[0], UUID_LEN + 1);
	return 0;
}

int
ref_care(struct app *a, const char *ref, char id[UUID_LEN + 1], struct err *e)
{
	char ids[REF_LIST_MAX][UUID_LEN + 1];
	int n;

	id[0] = '\0';
	n = str_empty(ref) ? 0 : store_care_lookup(a->store, ref, ids, REF_LIST_MAX, e);
	if (n < 0)
		return -1;
	if (n == 0) {
		err_set(e, ERR_USAGE, store_class_scoped(a->store) ?
		    _("no care record '%s' in your classes (give its ID or its first 8 "
		    "characters: guanai care list)") :
		    _("no care record '%s' (give its ID or its first 8 characters: "
		    "guanai care list)"), ref != NULL ? ref : "");
		return -1;
	}
	if (n > 1) {
		err_set(e, ERR_USAGE, _("'%s' fits several care records; give more of "
		    "the ID"), ref);
		return -1;
	}
	memcpy(id, ids[0], UUID_LEN + 1);
	return 0;
}
