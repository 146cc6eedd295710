#!/bin/sh
# exchange-fuzz.sh — builds the libFuzzer targets for the CSV reader, the
# .xlsx reader and the value parsers with clang (-fsanitize=fuzzer,address,undefined) and
# runs each for a few seconds (GUANAI_FUZZ_SECONDS, default 4) from the
# seed corpus in tests/fuzz/corpus/, after replaying every stored input
# (the regression tests: a crash found by hand becomes a file there).
# Skips (77) when clang or its fuzzer runtime is missing.
# By hand, longer:  GUANAI_FUZZ_SECONDS=600 make check TESTS=tests/fuzz/exchange-fuzz.sh
S=${GUANAI_SRCDIR:?run through make check}
B=${GUANAI_BUILDDIR:?run through make check}
SECS=${GUANAI_FUZZ_SECONDS:-4}
CC_FUZZ=${CLANG:-clang}
command -v "$CC_FUZZ" >/dev/null 2>&1 || { echo "clang not found: skipped"; exit 77; }
OUT="$B/tests/fuzz"
mkdir -p "$OUT" || exit 1
CF="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
CF="$CF -I$S/include -I$B -I$S/src/core -DLOCALEDIR=\"/nonexistent\""
base="$S/src/base/buf.c $S/src/base/mem.c $S/src/base/utf8.c $S/src/base/err.c $S/src/base/termsafe.c $S/src/base/plat-posix.c"
if ! $CC_FUZZ $CF -o "$OUT/fuzz-csv" "$S/tests/fuzz/fuzz-csv.c" "$S/src/io/csv.c" \
    $base 2>"$OUT/build.log"; then
	grep -q 'fuzzer' "$OUT/build.log" && { echo "no libFuzzer runtime: skipped"; exit 77; }
	cat "$OUT/build.log"; exit 1
fi
$CC_FUZZ $CF -o "$OUT/fuzz-values" "$S/tests/fuzz/fuzz-values.c" \
    "$S/src/core/field.c" "$S/src/core/field-parse.c" "$S/src/core/field-text.c" \
    "$S/src/core/validate.c" "$S/src/base/date.c" "$S/src/base/charset.c" \
    "$S/src/base/gb18030.c" \
    $base 2>>"$OUT/build.log" || { cat "$OUT/build.log"; exit 1; }
$CC_FUZZ $CF -I/usr/include/minizip -o "$OUT/fuzz-sheet" "$S/tests/fuzz/fuzz-sheet.c" \
    "$S/src/io/sheet.c" "$S/src/io/sheet-xlsx.c" "$S/src/io/sheet-xls.c" "$S/src/io/csv.c" \
    $base -lminizip -lexpat -lfreexl -lm 2>>"$OUT/build.log" || { cat "$OUT/build.log"; exit 1; }
status=0
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
for t in csv values sheet; do
	work=$(mktemp -d "${TMPDIR:-/tmp}/guanai-fuzz.XXXXXX")
	cp "$S/tests/fuzz/corpus/$t/"* "$work/"
	# replay the stored inputs, then explore for a bounded time
	if ! "$OUT/fuzz-$t" -runs=0 "$S/tests/fuzz/corpus/$t" >"$OUT/$t.log" 2>&1 ||
	    ! "$OUT/fuzz-$t" -max_total_time="$SECS" -rss_limit_mb=1024 \
	    -artifact_prefix="$OUT/crash-$t-" "$work" >>"$OUT/$t.log" 2>&1; then
		echo "FAIL: fuzz-$t (see $OUT/$t.log; the input is $OUT/crash-$t-*)"
		tail -30 "$OUT/$t.log"
		status=1
	else
		echo "ok: fuzz-$t $(grep -o 'Done [0-9]* runs' "$OUT/$t.log" | tail -1)"
	fi
	rm -rf "${work:?}"
done
exit $status
