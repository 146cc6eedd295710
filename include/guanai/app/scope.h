/* scope.h — a teacher account's class scope as the use cases see it
 * (DESIGN.md §7, §8): one place that says whether a class or a child is
 * within the signed-in teacher's classes, used by import, show, confirm,
 * unpack and preview alike.  A headteacher (or no sign-in) has no scope:
 * everything is within it.
 *
 * Messages about what lies outside the scope never name it: a child of
 * another class is "a child outside your classes", nothing more. */
#include "guanai/app/visible.h"

#ifndef GUANAI_SCOPE_H
#define GUANAI_SCOPE_H

#include "guanai/base/err.h"
#include "guanai/core/field.h"
#include "guanai/base/uuid.h"

struct app;

/* 1 when class G-N is within the scope, else 0. */
int app_scope_class(struct app *a, int grade, int number);
/* 0 when the child (by id) is within the scope, 1 when it is outside or
 * does not exist (not told apart), -1 + e on a database error. */
int app_scope_child(struct app *a, const char *id, struct err *e);
/* An incoming record (an import row, a package row) may be written only
 * into one of the teacher's classes: 0 yes, 1 no (e says why, naming only
 * the row's own class). */
int app_scope_record(struct app *a, const struct record *r, struct err *e);
/* The incoming record matched the stored child `id`: 0 when that child is
 * within the scope, 1 when not (e: "belongs to a child outside your
 * classes", naming nobody), -1 + e. */
int app_scope_match(struct app *a, const char *id, struct err *e);
/* A teacher account without classes sees nothing: the sentence that tells
 * it why (translated, borrowed), or NULL when the account has classes. */
const char *app_scope_empty_note(struct app *a);
/* What "all the children" is for the signed-in account, in words: NULL
 * for the headteacher or no sign-in (the whole school), else the
 * teacher's classes ("三年级(1)班，三年级(2)班").  Caller frees. */
char *app_scope_text(struct app *a);
/* The class word an audit entry records for "every class" the user may
 * see: "all" for the headteacher, "own" for a class teacher (the entry's
 * actor says whose) — a teacher's package or print is not the school's. */
const char *app_audit_all_classes(struct app *a);

#endif
