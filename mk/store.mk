# store and the foundation commands: init demo list show check stats remind (issue 2, part 2)
noinst_HEADERS += include/guanai/store.h
src_libguanai_a_SOURCES += src/cli/cmd-init.c src/cli/cmd-demo.c src/cli/cmd-list.c \
	src/cli/cmd-show.c src/cli/cmd-check.c src/cli/cmd-stats.c src/cli/cmd-remind.c
