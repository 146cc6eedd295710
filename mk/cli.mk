# command-line parity (issue 12, items 3 and 4): the use cases both front
# ends call (one app file each), the store lookups behind the 8-character
# ids, the commands over them, one option parser, the man pages, the tests
noinst_HEADERS += include/guanai/ref.h include/guanai/edit.h \
	include/guanai/classes.h include/guanai/helper.h include/guanai/trash.h
src_libguanai_a_SOURCES += src/store/lookup.c src/app/ref.c src/app/edit.c \
	src/app/classes.c src/app/helper.c src/app/trash.c
