/* scr-dlg.h — the dialogs of the whole job (issue 11): first run, import
 * and export of Excel rosters, printing.  Each is a screen of its own file
 * built on dialog.h, calling the same src/app use case as the command. */
#ifndef GUANAI_TUI_SCR_DLG_H
#define GUANAI_TUI_SCR_DLG_H

#include "screen.h"

extern const struct screen_class scr_dlg_import;	/* dlg-import.c */
extern const struct screen_class scr_dlg_export;	/* dlg-export.c */
extern const struct screen_class scr_dlg_print;	/* dlg-print.c */
extern const struct screen_class scr_setup;		/* scr-setup.c */

#endif
