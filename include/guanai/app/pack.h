/* pack.h — the USB package use cases shared by the CLI and the TUI:
 * pack the chosen classes into an encrypted file, preview or merge a
 * package, show conflicts, find the mounted USB sticks.
 *
 * The passphrase is the caller's business (the CLI asks on the terminal,
 * reads --passphrase-file or GUANAI_PASSPHRASE; the TUI has a dialog).
 * Functions return 0 or -1 with `e` set; a refused package changes nothing. */
#ifndef GUANAI_PACK_H
#define GUANAI_PACK_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/err.h"
#include "guanai/core/records.h"

/* Shortest passphrase accepted for a new package, in characters. */
#define PACK_MIN_PASSPHRASE 6

/* Progress: records done so far (the TUI's progress bar); non-zero stops. */
typedef int (*pack_progress_fn)(void *ctx, size_t done);

/* Write class G-N (grade 0 = every class the user may see) to `path`,
 * encrypted with `passphrase`; read back and verified before it takes the
 * name.  *info gets the counts. */
int app_pack(struct app *a, const char *path, const char *passphrase, int grade,
    int class_no, pack_progress_fn progress, void *pctx,
    struct sync_export_info *info, struct err *e);

/* Decrypt, check and merge `path`; with preview nothing is kept.  Each
 * conflict found is shown to on_conflict (may be NULL). */
int app_unpack(struct app *a, const char *path, const char *passphrase, int preview,
    sync_conflict_fn on_conflict, void *cctx, pack_progress_fn progress, void *pctx,
    struct sync_stats *st, struct err *e);

/* The translated label of a conflict's field ("Father's phone" …); the
 * column name when unknown.  Borrowed. */
const char *app_conflict_label(const struct sync_conflict *c);
/* A conflict's value (c->mine or c->theirs) as a person reads it: enum
 * labels translated; ID and phone numbers masked when `masked`.  Caller
 * frees. */
char *app_conflict_value(const struct sync_conflict *c, const char *value, int masked);

/* Mounted removable media: the folders under /media/USER and
 * /run/media/USER (under `root` when not NULL, for tests), sorted.
 * Returns the count; *dirs is the caller's (app_media_free). */
size_t app_media_list(const char *root, const char *user, char ***dirs);
/* The files at the top of a stick's folder, packages (.gak) first, then by
 * name; freed with app_media_free. */
size_t app_media_files(const char *dir, char ***files);
void app_media_free(char **dirs, size_t n);

/* The USB merge's conflict queue, newest first; open_only = those no
 * person settled yet (borrowed strings).  Settle one: keep mine
 * (theirs = 0) or take theirs; 1 when there is no such conflict. */
int app_conflicts_each(struct app *a, int open_only, sync_conflict_fn fn, void *ctx,
    struct err *e);
int app_conflict_resolve(struct app *a, const char *id, int theirs, struct err *e);

#endif
