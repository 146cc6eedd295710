#!/bin/sh
# parity-scope.sh — a teacher account and the commands of command-line
# parity: within the own class everything works and is audited under the
# teacher's name; a child, care record or class of another class is "not
# found" — exit 1, nothing changed, and the message never names the child.
. "$GUANAI_SRCDIR/tests/lib.sh"
D=$T/s.db
cat >"$T/in.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,监护人姓名,监护人关系
张思远,男,2017-12-01,3,2,父母均外出,张奶奶,奶奶
王小明,女,2012-12-01,4,1,母亲外出,王姑姑,姑姑
赵小红,女,2012-10-01,4,1,母亲外出,赵姑姑,姑姑
CSV
expect_rc 0 "$G" --db "$D" init --school 测试小学 || finish
expect_rc 0 "$G" --db "$D" import "$T/in.csv" || finish
q() { sqlite3 "$D" "$1"; }
id_of() { "$G" --db "$D" list --format tsv | awk -F'\t' -v n="$1" '$2 == n { print $1 }'; }
ZS=$(id_of 张思远) WX=$(id_of 王小明) ZH=$(id_of 赵小红)
# the headteacher prepares: a helper, a care record and a trashed child in 4-1
expect_rc 0 "$G" --db "$D" helper add 王老师 --role 教师
expect_rc 0 "$G" --db "$D" care add "$WX" --kind 家访 --note 四年级的家访
CW=$(q "select id from care where child_id = '$WX'")
expect_rc 0 "$G" --db "$D" pair "$WX" 王老师
expect_rc 0 "$G" --db "$D" trash add "$ZH"
GUANAI_PASSWORD=boss-secret expect_rc 0 "$G" --db "$D" user add boss --role head
export GUANAI_USER=boss GUANAI_PASSWORD=boss-secret
GUANAI_NEW_PASSWORD=wang-secret expect_rc 0 "$G" --db "$D" user add wang --role teacher --class 3-2
export GUANAI_USER=wang GUANAI_PASSWORD=wang-secret

# ---- outside the class: refused, silent about the child, nothing changed ----
snap() { q "select count(*), max(at) from audit"; q "select * from child order by id"; q "select * from care order by id";
	q "select * from pairing order by id"; q "select * from class order by id"; }
snap >"$T/before"
W8=$(echo "$WX" | cut -c29-36) H8=$(echo "$ZH" | cut -c29-36) C8=$(echo "$CW" | cut -c1-8)
refused() { # refused CMD...: exit 1, and stderr names neither 4-1 child
	expect_rc 1 "$G" --db "$D" "$@" || return
	grep -q '王小明\|赵小红\|四年级的家访' "$T/err" && fail "the refusal names the other class's child: $*: $(cat "$T/err")"
	grep -q . "$T/err" || fail "no message: $*"
}
refused show "$WX"
refused show "$W8"
refused edit "$WX" hobbies=画画
refused edit "$W8" 性格特点=开朗
refused care add "$WX" --kind 家访
refused care list "$W8"
refused care edit "$C8" --note 改了
refused care edit "$CW" --kind talk
refused care rm "$CW"
refused pair "$W8" 王老师
refused unpair "$WX" 王老师
refused trash add "$W8"
refused trash restore "$ZH"
refused trash restore "$H8"
refused trash erase "$H8"
refused check --confirm "$W8" 1
refused class set 4-1 --enrolled 30
snap >"$T/after"
cmp -s "$T/before" "$T/after" && ok "nothing changed outside the class" || fail "a refused command changed the database"

# ---- what the teacher sees: the own class only ----
expect_rc 0 "$G" --db "$D" care list --format json
[ "$(jq length "$T/out")" = 0 ] || fail "the teacher sees another class's care: $(cat "$T/out")"
expect_rc 0 "$G" --db "$D" trash --format json
[ "$(jq length "$T/out")" = 0 ] || fail "the teacher sees another class's trash"
expect_rc 0 "$G" --db "$D" class list --format json
[ "$(jq -r '[.[].class] | join(",")' "$T/out")" = 3-2 ] || fail "class list: $(cat "$T/out")"

# ---- inside the class: works, audited under the teacher's name ----
expect_rc 0 "$G" --db "$D" edit 张思远 hobbies=画画 && ok "the teacher edits the own class"
expect_rc 1 "$G" --db "$D" edit 张思远 年级=4 && ok "the teacher cannot move a child out of the class"
expect_rc 0 "$G" --db "$D" care add 张思远 --kind 亲情电话
expect_rc 0 "$G" --db "$D" pair 张思远 王老师
expect_rc 0 "$G" --db "$D" class set 3-2 --enrolled 44
expect_rc 0 "$G" --db "$D" trash add 张思远
expect_rc 0 "$G" --db "$D" trash restore 张思远
expect_rc 0 "$G" --db "$D" trash add 张思远
expect_rc 1 "$G" --db "$D" trash erase "$ZS" && ok "only a headteacher erases"
expect_rc 0 "$G" --db "$D" trash restore 张思远
expect_rc 1 "$G" --db "$D" helper rm 王老师
expect_rc 0 "$G" --db "$D" list --format json
jq -e '.[0].hobbies == "画画" and .[0].grade == 3' "$T/out" >/dev/null || fail "the teacher's edit"
for t in child care pairing class; do
	[ "$(q "select count(*) from audit where tbl = '$t' and actor = 'wang'")" -ge 1 ] ||
		fail "no audit row of $t under the teacher's name"
done
finish
