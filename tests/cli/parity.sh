#!/bin/sh
# parity.sh — the commands of command-line parity (DESIGN §6) on a
# hand-made school, each checked through show / list / care list --format
# json and the audit log: edit by code and Chinese field names, care
# add|list|edit|rm, helper add|list|edit|rm, pair/unpair, trash
# add|restore|erase, class list|set; IDs by their first or last 8
# characters, an ambiguous prefix refused; the exit codes 0/1/2.
. "$GUANAI_SRCDIR/tests/lib.sh"
D=$T/s.db
cat >"$T/in.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,监护人姓名,监护人关系
张思远,男,2017-12-01,3,2,父母均外出,张奶奶,奶奶
李华,男,2017-06-01,3,2,父亲外出,刘外婆,外婆
王小明,女,2012-12-01,4,1,母亲外出,王姑姑,姑姑
CSV
expect_rc 0 "$G" --db "$D" init --school 测试小学 || finish
expect_rc 0 "$G" --db "$D" import "$T/in.csv" || finish
q() { sqlite3 "$D" "$1"; }
id_of() { "$G" --db "$D" list --format tsv | awk -F'\t' -v n="$1" '$2 == n { print $1 }'; }
ZS=$(id_of 张思远) LH=$(id_of 李华) WX=$(id_of 王小明)
[ ${#ZS} = 36 ] && [ ${#LH} = 36 ] || { fail "no ids"; finish; }
json() { "$G" --db "$D" list --format json | jq -r --arg id "$1" ".[] | select(.id == \$id) | .$2"; }

# ---- IDs: whole, the first 8 characters when unique, the last 8 ----
# one import's children share the start of their ids: the prefix is
# ambiguous and refused, naming the candidates; the last 8 are unique
P=$(echo "$ZS" | cut -c1-8)
expect_rc 1 "$G" --db "$D" show "$P" && ok "an ambiguous 8-character prefix is refused"
expect_grep "several" "$T/err"
expect_grep "$LH" "$T/err" "the refusal lists the candidates"
S=$(echo "$ZS" | cut -c29-36)
expect_rc 0 "$G" --db "$D" show "$S" && ok "show by the last 8 characters"
expect_grep "张思远" "$T/out"
expect_rc 0 "$G" --db "$D" show "$ZS"
expect_rc 1 "$G" --db "$D" show 0123abcd
expect_rc 1 "$G" --db "$D" show 没有这个人

# ---- edit: code names and Chinese headers, values as teachers write ----
expect_rc 0 "$G" --db "$D" edit "$S" 性格特点=开朗 hobbies=画画 监护人电话=13800001111 \
	监护人关系=爷爷 出生日期=2017年12月2日 && ok "edit five fields"
expect_grep "5" "$T/out"
[ "$(json "$ZS" personality)" = 开朗 ] || fail "edit personality: $(json "$ZS" personality)"
[ "$(json "$ZS" hobbies)" = 画画 ] || fail "edit hobbies"
[ "$(json "$ZS" guardian_relation)" = grandfather ] || fail "edit 监护人关系=爷爷"
[ "$(json "$ZS" birth_date)" = 2017-12-02 ] || fail "edit 出生日期 as 2017年12月2日"
"$G" --db "$D" show "$ZS" | grep -q 13800001111 || fail "show lacks the new guardian phone"
[ "$(q "select count(*) from audit where tbl = 'child' and row_id = '$ZS' and col = 'personality' and new_value = '开朗' and action = 'update'")" = 1 ] ||
	fail "no audit row for the edit of personality"
[ "$(q "select count(*) from audit where tbl = 'guardian' and col = 'phone' and new_value = '13800001111'")" = 1 ] ||
	fail "no audit row for the guardian phone"
# a bad value: exit 2, named, nothing changed (the good one neither)
expect_rc 2 "$G" --db "$D" edit "$ZS" 兴趣爱好=跑步 身份证号=110101201712021234 && ok "a bad ID number is refused"
expect_grep "ID number\|身份证" "$T/err"
[ "$(json "$ZS" hobbies)" = 画画 ] || fail "a refused edit changed hobbies"
expect_rc 1 "$G" --db "$D" edit "$ZS" 没有这一栏=1 && ok "an unknown field is a usage error"
expect_grep "没有这一栏" "$T/err"
expect_rc 1 "$G" --db "$D" edit "$ZS" hobbies
expect_rc 1 "$G" --db "$D" edit "$ZS"
# the same value again changes nothing and logs nothing
n0=$(q "select count(*) from audit")
expect_rc 0 "$G" --db "$D" edit "$ZS" hobbies=画画
[ "$(q "select count(*) from audit")" = "$n0" ] || fail "an edit to the same value was audited"

# ---- helpers: add, list, edit, rm; roles as labels or codes ----
expect_rc 0 "$G" --db "$D" helper add 王老师 --role 教师 --phone 13900002222 && ok "helper add"
expect_rc 0 "$G" --db "$D" helper add 刘妈妈 --role volunteer
expect_rc 0 "$G" --db "$D" helper add 赵伯伯 --role 五老 --org 村委会
expect_rc 1 "$G" --db "$D" helper add 某人 --role 厨师 && ok "an unknown role is refused"
expect_rc 2 "$G" --db "$D" helper add 钱老师 --role 教师 --phone 12345
expect_rc 0 "$G" --db "$D" helper list --format json
[ "$(jq length "$T/out")" = 3 ] || fail "helper list: $(cat "$T/out")"
[ "$(jq -r '.[] | select(.name == "刘妈妈") | .kind' "$T/out")" = volunteer ] || fail "刘妈妈 is not a volunteer"
[ "$(jq -r '.[] | select(.name == "赵伯伯") | .organisation' "$T/out")" = 村委会 ] || fail "--org"
ZB=$(jq -r '.[] | select(.name == "赵伯伯") | .id' "$T/out")
expect_rc 0 "$G" --db "$D" helper edit "$(echo "$ZB" | cut -c1-8)" --phone 0731-8123456 --role 代理家长
"$G" --db "$D" helper list --format tsv | grep -q "^$ZB	赵伯伯	proxy_parent	0731-8123456	村委会	0$" ||
	fail "helper edit by 8 characters: $("$G" --db "$D" helper list --format tsv)"
expect_rc 0 "$G" --db "$D" helper rm 赵伯伯
"$G" --db "$D" helper list --format tsv | grep -q 赵伯伯 && fail "helper rm left 赵伯伯"
[ "$(q "select count(*) from audit where tbl = 'helper' and row_id = '$ZB' and col = 'deleted_at'")" = 1 ] ||
	fail "helper rm is not audited"

# ---- pair / unpair ----
expect_rc 0 "$G" --db "$D" pair 张思远 王老师 && ok "pair"
expect_rc 0 "$G" --db "$D" pair "$S" 刘妈妈 --role 爱心妈妈 --date 2026-09-01
expect_rc 2 "$G" --db "$D" pair 张思远 王老师 && ok "a second active pairing is refused"
expect_rc 1 "$G" --db "$D" pair 张思远 没有这人
"$G" --db "$D" show 张思远 >"$T/show"
expect_grep "王老师" "$T/show"
expect_grep "2026-09-01" "$T/show"
"$G" --db "$D" helper list --format json | jq -e '.[] | select(.name == "王老师") | .children == 1' >/dev/null ||
	fail "王老师 has no child after pair"
expect_rc 2 "$G" --db "$D" helper rm 王老师 && ok "a paired helper is not removed"
expect_rc 0 "$G" --db "$D" stats --format json
jq -e '.pairing_coverage.paired == 1' "$T/out" >/dev/null || fail "stats: paired is not 1"
expect_rc 0 "$G" --db "$D" unpair 张思远 王老师 --date 2026-11-28 && ok "unpair"
expect_rc 1 "$G" --db "$D" unpair 张思远 王老师
"$G" --db "$D" show 张思远 | grep -q "王老师.*2026-11-28" || fail "unpair did not keep the history"
[ "$(q "select count(*) from audit where tbl = 'pairing' and col = 'end_date' and new_value = '2026-11-28'")" = 1 ] ||
	fail "unpair is not audited"

# ---- care: add, list, edit, rm; kinds as labels or codes ----
expect_rc 0 "$G" --db "$D" care add 张思远 --kind 家访 --date 2026/11/20 --note 奶奶身体好 --helper 王老师
expect_rc 0 "$G" --db "$D" care add "$S" --kind aid --amount 300
expect_rc 0 "$G" --db "$D" care add 李华 --kind 亲情电话
expect_rc 1 "$G" --db "$D" care add 李华 --kind 唱歌 && ok "an unknown kind is refused"
expect_rc 1 "$G" --db "$D" care add 李华 && ok "care add without --kind"
expect_rc 1 "$G" --db "$D" care add 李华 --kind aid --amount -5
expect_rc 2 "$G" --db "$D" care add 李华 --kind talk --date 2026-02-30
expect_rc 0 "$G" --db "$D" care list 张思远 --format json
[ "$(jq length "$T/out")" = 2 ] || fail "care list 张思远: $(cat "$T/out")"
jq -e '.[0].kind == "aid" and .[0].amount == 300 and .[0].date == "2026-11-29"' "$T/out" >/dev/null ||
	fail "care add aid: $(cat "$T/out")"
jq -e '.[1].kind == "home_visit" and .[1].date == "2026-11-20" and .[1].summary == "奶奶身体好" and .[1].helper_name == "王老师"' \
	"$T/out" >/dev/null || fail "care add home visit: $(cat "$T/out")"
CV=$(jq -r '.[1].id' "$T/out")
expect_rc 0 "$G" --db "$D" care list --format json
[ "$(jq length "$T/out")" = 3 ] || fail "care list (all)"
expect_rc 0 "$G" --db "$D" care edit "$(echo "$CV" | cut -c1-8)" --kind 谈心 --note 聊了学习 --date 2026-11-21
"$G" --db "$D" care list 张思远 --format json | jq -e --arg id "$CV" \
	'.[] | select(.id == $id) | .kind == "talk" and .summary == "聊了学习" and .date == "2026-11-21"' >/dev/null ||
	fail "care edit"
[ "$(q "select count(*) from audit where tbl = 'care' and row_id = '$CV' and col = 'kind' and old_value = 'home_visit' and new_value = 'talk'")" = 1 ] ||
	fail "care edit is not audited"
expect_rc 1 "$G" --db "$D" care edit 00000000 --kind talk
expect_rc 0 "$G" --db "$D" care rm "$CV"
[ "$("$G" --db "$D" care list 张思远 --format json | jq length)" = 1 ] || fail "care rm"
expect_rc 0 "$G" --db "$D" stats --format json
jq -e '.aid_total.yuan == 300 and .care_by_kind.family_call == 1' "$T/out" >/dev/null ||
	fail "stats after care: $(jq -c '.care_by_kind, .aid_total' "$T/out")"

# ---- class list / set ----
expect_rc 0 "$G" --db "$D" class set 3-2 --enrolled 45 --teacher 王老师 && ok "class set"
expect_rc 0 "$G" --db "$D" class set 4-1 --enrolled 50 --teacher 孙老师
expect_rc 1 "$G" --db "$D" class set 3-2
expect_rc 1 "$G" --db "$D" class set 3-x --enrolled 4
expect_rc 1 "$G" --db "$D" class set 3-2 --enrolled many
expect_rc 0 "$G" --db "$D" class list --format json
jq -e '.[] | select(.class == "3-2") | .enrolled == 45 and .head_teacher == "王老师" and .children == 2' \
	"$T/out" >/dev/null || fail "class list 3-2: $(cat "$T/out")"
jq -e '.[] | select(.class == "4-1") | .head_teacher == "孙老师"' "$T/out" >/dev/null ||
	fail "a new teacher's name did not become a helper"
expect_rc 0 "$G" --db "$D" stats --format json
jq -e '.by_grade_gender["3"].enrolled == 45' "$T/out" >/dev/null || fail "stats do not see 在校学生数"
[ "$(q "select count(*) from audit where tbl = 'class' and col = 'enrolled' and new_value = '45'")" = 1 ] ||
	fail "class set is not audited"

# ---- trash: add, list, restore, erase ----
expect_rc 0 "$G" --db "$D" trash add 王小明 && ok "trash add"
[ -z "$(json "$WX" name)" ] || fail "王小明 still on the register"
expect_rc 0 "$G" --db "$D" trash --format json
jq -e --arg id "$WX" '.[0].id == $id and length == 1' "$T/out" >/dev/null || fail "trash list"
expect_rc 0 "$G" --db "$D" trash restore 王小明
[ "$(json "$WX" name)" = 王小明 ] || fail "trash restore"
expect_rc 1 "$G" --db "$D" trash restore 王小明
expect_rc 0 "$G" --db "$D" trash add "$WX"
expect_rc 1 "$G" --db "$D" trash erase 王小明 && ok "erase refuses a name"
expect_rc 1 "$G" --db "$D" trash erase "$(echo "$ZS" | cut -c29-36)" && ok "erase refuses a child not in the trash"
expect_rc 0 "$G" --db "$D" trash erase "$(echo "$WX" | cut -c29-36)" && ok "trash erase"
[ "$(q "select count(*) from child where id = '$WX'")" = 0 ] || fail "erase left the child row"
[ "$(q "select count(*) from audit where action = 'erase' and tbl = 'child' and row_id = '$WX'")" -ge 1 ] || fail "erase is not logged"
q "select old_value, new_value from audit where row_id = '$WX'" | grep -q 王小明 && fail "erase left the name in the audit log"
expect_rc 0 "$G" --db "$D" trash --format json
[ "$(jq length "$T/out")" = 0 ] || fail "the trash is not empty after erase"
# everything above happened as the OS user: the audit log says who
[ "$(q "select count(distinct actor) from audit where tbl in ('care', 'helper', 'pairing', 'class')")" = 1 ] ||
	fail "audit actors"
finish
