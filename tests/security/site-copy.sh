#!/bin/sh
# site-copy.sh — issue 14: a second PC set up by copying the database (or
# restoring a backup of it) must not share the first PC's site identity,
# or every package between the two is refused as "from this PC".  The copy
# says that it got its own identity; packages then travel both ways.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_PASSPHRASE='教师口令-2026'
A="$T/office.db" B="$T/second/guanai.db"
expect_rc 0 "$G" --db "$A" demo --children 30 --seed 5
# the first PC has exchanged packages already: it has its identity
expect_rc 0 "$G" --db "$A" pack "$T/first.gak"
mkdir -p "$T/second"
cp "$A" "$B"
expect_rc 0 "$G" --db "$B" list --format tsv && ok "the copy opens"
expect_grep "own identity" "$T/err"
expect_rc 0 "$G" --db "$B" list --format tsv
expect_nogrep "own identity" "$T/err" "the second open"
[ "$(sqlite3 "$A" 'select id from sync_site')" != "$(sqlite3 "$B" 'select id from sync_site')" ] ||
	fail "the copy shares the site identity"
# the copy changes a child and sends it; the original takes it
C=$(sqlite3 "$B" "select name || ',' || student_no || ',' || grade || ',' || number from child join class k on k.id = class_id where student_no is not null order by child.id limit 1")
printf '姓名,学籍号,年级,班级,兴趣爱好\n%s,剪纸\n' "$C" >"$T/edit.csv"
# The two databases share no exchange yet, so the original sees the copy's
# change as a conflict that the newer value settles; timestamps have whole
# seconds, so the edit must come a second after the demo wrote its rows.
sleep 1
expect_rc 0 "$G" --db "$B" import "$T/edit.csv"
expect_rc 0 "$G" --db "$B" pack "$T/copy.gak"
expect_rc 0 "$G" --db "$A" unpack "$T/copy.gak" && ok "the original takes the copy's package"
expect_nogrep "same database" "$T/err"
[ "$(sqlite3 "$A" "select count(*) from child where hobbies = '剪纸'")" = 1 ] ||
	fail "the copy's change did not arrive"
# and back: the original's package is taken by the copy
printf '姓名,学籍号,年级,班级,性格特点\n%s,开朗\n' "$C" >"$T/edit2.csv"
sleep 1
expect_rc 0 "$G" --db "$A" import "$T/edit2.csv"
expect_rc 0 "$G" --db "$A" pack "$T/back.gak"
expect_rc 0 "$G" --db "$B" unpack "$T/back.gak" && ok "the copy takes the original's package"
[ "$(sqlite3 "$B" "select count(*) from child where personality = '开朗' and hobbies = '剪纸'")" = 1 ] ||
	fail "the original's change did not arrive"
# a package of an older guanai (no school, no account in its header) is
# still read, and the preview says the school is not given
FORGE=${GUANAI_FORGE:-$(dirname "$G")/../tests/security/forge}
SCHOOL=$(sqlite3 "$A" "select name from school")
if [ -x "$FORGE" ] && [ -n "$SCHOOL" ]; then
	"$FORGE" "$T/back.gak" "$T/old.gak" "$GUANAI_PASSPHRASE" "$SCHOOL" - "" - >/dev/null ||
		fail "forge an older package"
	expect_rc 0 "$G" --db "$B" unpack "$T/old.gak" --preview && ok "an older package is read"
	expect_grep "school not given" "$T/out"
fi
# the original itself keeps its identity (opened where it was made)
expect_rc 0 "$G" --db "$A" list --format tsv
expect_nogrep "own identity" "$T/err" "the original"
finish
