/* account-admin.c — the headteacher's account management beside
 * account.c's: give an account a new password (the TUI's
 * 账号 screen).  Passwords are never shown. */
#include "config.h"

#include <string.h>

#include "guanai/app/account.h"
#include "guanai/app/app.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"
#include "guanai/store/users.h"

struct find_ctx {
	const char *name;
	struct account acc;
	int found;
};

static void
copy_account(struct account *d, const struct account *s)
{
	memset(d, 0, sizeof *d);
	d->name = xstrdup(s->name);
	d->role = xstrdup(s->role);
	d->nclasses = s->nclasses;
	if (s->nclasses > 0) {
		d->grades = xcalloc(s->nclasses, sizeof *d->grades);
		d->class_nos = xcalloc(s->nclasses, sizeof *d->class_nos);
		memcpy(d->grades, s->grades, s->nclasses * sizeof *d->grades);
		memcpy(d->class_nos, s->class_nos, s->nclasses * sizeof *d->class_nos);
	}
}

static int
find_account(void *ctx, const struct account *acc)
{
	struct find_ctx *f = ctx;

	if (strcmp(acc->name, f->name) != 0)
		return 0;
	copy_account(&f->acc, acc);
	f->found = 1;
	return 1;
}

/* The account is written again with the new password, its role and
 * classes kept, in one transaction: either the old or the new password
 * works, never neither. */
int
app_user_password(struct app *a, const char *name, const char *password,
    struct err *e)
{
	struct find_ctx f;
	int rc = -1;

	memset(&f, 0, sizeof f);
	f.name = name;
	if (app_require_head(a, _("set passwords"), e) != 0)
		return -1;
	if (store_users_each(a->store, find_account, &f, e) < 0)
		return -1;
	if (!f.found) {
		err_set(e, ERR_USAGE, _("there is no account %s"), name);
		return -1;
	}
	if (store_begin(a->store, e) != 0)
		goto out;
	if (store_user_remove(a->store, name, e) != 0 ||
	    store_user_add(a->store, &f.acc, password, e) != 0) {
		store_rollback(a->store);
		goto out;
	}
	rc = store_commit(a->store, e);
out:
	account_clear(&f.acc);
	return rc;
}
