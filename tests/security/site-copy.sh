#!/bin/sh
# site-copy.sh — issue 14: a second PC set up by copying the database (or
# restoring a backup of it) must not share the first PC's site identity,
# or every package between the two is refused as "from this PC".  The copy
# says that it got its own identity, and keeps what it shared with the
# original: from the very first package, either way, a change made on one
# side only is taken without a conflict, even when both sides changed
# things in the same second; a field changed on both sides is a conflict.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_PASSPHRASE='教师口令-2026'
A="$T/office.db" B="$T/second/guanai.db" D="$T/third/guanai.db" E="$T/fourth/guanai.db"
mkdir -p "$T/second" "$T/third" "$T/fourth"
expect_rc 0 "$G" --db "$A" demo --children 30 --seed 5
# the school hands its database out before any package: two copies
cp "$A" "$B"
cp "$A" "$D"
expect_rc 0 "$G" --db "$B" list --format tsv && ok "the copy opens"
expect_grep "own identity" "$T/err"
# the wait before that (the base written) is said before it starts
expect_grep "copied from another computer: preparing it" "$T/err" "the copy's first open"
[ "$(grep -n "preparing it" "$T/err" | cut -d: -f1)" -lt "$(grep -n "own identity" "$T/err" | cut -d: -f1)" ] ||
	fail "the wait is said after it, not before"
expect_rc 0 "$G" --db "$B" list --format tsv
expect_nogrep "own identity" "$T/err" "the second open"
expect_nogrep "preparing it" "$T/err" "the second open"
[ "$(sqlite3 "$A" 'select id from sync_site')" != "$(sqlite3 "$B" 'select id from sync_site')" ] ||
	fail "the copy shares the site identity"
expect_rc 0 "$G" --db "$A" list --format tsv
expect_nogrep "own identity" "$T/err" "the original"
expect_nogrep "preparing it" "$T/err" "the original"

# child N (name, 学籍号, grade, class as an import row) of database $1
kid() {
	sqlite3 "$1" "select name || ',' || student_no || ',' || grade || ',' || number from child join class k on k.id = class_id where student_no is not null order by child.id limit 1 offset $2"
}
# set FIELD=VALUE of child N in database $1 (through an import, as a
# teacher would)
set_field() {
	printf '姓名,学籍号,年级,班级,%s\n%s,%s\n' "$3" "$(kid "$1" "$2")" "$4" >"$T/edit.csv"
	expect_rc 0 "$G" --db "$1" import "$T/edit.csv" || fail "edit $3 of child $2 in $1"
}
# every row of $1 changed "now": one second for both sides, the tie that
# lost a change when a copy and its original shared no history.  The
# audit triggers call guanai's own SQL functions, which the sqlite3 shell
# lacks: they are dropped and made again in the same transaction.
same_second() {
	{
		echo "BEGIN;"
		sqlite3 "$1" "select 'DROP TRIGGER \"' || name || '\";' from sqlite_master where type = 'trigger'"
		for t in child parent guardian class helper pairing care; do
			echo "UPDATE $t SET updated_at = '2026-11-29T08:00:00Z';"
		done
		sqlite3 "$1" "select sql || ';' from sqlite_master where type = 'trigger'"
		echo "COMMIT;"
	} >"$T/tie.sql"
	sqlite3 "$1" <"$T/tie.sql" || fail "set every row of $1 to one second"
}
# field $3 of child N in database $1
field() {
	sqlite3 "$1" "select $3 from child where id = (select child.id from child join class k on k.id = class_id where student_no is not null order by child.id limit 1 offset $2)"
}
conflicts() { sqlite3 "$1" 'select count(*) from conflict'; }
# pack $1 into $3, unpack into $2; no conflict expected
pass() {
	expect_rc 0 "$G" --db "$1" pack "$3" || return
	expect_rc 0 "$G" --db "$2" unpack "$3" || return
	expect_nogrep "same database" "$T/err"
}

# teacher B edits child 0 on the copy, the office edits child 1 on the
# original, in the same second
set_field "$B" 0 兴趣爱好 剪纸
set_field "$A" 1 性格特点 开朗
same_second "$A"
same_second "$B"
# the copy's package first
pass "$B" "$A" "$T/b1.gak" && ok "the original takes the copy's first package"
[ "$(field "$A" 0 hobbies)" = 剪纸 ] || fail "the copy's change did not arrive"
[ "$(field "$A" 1 personality)" = 开朗 ] || fail "the original lost its own change"
[ "$(conflicts "$A")" = 0 ] || fail "conflicts on the original: $(conflicts "$A")"
pass "$A" "$B" "$T/a1.gak" && ok "the copy takes the original's package"
[ "$(field "$B" 0 hobbies)" = 剪纸 ] || fail "the copy lost its own change"
[ "$(field "$B" 1 personality)" = 开朗 ] || fail "the original's change did not arrive"
[ "$(conflicts "$B")" = 0 ] || fail "conflicts on the copy: $(conflicts "$B")"

# the other direction first: the original's package to the second copy
set_field "$D" 2 兴趣爱好 象棋
set_field "$A" 3 兴趣爱好 跳绳
same_second "$A"
same_second "$D"
pass "$A" "$D" "$T/a2.gak" && ok "a copy takes the original's first package"
[ "$(field "$D" 2 hobbies)" = 象棋 ] || fail "the second copy lost its change"
[ "$(field "$D" 3 hobbies)" = 跳绳 ] || fail "the original's change did not reach the second copy"
[ "$(field "$D" 0 hobbies)" = 剪纸 ] || fail "the first copy's change did not reach the second copy"
[ "$(conflicts "$D")" = 0 ] || fail "conflicts on the second copy: $(conflicts "$D")"
pass "$D" "$A" "$T/d1.gak"
[ "$(field "$A" 2 hobbies)" = 象棋 ] || fail "the second copy's change did not arrive"
[ "$(field "$A" 3 hobbies)" = 跳绳 ] || fail "the original lost its change to the second copy"
[ "$(conflicts "$A")" = 0 ] || fail "conflicts on the original: $(conflicts "$A")"

# a real conflict is still one: the same field of the same child on both
set_field "$B" 4 兴趣爱好 画画
set_field "$A" 4 兴趣爱好 唱歌
pass "$B" "$A" "$T/b2.gak"
[ "$(conflicts "$A")" = 1 ] || fail "one conflict expected on the original, got $(conflicts "$A")"
[ "$(sqlite3 "$A" "select col from conflict")" = hobbies ] || fail "the conflict is not the hobbies"

# a copy of a copy: its origins are the copy and, through it, the original
cp "$B" "$E"
expect_rc 0 "$G" --db "$E" list --format tsv
expect_grep "own identity" "$T/err" "the copy of the copy"
[ "$(sqlite3 "$E" 'select count(*) from sync_origin')" = 2 ] ||
	fail "the copy of a copy knows $(sqlite3 "$E" 'select count(*) from sync_origin') origins"
set_field "$E" 5 性格特点 安静
set_field "$A" 6 性格特点 活泼
set_field "$B" 7 性格特点 认真
same_second "$A"
same_second "$B"
same_second "$E"
c0=$(conflicts "$A")
pass "$A" "$E" "$T/a3.gak" && ok "the copy of a copy takes the original's package"
pass "$E" "$A" "$T/e1.gak" && ok "the original takes the copy of a copy's package"
pass "$E" "$B" "$T/e2.gak"
pass "$B" "$E" "$T/b3.gak"
for db in "$A" "$E"; do
	[ "$(field "$db" 5 personality)" = 安静 ] || fail "$db lacks the change of the copy of a copy"
	[ "$(field "$db" 6 personality)" = 活泼 ] || fail "$db lacks the original's change"
done
[ "$(field "$E" 7 personality)" = 认真 ] || fail "the copy of a copy lacks the copy's change"
[ "$(field "$B" 5 personality)" = 安静 ] || fail "the copy lacks the change of the copy of a copy"
[ "$(conflicts "$A")" = "$c0" ] || fail "new conflicts on the original: $(conflicts "$A")"
[ "$(conflicts "$E")" = 0 ] || fail "conflicts on the copy of a copy: $(conflicts "$E")"
[ "$(conflicts "$B")" = 0 ] || fail "conflicts on the copy: $(conflicts "$B")"

# a package the original made before the copy is already in the copy
expect_rc 0 "$G" --db "$A" pack "$T/old-a.gak"
cp "$A" "$T/fifth.db"
expect_rc 0 "$G" --db "$T/fifth.db" unpack "$T/old-a.gak"
expect_grep "merged before" "$T/out" "the original's package before the copy"

# a restored backup is a copy of the database as it was at the backup
expect_rc 0 "$G" --db "$A" backup "$T/office.bak"
set_field "$A" 8 兴趣爱好 下棋
expect_rc 0 "$G" --db "$T/restored.db" restore "$T/office.bak"
expect_rc 0 "$G" --db "$T/restored.db" list --format tsv
set_field "$T/restored.db" 9 兴趣爱好 足球
same_second "$A"
same_second "$T/restored.db"
c0=$(conflicts "$A")
pass "$T/restored.db" "$A" "$T/r1.gak" && ok "the original takes the restored backup's package"
[ "$(field "$A" 9 hobbies)" = 足球 ] || fail "the restored backup's change did not arrive"
[ "$(field "$A" 8 hobbies)" = 下棋 ] || fail "the change after the backup was lost"
[ "$(conflicts "$A")" = "$c0" ] || fail "conflicts from the restored backup"

# two guanai opening a fresh copy at once: it takes one identity, not two
cp "$A" "$T/sixth.db"
"$G" --db "$T/sixth.db" list --format tsv >/dev/null 2>"$T/e1" &
p1=$!
"$G" --db "$T/sixth.db" list --format tsv >/dev/null 2>"$T/e2" &
p2=$!
wait "$p1"; wait "$p2"
[ "$(sqlite3 "$T/sixth.db" 'select count(*) from sync_origin')" = 1 ] ||
	fail "a copy opened twice at once took $(sqlite3 "$T/sixth.db" 'select count(*) from sync_origin') origins"
[ "$(cat "$T/e1" "$T/e2" | grep -c "own identity")" = 1 ] ||
	fail "a copy opened twice at once: not one note"

# a package of an older guanai (no school, no account in its header) is
# still read, and the preview says the school is not given
FORGE=${GUANAI_FORGE:-$(dirname "$G")/../tests/security/forge}
SCHOOL=$(sqlite3 "$A" "select name from school")
if [ -x "$FORGE" ] && [ -n "$SCHOOL" ]; then
	"$FORGE" "$T/a1.gak" "$T/old.gak" "$GUANAI_PASSPHRASE" "$SCHOOL" - "" - >/dev/null ||
		fail "forge an older package"
	expect_rc 0 "$G" --db "$B" unpack "$T/old.gak" --preview && ok "an older package is read"
	expect_grep "school not given" "$T/out"
fi
finish
