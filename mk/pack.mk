# USB packages, backup, accounts (issue 6)
src_libguanai_a_SOURCES += src/cli/cmd-pack.c src/cli/cmd-unpack.c \
	src/cli/cmd-backup.c src/cli/cmd-restore.c src/cli/cmd-user.c
