#!/bin/bash
# fuzz.sh — the libFuzzer targets of issue 7 (tests/fuzz/fuzz-{date,
# validate,fields,pinyin,package,search,gb18030}.c) built with clang and ASan+UBSan, each
# replaying its stored corpus (seeds and the regression inputs of past
# findings) and then exploring for GUANAI_FUZZ_SECONDS (default 5) seconds,
# two at a time.  Skips (77) only when clang cannot build a fuzzer.
# A crash prints the input (hex) and fails; keep it as a regression input:
# copy it into tests/fuzz/corpus-NAME/ (see bench/README.md).
set -u
. "${GUANAI_SRCDIR:?}/tests/lib.sh" || exit 99
case "$T" in /tmp/guanai-test.*) ;; *) exit 99 ;; esac
. "$SRC/tests/fault/fuzz-build.sh" || exit 99
SECS=${GUANAI_FUZZ_SECONDS:-5}

# ASan's own build flags must not leak into clang's (an ASan make check).
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
fuzz_build "$T/fuzz"; rc=$?
[ "$rc" = 77 ] && { echo "skip: clang cannot build libFuzzer targets here" >&2; exit 77; }
[ "$rc" = 0 ] || { fail "fuzz targets do not build"; finish; }

# run_one NAME: replay, then explore; prints one line, the log on failure.
run_one() {
	local t=$1 w="$T/fuzz/work-$1" log="$T/fuzz/$1.log" a
	mkdir -p "$w" && cp "$SRC/tests/fuzz/corpus-$t/"* "$w/"
	if ! "$T/fuzz/fuzz-$t" -runs=0 "$SRC/tests/fuzz/corpus-$t" >"$log" 2>&1; then
		echo "FAIL: fuzz-$t: a stored input of tests/fuzz/corpus-$t fails"
		grep -E 'ERROR|SUMMARY|Running:|#[0-9]+ 0x' "$log" | head -20
		return 1
	fi
	if ! "$T/fuzz/fuzz-$t" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$T/fuzz/crash-$t-" "$w" >>"$log" 2>&1; then
		echo "FAIL: fuzz-$t found an input that fails:"
		grep -E 'ERROR|SUMMARY|#[0-9]+ 0x' "$log" | head -20
		for a in "$T"/fuzz/crash-"$t"-*; do
			[ -e "$a" ] || continue
			echo "  input ${a##*/} (hex): $(od -An -tx1 -v "$a" | head -c 600 | tr -s ' \n' ' ')"
		done
		return 1
	fi
	echo "ok: fuzz-$t $(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)"
}
export -f run_one
export T SRC SECS
printf '%s\n' $FUZZ_TARGETS | xargs -P 2 -I{} bash -c 'run_one {}' >"$T/fuzz/results" 2>&1
cat "$T/fuzz/results"
n=$(grep -c '^FAIL' "$T/fuzz/results")
failures=$((failures + n))
[ "$(grep -c '^ok: fuzz-' "$T/fuzz/results")" = "$(echo $FUZZ_TARGETS | wc -w)" ] || [ "$n" -gt 0 ] ||
	fail "a fuzz target did not report"
finish
