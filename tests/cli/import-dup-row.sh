#!/bin/sh
# import-dup-row.sh — a roster with one child's row twice (a copied row,
# same 学籍号; and another pair with the same name, birth date and class)
# imports each child once and says so: both second rows are problem rows
# naming the first one's line, in the problem file and on stderr (exit 2);
# the count no longer reads 更新 1 人 alone on a first import.  Rows that
# are different children are not touched by it.
. "$GUANAI_SRCDIR/tests/lib.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
D=$T/d.db
cat >"$T/roster.csv" <<'CSV'
姓名,性别,出生日期,学籍号,年级,班级,留守类型
刘小燕,女,2016-04-12,G43052420160412001,3,2,父母均外出
王浩然,男,2015-11-03,,3,2,父亲外出
张雨桐,女,2016-09-09,,3,1,父母均外出
刘小燕,女,2016-04-12,G43052420160412001,3,2,父母均外出
王浩然,男,2015-11-03,,3,2,父亲外出
CSV
expect_rc 0 "$G" --db "$D" init --school 测试小学 || finish
expect_rc 2 "$G" --db "$D" import "$T/roster.csv"
expect_grep "新增 3 人" "$T/out" "the summary"
[ -f "$T/roster.rejected.csv" ] || { fail "no problem file"; finish; }
expect_grep "第 5 行：与第 2 行是同一个孩子" "$T/roster.rejected.csv" "the copied row"
expect_grep "第 6 行：与第 3 行是同一个孩子" "$T/roster.rejected.csv" "the row of the same name, birth date and class"
expect_nogrep "张雨桐" "$T/roster.rejected.csv" "a child met once"
expect_nogrep "未导入" "$T/roster.rejected.csv" "a merged row (nothing was left out)"
[ "$("$G" --db "$D" list --format tsv | grep -c 刘小燕)" = 1 ] || fail "刘小燕 is not one record"
# the same file again: the same two notes, nothing new
expect_rc 2 "$G" --db "$D" import "$T/roster.csv"
expect_grep "新增 0 人" "$T/out" "the second import"
expect_grep "第 5 行：与第 2 行是同一个孩子" "$T/roster.rejected.csv" "the second import's problem file"
# a school's file: the children met are kept compactly and their table
# grows many times over; a copy of the first row and of one in the middle,
# at the end, are still found (and only they)
expect_rc 0 "$G" --db "$T/big.db" demo --children 1500 --seed 3 || finish
expect_rc 0 "$G" --db "$T/big.db" export "$T/big.csv" || finish
sed -n 2p "$T/big.csv" >>"$T/big.csv"
sed -n 700p "$T/big.csv" >>"$T/big.csv"
expect_rc 0 "$G" --db "$T/big2.db" init --school 测试小学 || finish
expect_rc 2 "$G" --db "$T/big2.db" import "$T/big.csv"
expect_grep "第 1502 行：与第 2 行是同一个孩子" "$T/big.rejected.csv" "a copy of the first row of 1,500"
expect_grep "第 1503 行：与第 700 行是同一个孩子" "$T/big.rejected.csv" "a copy of row 700"
[ "$(grep -c '是同一个孩子' "$T/big.rejected.csv")" = 2 ] || fail "other rows were called copies"
finish
