/* edit.c — change named fields of a child's file (edit.h): every value
 * goes through field_parse and record_complete, so that the command line
 * accepts and refuses exactly what the forms and the import do. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/classes.h"
#include "guanai/app/edit.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/store/store.h"

/* Append "; message" (or the message) to the collected reasons. */
static void
add_reason(char *buf, size_t size, const char *msg)
{
	size_t len = strlen(buf);

	snprintf(buf + len, size - len, "%s%s", len > 0 ? _("; ") : "", msg);
}

/* Parse every assignment into r; unknown names stop at once (usage). */
static int
apply_all(struct record *r, char *const *assign, int n, char *reasons, size_t size,
    struct err *e)
{
	const struct field *f;
	struct err fe;
	char *name, *val;
	const char *eq;
	int i, bad = 0;

	for (i = 0; i < n; i++) {
		eq = strchr(assign[i], '=');
		if (eq == NULL || eq == assign[i]) {
			err_set(e, ERR_USAGE, _("'%s' is not FIELD=VALUE"), assign[i]);
			return -1;
		}
		name = xstrndup(assign[i], (size_t)(eq - assign[i]));
		f = field_by_header(name);
		if (f == NULL) {
			err_set(e, ERR_USAGE, _("no field is called '%s' (the code names "
			    "and the Chinese headers of the import template are accepted)"),
			    name);
			free(name);
			return -1;
		}
		free(name);
		memset(&fe, 0, sizeof fe);
		val = NULL;
		if (field_parse(f, eq + 1, &val, &fe) != 0) {
			add_reason(reasons, size, fe.msg);
			bad++;
			continue;
		}
		record_set(r, f->id, val);
		free(val);
	}
	return bad;
}

static int
count_changes(const struct record *before, const struct record *after)
{
	int i, n = 0;

	for (i = 0; i < FIELD_COUNT; i++)
		if (!str_eq(before->v[i], after->v[i]))
			n++;
	return n;
}

int
edit_child(struct app *a, const char *id, char *const *assign, int n, struct err *e)
{
	struct record orig, r;
	char reasons[sizeof e->msg];
	const char *g, *c;
	int rc, changed = -1;

	record_init(&orig);
	record_init(&r);
	reasons[0] = '\0';
	rc = store_child_get(a->store, id, &orig, e);
	if (rc != 0) {
		if (rc == 1)
			err_set(e, ERR_USAGE, _("%s: no such child on the register"), id);
		goto out;
	}
	record_copy(&r, &orig);
	rc = apply_all(&r, assign, n, reasons, sizeof reasons, e);
	if (rc < 0)
		goto out;
	if (rc > 0) {
		err_set(e, ERR_INPUT, "%s", reasons);
		goto out;
	}
	if (record_complete(&r, e) != 0) {
		e->code = ERR_INPUT;
		goto out;
	}
	g = record_get(&r, F_GRADE);
	c = record_get(&r, F_CLASS_NO);
	if (!str_eq(g, record_get(&orig, F_GRADE)) || !str_eq(c, record_get(&orig, F_CLASS_NO))) {
		if (classes_in_scope(a, g != NULL ? atoi(g) : 0, c != NULL ? atoi(c) : 0,
		    e) != 1) {
			err_set(e, ERR_USAGE, "%s", _("a teacher account cannot move a "
			    "child to a class that is not its own"));
			goto out;
		}
	}
	changed = count_changes(&orig, &r);
	if (changed > 0 && store_child_save(a->store, &r, e) != 0)
		changed = -1;
out:
	record_clear(&orig);
	record_clear(&r);
	return changed;
}
