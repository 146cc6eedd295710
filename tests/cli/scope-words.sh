#!/bin/sh
# scope-words.sh — what a teacher's account counts is named as hers, not
# the school's: the work summary paragraph says 本校 for the school, 本班
# for a teacher's one class (it said 本校共有留守儿童1人 of one class of a
# school of 3), 所选各班 for a teacher's several classes; the exported
# workbook's 填报信息 sheet names her classes (it said 全校).
. "$GUANAI_SRCDIR/tests/lib.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
D=$T/s.db
cat >"$T/in.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,监护人姓名,监护人关系
张思远,男,2017-12-01,3,2,父母均外出,张奶奶,奶奶
王小明,女,2012-12-01,4,1,母亲外出,王姑姑,姑姑
赵小红,女,2012-10-01,5,1,母亲外出,赵姑姑,姑姑
CSV
expect_rc 0 "$G" --db "$D" init --school 测试小学 || finish
expect_rc 0 "$G" --db "$D" import "$T/in.csv" || finish
expect_rc 0 "$G" --db "$D" stats
expect_grep "本校共有留守儿童3人" "$T/out" "the school's paragraph"
GUANAI_PASSWORD=boss-secret expect_rc 0 "$G" --db "$D" user add boss --role head
export GUANAI_USER=boss GUANAI_PASSWORD=boss-secret
GUANAI_NEW_PASSWORD=wang-secret expect_rc 0 "$G" --db "$D" user add wang --role teacher --class 3-2
GUANAI_NEW_PASSWORD=li-secret expect_rc 0 "$G" --db "$D" user add li --role teacher --class 4-1 --class 5-1
export GUANAI_USER=wang GUANAI_PASSWORD=wang-secret
expect_rc 0 "$G" --db "$D" stats
expect_grep "本班共有留守儿童1人" "$T/out" "one class's paragraph"
expect_nogrep "本校" "$T/out" "one class's paragraph"
command -v unzip >/dev/null 2>&1 && {
	expect_rc 0 "$G" --db "$D" export "$T/w.xlsx"
	unzip -p "$T/w.xlsx" xl/worksheets/sheet4.xml >"$T/about.xml"
	expect_grep "<t>三年级(2)班</t>" "$T/about.xml" "the teacher's 填报信息 sheet"
	expect_nogrep "全校" "$T/about.xml" "the teacher's 填报信息 sheet"
}
# her package and her print are logged as her classes' (the audit log
# said 全校: 导出U盘数据包（全校，1名儿童）)
if command -v sqlite3 >/dev/null 2>&1; then
	GUANAI_PASSPHRASE=pack-secret-1 expect_rc 0 "$G" --db "$D" pack "$T/w.gak"
	# the sanitizer build: the printing libraries' own leaks suppressed,
	# as tests/print/common.sh does
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0" \
	LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp" \
	    expect_rc 0 "$G" --db "$D" print roster -o "$T/w.pdf"
	for ev in pack print export; do
		sqlite3 "$D" "SELECT detail FROM audit WHERE action = '$ev' ORDER BY at DESC, rowid DESC LIMIT 1" >"$T/d"
		expect_grep "class=own" "$T/d" "wang's $ev in the audit log"
	done
fi
export GUANAI_USER=li GUANAI_PASSWORD=li-secret
expect_rc 0 "$G" --db "$D" stats
expect_grep "所选各班共有留守儿童2人" "$T/out" "two classes' paragraph"
expect_nogrep "本校" "$T/out" "two classes' paragraph"
command -v unzip >/dev/null 2>&1 && {
	expect_rc 0 "$G" --db "$D" export "$T/w2.xlsx"
	unzip -p "$T/w2.xlsx" xl/worksheets/sheet4.xml >"$T/about2.xml"
	expect_grep "<t>四年级(1)班，五年级(1)班</t>" "$T/about2.xml" "two classes' 填报信息 sheet"
}
finish
