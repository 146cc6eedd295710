#!/bin/sh
# 班级和在校人数 (issue 11, item 7): g on the list (or the F9 menu) shows
# the classes; Enter sets the pupils enrolled, t the head teacher, a adds a
# class and asks its enrolment; `guanai stats --format json` divides by
# what was typed.  Esc in a prompt changes nothing; a word that is not a
# number is refused with its reason.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys g
tui_wait "班级和在校人数" || finish
tui_wait "三年级(2)班"
grep -q "四年级(1)班" "$T/screen" || fail "四年级(1)班 not listed"
tui_fits 80 "the classes screen"

# Enter alone on the first class: the prompt, then Enter keeps it unknown
tui_keys Enter
tui_wait "的在校学生数："
tui_keys Escape
tui_wait_gone "的在校学生数："
# a word is refused
tui_keys Enter
tui_wait "的在校学生数："
tui_type "四十"
tui_keys Enter
tui_wait "不是人数"
# 40 pupils in 三年级(2)班, 3 of them on the register: 7.5%
tui_keys Enter
tui_wait "的在校学生数："
tui_type 40
tui_keys Enter
tui_wait "7.5%"
tui_keys t
tui_wait "班主任"
tui_type "王老师"
tui_keys Enter
tui_wait "王老师"
# a new class: 四年级2班 with 25 pupils
tui_keys a
tui_wait "新班级"
tui_type "四年级2班"
tui_keys Enter
tui_wait "的在校学生数："
tui_type 25
tui_keys Enter
tui_wait "四年级(2)班"
tui_wait "25"
tui_fits 80 "the classes screen"
"$G" --db "$T/db" stats --format json >"$T/stats.json" 2>&1 || fail "stats"
expect_grep '"3": {[^}]*"enrolled": 40' "$T/stats.json" "stats after 40 enrolled in 三(2)"
expect_grep '"4": {[^}]*"enrolled": 25' "$T/stats.json" "stats after 25 enrolled in 四(2)"
# the F9 menu has it too
tui_keys Escape
tui_wait "4 条匹配"
tui_keys F9
tui_wait "班级和在校人数"
tui_keys Escape F10
tui_wait "GUANAI-EXIT=0"
finish
