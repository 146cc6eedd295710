#!/bin/sh
# The reminders and statistics screens in Chinese: a birthday this week and
# the unpaired children on 提醒 (Enter opens the child), the §11 tables and
# the summary paragraph on 统计, y saves the paragraph as a text file.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
export GUANAI_TODAY=2026-05-03	# 张思远 turns 10 on 05-06
make_school "$T/db"
mkdir -p "$T/docs"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys t
tui_wait "今日提醒" || finish
tui_screen >"$T/r"
expect_grep "近期生日: 1" "$T/r" "reminders"
grep "张思远" "$T/r" | grep -q "05-06" || fail "张思远's birthday is not listed"
expect_grep "尚未结对帮扶: 4" "$T/r" "reminders"
tui_fits 80 "the reminders"
# the second line is 张思远's birthday: Enter opens the record
tui_keys Down Enter
tui_wait "[基本]"
grep -q "张思远" "$T/screen" || fail "Enter did not open 张思远"
tui_keys Escape
tui_wait "今日提醒"
tui_keys Escape
tui_wait "4 条匹配"

tui_keys s
tui_wait "分年级、性别人数" || finish
grep -q "三年级 · 男: 2" "$T/screen" || fail "grade 3 should have 2 boys"
tui_fits 80 "the statistics"
tui_keys End
tui_wait "本校共有留守儿童4人"
# y: the paragraph as text, into the documents folder (no stick here)
tui_keys y
tui_wait "保存统计"
tui_keys Right Enter
tui_wait "已保存到"
grep -q "本校共有留守儿童4人" "$T/docs/工作总结-全校-20260503.txt" 2>/dev/null ||
	fail "the summary file lacks the paragraph: $(ls "$T/docs")"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
