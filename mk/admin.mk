# the whole job from the screens (issue 11, screens2): the tests of the care
# tab, pairing from the record, classes, accounts, backup and restore and
# the statistics saved (their sources are in mk/app.mk and mk/tui.mk)
noinst_HEADERS += src/tui/scr-admin.h include/guanai/app/stats-save.h
TUI_ADMIN_TESTS = tests/tui/classes.sh tests/tui/accounts.sh \
	tests/tui/backup.sh tests/tui/stats.sh tests/tui/pair-record.sh
TESTS += $(TUI_ADMIN_TESTS)
EXTRA_DIST += $(TUI_ADMIN_TESTS)
