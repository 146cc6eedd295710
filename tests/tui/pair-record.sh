#!/bin/sh
# Pairing from the child's record (issue 11, item 9): on the 结对 tab, a
# offers the helpers there are and 「新帮扶人…」, which adds one inline and
# pairs; ending a pairing (u or d) asks first; on the pairing screen e
# changes a helper and d removes one, refused while paired.  Checked with
# `guanai show`.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
open_zhangsiyuan || finish
tui_keys 4
tui_wait "[结对]"

# no helper yet: the menu offers a new one, added inline; Esc adds nothing
tui_keys a
tui_wait "新帮扶人"
tui_keys Enter
tui_wait "帮扶人姓名"
tui_keys Escape
tui_wait_gone "帮扶人姓名"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
grep -q "教师  2026" "$T/show" && fail "Esc left a pairing"
tui_keys a
tui_wait "新帮扶人"
tui_keys Enter
tui_wait "帮扶人姓名"
tui_type "王老师"
tui_keys Enter
tui_wait "帮扶人类别"
tui_keys Enter
tui_wait "电话"
tui_keys Enter
tui_wait "王老师 · 教师 · 2026-11-29 ~ 至今"
tui_fits 80 "the 结对 tab"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
expect_grep "王老师  教师  2026-11-29" "$T/show" "张思远 after the inline helper"

# 章诗怡: the existing helper is offered
tui_keys Escape
tui_wait "1 条匹配"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys /
tui_type zhangshiyi
tui_wait "1 条匹配"
tui_keys Enter Enter
tui_wait "[基本]"
tui_keys 4
tui_wait "[结对]"
tui_keys a
tui_wait "王老师 · 教师 · 1"
grep -q "新帮扶人" "$T/screen" || fail "the menu lacks 新帮扶人…"
tui_type "王老师"
tui_keys Enter
tui_wait "王老师 · 教师 · 2026-11-29 ~ 至今"
"$G" --db "$T/db" show 章诗怡 >"$T/show" 2>&1
expect_grep "王老师  教师  2026-11-29" "$T/show" "章诗怡 after pairing"

# ending it asks: n keeps, d then y ends it (kept in the history)
tui_keys u
tui_wait "解除王老师与章诗怡的结对吗"
tui_keys n
tui_wait_gone "解除王老师与章诗怡的结对吗"
"$G" --db "$T/db" show 章诗怡 >"$T/show" 2>&1
grep "王老师" "$T/show" | grep -q " - 2026" && fail "n ended the pairing"
tui_keys d
tui_wait "解除王老师与章诗怡的结对吗"
tui_keys y
tui_wait "结对今天解除"
"$G" --db "$T/db" show 章诗怡 >"$T/show" 2>&1
expect_grep "王老师  教师  2026-11-29 - 2026-11-29" "$T/show" "章诗怡 after ending"
"$G" --db "$T/db" list --format tsv | grep -q 章诗怡 || fail "d on the 结对 tab deleted the child"

# the pairing screen: e changes the helper, d is refused while paired
tui_keys Escape
tui_wait "1 条匹配"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys j
tui_wait "王老师 · 教师 · 1"
tui_keys e
tui_wait "帮扶人姓名"
tui_keys C-u
tui_type "王红"
tui_keys Enter
tui_wait "帮扶人类别"
tui_keys Enter
tui_wait "电话"
tui_keys Enter
tui_wait "王红 · 教师 · 1"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
expect_grep "王红  教师" "$T/show" "张思远 after the helper's new name"
tui_keys d
tui_wait "删除吗"
tui_keys y
tui_wait "王红 · 教师 · 1"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
expect_grep "王红  教师" "$T/show" "张思远 after d on a paired helper"
tui_fits 80 "the pairing screen"
# unpaired, the helper can go
tui_keys Tab u
tui_wait "解除王红与张思远的结对吗"
tui_keys y
tui_wait "王红 · 教师 · 0"
tui_keys d
tui_wait "删除吗"
tui_keys y
tui_wait "帮扶人王红已删除"
tui_wait_gone "王红 · 教师"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
