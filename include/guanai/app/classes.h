/* classes.h — the classes of the school as the headteacher keeps them:
 * list them with their head teacher and 在校学生数 (the enrolled count the
 * statistics divide by), set those two, and ask whether a class is one the
 * signed-in teacher may touch. */
#ifndef GUANAI_CLASSES_H
#define GUANAI_CLASSES_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/uuid.h"
#include "guanai/core/records.h"

struct class_row {
	int grade, number;
	int enrolled;		/* 0 = unknown */
	int children;		/* on the register */
	char *teacher;		/* the head teacher's name, or NULL */
};

/* The classes the account may see, by grade and number; free with
 * classes_free. */
int classes_list(struct app *a, struct class_row **out, size_t *n, struct err *e);
void classes_free(struct class_row **rows, size_t n);
/* 1 when the class G-N is within the account's scope (always for a
 * headteacher or without accounts), 0 when not, -1 on error. */
int classes_in_scope(struct app *a, int grade, int number, struct err *e);
/* Set the enrolled count (enrolled < 0: leave it) and the head teacher
 * (teacher NULL: leave it; "" clears; else a helper's name or id — a name
 * no helper has is added as a helper of kind teacher).  A teacher account
 * may set only its own classes (ERR_USAGE).  The class is created when
 * missing; audited.  0 or -1 with e. */
int classes_set(struct app *a, int grade, int number, int enrolled,
    const char *teacher, struct err *e);

#endif
