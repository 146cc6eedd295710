#!/bin/sh
# 统计 (issue 11, item 10): the whole school or one class (c); y saves the
# tables as .xlsx (its cells checked inside the zip, its 填报信息 read back
# by LibreOffice) or the paragraph as text, with Enter alone to the first
# USB stick; Esc writes nothing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
command -v unzip >/dev/null 2>&1 || { echo "no unzip: skipped"; exit 77; }
use_zh
make_school "$T/db"
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys s
tui_wait "四年级 · 女: 1" || finish
tui_fits 80 "the statistics of the school"

# one class: 三年级(2)班 has 3 of the 4 children
tui_keys c
tui_wait "全校"
tui_type "三年级(2)"
tui_keys Enter
tui_wait_gone "四年级 · 女: 1"
grep -q "三年级 · 男: 2" "$T/screen" || fail "三年级(2)班's boys are not counted"
grep -q "三年级(2)班" "$T/screen" || fail "the class is not named on the statistics screen"

# Esc in the dialog writes nothing
tui_keys y
tui_wait "保存统计"
tui_fits 80 "the save dialog"
tui_keys Escape
tui_wait_gone "保存统计"
[ -z "$(ls -A "$STICK")" ] || fail "Esc left a file on the stick: $(ls "$STICK")"

# Enter alone: the tables as .xlsx on the stick
tui_keys y
tui_wait "保存统计"
tui_keys Enter
tui_wait "已保存到"
X="$STICK/统计表-三年级2班-20261129.xlsx"
[ -f "$X" ] || { fail "no workbook on the stick: $(ls "$STICK")"; finish; }
unzip -p "$X" xl/workbook.xml >"$T/wb.xml" 2>/dev/null || fail "not a zip"
expect_grep "结对帮扶覆盖" "$T/wb.xml" "the workbook's sheet names"
unzip -p "$X" xl/worksheets/sheet1.xml >"$T/s1.xml"
expect_grep "本班共有留守儿童3人" "$T/s1.xml" "the paragraph sheet (one class: 本班, not 本校)"
# the grade table: 三年级 with 2 boys and 1 girl, as number cells
unzip -p "$X" xl/worksheets/sheet2.xml >"$T/s2.xml"
expect_grep "三年级" "$T/s2.xml" "the first table's sheet"
grep -q "四年级" "$T/s2.xml" && fail "the class's tables count another grade"
expect_grep "<v>2</v>" "$T/s2.xml" "the first table's numbers"
# 填报信息 as in the county's sheet: the school, the class, who, the date
# (read back by LibreOffice, every sheet as its CSV)
if command -v soffice >/dev/null 2>&1; then
	. "$SRC/tests/cli/excel-lo.sh"
	mkdir -p "$T/lo-out"
	lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
		--outdir "$T/lo-out" "$X" || fail "LibreOffice could not read the workbook"
	F=$(grep -l "^学校," "$T"/lo-out/*.csv | head -1)
	[ -n "$F" ] || { fail "no 填报信息 sheet: $(ls "$T/lo-out")"; F=/dev/null; }
	case "$F" in *填报信息*) ;; *) fail "the sheet is not named 填报信息: $F" ;; esac
	expect_grep "^学校,太平山镇中心小学$" "$F" "填报信息"
	expect_grep "^班级,三年级(2)班$" "$F" "填报信息"
	expect_grep "^导出人,$(id -un)$" "$F" "填报信息"
	expect_grep "^日期,2026-11-29$" "$F" "填报信息"
	expect_grep "^儿童人数,3$" "$F" "填报信息"
else
	echo "no LibreOffice: 填报信息 is not read back"
fi

# the paragraph as text
tui_keys y
tui_wait "保存统计"
tui_keys Right Enter
tui_wait "已保存到"
P="$STICK/工作总结-三年级2班-20261129.txt"
[ -f "$P" ] || fail "no text file on the stick: $(ls "$STICK")"
expect_grep "本班共有留守儿童3人" "$P" "the paragraph file (one class: 本班)"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
