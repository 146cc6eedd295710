# base: memory, strings, errors, UTF-8, charsets, dates, paths, atomic writes
src_libbase_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_BASE
src_libbase_a_SOURCES = src/base/err.c src/base/mem.c src/base/buf.c \
	src/base/utf8.c src/base/charset.c src/base/gb18030.c src/base/date.c \
	src/base/fsutil.c src/base/uuid.c src/base/termsafe.c \
	src/base/plat-posix.c src/base/plat-win32.c src/base/mo.c
noinst_HEADERS += include/guanai/layer.h \
	include/guanai/base/err.h include/guanai/base/mem.h \
	include/guanai/base/buf.h include/guanai/base/utf8.h \
	include/guanai/base/charset.h include/guanai/base/gb18030.h \
	include/guanai/base/date.h \
	include/guanai/base/fsutil.h include/guanai/base/uuid.h \
	include/guanai/base/i18n.h include/guanai/base/termsafe.h \
	include/guanai/base/plat.h include/guanai/base/mo.h \
	include/guanai/base/iconv-own.h
# Windows: no iconv library; FreeXL (.xls) gets the program's own converters
# under iconv's names (issue 16).  tests/unit/test-iconv-own compiles
# iconv-own.c itself and compares it with glibc's iconv.
# FreeXL comes after libbase on the link line, so libbase is named again
# after it (a static link takes from an archive only what is wanted by then).
if WINDOWS
if WITH_XLS
src_libbase_a_SOURCES += src/base/iconv-own.c src/base/iconv-names.c
GUANAI_LIBS += src/libbase.a
endif
endif

# GB18030: the tables are generated at build time from glibc's charmap
# (the locales package); the unit test compares them with glibc's iconv
GB18030_CHARMAP = /usr/share/i18n/charmaps/GB18030.gz
nodist_src_libbase_a_SOURCES = src/base/gb18030-table.h src/base/width-table.h
BUILT_SOURCES += src/base/gb18030-table.h src/base/width-table.h
CLEANFILES += src/base/gb18030-table.h src/base/width-table.h
EXTRA_DIST += src/base/gen-gb18030.sh bench/gb18030.sh bench/gb18030.c \
	src/base/gen-width.sh
src/base/gb18030-table.h: $(srcdir)/src/base/gen-gb18030.sh
	$(AM_V_GEN)$(MKDIR_P) src/base && \
	$(SHELL) $(srcdir)/src/base/gen-gb18030.sh $(GB18030_CHARMAP) > $@.tmp && \
	mv $@.tmp $@
src/base/libbase_a-gb18030.$(OBJEXT): src/base/gb18030-table.h

# display widths: glibc's UTF-8 charmap (the same locales package); the
# unit test compares the table with glibc's wcwidth for every code point
UTF8_CHARMAP = /usr/share/i18n/charmaps/UTF-8.gz
src/base/width-table.h: $(srcdir)/src/base/gen-width.sh
	$(AM_V_GEN)$(MKDIR_P) src/base && \
	$(SHELL) $(srcdir)/src/base/gen-width.sh $(UTF8_CHARMAP) > $@.tmp && \
	mv $@.tmp $@
src/base/libbase_a-utf8.$(OBJEXT): src/base/width-table.h

check_PROGRAMS += tests/unit/test-base tests/unit/test-charset tests/unit/test-gb18030 \
	tests/unit/test-mo tests/unit/test-width tests/unit/test-platform \
	tests/unit/test-platform-win32
TESTS += tests/unit/test-base tests/unit/test-charset tests/unit/test-gb18030 \
	tests/unit/test-mo tests/unit/test-width tests/unit/test-platform \
	tests/unit/test-platform-win32
tests_unit_test_platform_win32_LDADD = $(GUANAI_LDADD)
tests_unit_test_width_LDADD = $(GUANAI_LDADD)
tests_unit_test_platform_LDADD = $(GUANAI_LDADD)
tests_unit_test_mo_LDADD = $(GUANAI_LDADD)
tests_unit_test_gb18030_LDADD = $(GUANAI_LDADD) $(LIBICONV)
check_PROGRAMS += tests/unit/test-iconv-own
TESTS += tests/unit/test-iconv-own
tests_unit_test_iconv_own_SOURCES = tests/unit/test-iconv-own.c src/base/iconv-own.c
tests_unit_test_iconv_own_LDADD = $(GUANAI_LDADD) $(LIBICONV)
tests_unit_test_base_LDADD = $(GUANAI_LDADD)
tests_unit_test_charset_LDADD = $(GUANAI_LDADD)
