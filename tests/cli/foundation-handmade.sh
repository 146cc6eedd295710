#!/bin/sh
# foundation-handmade.sh — a hand-made school of five children (imported
# from a CSV written here) with known answers: list order and search,
# check states, stats numbers, reminders on a fixed day, trash-free show.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_TODAY=2026-11-29
DB=$T/s.db
cat >"$T/in.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,学习成绩,监护人姓名,监护人关系,监护人年龄,监护人健康状况,监护人文化程度,父亲电话,父亲是否外出
张思远,男,2017-12-01,3,2,父母均外出,良好,张奶奶,奶奶,75,良好,小学,13800001111,是
章诗怡,女,2017-03-05,3,2,父母均外出,优秀,章爷爷,爷爷,65,较差,文盲,,是
李华,男,2017-06-01,3,2,父亲外出,良好,刘外婆,外婆,60,良好,小学,13900002222,是
王小明,女,2010-12-01,4,1,母亲外出,较差,王姑姑,姑姑,40,良好,初中,,否
CSV
expect_rc 0 "$G" --db "$DB" init --school 测试小学
expect_rc 0 "$G" --db "$DB" import "$T/in.csv" || { finish; }

# pinyin order: li < wang < zhang shi (诗怡) < zhang si (思远)
"$G" --db "$DB" list --format tsv | tail -n +2 | cut -f2 | tr '\n' ' ' >"$T/names"
[ "$(cat "$T/names")" = "李华 王小明 章诗怡 张思远 " ] || fail "list order: $(cat "$T/names")"
n() { "$G" --db "$DB" list --format tsv --search "$1" | tail -n +2 | cut -f2 | tr '\n' ' '; }
[ "$(n 张)" = "张思远 " ] || fail "search 张: $(n 张)"
[ "$(n zsy)" = "章诗怡 张思远 " ] || fail "search zsy: $(n zsy)"
[ "$(n zhang)" = "章诗怡 张思远 " ] || fail "search zhang: $(n zhang)"
[ "$(n 小明)" = "王小明 " ] || fail "search 小明: $(n 小明)"
[ "$(n 2222)" = "李华 " ] || fail "search 2222: $(n 2222)"
[ "$(n 138)" = "张思远 " ] || fail "search 138: $(n 138)"
[ "$("$G" --db "$DB" list --format tsv --class 4-1 | tail -n +2 | cut -f2)" = 王小明 ] ||
	fail "--class 4-1"

# stats: known numbers
expect_rc 0 "$G" --db "$DB" stats --format json
# (no 在校学生数 filled in: the grade's one class says so)
expect_grep '"3": {"m": 2, "f": 1, "enrolled": 0, "enrolled_missing_classes": 1}' "$T/out"
expect_grep '"by_left_behind_type": {"both_away": 2, "father_away": 1, "mother_away": 1}' "$T/out"
expect_grep '"grandparent": 3' "$T/out"
expect_grep '"other_relative": 1' "$T/out"
expect_grep '"by_guardian_education": {"primary": 2, ' "$T/out"
expect_grep '"both_away": {"excellent": 1, "good": 1}' "$T/out"
expect_grep '"3-2": {"children": 3, "complete": 0}' "$T/out"
expect_grep '"pairing_coverage": {"children": 4, "paired": 0}' "$T/out"
expect_grep '"aid_total": {"yuan": 0, "children": 0}' "$T/out"

# reminders on 2026-11-29 (7 days): birthdays of 张思远 and 王小明 (12-01),
# 王小明 turns 16, everyone unpaired and without care, two guardians at risk
expect_rc 0 "$G" --db "$DB" remind --format tsv
cut -f1,3,4 "$T/out" >"$T/r"
cat >"$T/want" <<'WANT'
kind	name	detail
birthday	张思远	2026-12-01
birthday	王小明	2026-12-01
unpaired	李华	
unpaired	章诗怡	
unpaired	张思远	
unpaired	王小明	
no_contact	李华	none
no_contact	章诗怡	none
no_contact	张思远	none
no_contact	王小明	none
turning_16	王小明	2026-12-01
guardian_risk	章诗怡	age=65 health=poor
guardian_risk	张思远	age=75 health=good
WANT
diff "$T/want" "$T/r" >"$T/diff" || { fail "remind tsv differs"; cat "$T/diff" >&2; }

# check: item 1 stale for all (never confirmed), item 2 missing (no hobbies)
expect_rc 0 "$G" --db "$DB" check --format tsv
[ "$(awk -F'\t' 'NR > 1 && $5 == "stale" && $6 == "missing"' "$T/out" | wc -l)" = 4 ] ||
	fail "check: items 1/2 are not stale/missing"
expect_rc 0 "$G" --db "$DB" check --confirm 张思远 1
expect_grep 'Confirmed' "$T/out"
"$G" --db "$DB" check --format tsv | awk -F'\t' '$2 == "张思远" { print $5 }' | grep -qx clear ||
	fail "confirmed item 1 of 张思远 is not clear"
expect_rc 2 "$G" --db "$DB" check --confirm 张思远 2
expect_grep 'Personality is empty' "$T/err"
expect_rc 1 "$G" --db "$DB" check --confirm 没有这个人 1

# show: the record view has the whole phone number, the list masks it
expect_rc 0 "$G" --db "$DB" show 张思远
expect_grep 13800001111 "$T/out"
expect_rc 0 "$G" --db "$DB" list --format json
expect_nogrep 13800001111 "$T/out"
finish
