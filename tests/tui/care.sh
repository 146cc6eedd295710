#!/bin/sh
# Care records on the 帮扶记录 tab (issue 11, item 8): a home visit done
# two days ago is entered with its own date; Enter opens an entry whole;
# e edits it; d deletes it after asking — and d on this tab never moves
# the child to the trash.  Esc in the form leaves nothing behind; Enter
# alone through the form records today's visit.  Checked through
# `guanai show` and `guanai list`.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
open_zhangsiyuan || finish
tui_keys Right Right Right Right
tui_wait "[帮扶记录]"

# a visit of 2026-11-27 (today is 2026-11-29): the date is asked, today
# filled in, and the teacher types the earlier day
tui_keys a
tui_wait "家访"
tui_type "家访"
tui_keys Enter
tui_wait "2026-11-29"
tui_keys C-u
tui_type "2026年11月27日"
tui_keys Enter
tui_type "到家里看了看，奶奶腿脚不便，孩子自己做饭，作业完成得不错，约好下周再来一次"
tui_keys Enter
tui_wait "2026-11-27"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
expect_grep "2026-11-27  家访" "$T/show" "guanai show after the visit"
tui_fits 80 "the care tab"

# Enter opens it whole: the end of the long summary is there
tui_keys Enter
tui_wait "约好下周再来"
tui_fits 80 "the care record opened"
# e edits: the kind becomes 亲情电话, the date stays, the summary changes
tui_keys e
tui_wait "修改帮扶记录"
tui_type "亲情电话"
tui_keys Enter
tui_wait "2026-11-27"
tui_keys Enter C-u
tui_type "和妈妈通了电话"
tui_keys Enter
tui_wait "帮扶记录已修改"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
expect_grep "2026-11-27  亲情电话" "$T/show" "guanai show after the edit"
grep -q "家访" "$T/show" && fail "the edited record is still a 家访"

# Esc in the middle of the form adds nothing
tui_keys a
tui_wait "家访"
tui_keys Enter Escape
tui_wait_gone "日期"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
[ "$(grep -c "  2026-11-" "$T/show")" = 1 ] || fail "Esc left a care record behind"

# Enter alone: the first kind, dated today
tui_keys a
tui_wait "家访"
tui_keys Enter Enter Enter
tui_wait "2026-11-29"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
expect_grep "2026-11-29  家访" "$T/show" "guanai show after Enter alone"

# d on this tab deletes the selected entry (asks first), not the child
tui_keys Down d
tui_wait "删除帮扶记录"
tui_keys n
tui_wait_gone "删除帮扶记录"
tui_keys d
tui_wait "删除帮扶记录"
tui_keys y
tui_wait "已删除"
"$G" --db "$T/db" show 张思远 >"$T/show" 2>&1
grep -q "亲情电话" "$T/show" && fail "the deleted care record is still shown"
expect_grep "2026-11-29  家访" "$T/show" "the other care record"
"$G" --db "$T/db" list --format tsv >"$T/list" 2>&1
expect_grep "张思远" "$T/list" "the list after d on the care tab"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
