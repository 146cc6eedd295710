# USB packages, backup, accounts (issue 6)
noinst_HEADERS += include/guanai/package.h include/guanai/sync.h \
	include/guanai/pack.h include/guanai/backup.h include/guanai/account.h \
	include/guanai/cli-secret.h src/store/sync-int.h include/guanai/scope.h
src_libguanai_a_SOURCES += src/io/package.c \
	src/store/sync.c src/store/sync-merge.c src/store/sync-apply.c \
	src/store/conflict.c src/store/backup.c src/store/users.c \
	src/app/pack.c src/app/unpack.c src/app/backup.c src/app/account.c src/app/scope.c \
	src/cli/cli-secret.c src/cli/cli-signin.c src/tui/scr-conflicts.c \
	src/tui/scr-usb.c src/store/audit.c src/tui/scr-audit.c
noinst_HEADERS += src/tui/scr-pack.h
src_libguanai_a_SOURCES += src/cli/cmd-pack.c src/cli/cmd-unpack.c \
	src/cli/cmd-backup.c src/cli/cmd-restore.c src/cli/cmd-user.c
check_PROGRAMS += tests/unit/test-package tests/unit/test-pack-media
tests_unit_test_package_LDADD = src/libguanai.a $(GUANAI_LIBS)
tests_unit_test_pack_media_LDADD = src/libguanai.a $(GUANAI_LIBS)
TESTS += tests/unit/test-package tests/unit/test-pack-media tests/pack/roundtrip.sh tests/pack/refuse.sh \
	tests/pack/backup.sh tests/pack/accounts.sh tests/pack/large.sh tests/tui/usb.sh tests/tui/audit.sh
EXTRA_DIST += tests/pack/roundtrip.sh tests/pack/refuse.sh tests/pack/backup.sh \
	tests/pack/accounts.sh tests/pack/large.sh tests/tui/usb.sh tests/tui/audit.sh \
	bench/pack.sh bench/README-pack.md
