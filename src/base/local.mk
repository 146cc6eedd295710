# base layer: memory, strings, errors, UTF-8, dates, paths, atomic writes
src_libguanai_a_SOURCES += src/base/err.c src/base/mem.c src/base/buf.c \
	src/base/utf8.c src/base/date.c src/base/fsutil.c src/base/uuid.c \
	src/base/termsafe.c
noinst_HEADERS += include/guanai/err.h include/guanai/mem.h include/guanai/buf.h \
	include/guanai/utf8.h include/guanai/date.h include/guanai/fsutil.h \
	include/guanai/uuid.h include/guanai/i18n.h include/guanai/termsafe.h
# the front-end frame: main, app context, command table
src_libguanai_a_SOURCES += src/app/app.c src/cli/cmd-table.c src/cli/cli-util.c
noinst_HEADERS += include/guanai/app.h include/guanai/cli.h include/guanai/tui.h
