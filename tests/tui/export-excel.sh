#!/bin/sh
# export-excel.sh — 导出Excel in Chinese at 80×24: with class 三年级(2)班 on
# the list, o then Enter alone writes 太平山镇中心小学-三年级2班-20261129.xlsx
# on the stick (a folder under a test media root) with that class's three
# children only, and the status line says where; Esc leaves nothing; from
# the F9 menu, CSV in GB18030 to the documents folder (the whole school).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
command -v unzip >/dev/null || { echo "no unzip: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
make_school "$T/db"

tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys c
tui_wait "三年级(2)班"
tui_type "三年级(2)"
tui_keys Enter
tui_wait "共3人"

# Esc: nothing written
tui_keys o
tui_wait "导出Excel" || finish
tui_wait "U盘 KINGSTON"
tui_fits 80 "the export dialog"
tui_keys Escape
tui_wait "共3人"
[ -z "$(ls -A "$STICK")" ] || fail "Esc left files on the stick: $(ls "$STICK")"

# Enter alone: xlsx of the class on the stick
tui_keys o
tui_wait "太平山镇中心小学-三年级2班-20261129.xlsx" || finish
tui_keys Enter
tui_wait "已保存到" || finish
grep -q "3 人" "$T/screen" || fail "the status line does not count 3 children"
F="$STICK/太平山镇中心小学-三年级2班-20261129.xlsx"
[ -f "$F" ] || { fail "no $F"; ls -R "$T/m" >&2; finish; }
unzip -p "$F" xl/sharedStrings.xml >"$T/strings" 2>/dev/null ||
	unzip -p "$F" 'xl/worksheets/sheet1.xml' >"$T/strings"
expect_grep "张思远" "$T/strings" "the xlsx"
expect_grep "赵松" "$T/strings" "the xlsx"
expect_nogrep "钱多多" "$T/strings" "the xlsx (another class)"

# the F9 menu, CSV in GB18030, the whole school, to the documents folder
tui_keys F9
tui_wait "菜单" || finish
tui_fits 80 "the menu"
tui_type "导出Excel"
tui_keys Enter
tui_wait "文件类型" || finish
tui_keys Down Right Down Right Right Down Right
tui_wait "太平山镇中心小学-全校-20261129.csv"
tui_keys Enter
tui_wait "已保存到" || finish
F="$T/docs/太平山镇中心小学-全校-20261129.csv"
[ -f "$F" ] || { fail "no $F"; ls "$T/docs" >&2; finish; }
iconv -f GB18030 -t UTF-8 "$F" >"$T/csv" || fail "the CSV is not GB18030"
expect_grep "钱多多" "$T/csv" "the GB18030 CSV"
expect_grep "张思远" "$T/csv" "the GB18030 CSV"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
