/* audit.h — the audit log as the front ends read and add to it
 * (src/app/audit.c, DESIGN.md §8): who changed what, when. */
#ifndef GUANAI_APP_AUDIT_H
#define GUANAI_APP_AUDIT_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/err.h"
#include "guanai/core/records.h"

/* The latest `limit` rows, newest first; fn returning non-zero stops. */
int app_audit_each(struct app *a, size_t limit, audit_fn fn, void *ctx, struct err *e);
/* The children an import's (a demo's, an unpack's) entry added or changed
 * (audit_row.linked), by class and name, the account's classes only: see
 * store_audit_children. */
int app_audit_children(struct app *a, long long entry, size_t limit,
    audit_child_fn fn, void *ctx, size_t *total, struct err *e);
/* Note one application-level event (a summary written, a file exported);
 * detail must not hold ID or phone numbers. */
int app_audit_event(struct app *a, const char *action, const char *detail,
    struct err *e);

/* An event's detail as the audit view shows it: its stored key=value words
 * (import.c, export.c, print.c, pack.c, demo.c, the unpack) in the UI
 * language, e.g. "花名册，全校，120名儿童，18页，公开版，到打印机"; a
 * path alone as it is.  Caller frees. */
char *app_audit_detail_text(const char *action, const char *detail);

/* What the row r is about, in the UI language: *who the child (and her
 * class for a care record, pairing or confirmation: "张思远（三(2)班）")
 * or NULL; *what the care record, pairing, 七清楚 item, helper, account
 * or class ("家访，2026-12-07，帮扶人 王老师", "李老师，班主任") or NULL
 * (a field's change of a child's row says itself what changed).  No ID or phone number, no password.  Caller
 * frees both.  0; 1 when the row is a child's outside the signed-in
 * teacher's classes (nothing is said: leave the row out); -1 + e. */
int app_audit_about(struct app *a, const struct audit_row *r, char **who, char **what,
    struct err *e);

#endif
