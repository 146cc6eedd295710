# io: file formats — CSV, the county's column layout, xlsx, USB packages,
# PDF — streams of rows, no SQL, no screen
src_libio_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_IO
src_libio_a_SOURCES = src/io/csv.c src/io/layout.c src/io/package.c \
	src/io/sheet.c

# The documents: PDF (one layout engine, pdf.c + pdf-layout.c, over a
# backend: cairo + pango in pdf-cairo.c, or the builtin engine pdf-own.c +
# ttf.c + pdfwrite.c) and Excel (libxlsxwriter; FreeXL for .xls, minizip +
# expat for .xlsx).  Without PDF (--without-pdf) or FreeXL
# (a Windows build without it) their functions come from docs-nopdf.c / docs-noxls.c, which say
# what this build cannot do.
if DOCS_STATIC
# Windows: no dlopen; the documents are part of the program (issue 16).
src_libio_a_SOURCES += src/io/xlsx.c src/io/sheet-xlsx.c
if WITH_PDF
src_libio_a_SOURCES += src/io/pdf.c src/io/pdf-layout.c
else
src_libio_a_SOURCES += src/io/docs-nopdf.c
endif
if PDF_CAIRO
src_libio_a_SOURCES += src/io/pdf-cairo.c
endif
if PDF_BUILTIN
src_libio_a_SOURCES += src/io/pdf-own.c src/io/ttf.c src/io/pdfwrite.c
endif
if WITH_XLS
src_libio_a_SOURCES += src/io/sheet-xls.c
else
src_libio_a_SOURCES += src/io/docs-noxls.c
endif
else
src_libio_a_SOURCES += src/io/docs.c
# guanai-docs.so: PDF and Excel with the ~40 libraries they need, loaded by
# src/io/docs.c on the first print, export or Excel import (DESIGN §14), so
# that the TUI and everyday commands start without them.  Everything in it
# is hidden but its table; the base functions it calls come from the
# program (-rdynamic).
guanaimoddir = $(pkglibdir)
guanaimod_PROGRAMS = src/guanai-docs.so
src_guanai_docs_so_SOURCES = src/io/docs-module.c src/io/xlsx.c \
	src/io/sheet-xlsx.c
if WITH_PDF
src_guanai_docs_so_SOURCES += src/io/pdf.c src/io/pdf-layout.c
else
src_guanai_docs_so_SOURCES += src/io/docs-nopdf.c
endif
if PDF_CAIRO
src_guanai_docs_so_SOURCES += src/io/pdf-cairo.c
endif
if PDF_BUILTIN
src_guanai_docs_so_SOURCES += src/io/pdf-own.c src/io/ttf.c src/io/pdfwrite.c
endif
if WITH_XLS
src_guanai_docs_so_SOURCES += src/io/sheet-xls.c
else
src_guanai_docs_so_SOURCES += src/io/docs-noxls.c
endif
src_guanai_docs_so_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_IO
src_guanai_docs_so_CFLAGS = $(AM_CFLAGS) -fPIC -fvisibility=hidden
src_guanai_docs_so_LDFLAGS = $(SAN_LDFLAGS) -shared
src_guanai_docs_so_LDADD = $(XLSXWRITER_LIBS) $(EXCELREAD_LIBS) $(PANGOCAIRO_LIBS) $(PDF_LIBS) -lm
endif
noinst_HEADERS += include/guanai/io/visible.h \
	include/guanai/io/csv.h include/guanai/io/layout.h \
	include/guanai/io/xlsx.h include/guanai/io/package.h \
	include/guanai/io/pdf.h src/io/pdf-private.h \
	src/io/ttf.h src/io/pdfwrite.h \
	include/guanai/io/sheet.h src/io/sheet-private.h src/io/docs-api.h

check_PROGRAMS += tests/unit/test-sheet
TESTS += tests/unit/test-sheet
tests_unit_test_sheet_LDADD = $(GUANAI_LDADD)
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
	tests/fuzz/corpus tests/fuzz/fuzz-sheet.c
# what tests/fuzz/exchange-fuzz.sh builds and logs in the build tree
CLEANFILES += tests/fuzz/fuzz-csv tests/fuzz/fuzz-values tests/fuzz/fuzz-sheet \
	tests/fuzz/build.log tests/fuzz/sheet.log \
	tests/fuzz/csv.log tests/fuzz/values.log tests/fuzz/crash-*

# The builtin PDF engine, built for its test whatever backend the program
# uses (Linux: cairo), with the same layout engine.
check_PROGRAMS += tests/unit/test-pdf-own
TESTS += tests/unit/test-pdf-own
tests_unit_test_pdf_own_SOURCES = tests/unit/test-pdf-own.c src/io/pdf.c \
	src/io/pdf-layout.c src/io/pdf-own.c src/io/ttf.c src/io/pdfwrite.c
tests_unit_test_pdf_own_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_IO
tests_unit_test_pdf_own_LDADD = src/libbase.a $(LIBINTL) $(PDF_LIBS) -lm
