/* i18n.h — gettext macros.  _() at run time, N_() in static tables. */
#ifndef GUANAI_I18N_H
#define GUANAI_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))
/* A message with a context (msgctxt), as one "context\004msgid" literal for
 * a pgettext-style lookup; xgettext reads it with --keyword=NC_:1c,2. */
#define NC_(ctx, s) ctx "\004" s

#endif
