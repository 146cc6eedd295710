#!/bin/sh
# The TUI in English (C.UTF-8), without colours (NO_COLOR): English words
# on the frame and the key bar, the help screen, search by initials, a
# record, and F10 quits.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
use_en
make_school "$T/db"
TUI_ENV="NO_COLOR=1"
tui_start "$T/db"
tui_wait "Whole school" || finish
tui_wait "4 children"
tui_screen >"$T/s0"
expect_grep "guanai · 太平山镇中心小学" "$T/s0" "title"
expect_grep "/Search" "$T/s0" "key bar"
expect_grep "qQuit" "$T/s0" "key bar"
expect_grep "page 1 / 1  4 matching" "$T/s0" "footer"
expect_nogrep "搜索" "$T/s0" "English screen"
tui_fits 80 "the English list"
tui_keys F1
tui_wait "Keys of this screen:"
expect_grep "Search by name, pinyin, initials, ID or phone" "$T/screen" "help"
tui_keys Escape
tui_wait "4 matching"
tui_keys /
tui_type qdd
tui_wait "1 matching"
tui_keys Enter Enter
tui_wait "[Basic]"
grep -q "钱多多" "$T/screen" || fail "qdd did not open 钱多多"
tui_fits 80 "the English record"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
