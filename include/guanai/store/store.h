/* store.h — the only module that speaks SQL (DESIGN.md §3).
 *
 * One SQLite file: WAL, synchronous=FULL, foreign_keys=ON, busy_timeout,
 * mode 0600, schema version in PRAGMA user_version with forward-only
 * migrations (a newer schema is refused, untouched).  Every row has a text
 * UUID key, created_at / updated_at / deleted_at (soft delete).
 *
 * Every function returns 0 on success and -1 with `e` set (ERR_IO for
 * database failures, with a message a teacher can act on: "the database is
 * busy: another guanai is writing; try again" rather than "database is
 * locked").  Lookups return 1 for "not found" where noted. */
#ifndef GUANAI_STORE_H
#define GUANAI_STORE_H

#include "guanai/store/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"
#include "guanai/base/uuid.h"
#include "guanai/core/checklist.h"
#include "guanai/core/field.h"
#include "guanai/core/records.h"

struct store;

enum store_open_mode {
	STORE_OPEN_EXISTING,	/* refuse a missing file (ERR_IO, says to run init) */
	STORE_OPEN_CREATE,	/* create (and its folder) when missing */
};

int store_open(struct store **out, const char *path, enum store_open_mode mode,
    struct err *e);
void store_close(struct store **s);
const char *store_path(const struct store *s);
/* Who is recorded in the audit log for the changes that follow. */
void store_set_actor(struct store *s, const char *who);
const char *store_actor(const struct store *s);

/* Transactions nest by counting; the outermost begin is BEGIN IMMEDIATE. */
int store_begin(struct store *s, struct err *e);
int store_commit(struct store *s, struct err *e);
void store_rollback(struct store *s);

/* ---- school and classes ---------------------------------------------- */

int store_school_get(struct store *s, struct school *out, struct err *e);
int store_school_set(struct store *s, const struct school *sc, struct err *e);

/* All classes, ordered by grade and number; caller frees *out. */
int store_classes(struct store *s, struct class_info **out, size_t *n, struct err *e);
/* Find or create the class G-N; fills id. */
int store_class_ensure(struct store *s, int grade, int number, char id[UUID_LEN + 1],
    struct err *e);
int store_class_set_enrolled(struct store *s, int grade, int number, int enrolled,
    struct err *e);

/* ---- children (with parents and primary guardian, as struct record) -- */


/* 0 found, 1 not found, -1 error.  `out` is overwritten (record_init): pass
 * a fresh or cleared record, record_clear() it after. */
int store_child_get(struct store *s, const char *id, struct record *out, struct err *e);
/* Insert (r->id == "": a new UUID is written into r->id) or update the
 * child, its parents, its primary guardian and its class (created when
 * missing) — one transaction, audited. */
int store_child_save(struct store *s, struct record *r, struct err *e);
/* Match an incoming record to a stored child: id_number, else student_no,
 * else (name, birth_date, class).  0 found (id filled), 1 none. */
int store_child_match(struct store *s, const struct record *r, char id[UUID_LEN + 1],
    struct err *e);
/* Children with the same name (or the same full pinyin) and birth date in
 * another class: possible duplicates to report, never merged.  Fills up to
 * max ids; returns the count, or -1. */
int store_child_near_matches(struct store *s, const struct record *r,
    char (*ids)[UUID_LEN + 1], int max, struct err *e);
int store_child_delete(struct store *s, const char *id, struct err *e);	/* to trash */
int store_child_restore(struct store *s, const char *id, struct err *e);
int store_child_erase(struct store *s, const char *id, struct err *e);	/* real delete, logged */
/* Resolve "ID or NAME" (as `guanai show` takes): exact id, else exact name.
 * 0 found (id filled), 1 none, 2 several of that name, -1 error. */
int store_child_resolve(struct store *s, const char *id_or_name, char id[UUID_LEN + 1],
    struct err *e);

/* Stream the children of a filter in pinyin order, starting after `after`
 * (NULL = from the start), at most `limit` (0 = all).  The callback gets a
 * borrowed record; a non-zero return stops the walk (and is returned).
 * Uses one cursor: nothing is loaded whole. */
int store_children_each(struct store *s, const struct child_filter *f,
    const struct child_key *after, size_t limit, child_fn fn, void *ctx, struct err *e);
int store_children_count(struct store *s, const struct child_filter *f, size_t *n,
    struct err *e);
/* Cancel a running query from another point of the same thread (a key
 * press in the TUI, seen by the progress callback): the query returns
 * ERR_IO "cancelled" and store_was_interrupted() says so until the next
 * list query starts. */
void store_interrupt(struct store *s);
int store_was_interrupted(const struct store *s);
/* Called every ~1000 SQLite steps of any query; a non-zero return cancels
 * it (the TUI polls the keyboard here).  NULL removes it. */
void store_set_progress(struct store *s, int (*fn)(void *ctx), void *ctx);

/* ---- bulk mode, scope, maintenance ------------------------------------ */

/* Bulk mode (import, demo, unpack): the per-row audit triggers stand
 * aside; store_child_save() notes each child it added or changed, and the
 * operation's one store_audit_event() links them to its entry.  Nests by counting; wrap it in store_begin/commit. */
void store_bulk_begin(struct store *s);
void store_bulk_end(struct store *s);
/* A teacher account sees only its classes: every child query (lists,
 * counts, resolve, classes, pairings, care, stats, reminders) honours the
 * scope.  grades == NULL lifts it.  Classes that do not exist are ignored. */
int store_set_class_scope(struct store *s, const int *grades, const int *class_nos,
    size_t n, struct err *e);
int store_class_scoped(const struct store *s);
/* How many classes the scope names (0 when unscoped or none). */
size_t store_scope_size(const struct store *s);
/* 1 when class G-N is one of the teacher's (or there is no scope), else 0. */
int store_scope_has_class(const struct store *s, int grade, int number);
/* 0 when the child is within the scope (or there is none), 1 when it is
 * outside or does not exist (the two are not told apart), -1 + e. */
int store_child_in_scope(struct store *s, const char *id, struct err *e);
/* A class just created that is one of the teacher's joins temp.scope. */
int store_scope_add_class(struct store *s, const char *class_id, int grade, int number,
    struct err *e);
/* Head teacher of a class (a helper id, NULL = none); creates the class. */
int store_class_set_head_teacher(struct store *s, int grade, int number,
    const char *helper_id, struct err *e);
/* Rebuild the search side table from the child rows (after a bulk write
 * that bypassed store_child_save, or a restore). */
int store_search_rebuild(struct store *s, struct err *e);
/* The schema version of this program (PRAGMA user_version it writes). */
int store_schema_version(void);
/* True when the register holds at least one child, helper or care row
 * (demo refuses such a database). */
int store_has_data(struct store *s, int *yes, struct err *e);

/* ---- 七清楚 confirmations -------------------------------------------- */

/* The last confirmation date (ISO) of each item 1..CHECKLIST_ITEMS for a child; NULL when
 * never.  Strings are the caller's. */
int store_checklist_get(struct store *s, const char *child_id, char *confirmed[CHECKLIST_ITEMS],
    struct err *e);
int store_checklist_confirm(struct store *s, const char *child_id, int item,
    const char *date, struct err *e);

/* ---- helpers, pairings, care ----------------------------------------- */


int store_helper_save(struct store *s, struct helper *h, struct err *e);	/* insert/update */
int store_helper_get(struct store *s, const char *id, struct helper *out, struct err *e);
int store_helpers_each(struct store *s, helper_fn fn, void *ctx, struct err *e);
int store_helper_delete(struct store *s, const char *id, struct err *e);

int store_pairing_save(struct store *s, struct pairing *p, struct err *e);
/* Ends an active pairing on end_date (ISO; the history stays). */
int store_pairing_end(struct store *s, const char *pairing_id, const char *end_date,
    struct err *e);
/* child_id or helper_id (either may be NULL); active_only limits to end IS NULL. */
int store_pairings_each(struct store *s, const char *child_id, const char *helper_id,
    int active_only, pairing_fn fn, void *ctx, struct err *e);

/* A group activity is one care row per participant sharing group_id. */
int store_care_add(struct store *s, struct care *c, struct err *e);
/* Newest first; child_id NULL = all. */
int store_care_each(struct store *s, const char *child_id, care_fn fn, void *ctx,
    struct err *e);
int store_care_delete(struct store *s, const char *id, struct err *e);

/* ---- statistics -------------------------------------------------------- */

struct stats;
/* The counting tables of DESIGN.md §11 (guanai/core/stats.h) for the register
 * within the class scope; care and aid from year_start (ISO).  The
 * checklist table is the application's (stats_compute). */
int store_stats(struct store *s, const char *year_start, struct stats *st,
    struct err *e);

/* ---- reminders --------------------------------------------------------- */

struct remind_child;
/* The facts of each child on the register (guanai/core/remind.h) for the
 * reminder rules, in class and pinyin order; borrowed for the callback. */
typedef int (*remind_child_fn)(void *ctx, const struct remind_child *c);
int store_remind_children(struct store *s, remind_child_fn fn, void *ctx,
    struct err *e);

/* ---- audit ----------------------------------------------------------- */

/* Record one application-level event (export, print, import summary …);
 * detail must not hold ID or phone numbers.  The children a bulk saved
 * in the open transaction (an import's, a demo's, an unpack's) are linked
 * to this entry: it is the one audit entry of the operation. */
int store_audit_event(struct store *s, const char *action, const char *detail,
    struct err *e);

/* ---- the audit log (who changed what, when) ------------------------- */

/* The latest `limit` audit rows, newest first; fn returning non-zero stops. */
int store_audit_each(struct store *s, size_t limit, audit_fn fn, void *ctx,
    struct err *e);
/* The children an entry (audit_row.entry) added or changed, by class and
 * name — only the scope's classes for a teacher account; erased children
 * are gone from it.  At most `limit` are given to fn; *total (if not NULL)
 * counts them all.  fn returning non-zero stops. */
int store_audit_children(struct store *s, long long entry, size_t limit,
    audit_child_fn fn, void *ctx, size_t *total, struct err *e);

/* ---- lists of children, backwards; marks of a page ------------------ */

/* As store_children_each, in reverse pinyin order: the children before
 * `before` (NULL = from the last one), at most `limit`.  The last page of
 * a list is the first `limit` of this walk. */
int store_children_each_before(struct store *s, const struct child_filter *f,
    const struct child_key *before, size_t limit, child_fn fn, void *ctx,
    struct err *e);
/* The facts behind a list's marks for the children `ids` (n of them), in
 * one query: the last confirmation of each 七清楚 item (NULL never), an
 * active pairing, the newest care date (NULL none).  Borrowed strings;
 * order of the calls is not that of ids. */
typedef int (*child_marks_fn)(void *ctx, const char *id, const char *const confirmed[CHECKLIST_ITEMS],
    int paired, const char *last_care);
int store_children_marks(struct store *s, const char *const *ids, size_t n,
    child_marks_fn fn, void *ctx, struct err *e);
/* As store_children_count, but a search whose exact count would be costly
 * (an ID or phone prefix matching most of the school) may stop counting
 * at max + 1: *n > max then means "more than max".  Others are exact. */
int store_children_count_upto(struct store *s, const struct child_filter *f, size_t max,
    size_t *n, struct err *e);
/* Forget that a query was cancelled (store_was_interrupted), so that the
 * next query of any kind runs (a cancelled background count). */
void store_interrupt_clear(struct store *s);
/* 1 when another process (a CLI import, an unpack) committed to the
 * database since the previous call, else 0; the first call only takes
 * note.  Cheap (PRAGMA data_version): the TUI asks between keys so that
 * its counts follow the file. */
int store_changed_elsewhere(struct store *s);

/* ---- lookups by what a person typed (lookup.c) ----------------------- */

/* The rows a command-line reference names: a whole id or its first 8+
 * characters (for children also the last 8+: imported children share the
 * start of their ids), or (children, helpers) an exact name.  Children and care
 * honour the class scope; `deleted` picks the trash (1) or the register
 * (0).  Fills up to max ids, id matches first; returns how many matched
 * (at most 10), or -1. */
int store_child_lookup(struct store *s, const char *ref, int deleted,
    char (*ids)[UUID_LEN + 1], int max, struct err *e);
int store_helper_lookup(struct store *s, const char *ref, char (*ids)[UUID_LEN + 1],
    int max, struct err *e);
int store_care_lookup(struct store *s, const char *ref, char (*ids)[UUID_LEN + 1],
    int max, struct err *e);
/* One care record within the scope: 0 found (*out filled, care_clear it),
 * 1 none, -1 error. */
int store_care_get(struct store *s, const char *id, struct care *out, struct err *e);
/* Change a care record's helper, date, kind, summary, amount, follow-up
 * (its child stays); audited by the triggers. */
int store_care_update(struct store *s, const struct care *c, struct err *e);

#endif
