#!/bin/sh
# import-xlsx-preview.sh — the preview of a workbook (.xlsx) shows its
# first rows without a text encoding (it said 编码：UTF-8, which means
# nothing to a teacher for an Excel file); a CSV's still names it.  The
# command line's summary says no encoding for a workbook either.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
"$G" --db "$T/src.db" init --school "桃洪镇中心小学" >/dev/null 2>&1 || fail "init"
"$G" --db "$T/src.db" demo --children 12 --seed 4 >/dev/null 2>&1 || fail "demo"
"$G" --db "$T/src.db" export "$STICK/名单.xlsx" >/dev/null 2>&1 || fail "export"
"$G" --db "$T/db" init --school "桃洪镇中心小学" >/dev/null 2>&1 || fail "init"

tui_start "$T/db"
tui_wait "还没有儿童档案" || finish
tui_keys m
tui_wait "名单.xlsx" || finish
tui_keys Enter
tui_wait "新增 12 人" || finish
grep -q "前几行：" "$T/screen" || fail "the workbook's preview does not show its first rows"
grep -q "编码：" "$T/screen" && fail "the workbook's preview names an encoding"
tui_keys Escape

expect_rc 0 "$G" --db "$T/db2" init --school x
expect_rc 0 "$G" --db "$T/db2" import "$STICK/名单.xlsx"
expect_nogrep "编码" "$T/out" "the summary of a workbook's import"
finish
