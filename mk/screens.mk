# the whole job from the screens (issue 11): the dialog toolkit, first run,
# the F9 menu, the Excel import/export and print dialogs, and the app use
# cases they need beside the CLI's (documents folder, printers, set-up)
noinst_HEADERS += include/guanai/dest.h src/tui/dialog.h src/tui/menu.h \
	src/tui/scr-dlg.h
src_libguanai_a_SOURCES += src/app/dest.c src/tui/dialog.c src/tui/menu.c \
	src/tui/dlg-export.c src/tui/dlg-print.c
TUI_SCREENS_TESTS = tests/tui/export-excel.sh tests/tui/print-dialog.sh
TESTS += $(TUI_SCREENS_TESTS)
EXTRA_DIST += $(TUI_SCREENS_TESTS)
