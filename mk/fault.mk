# proof under fault and load: crash, fuzz, concurrency, full disk, benches (issue 7)
TESTS += tests/fault/crash.sh tests/fault/fuzz.sh tests/fault/valgrind-cli.sh \
	tests/fault/concurrency.sh tests/fault/fulldisk.sh tests/fault/fulldisk-msg.sh \
	tests/fault/xlsx-efbig.sh
# export to a full or read-only target: the CSV message does not name the
# file (src/base/charset.c:402,449), the XLSX one lets libxlsxwriter print
# its own [ERROR] lines (src/io/xlsx.c) — regression test until fixed.
XFAIL_TESTS += tests/fault/fulldisk-msg.sh
# .xlsx export with writes failing part-way (EFBIG) reports success over a
# sheet cut short (src/io/xlsx.c: libxlsxwriter's temporary sheet files in
# constant_memory mode, write errors unchecked).
XFAIL_TESTS += tests/fault/xlsx-efbig.sh
EXTRA_DIST += tests/fault/crash.sh tests/fault/fuzz.sh tests/fault/fuzz-build.sh \
	tests/fault/fuzz-long.sh tests/fault/valgrind-cli.sh \
	tests/fault/concurrency.sh tests/fault/fulldisk.sh tests/fault/fulldisk-msg.sh \
	tests/fault/xlsx-efbig.sh tests/fuzz/fuzz-date.c tests/fuzz/fuzz-validate.c tests/fuzz/fuzz-fields.c \
	tests/fuzz/fuzz-pinyin.c tests/fuzz/fuzz-package.c \
	tests/fuzz/corpus-date tests/fuzz/corpus-validate tests/fuzz/corpus-fields \
	tests/fuzz/corpus-pinyin tests/fuzz/corpus-package bench/callgrind.sh
