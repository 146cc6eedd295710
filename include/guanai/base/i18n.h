/* i18n.h — gettext macros.  _() at run time, N_() in static tables. */
#ifndef GUANAI_I18N_H
#define GUANAI_I18N_H

/* Windows has no libintl: config.h defines GUANAI_OWN_GETTEXT there and
 * the catalogs are read by guanai/base/mo.h. */
#ifdef GUANAI_OWN_GETTEXT
# include "guanai/base/mo.h"
#else
# include <libintl.h>
#endif

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))
/* A message with a context (msgctxt), as one "context\004msgid" literal for
 * a pgettext-style lookup; xgettext reads it with --keyword=NC_:1c,2. */
#define NC_(ctx, s) ctx "\004" s

#endif
