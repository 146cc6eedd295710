#!/bin/sh
# print-class-stats.sh — `print stats --class 3-2` (and the print dialog's
# 哪个班？ 三年级(2)班) prints that class's statistics, titled with it, as
# the statistics screen's c does: it printed the whole school's
# (本校共有留守儿童4人) on a sheet chosen for one class.  The pairing sheet
# of a class says which class too.
. "${GUANAI_SRCDIR:?run through make check}/tests/lib.sh" || exit 99
command -v pdftotext >/dev/null || { echo "no pdftotext: skipped"; exit 77; }
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
cat >"$T/school.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型
张思远,男,2016-05-06,3,2,父母均外出
章诗怡,女,2017-01-12,3,2,父亲外出
赵松,男,2015-03-08,3,2,母亲外出
钱多多,女,2016-09-01,4,1,父母均外出
CSV
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
"$G" --db "$T/db" import "$T/school.csv" >/dev/null 2>&1 || fail "import"
text() { pdftotext "$1" - | tr -d '\n ' ; }
expect_rc 0 "$G" --db "$T/db" print stats --class 3-2 -o "$T/s32.pdf"
text "$T/s32.pdf" >"$T/s32.txt"
expect_grep "本班共有留守儿童3人" "$T/s32.txt" "3-2's printed statistics"
expect_grep "留守儿童统计表三年级(2)班" "$T/s32.txt" "3-2's printed statistics"
expect_nogrep "本校" "$T/s32.txt" "3-2's printed statistics"
expect_rc 0 "$G" --db "$T/db" print stats -o "$T/s.pdf"
text "$T/s.pdf" >"$T/s.txt"
expect_grep "本校共有留守儿童4人" "$T/s.txt" "the school's printed statistics"
expect_rc 0 "$G" --db "$T/db" print pairings --class 4-1 -o "$T/p41.pdf"
text "$T/p41.pdf" >"$T/p41.txt"
expect_grep "结对帮扶登记表四年级(1)班" "$T/p41.txt" "4-1's pairing sheet"
expect_nogrep "张思远" "$T/p41.txt" "4-1's pairing sheet"
finish
