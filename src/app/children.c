/* children.c — the register's children, classes and school for the front
 * ends (guanai/app/children.h); the store does the work and the scope. */
#include "config.h"

#include "guanai/app/children.h"
#include "guanai/app/scope.h"
#include "guanai/store/store.h"

int
app_child_get(struct app *a, const char *id, struct record *out, struct err *e)
{
	return store_child_get(a->store, id, out, e);
}

int
app_child_save(struct app *a, struct record *r, struct err *e)
{
	/* a teacher account adds or keeps children in her own classes only:
	 * the record screen's 年级/班级 must not send one out of her scope
	 * (the CLI's edit_child says the same) */
	if (app_scope_record(a, r, e) != 0)
		return -1;
	return store_child_save(a->store, r, e);
}

int
app_child_delete(struct app *a, const char *id, struct err *e)
{
	return store_child_delete(a->store, id, e);
}

int
app_child_restore(struct app *a, const char *id, struct err *e)
{
	return store_child_restore(a->store, id, e);
}

int
app_children_each(struct app *a, const struct child_filter *f,
    const struct child_key *after, size_t limit, child_fn fn, void *ctx, struct err *e)
{
	return store_children_each(a->store, f, after, limit, fn, ctx, e);
}

int
app_children_each_before(struct app *a, const struct child_filter *f,
    const struct child_key *before, size_t limit, child_fn fn, void *ctx, struct err *e)
{
	return store_children_each_before(a->store, f, before, limit, fn, ctx, e);
}

int
app_children_count_upto(struct app *a, const struct child_filter *f, size_t max,
    size_t *n, struct err *e)
{
	return store_children_count_upto(a->store, f, max, n, e);
}

int
app_classes(struct app *a, struct class_info **out, size_t *n, struct err *e)
{
	return store_classes(a->store, out, n, e);
}

int
app_school_get(struct app *a, struct school *out, struct err *e)
{
	return store_school_get(a->store, out, e);
}

int
app_school_set(struct app *a, const struct school *sc, struct err *e)
{
	return store_school_set(a->store, sc, e);
}
