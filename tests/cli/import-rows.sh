#!/bin/sh
# import-rows.sh — the row rules of DESIGN §6 (2026-12) on a class
# teacher's roster: the class from a title row or --class, 301班 / 3.2 /
# 三(2) / a bare 一年级, totals and 序号-only rows skipped, 外出地点 to the
# away parent, a month-only birth date taken from the ID, bad optional
# values left out with every problem listed, a bad name losing the row.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_DB="$T/g.db"
expect_rc 0 "$G" init
tsv() { "$G" list --format tsv | tail -n +2 | cut -f2,4,5,6,7 | sort; }

# a title row gives the class; 外出地点 goes to the parent who is away
cat >"$T/title.csv" <<'CSV'
三年级2班留守儿童花名册,,,,,,
序号,姓名,出生年月,身份证号,父亲是否外出,母亲是否外出,外出地点
1,张思远,2016.05,431102201605061018,是,否,广东东莞
2,李小红,2015.03,,否,是,浙江义乌
3,王五,2016-01-02,,,,上海
4,
合计,3人,,,,,
CSV
expect_rc 2 "$G" import "$T/title.csv"
expect_grep '3 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "title-row class"
expect_grep '2 rows were skipped' "$T/err" "序号-only and totals rows"
expect_nogrep '序号' "$T/err" "序号 reported as an unknown column"
# (tsv keeps the stored code: the types of 张思远 and 李小红 are derived)
tsv >"$T/got"
cat >"$T/want" <<'WANT'
张思远	2016-05-06	3	2	
李小红		3	2	
王五	2016-01-02	3	2	
WANT
diff "$T/want" "$T/got" >"$T/diff" || { fail "title.csv children"; cat "$T/diff" >&2; }
expect_rc 0 "$G" show 张思远
expect_grep "Father's place of work *广东东莞" "$T/out"
expect_grep 'Father away (from the parents)' "$T/out" "derived type shown as derived"
expect_rc 0 "$G" list
expect_grep '张思远.*Father away (' "$T/out" "derived type marked in the list"
expect_rc 0 "$G" show 李小红
expect_grep "Mother's place of work *浙江义乌" "$T/out"
rej="$T/title.rejected.csv"
expect_grep '^2,李小红,2015.03,.*only a year and month (2015-03).*(Date of birth not imported)' "$rej" "month only, no ID"
expect_grep '^3,王五,.*place of work 上海: the row does not say which parent is away' "$rej"
expect_nogrep '张思远' "$rej" "2016.05 agrees with the ID: no problem"

# --class for a sheet without one; it yields to a class in the row
printf '姓名,性别\n赵一,男\n钱二,女\n' >"$T/noclass.csv"
expect_rc 3 "$G" import "$T/noclass.csv"
expect_grep '姓名 and 班级' "$T/err" "no class, no --class"
expect_rc 0 "$G" import --class 4-3 "$T/noclass.csv"
expect_grep '2 new' "$T/out"
expect_rc 1 "$G" import --class 四三 "$T/noclass.csv"

# classes as teachers write them
cat >"$T/forms.csv" <<'CSV'
姓名,班级
孙301,301班
周32,3.2
吴三2,三(2)
郑初一,初一(3)班
CSV
# names with digits are refused: only the class forms matter here
sed -i 's/^孙301/孙甲/; s/^周32/周乙/; s/^吴三2/吴丙/; s/^郑初一/郑丁/' "$T/forms.csv"
expect_rc 0 "$G" import "$T/forms.csv"
expect_grep '4 new' "$T/out"
"$G" list --format tsv | awk -F'\t' '$2 ~ /^(孙甲|周乙|吴丙|郑丁)$/ { print $2, $5 "-" $6 }' | sort >"$T/got"
printf '吴丙 3-2\n周乙 3-2\n孙甲 3-1\n郑丁 7-3\n' | sort >"$T/want"
diff "$T/want" "$T/got" >"$T/diff" || { fail "class forms"; cat "$T/diff" >&2; }

# a bare grade in the class column, the class number from the title
printf '一年级花名册\n姓名,班级,备注\n冯戊,一年级,\n' >"$T/grade.csv"
expect_rc 2 "$G" import "$T/grade.csv"		# no class number anywhere
expect_grep '0 new, 0 updated, 0 unchanged, 1 rejected' "$T/out"
printf '姓名,班级\n冯戊,一年级\n' >"$T/grade2.csv"
expect_rc 0 "$G" import --class 1-4 "$T/grade2.csv"
"$G" list --format tsv | awk -F'\t' '$2 == "冯戊" { print $5 "-" $6 }' >"$T/got"
[ "$(cat "$T/got")" = 1-4 ] || fail "一年级 with --class 1-4: $(cat "$T/got")"

# a required value loses the row; optional ones only the value, all listed
printf '姓名,年级,班级,出生日期,监护人电话,监护人关系\n李4,3,2,2016-02-30,12345,邻居\n陈己,3,2,2016-02-30,12345,邻居\n' >"$T/bad.csv"
expect_rc 2 "$G" import "$T/bad.csv"
expect_grep '1 new, 0 updated, 0 unchanged, 1 rejected' "$T/out"
expect_grep "^李4,.*the row was not imported" "$T/bad.rejected.csv"
expect_grep "^陈己,.*Date of birth not imported.*Guardian's phone not imported.*Guardian's relation not imported.*imported without" "$T/bad.rejected.csv"
finish
