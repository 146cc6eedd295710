# printing: rosters, cards, forms as PDF (issue 5)
noinst_HEADERS += include/guanai/pdf.h src/io/pdf-private.h \
	include/guanai/print.h src/app/print-private.h
src_libguanai_a_SOURCES += src/io/pdf.c src/io/pdf-layout.c \
	src/app/print.c src/app/print-docs.c src/app/print-lists.c src/app/print-stats.c \
	src/cli/cmd-print.c

check_PROGRAMS += tests/unit/test-pdf
tests_unit_test_pdf_LDADD = src/libguanai.a $(GUANAI_LIBS)
TESTS += tests/unit/test-pdf

# CLI tests: demo and hand-made schools printed, read back with poppler
TESTS += tests/print/roster.sh tests/print/forms-cards.sh \
	tests/print/lists.sh tests/print/printer-atomic.sh
EXTRA_DIST += tests/print/common.sh tests/print/roster.sh \
	tests/print/forms-cards.sh tests/print/lists.sh \
	tests/print/printer-atomic.sh tests/print/lsan.supp bench/print.sh \
	bench/README-print.md
