/* mo.h — a reader of GNU .mo message catalogs, gettext where there is no
 * libintl (Windows: Debian has none for mingw).
 *
 * A catalog is the file msgfmt writes (either byte order); lookups are a
 * binary search of its sorted msgids, plural forms are chosen by the
 * catalog's own Plural-Forms expression.  The translations are returned
 * as they are in the file (guanai's catalogs are UTF-8, and so is the
 * Windows console after plat_stdio_init).
 *
 * When config.h defines GUANAI_OWN_GETTEXT, i18n.h includes this header
 * and gettext, ngettext, bindtextdomain, textdomain and
 * bind_textdomain_codeset are the mo_* functions below.  The language is
 * the first of $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG that names one
 * (--lang sets LANGUAGE), else the desktop's (plat_ui_language: a Chinese
 * Windows gives zh_CN); "C", "POSIX" and English give the msgids. */
#ifndef GUANAI_MO_H
#define GUANAI_MO_H

#include <stddef.h>

#include "guanai/base/err.h"

struct mo_catalog;

/* Read the catalog at `path`; NULL + e when it cannot be read or is not a
 * .mo file.  The caller frees it with mo_free. */
struct mo_catalog *mo_load(const char *path, struct err *e);
void mo_free(struct mo_catalog **c);
/* The translation of msgid (a "context\004msgid" key for NC_), or NULL
 * when the catalog has none.  Borrowed from the catalog. */
const char *mo_find(const struct mo_catalog *c, const char *msgid);
/* The plural translation for n, or NULL when the catalog has none. */
const char *mo_find_plural(const struct mo_catalog *c, const char *msgid, unsigned long n);
/* Number of entries (the header, msgid "", included), and the msgid of
 * entry i (for a plural entry, its singular msgid; *plural gets the plural
 * msgid, else NULL).  For tests and tools. */
size_t mo_count(const struct mo_catalog *c);
const char *mo_msgid(const struct mo_catalog *c, size_t i, const char **plural);
/* Which plural form the catalog's Plural-Forms picks for n (0 when it has
 * none, as for English "n != 1" is used). */
unsigned long mo_plural_index(const struct mo_catalog *c, unsigned long n);

/* The gettext API over one process-wide catalog, loaded at the first
 * lookup from dir/LANG/LC_MESSAGES/domain.mo. */
#if defined(__GNUC__)
/* as libintl declares them: _("… %s …") is checked as a format */
char *mo_gettext(const char *msgid) __attribute__((format_arg(1)));
char *mo_ngettext(const char *msgid, const char *plural, unsigned long n)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)));
#else
char *mo_gettext(const char *msgid);
char *mo_ngettext(const char *msgid, const char *plural, unsigned long n);
#endif
char *mo_bindtextdomain(const char *domain, const char *dir);
char *mo_textdomain(const char *domain);
char *mo_bind_textdomain_codeset(const char *domain, const char *codeset);
/* The language chosen as described above ("zh_CN"), or NULL for the
 * msgids.  The caller frees. */
char *mo_language(void);

#ifdef GUANAI_OWN_GETTEXT
# define gettext(s) mo_gettext(s)
# define ngettext(s, p, n) mo_ngettext((s), (p), (n))
# define bindtextdomain(d, dir) mo_bindtextdomain((d), (dir))
# define textdomain(d) mo_textdomain(d)
# define bind_textdomain_codeset(d, c) mo_bind_textdomain_codeset((d), (c))
#endif

#endif
