#!/bin/sh
# roundtrip.sh — USB packages between two databases: round trip, two-way
# edits merged field by field, a conflict and both ways to settle it,
# re-unpacking changes nothing, nothing readable in the file.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_PASSPHRASE='教师口令-2026'
A="$T/teacher.db" B="$T/head.db"
cat >"$T/base.csv" <<'CSV'
姓名,性别,出生日期,学籍号,年级,班级,兴趣爱好,性格特点,父亲姓名,父亲电话,父亲是否外出,母亲姓名,留守类型,监护人姓名,监护人关系
张思远,男,2016-05-06,G001,3,2,画画,内向,张建国,13800001111,是,李芳,父母均外出,王秀英,奶奶
章诗怡,女,2017-01-12,G002,3,2,唱歌,开朗,章伟,13800002222,是,刘敏,父亲外出,赵兰,外婆
赵松,男,2015-09-30,G003,3,2,足球,好动,赵刚,13800003333,是,孙丽,父母均外出,赵大山,爷爷
钱多多,女,2014-03-03,G004,4,1,跳绳,安静,钱进,13800004444,是,周红,母亲外出,钱老汉,爷爷
CSV
# edit NAME STUDENT_NO HEADER VALUE DB GRADE CLASS: change one field by import
edit() {
	printf '姓名,学籍号,年级,班级,%s\n%s,%s,%s,%s,%s\n' "$3" "$1" "$2" "$6" "$7" "$4" >"$T/edit.csv"
	"$G" --db "$5" import "$T/edit.csv" >/dev/null 2>"$T/edit.err" || { fail "edit $*"; cat "$T/edit.err" >&2; }
}
snap() { "$G" --db "$1" export "$2" >/dev/null 2>&1 || fail "export $1"; }

expect_rc 0 "$G" --db "$A" init --school 太平山小学
expect_rc 0 "$G" --db "$A" import "$T/base.csv"
expect_rc 0 "$G" --db "$B" init --school 太平山小学
# the head's PC already has its own class 3-2 (another id): they must merge
printf '姓名,性别,出生日期,学籍号,年级,班级\n李明,男,2016-08-08,G009,3,2\n' >"$T/head.csv"
expect_rc 0 "$G" --db "$B" import "$T/head.csv"

# 1. teacher packs class 3-2 only; the head unpacks it
expect_rc 0 "$G" --db "$A" pack "$T/p1.pkg" --class 3-2 && ok "pack 3-2"
expect_grep "3 children" "$T/out"
[ "$(stat -c %a "$T/p1.pkg")" = 600 ] || fail "package mode is not 0600"
ls "$T" | grep -q 'tmp-' && fail "a temporary file was left behind"
for enc in UTF-8 GB18030; do
	for s in 张思远 13800001111 G001 王秀英; do
		pat=$(printf %s "$s" | iconv -f UTF-8 -t $enc)
		LC_ALL=C grep -qaF "$pat" "$T/p1.pkg" && fail "package shows $s in $enc"
	done
done
expect_rc 0 "$G" --db "$B" unpack "$T/p1.pkg" --preview && ok "preview"
expect_grep "3 new children, 0 updated, 0 conflicts" "$T/out"
expect_grep "nothing was changed" "$T/out"
snap "$B" "$T/b0.csv"
[ "$(wc -l <"$T/b0.csv")" = 2 ] || fail "preview changed the database"
expect_rc 0 "$G" --db "$B" unpack "$T/p1.pkg" && ok "unpack"
expect_grep "3 new children, 0 updated, 0 conflicts" "$T/out"
snap "$B" "$T/b1.csv"
grep -q 钱多多 "$T/b1.csv" && fail "class 4-1 travelled in a 3-2 package"
grep -q 张思远 "$T/b1.csv" || fail "张思远 did not arrive"
grep -q 王秀英 "$T/b1.csv" || fail "the guardian did not arrive"
grep -q 13800003333 "$T/b1.csv" || fail "the father's phone did not arrive"
[ "$(sqlite3 "$B" 'select count(*) from class where grade = 3 and number = 2')" = 1 ] ||
	fail "class 3-2 is doubled on the head's PC"
[ "$(grep -c '三年级,2班' "$T/b1.csv")" = 4 ] || fail "class 3-2 does not hold 4 children"
# the same package again changes nothing
expect_rc 0 "$G" --db "$B" unpack "$T/p1.pkg" && expect_grep "merged before" "$T/out"
snap "$B" "$T/b1b.csv"
cmp -s "$T/b1.csv" "$T/b1b.csv" || fail "re-unpacking changed the database"

# 2. two-way: each side changes a different field of a different child
edit 张思远 G001 兴趣爱好 书法 "$B" 3 2
edit 章诗怡 G002 性格特点 活泼 "$A" 3 2
expect_rc 0 "$G" --db "$B" pack "$T/p2.pkg" --class 3-2
expect_rc 0 "$G" --db "$A" unpack "$T/p2.pkg" && ok "head -> teacher"
expect_grep "1 new child, 1 updated, 0 conflicts" "$T/out"
[ "$(sqlite3 "$A" 'select count(*) from class where grade = 3 and number = 2')" = 1 ] ||
	fail "class 3-2 is doubled on the teacher's PC"
expect_rc 0 "$G" --db "$A" pack "$T/p3.pkg" --class 3-2
expect_rc 0 "$G" --db "$B" unpack "$T/p3.pkg" && ok "teacher -> head"
expect_grep "0 new children, 1 updated, 0 conflicts" "$T/out"
"$G" --db "$A" export "$T/a2.csv" --class 3-2 >/dev/null
snap "$B" "$T/b2.csv"
cmp -s "$T/a2.csv" "$T/b2.csv" || { fail "the two databases differ after two-way"; diff "$T/a2.csv" "$T/b2.csv" | head >&2; }
grep -q 书法 "$T/a2.csv" || fail "the head's change did not reach the teacher"
grep -q 活泼 "$T/b2.csv" || fail "the teacher's change did not reach the head"
# a package older than one already merged is not applied again
expect_rc 0 "$G" --db "$A" unpack "$T/p2.pkg" && expect_grep "merged before" "$T/out"

# 3. a conflict: both change 赵松's hobbies; the head's is newer
edit 赵松 G003 兴趣爱好 篮球 "$A" 3 2
sleep 1	# updated_at has one-second steps: make the head's edit the newer
edit 赵松 G003 兴趣爱好 乒乓球 "$B" 3 2
expect_rc 0 "$G" --db "$B" pack "$T/p4.pkg" --class 3-2
expect_rc 0 "$G" --db "$A" unpack "$T/p4.pkg" --preview
expect_grep "0 new children, 1 updated, 1 conflict" "$T/out"
expect_rc 0 "$G" --db "$A" unpack "$T/p4.pkg" && ok "conflict detected"
expect_grep "1 conflict" "$T/out"
expect_grep "赵松" "$T/out"
expect_grep '篮球' "$T/out"
expect_grep '乒乓球' "$T/out"
"$G" --db "$A" export "$T/a3.csv" --class 3-2 >/dev/null
grep -q 乒乓球 "$T/a3.csv" || fail "the newer value was not kept"
expect_rc 0 "$G" --db "$A" unpack --conflicts
cid=$(awk '/赵松/ {print $1; exit}' "$T/out")
[ -n "$cid" ] || fail "the conflict is not listed"
expect_rc 0 "$G" --db "$A" unpack --resolve "$cid" mine && ok "resolve mine"
"$G" --db "$A" export "$T/a4.csv" --class 3-2 >/dev/null
grep -q 篮球 "$T/a4.csv" || fail "resolving 'mine' did not restore 篮球"
expect_rc 0 "$G" --db "$A" unpack --conflicts
expect_nogrep "$cid" "$T/out" "open conflicts after resolving"
expect_rc 1 "$G" --db "$A" unpack --resolve "$cid" sideways
expect_rc 1 "$G" --db "$A" unpack --resolve 00000000-0000-4000-8000-000000000000 mine
# the teacher's choice travels back to the head, with no new conflict
expect_rc 0 "$G" --db "$A" pack "$T/p5.pkg" --class 3-2
expect_rc 0 "$G" --db "$B" unpack "$T/p5.pkg"
expect_grep "0 new children, 1 updated, 0 conflicts" "$T/out"
snap "$B" "$T/b5.csv"
grep -q 篮球 "$T/b5.csv" || fail "the settled value did not reach the head"

# 4. the other way to settle: theirs
edit 张思远 G001 性格特点 稳重 "$A" 3 2
sleep 1
edit 张思远 G001 性格特点 腼腆 "$B" 3 2
expect_rc 0 "$G" --db "$A" pack "$T/p6.pkg" --class 3-2
expect_rc 0 "$G" --db "$B" unpack "$T/p6.pkg"
expect_grep "1 conflict" "$T/out"
snap "$B" "$T/b6.csv"
grep -q 腼腆 "$T/b6.csv" || fail "the newer (own) value was not kept"
# the other side's time as the teacher's clock shows it (Beijing: UTC+8)
TZ=Asia/Shanghai expect_rc 0 "$G" --db "$B" unpack --conflicts
at=$(sqlite3 "$B" "SELECT their_at FROM conflict WHERE resolved_at IS NULL LIMIT 1")
expect_grep "$(TZ=Asia/Shanghai date -d "$at" '+%Y-%m-%d %H:%M')" "$T/out" "the conflict's local time"
expect_nogrep "T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z" "$T/out" "the conflicts (a UTC time)"
cid=$(awk '/张思远/ {print $1; exit}' "$T/out")
expect_rc 0 "$G" --db "$B" unpack --resolve "$cid" theirs && ok "resolve theirs"
snap "$B" "$T/b7.csv"
grep -q 稳重 "$T/b7.csv" || fail "resolving 'theirs' did not take 稳重"
finish
