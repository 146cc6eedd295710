#!/bin/sh
# Finding things and spreadsheet habits (issue 11, item 11): a Chinese
# character typed on the list starts a search with itself; in the record
# Enter keeps a value and moves to the next field, so Enter, type, Enter,
# type fills two fields in a row; Ctrl-S saves like F2 (checked through
# `guanai export`); a message longer than the status row says so, and F12
# shows it whole.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish

# 钱 straight from the input method, no / first
tui_type "钱"
tui_wait "1 条匹配"
grep -q "搜索: 钱" "$T/screen" || fail "the search line does not show 钱"
grep -q "钱多多" "$T/screen" || fail "钱多多 not found by 钱"
grep -q "张思远" "$T/screen" && fail "张思远 still listed after 钱"
tui_keys Enter Escape
tui_wait "4 条匹配"

# Enter moves on: 性格特点 then 兴趣爱好 without an arrow key
open_zhangsiyuan || finish
tui_keys Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
tui_keys Enter C-u
tui_type "外向"
tui_keys Enter Enter C-u
tui_type "下棋"
tui_keys Enter
tui_wait "未保存"
grep -q "性格特点 *外向" "$T/screen" || fail "外向 is not the personality"
grep -q "兴趣爱好 *下棋" "$T/screen" || fail "Enter did not go on to 兴趣爱好"
tui_keys C-s
tui_wait "已保存张思远的档案"
"$G" --db "$T/db" export "$T/out.csv" >/dev/null 2>&1 || fail "export after Ctrl-S"
grep "^张思远," "$T/out.csv" >"$T/row" || fail "张思远 not exported"
expect_grep ",外向,下棋," "$T/row" "张思远's personality and hobbies"
tui_fits 80 "the record"

# a long message: cut on the status row with a pointer, whole under F12
tui_keys Right Right Right Right
tui_wait "[帮扶记录]"
tui_keys a
tui_wait "资助"
tui_type "资助"
tui_keys Enter
tui_wait "金额"
tui_type "一百二十元整由镇政府民政办和学校共同发放给孩子的奶奶请她签字确认后交回学校存档备查完毕"
tui_keys Enter
tui_wait "日期"
tui_keys Enter Enter
tui_wait "F12"
tui_fits 80 "the status row"
grep -q "不是有效的金额" "$T/screen" && fail "the whole long message fits on the status row?"
tui_keys F12
tui_wait "不是有效的金额"
tui_fits 80 "the message screen"
tui_keys Escape
tui_wait "[帮扶记录]"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
