#!/bin/sh
# 操作日志 and an import (issue 15): an import of a file is one line of the
# log; Enter on it shows the line whole and the children it added or
# changed, by class and name, in Chinese, at 80×24 — not the ones it left
# unchanged; Enter on a child opens the record, Esc goes back.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
# 赵松 changed, 孙小明 new, 钱多多 unchanged
cat >"$T/more.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,性格特点
赵松,男,2015-03-08,3,2,安静
孙小明,男,2016-02-02,3,2,
CSV
expect_rc 0 "$G" --db "$T/db" import "$T/more.csv" || finish
tui_start "$T/db"
tui_wait "5 条匹配" || finish
tui_keys l
tui_wait "操作日志" || finish
tui_wait "导入文件（文件 more.csv" || finish
# one line an import: no line a child of it
expect_nogrep "新增儿童档案" "$T/screen" "the log (a line a child)"
[ "$(grep -c "导入文件" "$T/screen")" = 2 ] || fail "not one line an import"
# the newest, more.csv: its two children
tui_keys Enter
tui_wait "本次新增或修改的儿童：共 2 名" || finish
expect_grep "导入文件（文件 more.csv" "$T/screen" "the entry's line"
grep -q "三(2) *孙小明 *新增" "$T/screen" || fail "孙小明 added is not listed"
grep -q "三(2) *赵松 *修改" "$T/screen" || fail "赵松 changed is not listed"
expect_nogrep "张思远" "$T/screen" "the import's children (an unchanged child)"
expect_nogrep "章诗怡" "$T/screen" "the import's children (an unchanged child)"
tui_fits 80 "the import's children"
# Enter on the first child opens the record; Esc comes back to the list
tui_keys Enter
tui_wait "[基本]" || finish
expect_grep "孙小明" "$T/screen" "the record opened"
tui_keys Escape
tui_wait "本次新增或修改的儿童" || finish
tui_keys Escape
tui_wait "最新的在前" || finish
# the first import: all four children of the test school, by class
tui_keys Down Enter
tui_wait "本次新增或修改的儿童：共 4 名" || finish
for who in 张思远 章诗怡 赵松 钱多多; do
	grep -q " $who *新增" "$T/screen" || fail "$who is not listed under the first import"
done
grep -n "钱多多" "$T/screen" | grep -q "四(1)" || fail "钱多多's class"
[ "$(grep -n "四(1)" "$T/screen" | cut -d: -f1)" -gt "$(grep -n "张思远" "$T/screen" |
	cut -d: -f1)" ] || fail "not in class order"
tui_keys Escape
tui_wait "最新的在前" || finish
tui_keys q
finish
