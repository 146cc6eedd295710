#!/bin/bash
# print-long.sh — `print forms` on a 100 KB unbroken note (planted below the
# program, as old data or a package could bring it) finishes in under 5 s of
# CPU (it took 112 s: the layout was superlinear); and free text longer than
# FIELD_TEXT_MAX (2000 characters) or a name longer than 32 is refused at
# import, with the limit in the reason.
. "$GUANAI_SRCDIR/tests/lib.sh"
# Sanitizer build: cairo's and fontconfig's own leaks are suppressed as in
# the print tests (full stacks, so nothing of ours is hidden)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI" >&2; exit 77; }
D="$T/g.db"
expect_rc 0 "$G" --db "$D" demo --children 3 --seed 1
id=$(sqlite3 "$D" "select id from child order by name limit 1")
# 100 KB without a break opportunity (Latin letters: CJK text may break
# between any two characters, so pango's fallback to breaking inside a word
# — the slow path — is not taken for it)
sqlite3 "$D" "DROP TRIGGER child_audit_upd;
    UPDATE child SET notes = (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL
    SELECT x + 1 FROM c WHERE x < 102000) SELECT group_concat('a', '') FROM c)
    WHERE id = '$id'" || fail "cannot plant the long note"
[ "$(sqlite3 "$D" "select length(cast(notes as blob)) from child where id = '$id'")" = 102000 ] ||
	fail "the note is not 100 KB"
TIMEFORMAT='%R %U %S'
{ time "$G" --db "$D" print forms -o "$T/f.pdf" >"$T/out" 2>"$T/err"; } 2>"$T/time"
rc=$?
read -r real user sys <"$T/time"
cpu=$(awk "BEGIN { print $user + $sys }")
echo "print forms, 100 KB note: ${real} s wall, ${cpu} s CPU"
[ "$rc" = 0 ] || { fail "print forms failed"; sed 's/^/  | /' "$T/err" >&2; }
# the bound is for the plain build; sanitizers (full-stack unwinding on
# every malloc) multiply the cost, the same layout still has to finish
limit=5
grep -qa __asan_init "$G" && limit=30
awk "BEGIN { exit !($cpu < $limit) }" || fail "print forms took ${cpu} s of CPU (want < $limit)"
[ -s "$T/f.pdf" ] || fail "no PDF"
# the limits at import
long=$(printf '好%.0s' $(seq 1 2001))
printf '姓名,性别,出生日期,年级,班级,备注\n张三,男,2016-01-01,3,1,%s\n' "$long" >"$T/long.csv"
expect_rc 2 "$G" --db "$D" import "$T/long.csv"
grep -q "2000" "$T/long.rejected.csv" || fail "the reason does not say the limit (2000)"
name=$(printf '张%.0s' $(seq 1 33))
printf '姓名,性别,出生日期,年级,班级\n%s,男,2016-01-01,3,1\n' "$name" >"$T/name.csv"
expect_rc 2 "$G" --db "$D" import "$T/name.csv"
grep -q "32" "$T/name.rejected.csv" || fail "the reason does not say the limit (32)"
ok=$(printf '好%.0s' $(seq 1 2000))
printf '姓名,性别,出生日期,年级,班级,备注\n李四,男,2016-01-01,3,1,%s\n' "$ok" >"$T/ok.csv"
expect_rc 0 "$G" --db "$D" import "$T/ok.csv"
finish
