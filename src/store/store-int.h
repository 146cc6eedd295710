/* store-int.h — what the files of src/store/ share: the connection, the
 * statement cache and the error translation.  Private to src/store/. */
#ifndef GUANAI_STORE_INT_H
#define GUANAI_STORE_INT_H

#include <sqlite3.h>
#include <time.h>

#include "guanai/base/date.h"
#include "guanai/core/pinyin.h"
#include "guanai/store/store.h"

#define STORE_CACHE 24

struct store_cached {
	char *sql;
	size_t len;		/* strlen(sql) */
	const char *key;	/* the caller's pointer of the last hit: tried first */
	sqlite3_stmt *st;
	unsigned long used;
	int busy;		/* a walk is stepping it: neither reused nor evicted */
};

struct store {
	sqlite3 *db;
	char *path;
	char *actor;
	int readonly;		/* opened read-only: a 0444 file or a read-only folder */
	int tx_depth;
	int tx_failed;		/* an inner level rolled back: the outer commit fails */
	int bulk;		/* > 0: triggers skip their per-row audit */
	int triggers_off;	/* bulk mode turned the triggers off */
	/* a bulk into an empty register dropped the list-order indexes:
	 * their CREATE statements, run again at the outermost commit */
	char *late_index;
	int interrupted;
	int data_version;	/* PRAGMA data_version last seen (0: not yet) */
	int scoped;		/* temp.scope holds the visible classes */
	int scope_made;		/* temp.scope exists (store_scope_ready) */
	int scope_in_tx;	/* ... made inside the open transaction: a rollback undoes it */
	int *scope_g, *scope_n;	/* the teacher's classes as given (scoped) */
	size_t nscope;
	int (*progress)(void *);
	void *progress_ctx;
	unsigned long clock;
	struct store_cached cache[STORE_CACHE];
	char *child_cols;	/* SELECT list of a struct record, built once */
	char *some_cols;	/* SELECT list of the fields some_set[] (a list's row) */
	unsigned char some_set[FIELD_COUNT];
	char *entity_sql[5][2];	/* INSERT/UPDATE of each entity, built once */
	/* bulk mode: children whose search terms wait (search.c), added by
	 * store_search_flush at the outermost commit */
	size_t npending;
	struct search_pending *pend;
	/* bulk mode: new row ids are one random base plus a sequence number
	 * (store_new_id), so the UUID indexes grow at one place */
	char id_text[UUID_LEN + 1];	/* the base: its first 19 characters used */
	unsigned long long id_lo;
	int id_ready;
	/* bulk mode inside a transaction: the id of each class found or made
	 * by store_class_ensure, [(grade - 1) * 99 + number - 1] ("" unknown);
	 * NULL outside (store_class_forget) */
	char (*class_ids)[UUID_LEN + 1];
	/* bulk mode: the children saved in the open transaction, each its
	 * row number * 2 + 1 when changed (+ 0 added): 8 bytes a child, so
	 * that sorting puts "added" first; linked to the operation's audit
	 * entry by store_audit_event (audit.c); forgotten at a rollback */
	sqlite3_int64 *links;
	size_t nlinks, alinks;
	/* store_time: the second last formatted, and its text */
	time_t now_t;
	int now_set;
	char now_text[DATE_UTC_SIZE];
};

/* Forget the classes store_class_ensure remembered during a bulk: at the
 * bulk's begin and end, a rollback and the outermost commit (class.c). */
void store_class_forget(struct store *s);

/* A child row a bulk added (is_new) or changed, for the operation's one
 * audit entry; links_drop forgets them (rollback, close). */
void store_audit_link(struct store *s, sqlite3_int64 child_rowid, int is_new);
void store_audit_links_drop(struct store *s);
/* A child about to be erased: its row number cut out of every entry's
 * runs (it may be given to the next child added). */
int store_audit_unlink(struct store *s, sqlite3_int64 child, struct err *e);

/* Schema: create or migrate to the newest version (schema.c). */
int store_migrate(struct store *s, struct err *e);

/* Turn an SQLite result code into a translated err (ERR_IO unless
 * the cause is the input).  `what` names the operation; returns -1. */
int store_fail(struct store *s, int rc, const char *what, struct err *e);
/* Prepare (or reuse) a statement for this SQL text, reset and cleared.
 * The statement stays owned by the cache. */
sqlite3_stmt *store_stmt(struct store *s, const char *sql, struct err *e);
/* Mark a cached statement as stepped by a walk whose callback may use the
 * store, and release it. */
void store_stmt_hold(struct store *s, sqlite3_stmt *st, int busy);
/* Execute SQL without results (schema, pragmas, BEGIN/COMMIT). */
int store_exec(struct store *s, const char *sql, struct err *e);
/* Bind text, NULL for NULL or "". */
int store_bind_text(sqlite3_stmt *st, int i, const char *v);
/* The same, not copied: v must stay as it is until the statement's last
 * step (and the next store_stmt of it clears the binding).  For the rows
 * a bulk writes a child, whose copy and free were ~250 instructions a
 * value. */
int store_bind_static(sqlite3_stmt *st, int i, const char *v);
/* Copy of a text column, NULL for NULL. */
char *store_col_text(sqlite3_stmt *st, int i);
/* Copy a text column into a fixed UUID buffer ("" for NULL). */
void store_col_id(sqlite3_stmt *st, int i, char out[UUID_LEN + 1]);
/* Step a statement that returns no rows; 0 or -1 + e. */
int store_step_done(struct store *s, sqlite3_stmt *st, const char *what, struct err *e);
/* A new row id: uuid_new() outside bulk mode; in bulk mode the ids of one
 * bulk share 60 random bits and continue a random 62-bit sequence, still
 * in the version-4 layout (unique between PCs like any random UUID, but
 * inserted side by side in every index keyed by id). */
void store_new_id(struct store *s, char out[UUID_LEN + 1]);
/* Now as an ISO UTC timestamp. */
void store_now(char out[DATE_UTC_SIZE]);
/* The same, its text made once a second (for the rows of a bulk). */
void store_time(struct store *s, char out[DATE_UTC_SIZE]);

/* Every reading of a name (pinyin_each, at most PINYIN_MAX_READINGS),
 * read once by store_child_save: the first is the name's full pinyin and
 * initials, all of them its search terms (one parse of the name instead
 * of four in an import: bench/README.md). */
struct store_readings {
	char *full[PINYIN_MAX_READINGS];
	char *initials[PINYIN_MAX_READINGS];
	size_t n;
};
void store_readings_get(struct store_readings *rd, const char *name);
void store_readings_clear(struct store_readings *rd);

/* Search side table (search.c): remove the terms of one child as stored
 * now (before a change), add them (after; gives the child its seq). */
int store_search_remove(struct store *s, const char *child_id, struct err *e);
int store_search_add(struct store *s, const char *child_id, struct err *e);
/* Bulk mode: the terms of a child just saved (from the values written:
 * name, initials, full pinyin, sort key; num = the child's ID number and
 * the father's, mother's and guardian's phones) wait in memory and sorted
 * runs of a temporary file; flush adds them all, in key order, at the
 * outermost commit; drop forgets them (rollback) and frees. */
int store_search_pend(struct store *s, const char *child_id, int is_new,
    const char *name, const char *initials, const char *pinyin, const char *sort_key,
    const char *const num[4], const struct store_readings *rd, struct err *e);
int store_search_flush(struct store *s, struct err *e);
void store_search_drop(struct store *s);
/* A child about to be erased: its pending terms (if any) are dropped. */
int store_search_forget(struct store *s, const char *child_id, struct err *e);
/* After changing a child's name, ID or phones directly (not through
 * store_child_save): index it again under a new local number. */
int store_search_reindex(struct store *s, const char *child_id, struct err *e);
/* Registers guanai_pinyin(q, name, initials_too) on the connection (once):
 * 1 when a reading of the name (pinyin_each, as indexed) has a full pinyin
 * — or, initials_too, initials — starting with q.  A broad pinyin search
 * walking the list tests the children on it when the stored (likeliest)
 * reading does not match. */
int store_search_pinyin_ready(struct store *s, struct err *e);
/* Schema step 3 (inside its transaction): every child's pinyin, initials
 * and sort key read again from its name, and every child indexed under
 * every reading of its name. */
int store_search_migrate(struct store *s, struct err *e);

/* The joins that give a child row `c` its class `k`, father `f`, mother
 * `m` and primary guardian `g`. */
#define STORE_CHILD_JOINS \
	" JOIN class k ON k.id = c.class_id" \
	" LEFT JOIN parent f ON f.child_id = c.id AND f.relation = 'father'" \
	" AND f.deleted_at IS NULL" \
	" LEFT JOIN parent m ON m.child_id = c.id AND m.relation = 'mother'" \
	" AND m.deleted_at IS NULL" \
	" LEFT JOIN guardian g ON g.child_id = c.id AND g.is_primary = 1" \
	" AND g.deleted_at IS NULL"

/* Make temp.scope (the signed-in teacher's classes) if it is not made
 * yet: store_stmt and store_exec do it for a statement naming it, at its
 * first use rather than at every open (creating a table is a tenth of a
 * first paint's SQL).  0, or -1 with e set. */
int store_scope_ready(struct store *s, struct err *e);

/* One audit row written by the application (bulk mode, events). */
int store_audit_row(struct store *s, const char *action, const char *tbl,
    const char *row_id, const char *detail, struct err *e);

/* Child columns for a struct record (child-record.c): c.id, c.updated_at,
 * c.sort_key, then the fields in table order — every field, or (set not
 * NULL) only those with set[id] != 0.  store_child_row reads them back
 * from column `first` (the fields left out become NULL) and returns the
 * column after them. */
const char *store_child_cols(struct store *s, const unsigned char *set);
int store_child_row(sqlite3_stmt *st, int first, struct record *r,
    const unsigned char *set);

#endif
