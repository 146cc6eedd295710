#!/bin/bash
# fuzz-long.sh — the long fuzz run, by hand (not in make check):
#   GUANAI_SRCDIR=/work/main GUANAI_BUILDDIR=/tmp/b GUANAI_BIN=/tmp/b/src/guanai \
#   tests/fault/fuzz-long.sh [SECONDS_PER_TARGET]   (default 300)
# Builds the targets of fuzz-build.sh, runs each (two at a time) from its
# seed corpus, and prints one line per target: executions, crashes.  The
# numbers go to bench/README.md.  A crash input is kept in
# $GUANAI_FUZZ_KEEP (default /tmp/guanai-fuzz-findings) to become a
# regression input in tests/fuzz/corpus-NAME/.
set -u
. "${GUANAI_SRCDIR:?}/tests/lib.sh" || exit 99
case "$T" in /tmp/guanai-test.*) ;; *) exit 99 ;; esac
. "$SRC/tests/fault/fuzz-build.sh" || exit 99
SECS=${1:-300}
KEEP=${GUANAI_FUZZ_KEEP:-/tmp/guanai-fuzz-findings}
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
fuzz_build "$T/fuzz" || { echo "cannot build the fuzz targets" >&2; exit 1; }
mkdir -p "$KEEP" || exit 1
long_one() {
	local t=$1 w="$T/fuzz/work-$1" log="$T/fuzz/$1.log" runs crashes
	mkdir -p "$w" && cp "$SRC/tests/fuzz/corpus-$t/"* "$w/"
	# -fork keeps going after a finding; one job: two targets share 2 cores.
	"$T/fuzz/fuzz-$t" -fork=1 -ignore_crashes=1 -max_total_time="$SECS" \
	    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$KEEP/crash-$t-" \
	    "$w" >"$log" 2>&1
	# fork mode's status lines: "#N: cov: … oom/timeout/crash: A/B/C …"
	runs=$(grep -o '^#[0-9]*:' "$log" | tail -1 | tr -d '#:')
	crashes=$(grep -o 'oom/timeout/crash: [0-9/]*' "$log" | tail -1 | sed 's/.*: //')
	cp "$log" "$KEEP/$t.log"
	echo "fuzz-$t: ${runs:-?} executions in ${SECS}s, oom/timeout/crash ${crashes:-?}, corpus $(ls "$w" | wc -l) inputs"
}
export -f long_one
export T SRC SECS KEEP
echo "fuzz-long: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${SECS}s per target"
printf '%s\n' $FUZZ_TARGETS | xargs -P 2 -I{} bash -c 'long_one {}'
ls "$KEEP"/crash-* 2>/dev/null && echo "findings kept in $KEEP"
exit 0
