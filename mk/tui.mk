# the terminal interface (issue 4)
src_libguanai_a_SOURCES += src/tui/tui.c
