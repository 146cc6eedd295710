/* scr-pack.h — the screens of the USB package area (issue 6): the conflict
 * queue left by `unpack`.  Opened from the list screen (a key the TUI's key
 * table gives to it). */
#ifndef GUANAI_TUI_SCR_PACK_H
#define GUANAI_TUI_SCR_PACK_H

#include "screen.h"

extern const struct screen_class scr_conflicts;
/* U盘导出 and U盘导入 (scr-usb.c). */
extern const struct screen_class scr_usb_export, scr_usb_import;

#endif
