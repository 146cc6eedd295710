#!/bin/sh
# check-review.sh — `guanai check` prints 本学年复核 for each class and in
# all, the checklist screen's count: of the checklist items whose fields
# are filled, the share a teacher confirmed since 1 September, rounded
# down.  Its numbers must equal a count made apart from each child's
# `show` (each item's state read alone); items confirmed last school year
# do not count.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_DB="$T/db"
cat >"$T/school.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,健康状况,性格特点,兴趣爱好,学习成绩,现实表现,家庭经济状况,家庭住址,生活情况,父亲姓名,父亲电话,父亲是否外出,母亲姓名,母亲电话,母亲是否外出,监护人姓名,监护人关系,监护人年龄,监护人健康状况,监护人文化程度,监护人电话
张思远,男,2016-05-06,3,2,父母均外出,良好,内向,画画,中等,上课注意力不集中,困难,长岭县太平山镇单家堡3组,与奶奶同住,张建国,13800138000,是,李芳,13900139000,是,王秀英,祖母,66,良好,小学,13700137000
章诗怡,女,2017-01-12,3,2,父亲外出,良好,开朗,唱歌,良好,积极,一般,太平山镇章家村,与外婆同住,章伟,13811112222,是,刘丽,,否,陈桂兰,外婆,63,一般,初中,13722223333
赵松,男,2015-03-08,3,2,母亲外出,,,,,,,,,赵刚,,否,孙梅,,是,赵老汉,爷爷,70,,,
钱多多,女,2016-09-01,4,1,父母均外出,良好,活泼,跳舞,优秀,好,一般,钱家湾5组,与爷爷同住,钱军,13612345678,是,吴霞,13698765432,是,钱大爷,爷爷,68,良好,小学,13511112222
CSV
expect_rc 0 "$G" init --school 太平山镇中心小学
expect_rc 0 "$G" import "$T/school.csv"
"$G" list --format tsv | awk -F'\t' 'NR > 1 { print $1, $2, $5, $6 }' >"$T/ids"
id_of() { awk -v n="$1" '$2 == n { print $1 }' "$T/ids"; }
# last school year: 张思远 and 章诗怡 whole; this one: three of 张思远's
# items and all of 钱多多's
for who in 张思远 章诗怡; do
	GUANAI_TODAY=2026-06-01 "$G" check --confirm "$(id_of "$who")" all >/dev/null ||
		fail "confirm $who last school year"
done
for item in 1 2 3; do
	"$G" check --confirm "$(id_of 张思远)" "$item" >/dev/null || fail "confirm 张思远 $item"
done
"$G" check --confirm "$(id_of 钱多多)" all >/dev/null || fail "confirm 钱多多"

# apart: "grade class clear filled" a child, from its own record
while read -r id name gr cl; do
	"$G" show "$id" >"$T/show" || fail "show $name"
	sed -n '/^Checklist/,$p' "$T/show" >"$T/items"
	c=$(grep -c '^  [1-7] .* clear$' "$T/items")
	s=$(grep -c '^  [1-7] .* to be confirmed this school year$' "$T/items")
	echo "$gr $cl $c $((c + s))"
done <"$T/ids" >"$T/apart"
# want [G N]: "P% (C of F" apart, for a class or all
want() {
	awk -v g="${1:-}" -v n="${2:-}" '(g == "" || ($1 == g && $2 == n)) { c += $3; f += $4 }
	    END { printf "%d%% (%d of %d filled items confirmed)\n", int(c * 100 / f), c, f }' \
	    "$T/apart"
}
all=$(want); c32=$(want 3 2); c41=$(want 4 1)
[ "$all" != "$c32" ] && [ "${all%%%*}" != 0 ] && [ "${all%%%*}" != 100 ] ||
	fail "the school gives $all, 三年级(2)班 $c32: the test needs a partial review"

expect_rc 0 "$G" check
expect_grep "^Grade 3 Class 2: reviewed this school year $c32$" "$T/out" "check"
expect_grep "^Grade 4 Class 1: reviewed this school year $c41$" "$T/out" "check"
expect_grep "^All: reviewed this school year $all$" "$T/out" "check"
expect_rc 0 "$G" check --class 3-2
expect_grep "^Grade 3 Class 2: reviewed this school year $c32$" "$T/out" "check --class 3-2"
expect_grep "^All: reviewed this school year $c32$" "$T/out" "check --class 3-2"
# in Chinese, as the checklist screen says it
if have_zh; then
	use_zh
	"$G" check >"$T/out" 2>&1 || fail "check in Chinese"
	expect_grep "^全部：本学年复核 ${all%%%*}%" "$T/out" "check in Chinese"
fi
finish
