# proof under fault and load: crash, fuzz, concurrency, full disk, benches (issue 7)
TESTS += tests/fault/crash.sh tests/fault/fuzz.sh tests/fault/valgrind-cli.sh \
	tests/fault/concurrency.sh tests/fault/fulldisk.sh tests/fault/fulldisk-msg.sh \
	tests/fault/xlsx-efbig.sh
EXTRA_DIST += tests/fault/crash.sh tests/fault/fuzz.sh tests/fault/fuzz-build.sh \
	tests/fault/fuzz-long.sh tests/fault/valgrind-cli.sh \
	tests/fault/concurrency.sh tests/fault/fulldisk.sh tests/fault/fulldisk-msg.sh \
	tests/fault/xlsx-efbig.sh tests/fuzz/fuzz-date.c tests/fuzz/fuzz-validate.c tests/fuzz/fuzz-fields.c \
	tests/fuzz/fuzz-pinyin.c tests/fuzz/fuzz-package.c tests/fuzz/fuzz-search.c \
	tests/fuzz/corpus-date tests/fuzz/corpus-validate tests/fuzz/corpus-fields \
	tests/fuzz/corpus-pinyin tests/fuzz/corpus-package tests/fuzz/corpus-search \
	tests/fuzz/fuzz-gb18030.c tests/fuzz/corpus-gb18030 \
	bench/callgrind.sh bench/tui-import.sh bench/i386.sh
# the holes a hostile probe found: files, backup, restore, terminal (issue 14)
FAULT_SEC_TESTS = tests/fault/backup-encrypted.sh tests/fault/restore-open.sh \
	tests/fault/restore-kill.sh tests/fault/tempfiles.sh \
	tests/fault/term-escapes.sh tests/fault/print-long.sh \
	tests/fault/readonly.sh
TESTS += $(FAULT_SEC_TESTS)
EXTRA_DIST += $(FAULT_SEC_TESTS)
# issue 15: cold start and first paint beside sqlite3 (bench/run, BENCH_ONLY=cold)
EXTRA_DIST += bench/coldstart.sh bench/coldtool.c bench/firstpaint.sh
# Ctrl-C during import, export and pack: nothing kept, no temporary file
TESTS += tests/fault/interrupt.sh
EXTRA_DIST += tests/fault/interrupt.sh
