/* app.c — life cycle of struct app: database path, actor, open/close. */
#include "config.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include "guanai/app/app.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/mem.h"

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
}

int
app_open(struct app *a, enum store_open_mode mode, struct err *e)
{
	if (store_open(&a->store, a->db_path, mode, e) != 0)
		return -1;
	store_set_actor(a->store, a->actor);
	return 0;
}

void
app_close(struct app *a)
{
	store_close(&a->store);
	xfree(&a->db_path);
	xfree(&a->actor);
	xfree(&a->role);
}
