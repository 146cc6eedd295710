/* err.c — filling struct err; see guanai/base/err.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/base/err.h"
#include "guanai/base/i18n.h"

void
err_setv(struct err *e, int code, const char *fmt, va_list ap)
{
	if (e == NULL || e->code != ERR_OK)
		return;
	e->code = code;
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

void
err_set(struct err *e, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_setv(e, code, fmt, ap);
	va_end(ap);
}

void
err_prefix(struct err *e, const char *fmt, ...)
{
	char both[2 * sizeof e->msg];
	size_t n;
	va_list ap;

	if (e == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(both, sizeof e->msg, fmt, ap);
	va_end(ap);
	n = strlen(both);
	memcpy(both + n, e->msg, sizeof e->msg);
	both[sizeof e->msg - 1] = '\0';	/* cut to fit */
	memcpy(e->msg, both, sizeof e->msg);
}

void
err_clear(struct err *e)
{
	if (e == NULL)
		return;
	e->code = ERR_OK;
	e->msg[0] = '\0';
}

int
err_is_set(const struct err *e)
{
	return e != NULL && e->code != ERR_OK;
}

void
err_stopped(struct err *e)
{
	err_set(e, ERR_STOPPED, "%s", _("stopped by the user; nothing was changed"));
}
