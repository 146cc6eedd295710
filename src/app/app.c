/* app.c — life cycle of struct app: database path, actor, open/close. */
#include "config.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include "guanai/app.h"
#include "guanai/fsutil.h"
#include "guanai/i18n.h"
#include "guanai/mem.h"

const char *
app_os_user(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *u = getenv("USER");

	if (pw != NULL && pw->pw_name != NULL)
		return pw->pw_name;
	return u != NULL && u[0] ? u : "unknown";
}

void
app_init(struct app *a, const char *db_path)
{
	a->db_path = db_path != NULL ? xstrdup(db_path) : fs_default_db_path();
	a->store = NULL;
	a->actor = xstrdup(app_os_user());
	a->role = NULL;
	a->ascii_only = getenv("GUANAI_ASCII") != NULL;
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
		close(a->lock_fd);
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
	close(a->lock_fd);
	a->lock_fd = -1;
	a->lock_held = 0;
}

int
app_open(struct app *a, enum store_open_mode mode, struct err *e)
{
	char *dir;

	/* the lock first: a database being restored is not opened */
	if (hold_lock(a, e) != 0)
		return -1;
	/* temporary files a killed guanai left beside the database */
	dir = fs_dirname(a->db_path);
	fs_sweep_temps(dir);
	free(dir);
	if (store_open(&a->store, a->db_path, mode, e) != 0)
		return -1;
	if (hold_lock(a, e) != 0) {	/* a new folder: now it exists */
		store_close(&a->store);
		return -1;
	}
	store_set_actor(a->store, a->actor);
	return 0;
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
