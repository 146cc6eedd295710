# the headteacher's screens of the whole job (issue 11, screens2): classes
# and enrolment, accounts, backup and restore, statistics saved, helpers
# and care from the record; their app use cases; their tests
src_libapp_a_SOURCES += src/app/account-admin.c src/app/backup-files.c \
	src/app/stats-save.c
src_libtui_a_SOURCES += src/tui/scr-classes.c src/tui/scr-accounts.c \
	src/tui/dlg-secret.c src/tui/dlg-backup.c src/tui/dlg-helper.c \
	src/tui/dlg-stats.c
noinst_HEADERS += src/tui/scr-admin.h include/guanai/app/stats-save.h
TUI_ADMIN_TESTS = tests/tui/classes.sh tests/tui/accounts.sh \
	tests/tui/backup.sh tests/tui/stats.sh tests/tui/pair-record.sh
TESTS += $(TUI_ADMIN_TESTS)
EXTRA_DIST += $(TUI_ADMIN_TESTS)
