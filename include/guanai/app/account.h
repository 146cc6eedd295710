/* account.h — sign-in use cases (src/app/account.c, DESIGN.md §8).
 *
 * When no account exists, nobody signs in and the OS user is recorded in
 * the audit log.  Every function returns 0, or -1 with `e` set. */
#ifndef GUANAI_APP_ACCOUNT_H
#define GUANAI_APP_ACCOUNT_H

#include "guanai/app/visible.h"

#include "guanai/base/err.h"
#include "guanai/core/account.h"

struct app;
/* Does this database ask for sign-in? */
int app_accounts_exist(struct app *a, int *yes, struct err *e);
/* Sign in: sets a->actor and a->role, the audit actor and a teacher's class
 * scope.  1 on a wrong name or password (e says so). */
int app_sign_in(struct app *a, const char *name, const char *password, struct err *e);
/* ERR_USAGE unless accounts are off or the signed-in user is a head. */
int app_require_head(struct app *a, const char *what, struct err *e);
/* `user add`: the first account must be a headteacher's; after that only
 * a headteacher adds accounts. */
int app_user_add(struct app *a, const struct account *acc, const char *password,
    struct err *e);
int app_user_remove(struct app *a, const char *name, struct err *e);
/* Every account, by name (a headteacher's list). */
int app_users_each(struct app *a, account_fn fn, void *ctx, struct err *e);
/* A new password for an account, its role and classes kept (headteacher
 * only; ERR_USAGE for no such account or a short password); in
 * src/app/account-admin.c. */
int app_user_password(struct app *a, const char *name, const char *password,
    struct err *e);

#endif
