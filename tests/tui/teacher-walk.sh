#!/bin/sh
# teacher-walk.sh — what a class teacher (三年级(2)班) does on her own PC
# must stay inside her class: the record screen cannot send a child to
# another class (the child vanished from her list, moved into 三年级(1)班
# which she may not touch; `guanai edit` refused the same move); the
# county's sheet she exports is named for her class, not 我的班级 (every
# teacher's file on the head's stick took the same name); the backup she
# may not make is marked 校长 in the menu and its refusal tells her what
# to do instead (it said only 只有校长账号才能做这件事); a question on the
# bottom line is read whole (it was cut at half the width:
# 「三年级(2)班的班主任（姓名，留空为不设）…」); a wrapped question starts
# no line with a closing mark (「继续吗」 stood above a lone 「？」) and
# ends none with an opening one; removing a helper (the headteacher's
# job) is refused before the question, not after 「y删除」; a typed roster
# path that is not there is named whole (it said 找不到 roster.xlsx of
# /tmp/…/roster.xlsx/tmp/…/roster.xlsx).  And on her new PC, where
# nobody has an account yet, the first account's role is 校长 by default
# (the screen says to add the head's first; Enter took 班主任 and asked
# her classes, to refuse after the passwords).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
"$G" --db "$T/db" class set 3-1 --enrolled 40 >/dev/null 2>&1 || fail "class set 3-1"
GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" user add 王校长 --role head >/dev/null 2>&1 ||
	fail "user add head"
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 GUANAI_NEW_PASSWORD=laoshi111 \
    "$G" --db "$T/db" user add 李老师 --role teacher --class 3-2 >/dev/null 2>&1 ||
	fail "user add teacher"
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" helper add 赵老师 --role 教师 \
    >/dev/null 2>&1 || fail "helper add"
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" pair 钱多多 赵老师 \
    >/dev/null 2>&1 || fail "pair 钱多多"
TUI_ENV="GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111"
tui_start "$T/db"
tui_wait "3 条匹配" || finish

# 1. the record screen: 班级 2 -> 1 and F2 is refused, saying why
open_zhangsiyuan || finish
tui_keys Down Down Down Down Down Down Down Down
tui_keys Enter
tui_wait "回车或 Tab 确认" || finish
tui_keys C-u
tui_type 1
tui_keys F2
tui_wait "三年级(1)班不是您任教的班级" || finish
head -1 "$T/screen" | grep -q "已保存" && fail "the title says 已保存 after a refused save"
head_list() { GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" list "$@"; }
head_list --class 3-2 --format tsv >"$T/list" 2>&1
expect_grep "张思远" "$T/list" "3-2 after the refused move"
head_list --class 3-1 --format tsv >"$T/list31" 2>&1
expect_nogrep "张思远" "$T/list31" "3-1 after the refused move"
# she puts it back and leaves without saving
tui_keys Escape
tui_wait "档案有修改还没有保存" || finish
tui_keys d
tui_wait "1 条匹配" || finish

# 2. her export for the county: the name says 三年级2班
tui_keys C-u Escape
tui_wait "3 条匹配" || finish
tui_keys o
tui_wait "文件名：" || finish
grep -q "太平山镇中心小学-三年级2班-20261129.xlsx" "$T/screen" ||
	fail "the export's name is not her class's: $(grep 文件名 "$T/screen")"
tui_keys Enter
tui_wait "共 3 人" || finish
[ -f "$HOME/太平山镇中心小学-三年级2班-20261129.xlsx" ] || fail "no 三年级2班 sheet in $HOME: $(ls "$HOME")"

# 3. the backup is the headteacher's: the menu says so, the refusal says
# what she does instead
tui_keys F9
tui_wait "备份到U盘…（校长）" || finish
grep -q "恢复备份…（校长）" "$T/screen" || fail "the menu's 恢复备份 is not marked 校长"
tui_keys Escape
tui_wait_gone "备份到U盘"
tui_keys b
tui_wait "只有校长账号才能备份或恢复整个数据库" || finish
grep -q "U盘导出" "$T/screen" || fail "the refusal does not say U盘导出"

# 4. her class's head teacher: the question is whole
tui_keys g
tui_wait "回车：在校学生数" || finish
tui_keys t
tui_wait "三年级(2)班的班主任（姓名，留空为不设）：" || finish
tui_keys Escape
tui_wait_gone "留空为不设"
tui_keys Escape

# 5. the confidential print's question, wrapped in its box (and the
# statistics' paragraph): no line starts with ？ or ends with （
badwrap() { # badwrap FILE: lines that break a Chinese line wrongly
	grep -E '^[ x|]*[，。、；：？！）》」』”]|（[ x|]*$' "$1"
}
tui_keys p
tui_wait "打印什么" || finish
tui_keys Right Enter
tui_wait "请妥善保管" || finish
badwrap "$T/screen" >"$T/bad" && { fail "a line of the question is broken wrongly: $(cat "$T/bad")"; sed 's/^/  | /' "$T/screen" >&2; }
tui_keys n
tui_wait_gone "请妥善保管"
tui_keys Escape
tui_wait "3 条匹配" || finish
tui_keys s
tui_wait "分年级、性别人数" || finish
tui_keys End
tui_wait "本班共有留守儿童" || finish
badwrap "$T/screen" >"$T/bad" && { fail "a line of the paragraph is broken wrongly: $(cat "$T/bad")"; sed 's/^/  | /' "$T/screen" >&2; }
tui_keys Escape

# 6. a helper of the school: she cannot remove him, and is told at once
tui_keys j
tui_wait "赵老师" || finish
tui_keys d
tui_wait "只有校长账号才能删除帮扶人" || finish
grep -q "从名单中删除吗" "$T/screen" && fail "the teacher was asked to remove a helper she may not remove"
tui_keys Escape
tui_wait "3 条匹配" || finish

# 7. a roster path typed wrong is named whole
tui_keys m
tui_wait "其他文件或文件夹" || finish
tui_keys Enter
tui_wait "文件或文件夹：" || finish
tui_type "$T/stick/名单.xlsx"
tui_keys Enter
tui_wait "找不到 $T/stick/名单.xlsx" || finish
tui_keys Escape
tui_wait "3 条匹配" || finish

tui_keys q
tui_wait "GUANAI-EXIT=0"

# 8. a fresh database: the first account is the headteacher's
"$G" --db "$T/db2" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db2"
TUI_ENV=""
tui_restart "$T/db2"
tui_wait "搜索" || finish
tui_keys u
tui_wait "先添加校长的账号" || finish
tui_keys a
tui_wait "新账号的名字" || finish
tui_type 王校长
tui_keys Enter
tui_wait "班主任" || finish
tui_keys Enter
tui_wait "密码：" || finish
grep -q "管哪些班" "$T/screen" && fail "Enter on the first account's role took 班主任"
tui_type xiaozhang1
tui_keys Enter
tui_wait "再输入一遍密码" || finish
tui_type xiaozhang1
tui_keys Enter
tui_wait "已添加账号王校长（校长）" || finish
tui_keys Escape
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
