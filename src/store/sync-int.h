/* sync-int.h — what sync.c (export, shared), sync-merge.c (rows) and
 * sync-apply.c (start and finish of a merge) share.  Private to src/store/. */
#ifndef GUANAI_SYNC_INT_H
#define GUANAI_SYNC_INT_H

#include "guanai/store/sync.h"
#include "store-int.h"

/* A table that travels, with the rows of the chosen classes (the classes
 * are in temp.sync_classes) and its natural key, if any. */
struct sync_table {
	const char *name;
	const char *scope;	/* WHERE clause selecting the rows to pack */
	const char *natural;	/* SQL: the local id of the same thing, or NULL */
	const char *natural_cols[2];	/* the incoming columns bound to it */
	const char *skip[4];	/* derived columns that never travel */
};

extern const struct sync_table sync_tables[];
const struct sync_table *sync_table_find(const char *name);

/* The columns of a table that travel, in table order; caller frees with
 * sync_strv_free. */
int sync_table_cols(struct store *s, const struct sync_table *t, char ***cols,
    size_t *n, struct err *e);
void sync_strv_free(char **v, size_t n);

/* A column value as a typed cell ("i…", "r…", "t…", NULL); caller frees. */
char *sync_value(sqlite3_stmt *st, int col);
/* Bind a typed cell. */
int sync_bind_value(sqlite3_stmt *st, int i, const char *v);
/* The value shown to a person: the text without its type. */
const char *sync_value_text(const char *v);

/* sync_base.data: the typed values of cols as one string; caller frees. */
char *sync_base_encode(char *const *cols, char *const *vals, size_t n);
/* Decode data into vals aligned to cols; a column not in data gets
 * SYNC_UNKNOWN.  vals[] strings are the caller's (SYNC_UNKNOWN is not). */
int sync_base_decode(const char *data, char *const *cols, char **vals, size_t n);
extern char sync_unknown_marker[];
#define SYNC_UNKNOWN sync_unknown_marker

/* Create the sync tables when missing; this database's site id. */
int sync_ensure(struct store *s, struct err *e);
int sync_site(struct store *s, char site[UUID_LEN + 1], struct err *e);
/* Tick and return the exchange clock. */
int sync_tick(struct store *s, long long *clock, struct err *e);

/* ---- a copy and its original (sync-split.c) ---------------------------- */

/* A site this database was a copy of, up to that site's clock `seq`. */
struct sync_origin {
	char site[UUID_LEN + 1];
	long long seq;
};

/* Inside a transaction, as the copy takes its own identity: `origin` (the
 * site id it had) becomes an origin and a peer seen up to `clock`, and
 * every row the base agreed with it at that clock. */
int sync_split_record(struct store *s, const char *origin, long long clock,
    struct err *e);
/* The origins of this database; *out is the caller's (free). */
int sync_origins_load(struct store *s, struct sync_origin **out, size_t *n,
    struct err *e);

/* ---- a merge in progress (sync-merge.c, sync-apply.c) ----------------- */

/* The table whose rows are arriving. */
struct sync_mtable {
	const struct sync_table *t;	/* NULL: unknown here, rows skipped */
	char **cols;
	size_t n;
	int *local;			/* cols[i] exists in this database */
	int nat[2];			/* indexes of the natural key columns */
	int class_col, child_col, deleted_col;
	sqlite3_stmt *mine, *ins, *upd, *natural;
	/* the table had no row when its section began (a first unpack): a
	 * row's id is looked for only there (a package holds each id once) */
	int was_empty;
};

/* The row being merged (its "base" records may follow it). */
struct sync_pending {
	int active;
	char id[UUID_LEN + 1];
	char *created, *updated;
	char **theirs;
	char **pbase;			/* the sender's base for this site */
	long long pseq;
};

struct sync_classmap {
	char theirs[UUID_LEN + 1], mine[UUID_LEN + 1];
};

struct sync_merge {
	struct store *s;
	int began;
	char site[UUID_LEN + 1], peer[UUID_LEN + 1];
	long long peer_seq, clock;
	/* the sites this database was copied from (sync-split.c) */
	struct sync_origin *origins;
	size_t norigins;
	int meta, ended, already;
	size_t rows;
	struct sync_mtable cur;
	struct sync_pending p;
	struct sync_classmap *map;
	size_t nmap;
	sqlite3_stmt *base_get, *base_put, *conflict_ins;
	/* the children touched (a row of theirs written), each once: a hash
	 * set in memory (it was a temporary table, 8% of an unpack) */
	struct sync_touched {
		char **id;
		unsigned char *is_new;
		size_t n, cap;
		size_t *slot;	/* index + 1, 0 empty; nslot a power of 2 */
		size_t nslot;
	} touched;
	/* the classes the package says it holds ("all": every class) */
	int decl_all;
	int (*decl)[2];
	size_t ndecl;
	char decl_text[128];
	sync_conflict_fn on_conflict;
	void *on_conflict_ctx;
	struct sync_stats st;
};

/* Prepare a private statement (finalized by the caller). */
int sync_prep(struct sync_merge *m, const char *sql, sqlite3_stmt **st, struct err *e);
/* Free the set of children touched. */
void sync_touched_clear(struct sync_touched *t);
/* Forget the current table and pending row. */
void sync_table_clear(struct sync_merge *m);

#endif
