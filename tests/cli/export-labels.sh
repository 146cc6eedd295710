#!/bin/sh
# export-labels.sh — exports speak the UI language (DESIGN §6): the
# pairing sheet names roles, the care sheet kinds, by their words, never
# by their codes; the standard XLSX carries the school, the operator and
# the date (sheet 填报信息); `stats --format csv` and `user list` too.
. "$GUANAI_SRCDIR/tests/lib.sh"
have_zh || { echo "SKIP: no zh_CN.UTF-8 locale (quickstart makes it)"; exit 77; }
use_zh
export GUANAI_DB="$T/d.db" GUANAI_TODAY=2026-11-29
expect_rc 0 "$G" init --school 太平山镇中心小学
expect_rc 0 "$G" demo --children 40 --seed 3
expect_rc 0 "$G" export "$T/all.xlsx"
unzip -l "$T/all.xlsx" | grep -q 'xl/worksheets/sheet4.xml' || fail "no fourth sheet"
for n in 2 3 4; do unzip -p "$T/all.xlsx" "xl/worksheets/sheet$n.xml" >"$T/s$n.xml"; done
unzip -p "$T/all.xlsx" xl/workbook.xml >"$T/wb.xml"
expect_grep '<sheet name="填报信息"' "$T/wb.xml"
# pairings: roles as words
grep -q '<t>教师</t>\|<t>爱心妈妈</t>\|<t>代理家长</t>' "$T/s2.xml" || fail "no role words in the pairing sheet"
for code in teacher volunteer proxy_parent elder student cadre; do
	expect_nogrep "<t>$code</t>" "$T/s2.xml" "a role code in the pairing sheet"
done
# care: kinds as words
grep -q '<t>家访</t>\|<t>亲情电话</t>' "$T/s3.xml" || fail "no care kinds in words"
for code in home_visit family_call talk counselling aid gift; do
	expect_nogrep "<t>$code</t>" "$T/s3.xml" "a care code in the care sheet"
done
# 填报信息: school, operator, date
expect_grep '<t>太平山镇中心小学</t>' "$T/s4.xml" "the school"
expect_grep '<t>学校</t>' "$T/s4.xml"
expect_grep "<t>$(id -un)</t>" "$T/s4.xml" "the operator"
expect_grep '<t>2026-11-29</t>' "$T/s4.xml" "the date"
expect_grep '<t>全校</t>' "$T/s4.xml" "the classes"
# the sheet lists the children class by class (the county reads it so;
# it was pinyin order across the school): each class one run of rows,
# the classes in grade order
expect_rc 0 "$G" export "$T/all.csv"
gc=$(head -1 "$T/all.csv" | tr ',' '\n' | grep -n '^年级$' | cut -d: -f1)
tail -n +2 "$T/all.csv" | cut -d, -f"$gc",$((gc + 1)) >"$T/cls"
runs=$(uniq "$T/cls" | wc -l) classes=$(sort -u "$T/cls" | wc -l)
[ "$runs" = "$classes" ] || fail "the export is not grouped by class ($runs runs of $classes classes)"
uniq "$T/cls" | cut -d, -f1 | uniq | tr '\n' ' ' >"$T/grades"
expect_grep "^一年级 二年级 三年级 四年级 五年级 六年级 初一 初二 初三 $" "$T/grades" "the grades in order"
# stats csv in Chinese
expect_rc 0 "$G" stats --format csv
expect_grep '^统计表,项目,分项,数量$' "$T/out"
expect_nogrep 'by_left_behind_type\|both_away' "$T/out" "a code in stats csv"
# user list: the role in Chinese
GUANAI_PASSWORD=boss-secret-1 expect_rc 0 "$G" user add 王校长 --role head
GUANAI_USER=王校长 GUANAI_PASSWORD=boss-secret-1 expect_rc 0 "$G" user list
expect_grep '^王校长	校长	' "$T/out"
finish
