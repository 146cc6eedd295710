/* audit-about.h — what one row of the audit log is about, read from the
 * rows it names (src/store/audit-about.c): the child and her class for a
 * care record, a pairing, a 七清楚 confirmation, a parent or guardian; the
 * helper of a pairing or care record; an account's name and role; a
 * class; the school.  Never an ID or phone number, never a password. */
#ifndef GUANAI_STORE_AUDIT_ABOUT_H
#define GUANAI_STORE_AUDIT_ABOUT_H

#include "guanai/store/visible.h"

#include "guanai/base/err.h"
#include "guanai/store/store.h"

struct audit_about {
	char *child;		/* the child's name, or NULL */
	int grade, number;	/* the child's class, or the class row's; 0 none */
	char *helper;		/* the helper's name (helper, pairing, care), or NULL */
	char *kind;		/* helper kind, pairing role, care kind (codes), or NULL */
	char *care_date;	/* a care record's date, or NULL */
	char *user;		/* an account's name (user, user_class), or NULL */
	char *role;		/* its role code ("head", "teacher"), or NULL */
	char *school;		/* the school's name, or NULL */
	int item;		/* a 七清楚 confirmation's item 1–7, or 0 */
	int outside;		/* the row is a child's outside the teacher's classes
				 * (nothing else is filled) */
};
void audit_about_clear(struct audit_about *ab);

/* Fill *ab (zeroed first; audit_about_clear it) for the row `row_id` of
 * table `tbl`.  The row may be gone (erased): *ab stays empty.  Under a
 * teacher's class scope, a child outside her classes is not read (and so
 * never named): only ab->outside is set.  0, or -1 + e. */
int store_audit_about(struct store *s, const char *tbl, const char *row_id,
    struct audit_about *ab, struct err *e);

#endif
