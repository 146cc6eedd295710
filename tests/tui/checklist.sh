#!/bin/sh
# The 七清楚 matrix in Chinese: marks per child and item, the missing
# field named, space confirms an item, a confirms all, the completion
# rate, Enter opens the record at the missing field; the confirmations
# are checked through `guanai check --format tsv` when that command is
# built, and always through a restart of the TUI.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys k
tui_wait "七清楚 · 全校" || finish
tui_wait "完成 0/4 人"
tui_fits 80 "the checklist matrix"
grep "赵松" "$T/screen" | grep -q "□性格特点" || fail "赵松 should miss 性格特点"
grep "张思远" "$T/screen" | grep -q "▣" || fail "张思远 should be to confirm"
# rows: 钱多多 章诗怡 张思远 赵松; confirm item 1 of 张思远, then all
tui_keys Down Down
tui_keys Space
tui_wait "今天为张思远确认了1项"
grep "张思远" "$T/screen" | grep -q "■" || fail "item 1 of 张思远 not shown clear"
tui_keys a
tui_wait "今天为张思远确认了7项"
tui_wait "完成 1/4 人"
grep "张思远" "$T/screen" | grep -q "▣" && fail "张思远 still has a stale item"

# 赵松: item 2 is missing; space refuses, Enter opens the record there
tui_keys Down Right Space
tui_wait "无法确认：缺性格特点"
tui_keys Enter
tui_wait "[基本]"
grep -q "赵松" "$T/screen" || fail "Enter did not open 赵松"
tui_keys Enter
tui_type "安静，爱看书"
tui_keys Enter
tui_wait "未保存"
tui_keys F2
tui_wait "已保存赵松的档案"
tui_keys Escape
tui_wait "七清楚 · 全校"
grep "赵松" "$T/screen" | grep -q "□性格特点" && fail "the matrix still says 赵松 misses 性格特点"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# What the screens confirmed, the command line reads back.
if expect_rc 0 "$G" --db "$T/db" check --format tsv; then
	grep "张思远" "$T/out" >"$T/zsy" || fail "check lacks 张思远"
	[ "$(grep -o clear "$T/zsy" | wc -l)" = 7 ] || fail "check: 张思远 not clear 7 times: $(cat "$T/zsy")"
fi
tui_restart "$T/db"
tui_wait "4 条匹配" || finish
tui_keys k
tui_wait "完成 1/4 人"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
