#!/bin/sh
# import-scope.sh — issue 14: a teacher's spreadsheet cannot reach beyond the
# teacher's classes.  The probe's attacks, each with nothing changed:
# the two-step move (a row with another class's child's ID and the
# teacher's class, then `show`), an update matched by name + birth date +
# class, a new child put into another class, a child moved out, and reject
# reasons or duplicate notes that name a child of another class (also with
# --dry-run).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/security/lib-sec.sh"
D="$T/s.db"
setup_school "$D"
K41="(select id from class where grade = 4 and number = 1)"
K31="(select id from class where grade = 3 and number = 1)"
# X: a child of 4-1 with an ID number; Y: a child of 3-1
X=$(q "$D" "select id from child where class_id = $K41 and id_number is not null order by id limit 1")
[ -n "$X" ] || { fail "the demo has no child with an ID in 4-1"; finish; }
XN=$(q "$D" "select name from child where id = '$X'")
XID=$(q "$D" "select id_number from child where id = '$X'")
XB=$(q "$D" "select birth_date from child where id = '$X'")
Y=$(q "$D" "select id from child where class_id = $K31 and id_number is not null order by id limit 1")
YN=$(q "$D" "select name from child where id = '$Y'")
YID=$(q "$D" "select id_number from child where id = '$Y'")
fingerprint "$D" >"$T/before"
# nothing: compare everything a teacher's import could have changed
unchanged() {
	fingerprint "$D" >"$T/after"
	cmp -s "$T/before" "$T/after" && ok "$1: nothing changed" ||
		{ fail "$1: the database changed"; diff "$T/before" "$T/after" | head -5 >&2; }
}
# no_leak FILE...: none names X (name, class 4-1) beyond what the row said
no_leak() {
	for f in "$@"; do
		[ -f "$f" ] || continue
		grep -q -- "$XN" "$f" && fail "$f names the other class's child $XN"
		grep -q -- "grade 4\|Grade 4\|四年级\|4-1" "$f" && fail "$f names the other class"
	done
}

# 1. the two-step move: X's ID with the teacher's class 3-1
printf '姓名,身份证号,年级,班级\n%s,%s,3,1\n' "$XN" "$XID" >"$T/move.csv"
as_wang expect_rc 2 "$G" --db "$D" import "$T/move.csv" && ok "move refused"
expect_grep "outside your classes" "$T/move.rejected.csv"
[ "$(q "$D" "select class_id = $K41 from child where id = '$X'")" = 1 ] ||
	fail "the child of 4-1 was moved into 3-1"
as_wang "$G" --db "$D" show "$X" >"$T/show.out" 2>"$T/show.err" &&
	fail "show of another class's child succeeded"
no_leak "$T/show.out" "$T/show.err"
grep -q "$XID" "$T/show.out" && fail "show printed the other class's child's ID"
unchanged "two-step move"

# 2. update by name + birth date + class (all on the public roster)
printf '姓名,出生日期,年级,班级,兴趣爱好,家庭住址\n%s,%s,4,1,hacked,hacked\n' "$XN" "$XB" >"$T/upd.csv"
as_wang expect_rc 2 "$G" --db "$D" import "$T/upd.csv" && ok "update by name+birth+class refused"
expect_grep "not one of your classes" "$T/upd.rejected.csv"
[ "$(q "$D" "select count(*) from child where hobbies = 'hacked' or address = 'hacked'")" = 0 ] ||
	fail "the other class's child was updated"
unchanged "update by name"

# 3. a new child into another class
printf '姓名,年级,班级\n新来的,4,2\n' >"$T/add.csv"
as_wang expect_rc 2 "$G" --db "$D" import "$T/add.csv" && ok "adding into another class refused"
[ "$(q "$D" "select count(*) from child where name = '新来的'")" = 0 ] ||
	fail "a child was added to another class"
unchanged "add to another class"

# 4. moving the teacher's own child out to another class
printf '姓名,身份证号,年级,班级\n%s,%s,4,1\n' "$YN" "$YID" >"$T/out.csv"
as_wang expect_rc 2 "$G" --db "$D" import "$T/out.csv" && ok "moving out refused"
[ "$(q "$D" "select class_id = $K31 from child where id = '$Y'")" = 1 ] ||
	fail "the teacher moved a child out of 3-1"
unchanged "move out"

# 5. messages: X's ID under another name in 3-1, and a near duplicate of X
# (same name and birth date in 3-1); neither may name X or its class
for dry in --dry-run ""; do
	rm -f "$T"/*.rejected.csv
	printf '姓名,身份证号,出生日期,年级,班级\n假名字,%s,,3,1\n%s,,%s,3,1\n' \
		"$XID" "$XN" "$XB" >"$T/msg.csv"
	as_wang "$G" --db "$D" import "$T/msg.csv" $dry >"$T/msg.out" 2>"$T/msg.err"
	# the row itself may carry the name; the reasons and notes may not
	sed 's/^[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,//' "$T"/msg.rejected.csv >"$T/reasons" 2>/dev/null
	no_leak "$T/msg.err" "$T/reasons"
	# the notes may repeat the row's own name once, never a class of X's
	grep -q -- "grade 4\|四年级\|4-1" "$T/msg.out" && fail "a note names the other class ${dry:-}"
	grep -q "same child as" "$T/msg.out" "$T/msg.err" && fail "a duplicate note names a child outside the classes ${dry:-}"
	[ -n "$dry" ] || grep -q "outside your classes" "$T/msg.out" "$T/msg.err" "$T/reasons" ||
		fail "the reason does not say 'outside your classes' ${dry:-}"
done
ok "messages name nobody outside the classes"
# the teacher's own rows still work, and they were imported once
fingerprint "$D" >"$T/before"

# 6. check --confirm of another class's child
as_wang expect_rc 1 "$G" --db "$D" check --confirm "$X" 1 && ok "confirm refused"
no_leak "$T/out" "$T/err"
unchanged "confirm"

# the headteacher can still do all of it
printf '姓名,出生日期,年级,班级,兴趣爱好\n%s,%s,4,1,剪纸\n' "$XN" "$XB" >"$T/head.csv"
as_boss expect_rc 0 "$G" --db "$D" import "$T/head.csv" && ok "the head updates 4-1"
[ "$(q "$D" "select hobbies from child where id = '$X'")" = 剪纸 ] || fail "the head's update was lost"

# 7. a teacher account whose classes are gone sees nothing, and is told why
# (left without classes by hand: the audit trigger needs the program)
q "$D" "drop trigger user_class_audit_del; delete from user_class where user_id = (select id from \"user\" where name = 'wang')"
as_wang expect_rc 0 "$G" --db "$D" list --format tsv && ok "list without classes"
[ "$(grep -vc '^id' "$T/out")" = 0 ] || fail "a teacher without classes sees $(grep -vc '^id' "$T/out") children"
expect_grep "no class" "$T/err"
as_wang "$G" --db "$D" show "$Y" >"$T/out" 2>&1 && fail "a teacher without classes opens a child"
finish
