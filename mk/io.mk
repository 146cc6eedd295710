# io: file formats — CSV, the county's column layout, xlsx, USB packages,
# PDF — streams of rows, no SQL, no screen
src_libio_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_IO
src_libio_a_SOURCES = src/io/csv.c src/io/layout.c src/io/xlsx.c \
	src/io/package.c src/io/pdf.c src/io/pdf-layout.c
noinst_HEADERS += include/guanai/io/visible.h \
	include/guanai/io/csv.h include/guanai/io/layout.h \
	include/guanai/io/xlsx.h include/guanai/io/package.h \
	include/guanai/io/pdf.h src/io/pdf-private.h

check_PROGRAMS += tests/unit/test-csv tests/unit/test-exchange-layout \
	tests/unit/test-package tests/unit/test-pdf
TESTS += tests/unit/test-csv tests/unit/test-exchange-layout \
	tests/unit/test-package tests/unit/test-pdf
tests_unit_test_csv_LDADD = $(GUANAI_LDADD)
tests_unit_test_exchange_layout_LDADD = $(GUANAI_LDADD)
tests_unit_test_package_LDADD = $(GUANAI_LDADD)
tests_unit_test_pdf_LDADD = $(GUANAI_LDADD)

# libFuzzer targets, built and run for a few seconds by the script (clang)
TESTS += tests/fuzz/exchange-fuzz.sh
EXTRA_DIST += tests/fuzz/exchange-fuzz.sh tests/fuzz/fuzz-csv.c tests/fuzz/fuzz-values.c \
	tests/fuzz/corpus
# what tests/fuzz/exchange-fuzz.sh builds and logs in the build tree
CLEANFILES += tests/fuzz/fuzz-csv tests/fuzz/fuzz-values tests/fuzz/build.log \
	tests/fuzz/csv.log tests/fuzz/values.log tests/fuzz/crash-*
