/* sync.h — the rows that travel in a USB package, and their field-by-field
 * merge (DESIGN.md §7).  Store layer: it speaks SQL but not the package
 * file format (the app layer carries records between this and package.h).
 *
 * Payload: a stream of records (lists of cells, a cell NULL or text):
 *
 *   ["guanai-sync", "1", SITE, SEQ, ACTOR, PACKED_AT, WHAT, SCHOOL, ACCOUNT]
 *                                      first, once; WHAT is "all" or the
 *                                      classes packed ("3-1 3-2"); SCHOOL and
 *                                      ACCOUNT (the signed-in account, "" when
 *                                      none) are absent from older packages
 *   ["cols", TABLE, COL1 … COLn]       the columns of TABLE's rows that follow
 *   ["row", TABLE, ID, CREATED_AT, UPDATED_AT, V1 … Vn]
 *   ["base", TABLE, ID, PEER, PEER_SEQ, V1 … Vn]        after its "row", 0+
 *   ["end", ROWS]                      last: the number of "row" records
 *
 * SITE is the sending database's random site id, SEQ its local exchange
 * clock (one tick per pack and per unpack).  A value Vi is NULL, or "i"
 * + an integer, "r" + a real, "t" + text (the SQLite type kept); in a
 * "base" record "?" means unknown.  Tables travel in the order helper,
 * class, child, parent, guardian, pairing, care, checklist_confirm (so
 * references resolve), soft-deleted rows included (deleted_at is a field
 * like the others); derived columns (pinyin, sort key, search terms) are
 * rebuilt by the receiver.
 *
 * The merge is three-way per field.  The base of a row is what both PCs
 * last agreed on: either what this database last received from the sender
 * (table sync_base, stamped with this database's clock), or what the sender
 * last received from this database (a "base" record naming this site,
 * stamped with this database's clock at that pack, or naming a site this
 * database is a copy of, up to the copy: src/store/sync-split.c) — the
 * more recent one.
 * A field changed on one side only takes that side; changed on both sides
 * (or with no base at all) it is a conflict: the newer row wins for now and
 * the conflict is queued (mine, theirs, who, when) for a person to settle.
 * A package from a peer is applied once: an older or the same package
 * again changes nothing.  Classes match by (grade, number), a father or
 * mother by (child, relation), a primary guardian by child: the same thing
 * created on both PCs merges instead of doubling. */
#ifndef GUANAI_SYNC_H
#define GUANAI_SYNC_H

#include "guanai/store/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"
#include "guanai/base/uuid.h"
#include "guanai/core/records.h"
#include "guanai/store/store.h"

#define SYNC_FORMAT "1"

/* Hand one record to the package writer; non-zero stops the export. */
typedef int (*sync_emit_fn)(void *ctx, const char *const *cells, size_t n,
    struct err *e);


/* Emit every row of class G-N (grade 0 = every class this user may see;
 * a teacher account is limited to its classes by the store's scope) and
 * what they need.  Ticks the clock.  ERR_USAGE when the class does not
 * exist or is not the user's. */
int store_sync_export(struct store *s, int grade, int class_no, sync_emit_fn emit,
    void *ctx, struct sync_export_info *info, struct err *e);

/* At open: a database whose site identity was minted in another place
 * (a copy onto a second PC, a restored backup: another machine or file)
 * gets a new identity, so that the copy and the original are two sites
 * that exchange packages, not one that refuses its own; it keeps the
 * original as a peer seen up to the copy, with every row as their agreed
 * base (sync-split.c), so that their first exchange is a three-way merge.
 * *renewed = 1 when that happened (tell the user).  A database without an
 * identity gets one here, where it was made.  A read-only database is
 * left as it is (the caller ignores the error).  before_split (may be
 * NULL) is called just before the base is written: that takes seconds to
 * a minute for a large school, so the front end says why it waits. */
int store_site_check(struct store *s, void (*before_split)(void *ctx), void *ctx,
    int *renewed, struct err *e);

/* ---- conflicts --------------------------------------------------------- */


struct sync_merge;
/* Start a merge: one transaction, bulk mode (one audit row per child). */
int store_sync_merge_new(struct sync_merge **out, struct store *s, struct err *e);
/* Feed the records of a package, in order. */
int store_sync_merge_record(struct sync_merge *m, const char *const *cells, size_t n,
    struct err *e);
/* Be told of each conflict as the merge finds it (also in a preview). */
void store_sync_merge_on_conflict(struct sync_merge *m, sync_conflict_fn fn, void *ctx);
/* Finish: commit (or, for a preview, roll back) and fill *st; frees *m.
 * On failure everything is rolled back. */
int store_sync_merge_finish(struct sync_merge **m, int commit, struct sync_stats *st,
    struct err *e);
/* Abandon a merge (rolls back); NULL allowed. */
void store_sync_merge_free(struct sync_merge **m);

/* ---- the conflict queue (src/store/conflict.c) --------------------- */

/* The conflicts, newest first; open_only = those no person settled yet.
 * Borrowed strings, valid during the callback. */
int store_conflicts_each(struct store *s, int open_only, sync_conflict_fn fn,
    void *ctx, struct err *e);
/* Settle one conflict: keep mine (theirs = 0) or take theirs (1); the row
 * gets the chosen value (an ordinary, audited edit).  1 when no such
 * conflict. */
int store_conflict_resolve(struct store *s, const char *id, int theirs, struct err *e);

#endif
