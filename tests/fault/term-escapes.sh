#!/bin/bash
# term-escapes.sh — no escape sequence, C1 control or bidi override that a
# user, a CSV or a package put in the data reaches the terminal through the
# CLI (DESIGN §8): a child, a helper, an account and a school named with
# OSC 52 (clipboard write), a screen clear, a window title, U+202E and a C1
# CSI, then every command that prints them.
. "$GUANAI_SRCDIR/tests/lib.sh"
# Sanitizer build: cairo's and fontconfig's own leaks are suppressed as in
# the print tests (full stacks, so nothing of ours is hidden)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI" >&2; exit 77; }
D="$T/g.db"
export GUANAI_PASSPHRASE='escape-test-pass'
expect_rc 0 "$G" --db "$D" demo --children 20 --seed 6
# the hostile text, planted below the program (as a crafted database or
# package would bring it): the audit triggers need guanai's SQL functions
H=$(printf '\033]52;c;aGVsbG8=\007X\342\200\256Y\033[2J\033]0;pwned\007\302\233Z\342\201\246')
q=${H//\'/\'\'}
id=$(sqlite3 "$D" "select id from child order by name limit 1")
sqlite3 "$D" "DROP TRIGGER child_audit_upd; DROP TRIGGER helper_audit_upd;
    DROP TRIGGER school_audit_upd;
    UPDATE child SET name = '坏$q', notes = 'n$q', personality = 'p$q',
        address = 'a$q' WHERE id = '$id';
    UPDATE helper SET name = 'h$q';
    UPDATE school SET name = 's$q';" || fail "cannot plant the hostile text"
seq=$(sqlite3 "$D" "select seq from child_seq where child_id = '$id'" 2>/dev/null)
# raw: 1 when FILE holds ESC, BEL, CR, a C1 control (UTF-8 C2 80-9F) or a
# bidi control (U+202A-202E, U+2066-2069)
raw() { LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"; }
check_out() { # what: the last command's stdout and stderr must be clean
	cat "$T/out" "$T/err" >"$T/both"
	if raw "$T/both"; then
		fail "$1 prints a control character"
		LC_ALL=C grep -naP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]' "$T/both" | od -c | head -4 >&2
	else
		grep -q "pwned\|52;c" "$T/both" || echo "note: $1 does not show the planted text"
		ok "$1"
	fi
}
run() { "$G" --db "$D" "$@" >"$T/out" 2>"$T/err"; check_out "$*"; }
run list
run list --format tsv
run list --format json
run list --search 坏
run show "$id"
[ -n "$seq" ] && run show "$seq"
run check
run check --format tsv
run remind --days 400
run remind --format tsv
run stats
run stats --format csv
run user list
# the TUI-free commands that name the school or a helper
run print roster -o "$T/r.pdf"
run pack "$T/p.gak"
# unpack --preview of a package that carries the hostile rows
"$G" --db "$T/clean.db" init --school 干净小学 >"$T/out" 2>"$T/err"; check_out "init"
"$G" --db "$T/clean.db" unpack "$T/p.gak" --preview >"$T/out" 2>"$T/err"; check_out "unpack --preview"
"$G" --db "$T/clean.db" unpack "$T/p.gak" >"$T/out" 2>"$T/err"; check_out "unpack"
# init with a hostile school name: refused, and the refusal printed clean
expect_rc 2 "$G" --db "$T/x.db" init --school "$H"; check_out "init --school (refused)"
# import: a name with a bidi override or a C1 control is refused
printf '姓名,性别,出生日期,年级,班级\n"李\342\200\256四",男,2016-01-01,3,1\n"王\302\233五",男,2016-01-01,3,1\n' >"$T/bidi.csv"
expect_rc 2 "$G" --db "$T/clean.db" import "$T/bidi.csv"; check_out "import (refused)"
expect_grep "2 rejected" "$T/out" "import of names with bidi/C1 controls"
# an account named with the hostile text (planted: user add refuses it)
GUANAI_PASSWORD=head-pass-1 expect_rc 2 "$G" --db "$T/clean.db" user add "坏$H" --role head
check_out "user add (refused)"
finish
