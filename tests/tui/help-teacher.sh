#!/bin/sh
# help-teacher.sh — the help screen (?) speaks to the role signed in: a
# class teacher was told 「c 班级 · 只看一个班，或看全校」 and 「按 c 选班级
# （也可以选全校）」, but she has no 全校 — she sees her own classes; the
# headteacher's help still says 全校.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" user add 王校长 --role head >/dev/null 2>&1 ||
	fail "user add head"
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 GUANAI_NEW_PASSWORD=laoshi111 \
    "$G" --db "$T/db" user add 李老师 --role teacher --class 3-2 >/dev/null 2>&1 ||
	fail "user add teacher"
# the class teacher: her classes, no 全校 anywhere in the help
TUI_ENV="GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111"
tui_start "$T/db"
tui_wait "3 条匹配" || finish
tui_keys '?'
tui_wait "本屏按键" || finish
tui_wait "只看自己的一个班，或看自己的全部班级" || finish
tui_fits 80 "the teacher's help"
# every page of the help, read as it scrolls
cp "$T/screen" "$T/help"
tui_keys PageDown
tui_wait "各屏通用按键" || finish
cat "$T/screen" >>"$T/help"
tui_keys PageDown
tui_wait "如何打印花名册" || finish
cat "$T/screen" >>"$T/help"
tui_keys PageDown
tui_wait "如何备份" || finish
cat "$T/screen" >>"$T/help"
expect_grep "也可以选自己的全部班级" "$T/help" "the teacher's help (how to print)"
expect_nogrep "全校" "$T/help" "the teacher's help"
tui_keys Escape q
tui_wait "GUANAI-EXIT=0"
# the headteacher: the whole school
TUI_ENV="GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1"
tui_restart "$T/db"
tui_wait "4 条匹配" || finish
tui_keys '?'
tui_wait "本屏按键" || finish
tui_wait "只看一个班，或看全校" || finish
tui_keys Escape q
tui_wait "GUANAI-EXIT=0"
finish
