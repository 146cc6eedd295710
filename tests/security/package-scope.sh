#!/bin/sh
# package-scope.sh — issue 14: crafted USB packages, each made by guanai
# itself from the attacker's copy of the database (and re-written by
# tests/security/forge where guanai would never write it), and each
# asserted to fail with nothing changed:
#  - a package from another school;
#  - a package that declares class 3-1 but carries class 4-1;
#  - package rows with bad values (gender x, birth date not-a-date);
#  - a teacher unpacking a package that moves another class's child into
#    the teacher's class, wipes its fields and renames or deletes helpers
#    (and --preview printing that child's private fields);
#  - the headteacher unpacking the same package (it updated the child).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/security/lib-sec.sh"
[ -x "$FORGE" ] || { echo "no $FORGE"; exit 99; }
export GUANAI_PASSPHRASE='教师口令-2026'
D="$T/s.db"
setup_school "$D"
SCHOOL=$(q "$D" "select name from school")
[ -n "$SCHOOL" ] || fail "the demo school has no name"
K41="(select id from class where grade = 4 and number = 1)"
K31="(select id from class where grade = 3 and number = 1)"
X=$(q "$D" "select id from child where class_id = $K41 order by id limit 1")
XN=$(q "$D" "select name from child where id = '$X'")
XA=$(q "$D" "select address from child where id = '$X' and address is not null")
Y=$(q "$D" "select id from child where class_id = $K31 and gender = 'm' and birth_date is not null order by id limit 1")
YB=$(q "$D" "select birth_date from child where id = '$Y'")
[ -n "$X" ] && [ -n "$Y" ] && [ -n "$XA" ] || { fail "demo lacks the children this test needs"; finish; }
FUTURE=2099-01-01T00:00:00Z LATER=2099-06-01T00:00:00Z
fingerprint "$D" >"$T/before"
unchanged() {
	fingerprint "$D" >"$T/after"
	cmp -s "$T/before" "$T/after" && ok "$1: nothing changed" ||
		{ fail "$1: the database changed"; diff "$T/before" "$T/after" | head -6 >&2; }
}

# 1. another school's package
attacker_copy "$D" "$T/other.db"
q "$T/other.db" "update school set name = '另一所学校'; update child set hobbies = '别校', updated_at = '$FUTURE' where id = '$Y'"
as_boss expect_rc 0 "$G" --db "$T/other.db" pack "$T/other.gak" --class 3-1
as_boss expect_rc 1 "$G" --db "$D" unpack "$T/other.gak" && ok "another school's package refused"
expect_grep "another school (另一所学校)" "$T/err"
if have_zh; then
	use_zh
	as_boss expect_rc 1 "$G" --db "$D" unpack "$T/other.gak" --preview
	expect_grep "这个数据包来自另一所学校（另一所学校），不能导入" "$T/err"
	use_en
fi
unchanged "another school"

# 2. a package declaring 3-1 that carries 4-1
attacker_copy "$D" "$T/decl.db"
q "$T/decl.db" "update child set hobbies = '越界', updated_at = '$FUTURE' where id = '$X'"
as_boss expect_rc 0 "$G" --db "$T/decl.db" pack "$T/decl41.gak" --class 4-1
"$FORGE" "$T/decl41.gak" "$T/decl.gak" "$GUANAI_PASSPHRASE" 4-1 3-1 >/dev/null || fail "forge decl"
as_boss expect_rc 3 "$G" --db "$D" unpack "$T/decl.gak" && ok "rows outside the declared classes refused"
expect_grep "holds 3-1 but carries a record of class 4-1" "$T/err"
unchanged "declared classes"

# 3. bad values: gender x, birth date not-a-date (made newer, so they would win)
attacker_copy "$D" "$T/bad.db"
q "$T/bad.db" "update child set updated_at = '$FUTURE' where id = '$Y'"
as_boss expect_rc 0 "$G" --db "$T/bad.db" pack "$T/bad0.gak" --class 3-1
"$FORGE" "$T/bad0.gak" "$T/bad1.gak" "$GUANAI_PASSPHRASE" tm tx >/dev/null || fail "forge gender"
"$FORGE" "$T/bad0.gak" "$T/bad2.gak" "$GUANAI_PASSPHRASE" "t$YB" tnot-a-date >/dev/null || fail "forge date"
for p in bad1 bad2; do
	as_boss expect_rc 3 "$G" --db "$D" unpack "$T/$p.gak" && ok "$p refused"
	expect_grep "not valid" "$T/err"
done
[ "$(q "$D" "select count(*) from child where gender = 'x' or birth_date = 'not-a-date'")" = 0 ] ||
	fail "a bad value was stored"
unchanged "bad values"

# 4. the attacker's copy moves X (4-1) into 3-1, wipes its fields, renames
# one helper and deletes another; the headteacher packs class 3-1 there
attacker_copy "$D" "$T/evil.db"
H1=$(q "$T/evil.db" "select helper_id from pairing where child_id in (select id from child where class_id = $K31) order by helper_id limit 1")
H2=$(q "$T/evil.db" "select helper_id from pairing where child_id in (select id from child where class_id = $K31) and helper_id <> '$H1' order by helper_id limit 1")
[ -n "$H1" ] && [ -n "$H2" ] || fail "the demo pairs no two helpers with 3-1"
q "$T/evil.db" "update child set class_id = $K31, address = NULL, hobbies = NULL, personality = NULL,
	living = NULL, notes = '搬来了', updated_at = '$LATER' where id = '$X';
	update helper set name = '坏人', updated_at = '$LATER' where id = '$H1';
	update helper set deleted_at = '$LATER', updated_at = '$LATER' where id = '$H2'"
as_boss expect_rc 0 "$G" --db "$T/evil.db" pack "$T/evil.gak" --class 3-1
sqlite3 "$D" "select * from child where id = '$X'; select * from helper order by id" >"$T/x.before"
cp "$D" "$T/head.db"	# the headteacher's turn starts from here
# the teacher's preview prints nothing of X
as_wang expect_rc 0 "$G" --db "$D" unpack "$T/evil.gak" --preview
cat "$T/out" "$T/err" >"$T/preview"
grep -q -- "$XN" "$T/preview" && fail "the teacher's preview names the other class's child"
grep -q -- "$XA" "$T/preview" && fail "the teacher's preview shows the other class's child's address"
grep -q -- "$SCHOOL · boss" "$T/preview" || fail "the preview does not say the school and the account"
grep -q -- "packed by $(id -un)\|from $(id -un)" "$T/preview" && fail "the preview names the OS user"
# the teacher unpacks it
as_wang expect_rc 0 "$G" --db "$D" unpack "$T/evil.gak" && ok "teacher unpack"
sqlite3 "$D" "select * from child where id = '$X'; select * from helper order by id" >"$T/x.after"
cmp -s "$T/x.before" "$T/x.after" && ok "teacher: the other class's child and the helpers are untouched" ||
	{ fail "teacher: the other class's child or a helper changed"; diff "$T/x.before" "$T/x.after" | head -6 >&2; }
# the headteacher unpacks it: a 3-1 package does not move a 4-1 child
as_boss expect_rc 0 "$G" --db "$T/head.db" unpack "$T/evil.gak" && ok "head unpack"
expect_nogrep "^1 updated\| 1 updated" "$T/out"
[ "$(q "$T/head.db" "select class_id = $K41 and address is not null from child where id = '$X'")" = 1 ] &&
	ok "head: X still in 4-1 with its address" || fail "head: the package moved or wiped X"
finish
