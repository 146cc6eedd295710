/* account.c — the account record's memory. */
#include "config.h"

#include <stdlib.h>

#include "guanai/base/mem.h"
#include "guanai/core/account.h"

void
account_clear(struct account *a)
{
	xfree(&a->name);
	xfree(&a->role);
	free(a->grades);
	free(a->class_nos);
	a->grades = a->class_nos = NULL;
	a->nclasses = 0;
}
