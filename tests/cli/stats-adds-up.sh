#!/bin/sh
# stats-adds-up.sh — a hand-made school of eight children whose left-behind
# type is given, derivable from 父亲/母亲是否外出, or unknown: every
# breakdown of `stats` adds up to the number of children (未填 counted),
# 留守比例 uses the 在校学生数 imported from a class sheet (and the
# paragraph says when it is missing), the paragraph's numbers add up, and
# the 学籍 code of the xueji export follows the parents' away status (never
# 非留守 for an unknown type).
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_DB="$T/s.db"
cat >"$T/school.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,学习成绩,监护人姓名,监护人关系,监护人文化程度,父亲是否外出,母亲是否外出
甲一,男,2017-01-01,3,1,父母均外出,良好,奶奶甲,奶奶,小学,是,是
甲二,女,2017-02-01,3,1,,优秀,爷爷乙,爷爷,,是,是
甲三,男,2017-03-01,3,1,,,外婆丙,外婆,初中,是,否
甲四,女,2017-04-01,3,2,,较差,,,,否,是
甲五,男,2017-05-01,3,2,,,,,,,
甲六,女,2016-06-01,4,1,,,姑姑丁,姑姑,,是,
甲七,男,2016-07-01,4,1,母亲外出,,,,,,
甲八,女,2016-08-01,4,1,,,,,,否,否
CSV
expect_rc 0 "$G" init --school 测试小学
expect_rc 0 "$G" import "$T/school.csv"
expect_grep '8 new' "$T/out"

# every table of children adds up to 8 (the enrolment rows are not children)
sums() {
	"$G" stats --format csv >"$T/stats.csv"
	awk -F, 'NR > 1 && $3 != "pupils enrolled" && $3 != "all seven clear" { s[$1] += $4 }
		END { for (t in s) print t "=" s[t] }' "$T/stats.csv" | sort >"$T/sums"
}
sums
for t in "Children by grade and gender" "By left-behind type" \
    "By the primary guardian's relation" "By the primary guardian's education" \
    "Study level by left-behind type" "Checklist (七清楚) by class"; do
	grep -qx "$t=8" "$T/sums" || fail "$t does not add up to 8: $(grep "^$t=" "$T/sums")"
done
expect_grep '^By left-behind type,not recorded,,3$' "$T/stats.csv" "unknown bucket: 甲五, 甲六 (mother unknown), 甲八 (both at home)"
expect_grep '^By left-behind type,Both parents away,,2$' "$T/stats.csv" "甲一 given, 甲二 derived"
expect_grep '^By left-behind type,Father away,,1$' "$T/stats.csv" "甲三 derived"
expect_grep '^By left-behind type,Mother away,,2$' "$T/stats.csv" "甲四 derived, 甲七 given"

# the paragraph: no enrolment yet; the types add up to 8 with 未填
expect_rc 0 "$G" stats
expect_grep 'of 3 classes is not filled in' "$T/out" "missing enrolment said"
expect_nogrep '% of its' "$T/out" "a ratio without enrolment"
expect_grep 'Of them 2 have both parents away, 1 only the father, 2 only the mother, 0 one parent away with the other unable to care, and for 3 the type is not filled in' "$T/out"
expect_grep 'The type of 3 children was worked out' "$T/out"

# 在校学生数 from a class sheet: 40 + 38 + 45 = 123 pupils, 8/123 = 6.50%
printf '年级,班级,在校学生数\n三年级,1班,40\n3,2,38人\n4,1,45\n合计,,123\n' >"$T/classes.csv"
expect_rc 0 "$G" import "$T/classes.csv"
expect_grep '在校学生数) of 3 classes was set' "$T/err"
expect_rc 0 "$G" stats
expect_grep 'The school has 8 left-behind children, 6.50% of its 123 pupils' "$T/out"
expect_rc 0 "$G" stats --format json
expect_grep '"3": {"m": 3, "f": 2, "enrolled": 78}' "$T/out"
expect_grep '"4": {"m": 1, "f": 2, "enrolled": 45}' "$T/out"
sums
grep -qx "By left-behind type=8" "$T/sums" || fail "types do not add up after enrolment"

# the 学籍 code follows the parents' away status
expect_rc 0 "$G" export --layout xueji "$T/x.csv"
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "姓名") n = i; if ($i == "学籍留守类型") x = i } next }
	{ print $n "=" $x }' "$T/x.csv" | sort >"$T/xueji"
cat >"$T/want" <<'WANT'
甲一=双亲留守
甲七=单亲留守
甲三=单亲留守
甲二=双亲留守
甲五=
甲八=非留守
甲六=
甲四=单亲留守
WANT
sort "$T/want" >"$T/want.sorted"
diff "$T/want.sorted" "$T/xueji" >"$T/diff" || { fail "学籍 codes"; cat "$T/diff" >&2; }

# the record shows a derived type as derived, a given one plainly
expect_rc 0 "$G" show 甲二
expect_grep 'Both parents away (from the parents)' "$T/out"
expect_rc 0 "$G" show 甲一
expect_nogrep 'from the parents' "$T/out" "a given type"
finish
