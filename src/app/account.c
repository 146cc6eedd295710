/* account.c — sign-in and account management use cases: who may do what
 * (a headteacher everything, a teacher only the own classes). */
#include "config.h"

#include <string.h>

#include "guanai/app/account.h"
#include "guanai/app/app.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"
#include "guanai/store/users.h"
#include "guanai/base/termsafe.h"

int
app_accounts_exist(struct app *a, int *yes, struct err *e)
{
	size_t n = 0;

	if (store_users_count(a->store, &n, e) != 0)
		return -1;
	*yes = n > 0;
	return 0;
}

int
app_sign_in(struct app *a, const char *name, const char *password, struct err *e)
{
	static const int none[1] = { 0 };
	struct account acc = { 0 };
	int rc;

	rc = store_user_check(a->store, name != NULL ? name : "",
	    password != NULL ? password : "", &acc, e);
	if (rc != 0) {
		if (rc == 1)
			err_set(e, ERR_USAGE, _("wrong name or password"));
		return rc;
	}
	/* a teacher without classes gets an empty scope, never the school */
	if (!str_eq(acc.role, "head") && store_set_class_scope(a->store,
	    acc.grades != NULL ? acc.grades : none,
	    acc.class_nos != NULL ? acc.class_nos : none, acc.nclasses, e) != 0) {
		account_clear(&acc);
		return -1;
	}
	xstrset(&a->actor, acc.name);
	xstrset(&a->role, acc.role);
	store_set_actor(a->store, a->actor);
	account_clear(&acc);
	return 0;
}

int
app_require_head(struct app *a, const char *what, struct err *e)
{
	if (a->role == NULL || strcmp(a->role, "head") == 0)
		return 0;
	err_set(e, ERR_USAGE, _("only a headteacher account may %s"), what);
	return -1;
}

int
app_user_add(struct app *a, const struct account *acc, const char *password,
    struct err *e)
{
	int any;

	if (termsafe_name_check(acc->name != NULL ? acc->name : "", 32,
	    _("account name"), e) != 0)
		return -1;
	if (app_accounts_exist(a, &any, e) != 0)
		return -1;
	if (!any && !str_eq(acc->role, "head")) {
		err_set(e, ERR_USAGE, _("the first account must be a headteacher's "
		    "(--role head), so that someone can manage the others"));
		return -1;
	}
	if (any && app_require_head(a, _("add accounts"), e) != 0)
		return -1;
	return store_user_add(a->store, acc, password, e);
}

int
app_user_remove(struct app *a, const char *name, struct err *e)
{
	int rc;

	if (app_require_head(a, _("remove accounts"), e) != 0)
		return -1;
	if (a->actor != NULL && str_eq(a->actor, name) && a->role != NULL) {
		err_set(e, ERR_USAGE, _("you cannot remove the account you are signed in "
		    "with"));
		return -1;
	}
	rc = store_user_remove(a->store, name, e);
	if (rc == 1)
		err_set(e, ERR_USAGE, _("there is no account named %s"), name);
	return rc == 0 ? 0 : -1;
}

int
app_users_each(struct app *a, account_fn fn, void *ctx, struct err *e)
{
	return store_users_each(a->store, fn, ctx, e);
}
