/* account.h — optional sign-in accounts (DESIGN.md §8).
 *
 * A headteacher account ("head") sees and changes everything; a teacher
 * account sees and changes only its own classes (the store's class scope).
 * Passwords are stored as argon2id strings (crypto_pwhash_str, INTERACTIVE
 * limits); a password is never logged or shown.  When no account exists,
 * nobody signs in and the OS user is recorded in the audit log.
 *
 * Store part in src/store/users.c, use cases in src/app/account.c.  Every
 * function returns 0, or -1 with `e` set; "not found" is 1 where noted. */
#ifndef GUANAI_ACCOUNT_H
#define GUANAI_ACCOUNT_H

#include <stddef.h>

#include "guanai/err.h"
#include "guanai/store.h"

#define ACCOUNT_MIN_PASSWORD 6
#define ACCOUNT_TRIES 3		/* sign-in attempts before giving up */
#define ACCOUNT_DELAY 2		/* seconds after a wrong password */

struct account {
	char *name;
	char *role;		/* "head" or "teacher" */
	int *grades, *class_nos;	/* a teacher's classes */
	size_t nclasses;
};
void account_clear(struct account *a);

/* Add an account (role "head" or "teacher"; a teacher needs classes, which
 * are created when missing).  ERR_USAGE for a name taken, a bad role, a
 * short password. */
int store_user_add(struct store *s, const struct account *a, const char *password,
    struct err *e);
/* Remove an account (a real delete, audited).  1 when there is none. */
int store_user_remove(struct store *s, const char *name, struct err *e);
typedef int (*account_fn)(void *ctx, const struct account *a);
/* Every account, by name. */
int store_users_each(struct store *s, account_fn fn, void *ctx, struct err *e);
int store_users_count(struct store *s, size_t *n, struct err *e);
/* Check a name and password: 0 and *out filled when right, 1 when the
 * name or the password is wrong (the same answer for both). */
int store_user_check(struct store *s, const char *name, const char *password,
    struct account *out, struct err *e);

/* ---- use cases (src/app/account.c) --------------------------------- */

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

/* ---- headteacher's management (src/app/account-admin.c) ------------- */

/* Every account by name (a headteacher only, or while accounts are off). */
int app_users_list(struct app *a, account_fn fn, void *ctx, struct err *e);
/* A new password for an account, its role and classes kept (headteacher
 * only; ERR_USAGE for no such account or a short password). */
int app_user_password(struct app *a, const char *name, const char *password,
    struct err *e);

#endif
