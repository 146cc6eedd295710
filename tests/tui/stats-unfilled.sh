#!/bin/sh
# stats-unfilled.sh — 在校学生数 not filled in (the classes screen says 未填)
# is 未填 in every statistics output, never a 0; a grade whose classes are
# filled in only in part says so beside its sum (「40（另有1个班未填）」)
# rather than passing a part off as the grade's: the statistics screen,
# `stats` (text, CSV, JSON), the printed 统计表 and the saved .xlsx, read
# back through LibreOffice as a county official would open it.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
# 三年级: 3-2 has 40 pupils, 3-1 (小明) none filled in; 四年级: none
printf '姓名,年级,班级\n小明,3,1\n' >"$T/more.csv"
"$G" --db "$T/db" import "$T/more.csv" >/dev/null 2>&1 || fail "import of 小明"
"$G" --db "$T/db" class set 3-2 --enrolled 40 >/dev/null 2>&1 || fail "class set"
PART="三年级 · 在校学生数: 40（另有1个班未填）"
NONE="四年级 · 在校学生数: 未填"

# the command line
"$G" --db "$T/db" stats >"$T/text" 2>&1 || fail "stats"
expect_grep "$PART" "$T/text" "stats"
expect_grep "$NONE" "$T/text" "stats"
expect_nogrep "在校学生数: 0" "$T/text" "stats"
"$G" --db "$T/db" stats --format csv >"$T/csv" 2>&1 || fail "stats --format csv"
expect_grep "^分年级、性别人数,三年级,在校学生数,40（另有1个班未填）$" "$T/csv" "stats --format csv"
expect_grep "^分年级、性别人数,四年级,在校学生数,未填$" "$T/csv" "stats --format csv"
"$G" --db "$T/db" stats --format json >"$T/json" 2>&1 || fail "stats --format json"
expect_grep '"3": {[^}]*"enrolled": 40, "enrolled_missing_classes": 1}' "$T/json" "stats --format json"
expect_grep '"4": {[^}]*"enrolled": 0, "enrolled_missing_classes": 1}' "$T/json" "stats --format json"

# the printed 统计表
if command -v pdftotext >/dev/null 2>&1; then
	env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0" \
	    LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp" \
	    "$G" --db "$T/db" print stats -o "$T/stats.pdf" >/dev/null 2>&1 || fail "print stats"
	# (a narrow cell wraps its words: the lines joined, blanks taken out)
	pdftotext -layout "$T/stats.pdf" - | tr -d ' \n' >"$T/pdf.txt"
	expect_grep "三年级[0-9]*40（另有1个班未填）四年级1未填按留守类型" "$T/pdf.txt" \
		"the printed 统计表 (its grade table)"
fi

# the statistics screen, and its .xlsx on the stick
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
tui_start "$T/db"
tui_wait "5 条匹配" || finish
tui_keys s
tui_wait "$NONE" || finish
expect_grep "$PART" "$T/screen" "the statistics screen"
tui_keys y
tui_wait "保存统计" || finish
tui_keys Enter
tui_wait "已保存到" || finish
tui_keys q
X="$STICK/统计表-全校-20261129.xlsx"
[ -f "$X" ] || X=$(ls "$STICK"/*.xlsx 2>/dev/null | head -1)
[ -f "$X" ] || { fail "no workbook on the stick: $(ls "$STICK")"; finish; }
command -v soffice >/dev/null 2>&1 || { echo "no LibreOffice: the workbook is not read back"; finish; }
. "$SRC/tests/cli/excel-lo.sh"
# every sheet as its own CSV (the last token: -1 = all sheets), UTF-8
mkdir -p "$T/lo-out"
lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
	--outdir "$T/lo-out" "$X" || { fail "LibreOffice could not read the workbook"; finish; }
cat "$T"/lo-out/*.csv >"$T/lo.csv"
expect_grep '^三年级,.*,"\?40（另有1个班未填）"\?' "$T/lo.csv" "the workbook as LibreOffice reads it"
expect_grep '^四年级,.*未填' "$T/lo.csv" "the workbook as LibreOffice reads it"
finish
