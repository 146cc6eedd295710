/* children.h — the register as the front ends reach it (src/app/children.c):
 * one child, the lists of children a page at a time, the trash, the
 * classes and the school.  Every query honours a teacher's class scope and
 * every change is audited (the store's triggers).  0 on success, -1 with e
 * set; lookups return 1 for "not found" where noted. */
#ifndef GUANAI_APP_CHILDREN_H
#define GUANAI_APP_CHILDREN_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/err.h"
#include "guanai/base/uuid.h"
#include "guanai/core/field.h"
#include "guanai/core/records.h"

/* 0 found, 1 not found.  `out` is overwritten (record_init): pass a fresh
 * or cleared record, record_clear() it after. */
int app_child_get(struct app *a, const char *id, struct record *out, struct err *e);
/* Insert (r->id == "": a new id is written into r->id) or update the child,
 * its parents, its primary guardian and its class, in one transaction.
 * A teacher account may save a child only into one of her classes (-1,
 * ERR_INPUT naming the class: nothing written). */
int app_child_save(struct app *a, struct record *r, struct err *e);
/* To the trash, and back. */
int app_child_delete(struct app *a, const char *id, struct err *e);
int app_child_restore(struct app *a, const char *id, struct err *e);

/* The children of a filter in pinyin order after `after` (NULL = from the
 * start), at most `limit` (0 = all); a non-zero return of fn stops the walk
 * and is returned.  _before walks backwards from `before` (NULL = the
 * last).  count_upto may stop counting a costly search at max + 1. */
int app_children_each(struct app *a, const struct child_filter *f,
    const struct child_key *after, size_t limit, child_fn fn, void *ctx, struct err *e);
int app_children_each_before(struct app *a, const struct child_filter *f,
    const struct child_key *before, size_t limit, child_fn fn, void *ctx, struct err *e);
int app_children_count_upto(struct app *a, const struct child_filter *f, size_t max,
    size_t *n, struct err *e);

/* The classes this user may see, by grade and number; caller frees *out. */
int app_classes(struct app *a, struct class_info **out, size_t *n, struct err *e);
/* The school's name and codes; school_clear() it after. */
int app_school_get(struct app *a, struct school *out, struct err *e);
int app_school_set(struct app *a, const struct school *sc, struct err *e);

#endif
