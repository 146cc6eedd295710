# core: the field table, validation, 七清楚 rules, reminders, statistics
# cells, pinyin, the account record — pure, no I/O
src_libcore_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_CORE
src_libcore_a_SOURCES = src/core/field.c src/core/field-text.c \
	src/core/field-parse.c src/core/validate.c src/core/checklist.c \
	src/core/remind.c src/core/stats.c src/core/account.c src/core/records.c src/core/pinyin.c
noinst_HEADERS += include/guanai/core/visible.h \
	include/guanai/core/field.h include/guanai/core/validate.h \
	include/guanai/core/checklist.h include/guanai/core/remind.h \
	include/guanai/core/stats.h include/guanai/core/account.h \
	include/guanai/core/records.h \
	include/guanai/core/pinyin.h src/core/private.h

# pinyin: the table is generated at build time from Debian's unicode-data
UNIHAN_READINGS = /usr/share/unicode/Unihan_Readings.txt.bz2
nodist_src_libcore_a_SOURCES = src/core/pinyin-table.h
BUILT_SOURCES += src/core/pinyin-table.h
CLEANFILES += src/core/pinyin-table.h
EXTRA_DIST += src/core/gen-pinyin.sh
src/core/pinyin-table.h: $(srcdir)/src/core/gen-pinyin.sh
	$(AM_V_GEN)$(MKDIR_P) src/core && \
	$(SHELL) $(srcdir)/src/core/gen-pinyin.sh $(UNIHAN_READINGS) > $@.tmp && \
	mv $@.tmp $@
src/core/libcore_a-pinyin.$(OBJEXT): src/core/pinyin-table.h

check_PROGRAMS += tests/unit/test-validate tests/unit/test-field \
	tests/unit/test-pinyin tests/unit/test-checklist
TESTS += tests/unit/test-validate tests/unit/test-field \
	tests/unit/test-pinyin tests/unit/test-checklist
tests_unit_test_validate_LDADD = $(GUANAI_LDADD)
tests_unit_test_field_LDADD = $(GUANAI_LDADD)
tests_unit_test_pinyin_LDADD = $(GUANAI_LDADD)
tests_unit_test_checklist_LDADD = $(GUANAI_LDADD)
