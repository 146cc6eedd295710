/* app.c — life cycle of struct app: database path, actor, open/close. */
#include "config.h"

#include <stdlib.h>

#include "guanai/app/app.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/store/store.h"
#include "guanai/store/sync.h"

const char *
app_os_user(void)
{
	/* asked once: the name does not change while the program runs */
	static char *name;

	if (name == NULL)
		name = plat_user_name();
	return name;
}

void
app_init(struct app *a, const char *db_path)
{
	a->db_path = db_path != NULL ? xstrdup(db_path) : fs_default_db_path();
	a->store = NULL;
	a->actor = xstrdup(app_os_user());
	a->role = NULL;
	a->ascii_only = getenv("GUANAI_ASCII") != NULL;
	a->site_renewed = 0;
	a->on_split = NULL;
	a->lock_held = 0;
	a->lock_fd = -1;
}

/* The shared lock that tells restore the database is in use. */
static int
hold_lock(struct app *a, struct err *e)
{
	if (a->lock_held)
		return 0;
	a->lock_fd = fs_lock_open(a->db_path);
	if (a->lock_fd < 0)
		return 0;	/* a read-only folder with no lock file: nothing to guard */
	if (fs_lock_take(a->lock_fd, 0, 10000) != 0) {
		plat_close(a->lock_fd);
		a->lock_fd = -1;
		err_set(e, ERR_IO, _("%s is being restored from a backup; try again "
		    "in a moment"), a->db_path);
		return -1;
	}
	a->lock_held = 1;
	return 0;
}

void
app_unlock(struct app *a)
{
	if (!a->lock_held)
		return;
	plat_close(a->lock_fd);
	a->lock_fd = -1;
	a->lock_held = 0;
}

static void
split_notice(void *ctx)
{
	struct app *a = ctx;

	if (a->on_split != NULL)
		a->on_split();
}

int
app_open(struct app *a, enum app_open_mode mode, struct err *e)
{
	struct err ignored = { 0, "" };
	int renewed = 0;
	char *dir;

	/* the lock first: a database being restored is not opened */
	if (hold_lock(a, e) != 0)
		return -1;
	/* temporary files a killed guanai left beside the database */
	dir = fs_dirname(a->db_path);
	fs_sweep_temps(dir);
	free(dir);
	if (store_open(&a->store, a->db_path, mode == APP_OPEN_CREATE ?
	    STORE_OPEN_CREATE : STORE_OPEN_EXISTING, e) != 0)
		return -1;
	if (hold_lock(a, e) != 0) {	/* a new folder: now it exists */
		store_close(&a->store);
		return -1;
	}
	store_set_actor(a->store, a->actor);
	/* a copy onto another PC or a restored backup: its own site identity
	 * (a database that cannot be written keeps the old one: ignored) */
	if (store_site_check(a->store, split_notice, a, &renewed, &ignored) == 0)
		a->site_renewed = renewed;
	return 0;
}

const char *
app_site_renewed_note(void)
{
	return _("this database is a copy (restored from a backup, or copied from "
	    "another computer): it now has its own identity for USB packages, so "
	    "that it and the original can exchange them");
}

const char *
app_site_split_note(void)
{
	return _("this database was copied from another computer: preparing it "
	    "to exchange USB packages with the original (a minute or two for a "
	    "large school)…");
}

void
app_db_close(struct app *a)
{
	store_close(&a->store);
}

void
app_close(struct app *a)
{
	store_close(&a->store);
	app_unlock(a);
	xfree(&a->db_path);
	xfree(&a->actor);
	xfree(&a->role);
}

const char *
app_db_path(const struct app *a)
{
	return a->store != NULL ? store_path(a->store) : a->db_path;
}

void
app_set_progress(struct app *a, int (*fn)(void *ctx), void *ctx)
{
	store_set_progress(a->store, fn, ctx);
}

int
app_was_interrupted(const struct app *a)
{
	return store_was_interrupted(a->store);
}

void
app_interrupt_clear(struct app *a)
{
	store_interrupt_clear(a->store);
}

int
app_changed_elsewhere(struct app *a)
{
	return store_changed_elsewhere(a->store);
}
