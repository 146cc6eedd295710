/* trash.c — move children's files to the trash, back, or erase them
 * (trash.h).  The ids come from ref_child, which applies the scope. */
#include "config.h"

#include "guanai/app/account.h"
#include "guanai/app/trash.h"
#include "guanai/base/i18n.h"
#include "guanai/core/field.h"
#include "guanai/store/store.h"

int
trash_erase(struct app *a, const char *child_id, struct err *e)
{
	if (app_require_head(a, _("erase a child's file"), e) != 0)
		return -1;
	return store_child_erase(a->store, child_id, e);
}

int
trash_list(struct app *a, child_fn fn, void *ctx, struct err *e)
{
	struct child_filter f = { 0, 0, NULL, 1, NULL, NULL };

	return store_children_each(a->store, &f, NULL, 0, fn, ctx, e) < 0 ? -1 : 0;
}
