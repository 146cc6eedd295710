#!/bin/sh
# classes-total.sh — the 班级 screen's total of pupils enrolled says when it
# is a part: with classes not filled in it read 「在校 45 人」 as if it were
# the school's; now 「在校 45（另有1个班未填）」 as the statistics say
# it, 「未填」 with none, and the plain number once every class has one.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys g
tui_wait "班级和在校人数" || finish
tui_wait "在校 未填" || finish
tui_keys Escape
tui_wait "4 条匹配" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"
"$G" --db "$T/db" class set 3-2 --enrolled 45 >/dev/null 2>&1 || fail "class set"
tui_restart "$T/db"
tui_wait "4 条匹配" || finish
tui_keys g
tui_wait "班级和在校人数" || finish
tui_wait "在校 45（另有1个班未填）" || finish
tui_fits 80 "the classes screen with a class not filled in"
# 四年级(1)班 filled in: the total is the school's
tui_keys Down Enter
tui_wait "的在校学生数：" || finish
tui_type 30
tui_keys Enter
tui_wait "2 个班 · 在校 75 人" || finish
expect_nogrep "未填）" "$T/screen" "the whole total"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
