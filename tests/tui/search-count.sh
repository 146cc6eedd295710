#!/bin/sh
# search-count.sh — while a search narrows the list, the title does not
# call the matches the school's count (it read 「全校 … 共1人」 for a
# school of 4); the matches are counted at the bottom, and the title's
# count of the school comes back when the search is cleared.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
head -1 "$T/screen" | grep -q "共4人" || fail "the title does not count the school: $(head -1 "$T/screen")"
tui_keys /
tui_type zhangsiyuan
tui_wait "1 条匹配" || finish
head -1 "$T/screen" | grep -q "共1人" && fail "the title calls the match the school's count: $(head -1 "$T/screen")"
tui_keys Escape
tui_wait "4 条匹配" || finish
head -1 "$T/screen" | grep -q "共4人" || fail "the school's count does not come back: $(head -1 "$T/screen")"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
