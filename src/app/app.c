/* app.c — life cycle of struct app: database path, actor, open/close. */
#include "config.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include "guanai/app.h"
#include "guanai/fsutil.h"
#include "guanai/i18n.h"
#include "guanai/sync.h"
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
	a->site_renewed = 0;
}

int
app_open(struct app *a, enum store_open_mode mode, struct err *e)
{
	struct err ignored = { 0, "" };
	int renewed = 0;

	if (store_open(&a->store, a->db_path, mode, e) != 0)
		return -1;
	store_set_actor(a->store, a->actor);
	/* a copy onto another PC or a restored backup: its own site identity
	 * (a database that cannot be written keeps the old one: ignored) */
	if (store_site_check(a->store, &renewed, &ignored) == 0)
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

void
app_close(struct app *a)
{
	store_close(&a->store);
	xfree(&a->db_path);
	xfree(&a->actor);
	xfree(&a->role);
}
