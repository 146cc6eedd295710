/* users.h — the store's sign-in accounts (src/store/users.c): argon2id
 * password strings (crypto_pwhash_str, INTERACTIVE limits), roles, a
 * teacher's classes.  Every function returns 0, or -1 with `e` set; "not
 * found" is 1 where noted. */
#ifndef GUANAI_STORE_USERS_H
#define GUANAI_STORE_USERS_H

#include "guanai/store/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"
#include "guanai/core/account.h"
#include "guanai/store/store.h"

/* Add an account (role "head" or "teacher"; a teacher needs classes, which
 * are created when missing).  ERR_USAGE for a name taken, a bad role, a
 * short password. */
int store_user_add(struct store *s, const struct account *a, const char *password,
    struct err *e);
/* Remove an account (a real delete, audited).  1 when there is none. */
int store_user_remove(struct store *s, const char *name, struct err *e);
/* Every account, by name. */
int store_users_each(struct store *s, account_fn fn, void *ctx, struct err *e);
int store_users_count(struct store *s, size_t *n, struct err *e);
/* Check a name and password: 0 and *out filled when right, 1 when the
 * name or the password is wrong (the same answer for both). */
int store_user_check(struct store *s, const char *name, const char *password,
    struct account *out, struct err *e);

#endif
