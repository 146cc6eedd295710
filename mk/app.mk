# app: the use cases both front ends call — the context, import, export,
# USB pack/unpack, backup, accounts, demo school, statistics, marks, care,
# printing
src_libapp_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_APP
src_libapp_a_SOURCES = src/app/app.c src/app/import.c src/app/import-rows.c src/app/import-classes.c \
	src/app/export.c src/app/export-template.c \
	src/app/pack.c src/app/unpack.c src/app/scope.c src/app/backup.c src/app/account.c \
	src/app/demo.c src/app/stats-compute.c src/app/stats-label.c \
	src/app/marks.c src/app/care.c src/app/print.c src/app/print-docs.c \
	src/app/print-lists.c src/app/print-stats.c src/app/children.c \
	src/app/checklist.c src/app/remind.c src/app/audit.c \
	src/app/ref.c src/app/edit.c src/app/classes.c src/app/helper.c \
	src/app/trash.c src/app/dest.c src/app/import-files.c \
	src/app/account-admin.c src/app/backup-files.c src/app/stats-save.c \
	src/app/audit-about.c
noinst_HEADERS += include/guanai/app/visible.h \
	include/guanai/app/app.h include/guanai/app/import.h \
	include/guanai/app/export.h include/guanai/app/pack.h \
	include/guanai/app/backup.h include/guanai/app/account.h \
	include/guanai/app/demo.h include/guanai/app/stats.h \
	include/guanai/app/marks.h include/guanai/app/care.h \
	include/guanai/app/print.h include/guanai/app/scope.h \
	include/guanai/app/children.h \
	include/guanai/app/checklist.h include/guanai/app/remind.h \
	include/guanai/app/audit.h src/app/print-private.h src/app/import-private.h \
	include/guanai/app/dest.h include/guanai/app/import-files.h

check_PROGRAMS += tests/unit/test-exchange-import tests/unit/test-pack-media
TESTS += tests/unit/test-exchange-import tests/unit/test-pack-media
tests_unit_test_exchange_import_LDADD = $(GUANAI_LDADD)
tests_unit_test_pack_media_LDADD = $(GUANAI_LDADD)
# the marks of a list page against the marks of each child alone
check_PROGRAMS += tests/unit/test-marks
TESTS += tests/unit/test-marks
tests_unit_test_marks_LDADD = $(GUANAI_LDADD)
# the audit log's events in words, its times in local time
check_PROGRAMS += tests/unit/test-audit-text
TESTS += tests/unit/test-audit-text
tests_unit_test_audit_text_LDADD = $(GUANAI_LDADD)
noinst_HEADERS += include/guanai/app/ref.h include/guanai/app/edit.h \
	include/guanai/app/classes.h include/guanai/app/helper.h \
	include/guanai/app/trash.h
