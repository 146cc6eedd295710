# the whole job from the screens (issue 11): the tests of the first run
# and of the Excel import/export and print dialogs (their sources are in
# mk/app.mk and mk/tui.mk, by layer)
TUI_SCREENS_TESTS = tests/tui/export-excel.sh tests/tui/print-dialog.sh \
	tests/tui/import-excel.sh tests/tui/first-run.sh \
	tests/tui/import-partial.sh tests/tui/teacher-words.sh tests/tui/usb-pick.sh \
	tests/tui/restore-screen.sh tests/tui/audit-words.sh tests/tui/search-count.sh \
	tests/tui/menu-nomatch.sh tests/tui/import-xlsx-preview.sh
TESTS += $(TUI_SCREENS_TESTS)
EXTRA_DIST += $(TUI_SCREENS_TESTS) tests/tui/lsan-print.supp
# Esc on a progress bar stops import, export and packing with nothing half done
TESTS += tests/tui/stop.sh tests/tui/stop-more.sh
EXTRA_DIST += tests/tui/stop.sh tests/tui/stop-more.sh
# qa (qaaudit): what each audit entry is about; 未填 in the statistics;
# a file that is not a package; the whole school's package name
QA_AUDIT_TESTS = tests/tui/audit-about.sh tests/tui/stats-unfilled.sh \
	tests/tui/usb-notpackage.sh tests/tui/usb-names.sh
TESTS += $(QA_AUDIT_TESTS)
EXTRA_DIST += $(QA_AUDIT_TESTS)

# a class teacher's walk on her own PC stays inside her class (qawalk)
TESTS += tests/tui/teacher-walk.sh
EXTRA_DIST += tests/tui/teacher-walk.sh

# polish2: the headteacher chooses whose children go into a USB package
TESTS += tests/tui/usb-head-class.sh tests/tui/conflict-values.sh
EXTRA_DIST += tests/tui/usb-head-class.sh tests/tui/conflict-values.sh

# polish1: whose package an unpack merged, and no encoding for a workbook,
# in 操作日志
# polish1: the 班级 screen's total says when classes are not filled in
# and the help speaks to a class teacher of her classes, not 全校
# and a folder typed for a package is refused as a folder, before the passphrase
TESTS += tests/tui/audit-unpack.sh tests/tui/classes-total.sh tests/tui/help-teacher.sh \
	tests/tui/usb-folder.sh
EXTRA_DIST += tests/tui/audit-unpack.sh tests/tui/classes-total.sh \
	tests/tui/help-teacher.sh tests/tui/usb-folder.sh
