/* records.h — the register's records besides the child's own (struct record,
 * guanai/core/field.h): the school, a class, a helper, a pairing, an act of
 * care, a line of the audit log; the filter and the paging key of a list of
 * children; the callbacks of the walks over them.  The store fills them,
 * the application hands them to the front ends (src/core/records.c frees
 * and copies them). */
#ifndef GUANAI_CORE_RECORDS_H
#define GUANAI_CORE_RECORDS_H

#include "guanai/core/visible.h"

#include <stddef.h>

#include "guanai/base/uuid.h"
#include "guanai/core/field.h"

struct school {
	char *name, *code, *township, *county;
	char *year_start;	/* ISO date of the current school year's start */
};
void school_clear(struct school *sc);

struct class_info {
	char id[UUID_LEN + 1];
	int grade, number;
	int enrolled;			/* pupils in the class, 0 = unknown */
	char head_teacher_id[UUID_LEN + 1];	/* helper, "" when none */
	int children;			/* children on the register (not deleted) */
};

/* Filter shared by lists, exports, prints, packs. */
struct child_filter {
	int grade;		/* 0 = any */
	int class_no;		/* 0 = any */
	const char *search;	/* name fragment, pinyin, initials, ID or phone fragment */
	int deleted;		/* 0 = the register, 1 = the trash */
	const char *name;	/* exact name, NULL = any (show NAME) */
	/* NULL: each record complete; else only the fields with fields[id]
	 * set are read, the others left NULL (a list's rows: fewer columns
	 * to prepare and read) */
	const unsigned char *fields;
};

/* Keyset position for paging in pinyin order.  A walk hands out keys;
 * keep a copy (child_key_copy) and pass it back as `after`. */
struct child_key {
	char *sort_key;		/* NULL = from the start */
	char id[UUID_LEN + 1];	/* the child at this position */
	long long seq;		/* its local search number (search walks) */
};
/* Free the sort key; copy a key (the callback's key is borrowed). */
void child_key_clear(struct child_key *k);
void child_key_copy(struct child_key *dst, const struct child_key *src);

/* A walk over children hands each one to a callback: a borrowed record
 * and its position; a non-zero return stops the walk. */
typedef int (*child_fn)(void *ctx, const struct record *r, const struct child_key *key);

struct helper {
	char id[UUID_LEN + 1];
	char *name, *kind, *phone, *organisation, *notes;
	int active_children;	/* filled by lists */
};
void helper_clear(struct helper *h);
/* Deep copy (the callbacks lend their strings); free with *_clear. */
void helper_copy(struct helper *dst, const struct helper *src);

struct pairing {
	char id[UUID_LEN + 1];
	char child_id[UUID_LEN + 1], helper_id[UUID_LEN + 1];
	char *child_name, *helper_name;	/* filled by lists */
	char *role, *start, *end, *notes;	/* end NULL = active */
};
void pairing_clear(struct pairing *p);
void pairing_copy(struct pairing *dst, const struct pairing *src);

struct care {
	char id[UUID_LEN + 1];
	char child_id[UUID_LEN + 1];
	char helper_id[UUID_LEN + 1];	/* "" = none */
	char *child_name, *helper_name;	/* filled by lists */
	char *date, *kind, *summary, *follow_up;
	double amount;			/* yuan, aid/gift; 0 = none */
	char *group_id;			/* shared by a group activity's rows, or NULL */
};
void care_clear(struct care *c);
void care_copy(struct care *dst, const struct care *src);

typedef int (*helper_fn)(void *ctx, const struct helper *h);
typedef int (*pairing_fn)(void *ctx, const struct pairing *p);
typedef int (*care_fn)(void *ctx, const struct care *c);

struct audit_row {
	char *at, *actor, *action, *tbl, *row_id, *col, *old, *new_value;
	char *detail;		/* an event's own words (file, counts), or NULL */
	char *child_name;	/* the child of a child/parent/guardian row, or NULL */
	char *relation;		/* "father" / "mother" for a parent row, or NULL */
	long long entry;	/* the entry's number (store_audit_children) */
	int linked;		/* an import's, demo's or unpack's entry with children */
};
void audit_row_clear(struct audit_row *r);

typedef int (*audit_fn)(void *ctx, const struct audit_row *r);

/* One child an import (demo, unpack) entry added or changed. */
struct audit_child {
	const char *id, *name;
	int grade, class_no;	/* 0 when the class is gone */
	int added;		/* 1 added, 0 changed */
	int in_trash;
};
typedef int (*audit_child_fn)(void *ctx, const struct audit_child *c);

/* ---- USB exchange (DESIGN.md §7) ------------------------------------- */

/* What a package holds. */
struct sync_export_info {
	size_t children;	/* child rows packed */
	size_t rows;		/* all rows packed */
	char site[UUID_LEN + 1];
	long long seq;
};

/* What a merge did. */
struct sync_stats {
	size_t new_children, updated_children;
	size_t new_rows, updated_rows;	/* all tables, children included */
	size_t conflicts;
	size_t skipped;		/* rows of classes this user may not change */
	int already;		/* the package (or a newer one) was merged before */
	char actor[64];		/* who packed it (account, else the OS user) */
	char account[64];	/* the signed-in account that packed it, "" none */
	char school[128];	/* the school it comes from, "" when not said */
	char packed_at[24];
};

/* One field changed on both PCs since their last exchange. */
struct sync_conflict {
	char id[UUID_LEN + 1];
	char row_id[UUID_LEN + 1];
	const char *tbl, *col;		/* table and column code names */
	const char *child_name;		/* the child concerned, NULL if none */
	const char *relation;		/* parent rows: father or mother */
	const char *mine, *theirs;	/* values as text, NULL = empty */
	const char *their_actor, *their_at;
	/* who changed mine and when (UTC), from this PC's audit log: the
	 * last edit of the field, or the import or unpack that changed the
	 * child, before the conflict; NULL when the log does not say */
	const char *mine_actor, *mine_at;
	const char *resolution;		/* auto_mine auto_theirs mine theirs */
	const char *resolved_at;	/* NULL: waiting for a person */
};
typedef int (*sync_conflict_fn)(void *ctx, const struct sync_conflict *c);

#endif
