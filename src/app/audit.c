/* audit.c — reading and adding to the audit log (guanai/app/audit.h). */
#include "config.h"

#include "guanai/app/audit.h"
#include "guanai/store/store.h"

int
app_audit_each(struct app *a, size_t limit, audit_fn fn, void *ctx, struct err *e)
{
	return store_audit_each(a->store, limit, fn, ctx, e);
}

int
app_audit_event(struct app *a, const char *action, const char *detail, struct err *e)
{
	return store_audit_event(a->store, action, detail, e);
}
