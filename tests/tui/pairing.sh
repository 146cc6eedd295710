#!/bin/sh
# Helpers and pairings, and care records, in Chinese: add a helper, pair
# them with a child found by initials (children without a helper first),
# record a home visit and an aid with its amount from the child's record,
# see the list's reminder change, and find it all again after a restart.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
grep "张思远" "$T/screen" | grep -q "未结对" || fail "张思远 should start unpaired"

tui_keys j
tui_wait "还没有帮扶人" || finish
tui_keys n
tui_wait "帮扶人姓名"
tui_type "李老师"
tui_keys Enter
tui_wait "帮扶人类别"
tui_keys Enter
tui_wait "电话（可不填）"
tui_type "1381234"
tui_keys Enter
tui_wait "11位"		# a phone that is not a phone is refused
tui_screen | grep -q "已添加帮扶人" && fail "a bad helper phone was accepted"
tui_keys n
tui_wait "帮扶人姓名"
tui_type "李老师"
tui_keys Enter
tui_wait "帮扶人类别"
tui_keys Enter
tui_wait "电话（可不填）"
tui_keys Enter
tui_wait "已添加帮扶人李老师"
tui_wait "李老师 · 教师 · 0"
tui_fits 80 "the pairing screen"

# pair with a child found by initials: both zsy children are unpaired
tui_keys a
tui_wait "与哪个孩子结对"
tui_type zsy
tui_keys Enter
tui_wait "章诗怡 三(2)  未结对"
tui_type "张思远"
tui_keys Enter
tui_wait "李老师与张思远结对了"
tui_wait "李老师 · 教师 · 1"
tui_screen | grep -q "张思远 · 教师 · 2026-11-29" || fail "the right pane lacks 张思远"
tui_keys Escape
tui_wait "4 条匹配"
grep "张思远" "$T/screen" | grep -q "未结对" && fail "张思远 still shows 未结对"
grep "张思远" "$T/screen" | grep -q "30天未联系" || fail "张思远 should show 30天未联系"

# care from the record's 帮扶记录 tab: a home visit, then an aid of 200 yuan
open_zhangsiyuan
tui_keys 5
tui_wait "还没有帮扶记录"
tui_keys a
tui_wait "哪种帮扶"
tui_keys Enter
tui_wait "日期"
tui_keys Enter
tui_wait "简要情况"
tui_type "了解学习情况"
tui_keys Enter
tui_wait "已记录2026-11-29的家访"
# the summaries start in one column (the kind is padded)
tui_wait "2026-11-29  家访        了解学习情况 · 李老师"
tui_keys a
tui_wait "哪种帮扶"
tui_type "资助"
tui_keys Enter
tui_wait "金额（元）"
tui_type "abc"
tui_keys Enter
tui_wait "日期"
tui_keys Enter Enter
tui_wait "不是有效的金额"
tui_keys a
tui_wait "哪种帮扶"
tui_type "资助"
tui_keys Enter
tui_wait "金额（元）"
tui_type "200"
tui_keys Enter
tui_wait "日期"
tui_keys Enter
tui_wait "简要情况"
tui_type "学习用品"
tui_keys Enter
tui_wait "资助 200元  学习用品"
grep -q "2026-11-29  家访        了解学习情况" "$T/screen" || fail "the care lines are not aligned"
tui_fits 80 "the care tab"
# the 结对 tab shows the helper
tui_keys 4
tui_wait "李老师 · 教师 · 2026-11-29 ~ 至今"
tui_keys Escape
tui_wait "1 条匹配"
grep "张思远" "$T/screen" | grep -q "30天未联系" && fail "the visit did not clear 30天未联系"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# everything is still there after a restart
tui_restart "$T/db"
tui_wait "4 条匹配" || finish
tui_keys j
tui_wait "李老师 · 教师 · 1"
tui_keys Tab
tui_keys u
tui_wait "解除李老师与张思远的结对吗"
tui_keys y
tui_wait "与张思远的结对今天解除"
tui_wait "李老师 · 教师 · 0"
tui_keys Escape
tui_wait "4 条匹配"
grep "张思远" "$T/screen" | grep -q "未结对" || fail "after unpairing 张思远 should show 未结对"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
