/* i18n.h — gettext macros.  _() at run time, N_() in static tables. */
#ifndef GUANAI_I18N_H
#define GUANAI_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))

#endif
