/* tui.c — PLACEHOLDER until issue 4 lands. */
#include "config.h"

#include "guanai/i18n.h"
#include "guanai/tui.h"

int
tui_run(struct app *a, struct err *e)
{
	(void)a;
	err_set(e, ERR_USAGE, "%s", _("the terminal interface is not built yet"));
	return 1;
}
