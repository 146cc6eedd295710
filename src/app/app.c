/* app.c — life cycle of struct app: database path, actor, open/close. */
#include "config.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include "guanai/app/app.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"

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
app_open(struct app *a, enum app_open_mode mode, struct err *e)
{
	if (store_open(&a->store, a->db_path, mode == APP_OPEN_CREATE ?
	    STORE_OPEN_CREATE : STORE_OPEN_EXISTING, e) != 0)
		return -1;
	store_set_actor(a->store, a->actor);
	return 0;
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
