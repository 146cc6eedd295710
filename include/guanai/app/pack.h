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
#define PACK_MIN_PASSPHRASE 8
/* Shortest all-digit passphrase: 6 to 11 digits fall to a search of every
 * number in hours to days on one PC, even through argon2id. */
#define PACK_MIN_DIGITS 12

/* Is this passphrase good enough for a package (or a backup) that leaves
 * the PC on a stick?  0 yes; -1 with e (ERR_USAGE) saying why — too short,
 * only a few digits (a PIN), one character or one piece repeated, a run
 * such as 12345678 or abcdefgh, a common choice such as password or
 * 5201314 with digits around it — and offering a generated one. */
int app_passphrase_check(const char *passphrase, struct err *e);
/* A new random passphrase a teacher can read out on the phone: four
 * groups of four digits, "3819-0472-5566-1290".  Digits, because they are
 * said the same way in every dialect with nothing to spell (no letters to
 * tell apart, no tones), and type the same whatever input method is on;
 * 16 random digits are 53 bits, which argon2id at about 0.06 s a guess
 * puts beyond any school's attacker.  Caller frees. */
char *app_passphrase_new(void);

/* Progress: records done so far (the TUI's progress bar); non-zero stops. */
typedef int (*pack_progress_fn)(void *ctx, size_t done);

/* Write class G-N (grade 0 = every class the user may see) to `path`,
 * encrypted with `passphrase`; read back and verified before it takes the
 * name.  *info gets the counts. */
int app_pack(struct app *a, const char *path, const char *passphrase, int grade,
    int class_no, pack_progress_fn progress, void *pctx,
    struct sync_export_info *info, struct err *e);

/* Before a passphrase is asked for: is `path` a package at all (its header
 * alone)?  0 yes; -1 with e naming the file and why not (not a guanai
 * package, empty, cut short, damaged, made by a newer version). */
int app_unpack_check(const char *path, struct err *e);

/* Decrypt, check and merge `path`; with preview nothing is kept.  Each
 * conflict found is shown to on_conflict (may be NULL). */
int app_unpack(struct app *a, const char *path, const char *passphrase, int preview,
    sync_conflict_fn on_conflict, void *cctx, pack_progress_fn progress, void *pctx,
    struct sync_stats *st, struct err *e);

/* The translated label of a conflict's field ("Father's phone" …); the
 * column name when unknown.  Borrowed. */
const char *app_conflict_label(const struct sync_conflict *c);
/* Where a package comes from, for a person: "太平山镇中心小学 · 王老师" (the
 * school, then the account, else the OS user that packed it); caller frees. */
char *app_unpack_origin(const struct sync_stats *st);
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
