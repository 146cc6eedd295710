/* account.h — a sign-in account (DESIGN.md §8), the record the store keeps
 * and the application signs in with.
 *
 * A headteacher account ("head") sees and changes everything; a teacher
 * account sees and changes only its own classes (the store's class scope).
 * Passwords are stored as argon2id strings; a password is never logged or
 * shown.  The store part is guanai/store/users.h, the use cases
 * guanai/app/account.h. */
#ifndef GUANAI_CORE_ACCOUNT_H
#define GUANAI_CORE_ACCOUNT_H

#include "guanai/core/visible.h"

#include <stddef.h>

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
/* A walk over the accounts; a non-zero return stops it. */
typedef int (*account_fn)(void *ctx, const struct account *a);

#endif
