# tui: screens, widgets, key tables, op dispatch; and the tests that drive
# the real binary in tmux at 80×24
src_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_TUI
src_libtui_a_SOURCES = src/tui/tui.c src/tui/ops.c src/tui/keys.c \
	src/tui/widget.c src/tui/textview.c src/tui/childpage.c \
	src/tui/scr-help.c src/tui/scr-list.c src/tui/scr-record.c \
	src/tui/rec-form.c src/tui/rec-tabs.c src/tui/scr-checklist.c \
	src/tui/scr-pairing.c src/tui/scr-trash.c src/tui/scr-remind.c \
	src/tui/scr-stats.c src/tui/scr-conflicts.c src/tui/scr-usb.c \
	src/tui/scr-audit.c src/tui/dialog.c src/tui/menu.c src/tui/dlg-export.c \
	src/tui/dlg-print.c src/tui/dlg-import.c src/tui/scr-setup.c \
	src/tui/rec-care.c src/tui/scr-message.c src/tui/scr-classes.c \
	src/tui/scr-accounts.c src/tui/dlg-secret.c src/tui/dlg-backup.c \
	src/tui/dlg-helper.c src/tui/dlg-stats.c
noinst_HEADERS += include/guanai/tui/visible.h include/guanai/tui/tui.h \
	src/tui/ops.h src/tui/screen.h src/tui/widget.h src/tui/childpage.h \
	src/tui/record.h src/tui/textview.h src/tui/scr-pack.h \
	src/tui/dialog.h src/tui/menu.h src/tui/scr-dlg.h

TUI_TESTS = tests/tui/list.sh tests/tui/record.sh tests/tui/pairing.sh \
	tests/tui/checklist.sh tests/tui/resize.sh tests/tui/english.sh \
	tests/tui/today.sh tests/tui/empty.sh tests/tui/paging.sh \
	tests/tui/usb.sh tests/tui/audit.sh tests/tui/lean-start.sh \
	tests/tui/finding.sh tests/tui/care.sh tests/tui/derived-type.sh \
	tests/tui/readme-keys.sh
TUI_TESTS += tests/tui/pinyin.sh
# the 七清楚 completion: check, the screen, stats and print give one count
TUI_TESTS += tests/tui/checklist-rate.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += tests/tui/lib-tmux.sh $(TUI_TESTS) bench/tui.sh bench/README-tui.md
# a refused value on the record screen is said and never looks saved
TUI_TESTS += tests/tui/record-refused.sh
# 本学年复核 on the 七清楚 screen, from app_checklist_rates
TUI_TESTS += tests/tui/checklist-review.sh
# nothing cut at 80×24: the print dialog's choices, the list's columns
TUI_TESTS += tests/tui/cuts.sh
