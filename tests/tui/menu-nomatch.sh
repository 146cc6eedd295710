#!/bin/sh
# menu-nomatch.sh — in a choice menu, a search that finds nothing selects
# nothing and Enter does not take the first item: 「家房」 (a typo) in
# 哪种帮扶 recorded a 家访 before.  A search that finds the item, and the
# arrow keys after a failed search, still choose.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
open_zhangsiyuan || finish
tui_keys 5
tui_wait "[帮扶记录]" || finish
tui_keys a
tui_wait "哪种帮扶" || finish
tui_type "家房"
tui_keys Enter
sleep 0.3
tui_wait "哪种帮扶" || finish
grep -q "日期" "$T/screen" && fail "Enter took an item the search did not find"
# the arrows choose again: Down to 亲情电话
tui_keys Down Up Down Enter
tui_wait "日期" || finish
tui_keys Enter
tui_wait "简要情况" || finish
tui_keys Enter
tui_wait "亲情电话" || finish
"$G" --db "$T/db" care list 张思远 --format tsv >"$T/care" 2>&1
grep -q "home_visit" "$T/care" && fail "a 家访 was recorded from the typo"
expect_grep "family_call" "$T/care" "the care list"
tui_keys q
finish
