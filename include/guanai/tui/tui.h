/* tui.h — the terminal interface's single entry point. */
#ifndef GUANAI_TUI_H
#define GUANAI_TUI_H

#include "guanai/tui/visible.h"

#include "guanai/app/app.h"
#include "guanai/base/err.h"

/* Run the TUI on an opened app until the user quits; returns an exit code. */
int tui_run(struct app *a, struct err *e);

#endif
