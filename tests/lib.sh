# lib.sh — shared by the shell tests (CLI and TUI).  Source it first:
#   . "${GUANAI_SRCDIR:?run through make check}/tests/lib.sh" || exit 99
# Gives: $G (the binary), a private temp dir $T, a fixed "today", fail/ok.
set -u
G=${GUANAI_BIN:?run through make check}
SRC=${GUANAI_SRCDIR:?run through make check}
T=$(mktemp -d "${TMPDIR:-/tmp}/guanai-test.XXXXXX") || exit 99
# Never go on without a private temp dir: tests delete below $T.
case "$T" in */guanai-test.??????) [ -d "$T" ] || exit 99 ;; *) exit 99 ;; esac
trap 'rm -rf "${T:?}"' EXIT
export GUANAI_TODAY=${GUANAI_TODAY:-2026-11-29}
export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share"
mkdir -p "$HOME"
unset GUANAI_DB GUANAI_PASSPHRASE LANGUAGE
export LC_ALL=C.UTF-8 LANG=C.UTF-8
failures=0
# A Chinese locale when the machine has one (quickstart makes zh_CN.UTF-8).
have_zh() { locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; }
use_zh() { export LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8; }
use_en() { export LC_ALL=C.UTF-8 LANG=C.UTF-8; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
# expect_rc WANT CMD...: run CMD, compare its exit status.
expect_rc() {
	local want=$1 rc; shift
	"$@" >"$T/out" 2>"$T/err"; rc=$?
	if [ "$rc" != "$want" ]; then
		fail "exit $rc (want $want): $*"; sed 's/^/  | /' "$T/err" >&2
		return 1
	fi
	return 0
}
# expect_grep PATTERN FILE [what]
expect_grep() { grep -q -- "$1" "$2" || { fail "${3:-$2} lacks '$1'"; sed 's/^/  | /' "$2" | head -20 >&2; }; }
expect_nogrep() { ! grep -q -- "$1" "$2" || fail "${3:-$2} has '$1'"; }
finish() { [ "$failures" = 0 ] && exit 0; echo "$failures failure(s)" >&2; exit 1; }
