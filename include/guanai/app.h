/* app.h — the context shared by both front ends, and its life cycle.
 *
 * `struct app` is passed down instead of globals (STYLE.md habit 12).  The
 * use cases (import, export, print, pack, confirm-checklist …) live in
 * src/app/ with one header each and take a `struct app *`. */
#ifndef GUANAI_APP_H
#define GUANAI_APP_H

#include "guanai/err.h"
#include "guanai/store.h"

struct app {
	char *db_path;		/* the database file in use */
	struct store *store;	/* NULL until app_open() */
	char *actor;		/* signed-in user, else the OS user */
	char *role;		/* "head" / "teacher" when signed in, else NULL */
	int ascii_only;		/* draw #.~ instead of ■□▣… */
	int lock_held;		/* lock_fd holds the database's lock (fs_lock_*) */
	int lock_fd;
};

/* Fill defaults: db path from --db / GUANAI_DB / XDG, actor = OS user. */
void app_init(struct app *a, const char *db_path);
/* Open (or create) the database and set the audit actor.  Holds the
 * database's lock shared until app_close (restore refuses meanwhile);
 * waits a few seconds while a restore runs, then fails. */
int app_open(struct app *a, enum store_open_mode mode, struct err *e);
void app_close(struct app *a);
/* Let go of the database's lock (after store_close, when the database is
 * closed for good or handed to restore). */
void app_unlock(struct app *a);
/* The OS user name ("unknown" when none); borrowed. */
const char *app_os_user(void);

#endif
