#!/bin/sh
# accounts.sh — optional sign-in: once an account exists every command asks
# for it; a teacher sees, exports and packs only the own class; only a
# headteacher manages accounts and backups; the audit log names the user.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$T/s.db"
expect_rc 0 "$G" --db "$D" demo --children 60 --seed 2
"$G" --db "$D" list --format tsv >"$T/all.tsv" || fail "list before accounts"
grep -qP '\t3\t1\t' "$T/all.tsv" || fail "the demo has no child in 3-1"
grep -qvP '\t3\t1\t|^id\t' "$T/all.tsv" || fail "the demo has only class 3-1"
# the first account must be a headteacher's
GUANAI_PASSWORD=wang-secret expect_rc 1 "$G" --db "$D" user add wang --role teacher --class 3-1
GUANAI_PASSWORD=boss-secret expect_rc 0 "$G" --db "$D" user add boss --role head && ok "head account"
# from now on, nothing without signing in (no terminal here: a clear refusal)
env -u GUANAI_USER setsid "$G" --db "$D" list </dev/null >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "list without sign-in did not fail"
expect_grep "GUANAI_USER" "$T/err"
GUANAI_USER=boss GUANAI_PASSWORD=wrong-secret expect_rc 1 "$G" --db "$D" list && ok "wrong password refused"
GUANAI_USER=nobody GUANAI_PASSWORD=boss-secret expect_rc 1 "$G" --db "$D" list
export GUANAI_USER=boss GUANAI_PASSWORD=boss-secret
GUANAI_NEW_PASSWORD=wang-secret expect_rc 0 "$G" --db "$D" user add wang --role teacher --class 3-1
GUANAI_NEW_PASSWORD=short expect_rc 1 "$G" --db "$D" user add li --role teacher --class 4-1
GUANAI_NEW_PASSWORD=li-secret expect_rc 1 "$G" --db "$D" user add li --role teacher
GUANAI_NEW_PASSWORD=wang-secret expect_rc 1 "$G" --db "$D" user add wang --role head
expect_rc 0 "$G" --db "$D" user list
expect_grep "^wang	teacher	3-1$" "$T/out"
expect_grep "^boss	head	$" "$T/out"
expect_nogrep "secret" "$T/out"
sqlite3 "$D" 'select password_hash from "user"' | grep -q '^\$argon2id\$' || fail "passwords are not argon2id hashes"
sqlite3 "$D" 'select password_hash from "user"' | grep -q secret && fail "a password is stored in clear"
# the head sees everything
expect_rc 0 "$G" --db "$D" list --format tsv
cmp -s "$T/out" "$T/all.tsv" || fail "the head does not see the whole school"

# the teacher: only class 3-1, in lists, exports and packages
export GUANAI_USER=wang GUANAI_PASSWORD=wang-secret
expect_rc 0 "$G" --db "$D" list --format tsv && ok "teacher list"
[ "$(wc -l <"$T/out")" -gt 1 ] || fail "the teacher sees no child"
grep -vP '^id\t' "$T/out" | grep -vqP '\t3\t1\t' && fail "the teacher sees another class"
grep -P '\t3\t1\t' "$T/all.tsv" | cut -f1 | sort >"$T/want"
grep -vP '^id\t' "$T/out" | cut -f1 | sort >"$T/got"
cmp -s "$T/want" "$T/got" || fail "the teacher does not see all of class 3-1"
expect_rc 0 "$G" --db "$D" export "$T/t.csv"
[ "$(($(wc -l <"$T/t.csv") - 1))" = "$(wc -l <"$T/want")" ] || fail "the teacher's export is not exactly class 3-1"
export GUANAI_PASSPHRASE=package-secret
expect_rc 1 "$G" --db "$D" pack "$T/x.pkg" --class 4-1 && expect_grep "not one of your classes" "$T/err"
[ -e "$T/x.pkg" ] && fail "a package of another class was written"
expect_rc 0 "$G" --db "$D" pack "$T/t.pkg" && ok "teacher pack"
expect_grep "$(wc -l <"$T/want") child" "$T/out"
expect_rc 1 "$G" --db "$D" user add li --role head
expect_rc 1 "$G" --db "$D" user remove boss
expect_rc 1 "$G" --db "$D" backup "$T/b.db"
expect_rc 1 "$G" --db "$D" restore "$T/b.db"
# the audit log records the signed-in teacher
name=$(head -2 "$T/want" | tail -1)
printf '姓名,学籍号,年级,班级,兴趣爱好\n' >"$T/edit.csv"
sqlite3 -csv "$D" "select name, coalesce(student_no,''), 3, 1, '剪纸' from child where id = (select min(id) from child c where class_id = (select id from class where grade = 3 and number = 1))" >>"$T/edit.csv"
expect_rc 0 "$G" --db "$D" import "$T/edit.csv"
n=$(sqlite3 "$D" "select count(*) from audit where actor = 'wang'")
[ "$n" -gt 0 ] || fail "the audit log does not name the teacher"

# a teacher merging a package applies only the own class; the rest stays
# for the headteacher
export GUANAI_USER=boss GUANAI_PASSWORD=boss-secret
expect_rc 0 "$G" --db "$D" pack "$T/all.pkg"
expect_rc 0 "$G" --db "$T/pc.db" init
env -u GUANAI_USER -u GUANAI_PASSWORD "$G" --db "$T/pc.db" unpack "$T/all.pkg" >"$T/out" 2>&1 ||
	fail "a fresh PC cannot unpack the school"
mine=$(sqlite3 -csv "$T/pc.db" "select c.name, coalesce(c.student_no,'') from child c join class k on k.id = c.class_id where k.grade = 3 and k.number = 1 and c.deleted_at is null order by c.id limit 1")
other=$(sqlite3 -csv "$T/pc.db" "select c.name, coalesce(c.student_no,''), k.grade, k.number from child c join class k on k.id = c.class_id where k.grade <> 3 and c.deleted_at is null order by c.id limit 1")
printf '姓名,学籍号,年级,班级,性格特点
%s,3,1,稳重
%s,细心
' "$mine" "$other" >"$T/pc.csv"
env -u GUANAI_USER -u GUANAI_PASSWORD "$G" --db "$T/pc.db" import "$T/pc.csv" >/dev/null 2>&1 || fail "edit on the PC"
env -u GUANAI_USER -u GUANAI_PASSWORD "$G" --db "$T/pc.db" pack "$T/pc.pkg" >/dev/null 2>&1 || fail "pack on the PC"
GUANAI_USER=wang GUANAI_PASSWORD=wang-secret expect_rc 0 "$G" --db "$D" unpack "$T/pc.pkg" && ok "teacher unpack"
expect_grep "0 new children, 1 updated" "$T/out"
expect_grep "left out" "$T/out"
[ "$(sqlite3 "$D" "select count(*) from child where personality = '细心'")" = 0 ] ||
	fail "a teacher's unpack changed another class"
[ "$(sqlite3 "$D" "select count(*) from child where personality = '稳重'")" = 1 ] ||
	fail "a teacher's unpack did not change the own class"
expect_rc 0 "$G" --db "$D" unpack "$T/pc.pkg"
expect_grep "0 new children, 1 updated" "$T/out"
[ "$(sqlite3 "$D" "select count(*) from child where personality = '细心'")" = 1 ] ||
	fail "the headteacher could not merge the rest after the teacher"

# the head removes the teacher; the teacher can no longer sign in
export GUANAI_USER=boss GUANAI_PASSWORD=boss-secret
expect_rc 0 "$G" --db "$D" backup "$T/b.db"
expect_rc 0 "$G" --db "$D" user remove wang
expect_rc 1 "$G" --db "$D" user remove wang
GUANAI_USER=wang GUANAI_PASSWORD=wang-secret expect_rc 1 "$G" --db "$D" list
finish
