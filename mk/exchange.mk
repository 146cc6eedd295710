# exchange with Excel and the county: import, export, template (issue 3)
src_libguanai_a_SOURCES += src/cli/cmd-import.c src/cli/cmd-export.c src/cli/cmd-template.c
src_libguanai_a_SOURCES += src/base/charset.c src/io/csv.c src/io/layout.c src/io/xlsx.c \
	src/io/sheet.c src/io/sheet-xlsx.c src/io/sheet-xls.c \
	src/app/import.c src/app/import-rows.c src/app/import-classes.c src/app/export.c src/app/export-template.c
noinst_HEADERS += include/guanai/charset.h include/guanai/csv.h \
	include/guanai/layout.h include/guanai/xlsx.h \
	include/guanai/sheet.h src/io/sheet-private.h src/app/import-private.h \
	include/guanai/import.h include/guanai/export.h

check_PROGRAMS += tests/unit/test-charset tests/unit/test-csv tests/unit/test-exchange-layout \
	tests/unit/test-exchange-import tests/unit/test-sheet
TESTS += tests/unit/test-charset tests/unit/test-csv tests/unit/test-exchange-layout \
	tests/unit/test-exchange-import tests/unit/test-sheet
tests_unit_test_sheet_LDADD = src/libguanai.a $(GUANAI_LIBS)
tests_unit_test_charset_LDADD = src/libguanai.a $(GUANAI_LIBS)
tests_unit_test_csv_LDADD = src/libguanai.a $(GUANAI_LIBS)
tests_unit_test_exchange_layout_LDADD = src/libguanai.a $(GUANAI_LIBS)
tests_unit_test_exchange_import_LDADD = src/libguanai.a $(GUANAI_LIBS)
TESTS += tests/cli/exchange-import.sh tests/cli/exchange-export.sh \
	tests/cli/exchange-roundtrip.sh tests/cli/excel-import.sh tests/cli/excel-template.sh \
	tests/cli/excel-export.sh tests/cli/stats-adds-up.sh tests/cli/import-rows.sh \
	tests/cli/export-labels.sh
EXTRA_DIST += tests/cli/exchange-import.sh tests/cli/exchange-export.sh \
	tests/cli/exchange-roundtrip.sh \
	tests/data/exchange/quirks.csv tests/data/exchange/bad-rows.csv \
	tests/cli/excel-import.sh tests/data/excel/roster.csv \
	tests/cli/excel-template.sh tests/cli/excel-lo.sh tests/cli/excel-export.sh \
	tests/cli/stats-adds-up.sh tests/cli/import-rows.sh tests/data/excel/Fill.xba \
	tests/cli/export-labels.sh
# libFuzzer targets, built and run for a few seconds by the script (clang)
TESTS += tests/fuzz/exchange-fuzz.sh
EXTRA_DIST += tests/fuzz/exchange-fuzz.sh tests/fuzz/fuzz-csv.c tests/fuzz/fuzz-values.c \
	tests/fuzz/fuzz-sheet.c \
	tests/fuzz/corpus
EXTRA_DIST += bench/import.sh bench/README-exchange.md
# what tests/fuzz/exchange-fuzz.sh builds and logs in the build tree
CLEANFILES += tests/fuzz/fuzz-csv tests/fuzz/fuzz-values tests/fuzz/build.log \
	tests/fuzz/csv.log tests/fuzz/values.log tests/fuzz/crash-* \
	tests/fuzz/fuzz-sheet tests/fuzz/sheet.log
