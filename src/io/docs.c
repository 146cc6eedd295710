/* docs.c — loads the documents module on first use and forwards to it
 * (see docs-api.h for why).  The trampolines carry the public names of
 * pdf.h, xlsx.h and the sheet back ends, so callers do not know. */
#include "config.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "docs-api.h"

/* The module's table once loaded: one per process, never unloaded (its
 * libraries keep caches of their own).  Only the main thread prints and
 * exports, so no lock. */
static const struct docs_api *docs;

/* Where the module is: GUANAI_DOCS_MODULE, else beside the program (a
 * build tree), else the installed PKGLIBDIR.  Caller frees. */
static char *
module_path(void)
{
	const char *env = getenv("GUANAI_DOCS_MODULE");
	char exe[PATH_MAX], *dir, *beside;
	ssize_t n;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		dir = fs_dirname(exe);
		beside = xasprintf("%s/%s", dir, DOCS_MODULE_NAME);
		free(dir);
		if (fs_exists(beside))
			return beside;
		free(beside);
	}
	return xasprintf("%s/%s", PKGLIBDIR, DOCS_MODULE_NAME);
}

static int
docs_load(struct err *e)
{
	const struct docs_api *api;
	char *path;
	void *h;

	if (docs != NULL)
		return 0;
	path = module_path();
	h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) {
		err_set(e, ERR_IO, _("printing and Excel files need %s, which "
		    "could not be loaded (%s); reinstall guanai with its "
		    "printing libraries"), path, dlerror());
		free(path);
		return -1;
	}
	api = dlsym(h, DOCS_API_SYMBOL);
	if (api == NULL || api->version != DOCS_API_VERSION) {
		err_set(e, ERR_IO, _("%s belongs to another version of guanai; "
		    "reinstall guanai"), path);
		dlclose(h);
		free(path);
		return -1;
	}
	free(path);
	docs = api;
	return 0;
}

#define DOCS_INT(name, params, args) \
	int name params \
	{ \
		if (docs_load(e) != 0) \
			return -1; \
		return docs->name args; \
	}
#define DOCS_VOID(name, params, args) \
	void name params \
	{ \
		docs->name args; \
	}
DOCS_FUNCS(DOCS_INT, DOCS_VOID)

/* x is NULL unless xlsx_open succeeded, so the module is loaded then. */
void
xlsx_abort(struct xlsx **x)
{
	if (docs != NULL)
		docs->xlsx_abort(x);
}
