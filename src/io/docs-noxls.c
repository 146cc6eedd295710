/* docs-noxls.c — the .xls reader in a build without FreeXL (a Windows
 * build configured without it in the dependency folder: configure warns;
 * ./quickstart windows builds it, issue 16).  Opening an .xls file says so;
 * .xlsx and CSV files are read as usual. */
#include "config.h"

#include "guanai/base/err.h"
#include "guanai/base/i18n.h"
#include "sheet-private.h"

int
sheet_xls_open(const char *path, const char *fname, const char *name,
    void **impl, const struct sheet_backend **be, struct err *e)
{
	err_set(e, ERR_INPUT, _("%s: this build of guanai cannot read .xls "
	    "files; open it in Excel or WPS, save it as .xlsx and import that"),
	    fname);
	return -1;
}
