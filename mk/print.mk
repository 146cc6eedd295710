# printing (issue 5)
src_libguanai_a_SOURCES += src/cli/cmd-print.c
