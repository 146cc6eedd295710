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
	int site_renewed;	/* app_open gave a copied database its own identity */
};

/* Fill defaults: db path from --db / GUANAI_DB / XDG, actor = OS user. */
void app_init(struct app *a, const char *db_path);
/* Open (or create) the database and set the audit actor. */
int app_open(struct app *a, enum store_open_mode mode, struct err *e);
void app_close(struct app *a);
/* Why a copied or restored database got a new site identity at open
 * (a->site_renewed), translated; borrowed. */
const char *app_site_renewed_note(void);
/* The OS user name ("unknown" when none); borrowed. */
const char *app_os_user(void);

#endif
