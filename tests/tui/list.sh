#!/bin/sh
# The child list in Chinese at 80×24: pinyin order, search as you type by
# initials and by a phone fragment, class filter, help screen generated
# from the key table, quit with q.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "太平山镇中心小学" || finish
tui_wait "共4人"
tui_wait "七清楚"
# pinyin order: 钱 (qian), 章 (zhang), 张 (zhang, then by character), 赵 (zhao)
tui_screen >"$T/s0"
order=$(grep -oE '钱多多|章诗怡|张思远|赵松' "$T/s0" | tr '\n' ' ')
[ "$order" = "钱多多 章诗怡 张思远 赵松 " ] || fail "not in pinyin order: $order"
tui_fits 80 "the list"
# the key bar is generated from the list's key table
expect_grep "/搜索" "$T/s0" "key bar"
expect_grep "q退出" "$T/s0" "key bar"

# search by initials, as you type
tui_keys /
tui_type zsy
tui_wait "2 条匹配"
tui_screen >"$T/s1"
expect_grep "张思远" "$T/s1" "search zsy"
expect_grep "章诗怡" "$T/s1" "search zsy"
expect_nogrep "赵松" "$T/s1" "search zsy"
expect_nogrep "钱多多" "$T/s1" "search zsy"
# backspace widens again: zs also finds 赵松 (zhao song)
tui_keys BSpace
tui_wait "3 条匹配"
grep -q "赵松" "$T/screen" || fail "zs should find 赵松"
# Esc leaves and clears the search
tui_keys Escape
tui_wait "4 条匹配"
# a phone fragment (the mother's number of 钱多多)
tui_keys /
tui_type 1369876
tui_wait "1 条匹配"
grep -q "钱多多" "$T/screen" || fail "phone fragment should find 钱多多"
tui_keys Escape
tui_wait "4 条匹配"

# class filter: c opens the class menu; 四年级(1)班 has one child
tui_keys c
tui_wait "四年级(1)班"
tui_type "四年级(1)"
tui_keys Enter
tui_wait "共1人"
grep -q "钱多多" "$T/screen" || fail "class filter lost 钱多多"
grep -q "张思远" "$T/screen" && fail "class filter shows 张思远 of 三(2)"
tui_keys c
tui_wait "查找"
tui_keys Home Enter
tui_wait "共4人"

# the help screen lists this screen's keys with their help sentences
tui_keys '?'
tui_wait "本屏按键"
tui_screen >"$T/help"
expect_grep "按姓名、拼音、首字母、身份证号或电话搜索" "$T/help" "help"
expect_grep "F9       菜单" "$T/help" "help"
tui_fits 80 "the help screen"
# further down: the keys of every screen, then the task pages
tui_keys NPage
tui_wait "F10"
tui_keys End
tui_wait "如何备份"
tui_fits 80 "the help screen's task pages"
tui_keys Escape
tui_wait "4 条匹配"

# the cursor moves and Enter opens the record
tui_keys Down Down Enter
tui_wait "[基本]"
grep -q "张思远" "$T/screen" || fail "Down Down Enter should open 张思远"
tui_keys Escape
tui_wait "4 条匹配"

# another guanai imports into the same file while the list is open: after
# the next key the count follows the file
printf '姓名,性别,出生日期,年级,班级\n孙小红,女,2016-02-03,3,2\n' >"$T/one.csv"
"$G" --db "$T/db" import "$T/one.csv" >/dev/null 2>&1 || fail "import beside the TUI"
tui_keys Down
tui_wait "5 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
