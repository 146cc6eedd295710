/* app.h — the context shared by both front ends, and its life cycle.
 *
 * `struct app` is passed down instead of globals (STYLE.md habit 12).  The
 * use cases (import, export, print, pack, confirm-checklist …) live in
 * src/app/ with one header each and take a `struct app *`. */
#ifndef GUANAI_APP_H
#define GUANAI_APP_H

#include "guanai/app/visible.h"

#include "guanai/base/err.h"

struct store;

enum app_open_mode {
	APP_OPEN_EXISTING,	/* refuse a missing file (ERR_IO, says to run init) */
	APP_OPEN_CREATE,	/* create (and its folder) when missing */
};

struct app {
	char *db_path;		/* the database file in use */
	struct store *store;	/* NULL until app_open() */
	char *actor;		/* signed-in user, else the OS user */
	char *role;		/* "head" / "teacher" when signed in, else NULL */
	int ascii_only;		/* draw #.~ instead of ■□▣… */
	int lock_held;		/* lock_fd holds the database's lock (fs_lock_*) */
	int lock_fd;
	int site_renewed;	/* app_open gave a copied database its own identity */
	/* Called (when set) before app_open prepares a copied database for
	 * USB packages, which takes a while for a large school: the front
	 * end says app_site_split_note(). */
	void (*on_split)(void);
};

/* Fill defaults: db path from --db / GUANAI_DB / XDG, actor = OS user. */
void app_init(struct app *a, const char *db_path);
/* Open (or create) the database and set the audit actor.  Holds the
 * database's lock shared until app_close (restore refuses meanwhile);
 * waits a few seconds while a restore runs, then fails. */
int app_open(struct app *a, enum app_open_mode mode, struct err *e);
void app_close(struct app *a);
/* Let go of the database's lock (after the database is closed for good or
 * handed to restore). */
void app_unlock(struct app *a);
/* Why a copied or restored database got a new site identity at open
 * (a->site_renewed), translated; borrowed. */
const char *app_site_renewed_note(void);
/* What a->on_split says, translated; borrowed. */
const char *app_site_split_note(void);
/* Close the database only; the context stays (app_open opens it again). */
void app_db_close(struct app *a);
/* The OS user name ("unknown" when none); borrowed. */
const char *app_os_user(void);
/* The database file actually open (after the store's own resolution). */
const char *app_db_path(const struct app *a);

/* ---- long queries and other writers (the TUI between keys) --------- */

/* Called every ~1000 SQLite steps of any query; a non-zero return cancels
 * it (ERR_IO "cancelled").  NULL removes it. */
void app_set_progress(struct app *a, int (*fn)(void *ctx), void *ctx);
/* Whether the last list query was cancelled; app_interrupt_clear forgets
 * it so that the next query of any kind runs. */
int app_was_interrupted(const struct app *a);
void app_interrupt_clear(struct app *a);
/* 1 when another process committed to the database since the previous
 * call (the first call only takes note); cheap. */
int app_changed_elsewhere(struct app *a);

#endif
