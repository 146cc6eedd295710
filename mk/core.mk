# core: field table, validation, 七清楚 rules, pinyin (issue 2, part 1)
noinst_HEADERS += include/guanai/field.h include/guanai/validate.h \
	include/guanai/checklist.h include/guanai/pinyin.h src/core/private.h
src_libguanai_a_SOURCES += src/core/field.c src/core/field-text.c \
	src/core/field-parse.c src/core/validate.c src/core/checklist.c
check_PROGRAMS += tests/unit/test-validate
TESTS += tests/unit/test-validate
tests_unit_test_validate_LDADD = src/libguanai.a $(GUANAI_LIBS)
check_PROGRAMS += tests/unit/test-field
TESTS += tests/unit/test-field
tests_unit_test_field_LDADD = src/libguanai.a $(GUANAI_LIBS)
# pinyin: the table is generated at build time from Debian's unicode-data
UNIHAN_READINGS = /usr/share/unicode/Unihan_Readings.txt.bz2
src_libguanai_a_SOURCES += src/core/pinyin.c
nodist_src_libguanai_a_SOURCES = src/core/pinyin-table.h
BUILT_SOURCES += src/core/pinyin-table.h
CLEANFILES += src/core/pinyin-table.h
EXTRA_DIST += src/core/gen-pinyin.sh
src/core/pinyin-table.h: $(srcdir)/src/core/gen-pinyin.sh
	$(AM_V_GEN)$(MKDIR_P) src/core && \
	$(SHELL) $(srcdir)/src/core/gen-pinyin.sh $(UNIHAN_READINGS) > $@.tmp && \
	mv $@.tmp $@
src/core/pinyin.$(OBJEXT): src/core/pinyin-table.h
check_PROGRAMS += tests/unit/test-pinyin
TESTS += tests/unit/test-pinyin
tests_unit_test_pinyin_LDADD = src/libguanai.a $(GUANAI_LIBS)
EXTRA_DIST += tests/data/names-1500.tsv tests/data/names-1500.sh
# every reading through the store: terms, broad walks, schema step 3
check_PROGRAMS += tests/unit/test-search-readings
TESTS += tests/unit/test-search-readings
tests_unit_test_search_readings_LDADD = src/libguanai.a $(GUANAI_LIBS)
EXTRA_DIST += tests/data/schema-v2-names.sql
check_PROGRAMS += tests/unit/test-checklist
TESTS += tests/unit/test-checklist
tests_unit_test_checklist_LDADD = src/libguanai.a $(GUANAI_LIBS)
