# base: memory, strings, errors, UTF-8, charsets, dates, paths, atomic writes
src_libbase_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_BASE
src_libbase_a_SOURCES = src/base/err.c src/base/mem.c src/base/buf.c \
	src/base/utf8.c src/base/charset.c src/base/date.c src/base/fsutil.c \
	src/base/uuid.c src/base/termsafe.c
noinst_HEADERS += include/guanai/layer.h \
	include/guanai/base/err.h include/guanai/base/mem.h \
	include/guanai/base/buf.h include/guanai/base/utf8.h \
	include/guanai/base/charset.h include/guanai/base/date.h \
	include/guanai/base/fsutil.h include/guanai/base/uuid.h \
	include/guanai/base/i18n.h include/guanai/base/termsafe.h

check_PROGRAMS += tests/unit/test-base tests/unit/test-charset
TESTS += tests/unit/test-base tests/unit/test-charset
tests_unit_test_base_LDADD = $(GUANAI_LDADD)
tests_unit_test_charset_LDADD = $(GUANAI_LDADD)
