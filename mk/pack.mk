# USB packages, backup, accounts (issue 6)
noinst_HEADERS += include/guanai/package.h
src_libguanai_a_SOURCES += src/io/package.c
src_libguanai_a_SOURCES += src/cli/cmd-pack.c src/cli/cmd-unpack.c \
	src/cli/cmd-backup.c src/cli/cmd-restore.c src/cli/cmd-user.c
check_PROGRAMS += tests/unit/test-package
tests_unit_test_package_LDADD = src/libguanai.a $(GUANAI_LIBS)
TESTS += tests/unit/test-package
