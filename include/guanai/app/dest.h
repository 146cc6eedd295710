/* dest.h — where the dialogs put what they write, and how the school is
 * set up: the documents folder, the CUPS printers (`lpstat`), and the
 * first-run use case shared by `guanai init` and the TUI's set-up screen.
 *
 * Nothing here draws on the screen; the TUI's dialogs and the CLI ask. */
#ifndef GUANAI_DEST_H
#define GUANAI_DEST_H

#include "guanai/app/visible.h"

#include <stddef.h>

#include "guanai/app/app.h"
#include "guanai/base/err.h"

/* The documents folder: $XDG_DOCUMENTS_DIR, else the XDG_DOCUMENTS_DIR
 * line of ~/.config/user-dirs.dirs when that folder exists, else $HOME.
 * Caller frees. */
char *app_documents_dir(void);

/* The CUPS printers as `lpstat -p -d` lists them (run without a shell,
 * in the C locale), the default one first.  Returns the count (0 when
 * lpstat is missing or no scheduler runs); *names is the caller's
 * (app_printers_free); *has_default is 1 when the first one is CUPS's
 * default destination. */
size_t app_printers(char ***names, int *has_default);
void app_printers_free(char **names, size_t n);

/* 1 when a database is open (0: the first run, no database yet). */
int app_is_open(const struct app *a);

/* Create the database at a->db_path (mode 0600; nothing happens to one
 * that exists but the school's name), open it into a->store and record
 * the school's `name` (NULL keeps the stored one) and the current school
 * year.  *school (when not NULL) gets the school's name as stored, or
 * NULL when none (the caller frees).  0, or -1 with e set (nothing is
 * opened then). */
int app_setup_school(struct app *a, const char *name, char **school, struct err *e);

#endif
