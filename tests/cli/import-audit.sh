#!/bin/sh
# import-audit.sh — an import of a file is ONE audit entry (issue 15): who,
# when, the file's name and its counts, and the children it added or
# changed as links (audit_child: the entry's number and runs of the
# children's row numbers), never an audit row a child.  A dry run leaves none; an edit outside an
# import keeps its per-field rows; erasing a child takes its links (its row
# number may be given again); the demo and an unpack are one entry too.
. "$GUANAI_SRCDIR/tests/lib.sh"
command -v sqlite3 >/dev/null || { echo "no sqlite3: skipped"; exit 77; }
q() { sqlite3 "$T/a.db" "$1"; }
me=$(id -un)

cat >"$T/kids.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,性格特点,父亲姓名,监护人姓名,监护人关系
张思远,男,2016-05-06,3,2,内向,张建国,王秀英,祖母
李小红,女,2016-07-01,3,2,开朗,,,
王五,男,2015-03-08,4,1,,王大,王奶奶,奶奶
赵松,男,2015-04-09,4,1,,,,
CSV
expect_rc 0 "$G" --db "$T/a.db" init
expect_rc 0 "$G" --db "$T/a.db" import "$T/kids.csv"
# one entry for the file, with who, what and the counts; no row a child,
# parent or guardian
[ "$(q "SELECT count(*) FROM audit WHERE tbl IN ('child', 'parent', 'guardian')")" = 0 ] ||
	fail "an import wrote audit rows a child: $(q "SELECT action, tbl FROM audit")"
[ "$(q "SELECT count(*) FROM audit WHERE action = 'import'")" = 1 ] ||
	fail "not one import entry: $(q "SELECT action, tbl, detail FROM audit")"
q "SELECT actor, detail FROM audit WHERE action = 'import'" >"$T/entry"
expect_grep "^$me|file=kids.csv .*new=4 updated=0 unchanged=0 rejected=0" "$T/entry" "the entry"
e1=$(q "SELECT rowid FROM audit WHERE action = 'import'")
# … and which children: all four, added
kids() { q "SELECT c.name || ':' || l.change FROM audit_child l JOIN child c ON
	c.rowid BETWEEN l.child_first AND l.child_last WHERE l.entry = $1 ORDER BY c.name"; }
# every number a run covers is a child's: "covered|children"
covered() { q "SELECT (SELECT total(child_last - child_first + 1) FROM audit_child)
	|| '|' || (SELECT count(*) FROM audit_child l JOIN child c ON
	c.rowid BETWEEN l.child_first AND l.child_last)"; }
# the first import added four children in a row: one run
[ "$(q "SELECT count(*) FROM audit_child WHERE entry = $e1")" = 1 ] ||
	fail "four children added in a row are not one run"
[ "$(kids "$e1" | tr '\n' ' ')" = "张思远:1 李小红:1 王五:1 赵松:1 " ] ||
	fail "the entry's children: $(kids "$e1" | tr '\n' ' ')"

# the same file again changes nothing: an entry that names no child
expect_rc 0 "$G" --db "$T/a.db" import "$T/kids.csv"
e2=$(q "SELECT max(rowid) FROM audit WHERE action = 'import'")
[ "$e2" != "$e1" ] && [ -z "$(kids "$e2")" ] || fail "a second import named children: $(kids "$e2")"

# one child changed (a guardian added), one new, two unchanged
cat >"$T/more.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,性格特点,父亲姓名,监护人姓名,监护人关系
赵松,男,2015-04-09,4,1,,,赵爷爷,爷爷
孙小明,男,2016-02-02,3,2,,,,
张思远,男,2016-05-06,3,2,内向,张建国,王秀英,祖母
CSV
expect_rc 0 "$G" --db "$T/a.db" import --dry-run "$T/more.csv"
[ "$(q "SELECT count(*) FROM audit WHERE action = 'import'")" = 2 ] ||
	fail "a dry run wrote an entry"
[ "$(q "SELECT count(*) FROM audit_child")" = 1 ] || fail "a dry run wrote links"
expect_rc 0 "$G" --db "$T/a.db" import "$T/more.csv"
expect_grep '1 new, 1 updated, 1 unchanged' "$T/out"
e3=$(q "SELECT max(rowid) FROM audit WHERE action = 'import'")
[ "$(kids "$e3" | tr '\n' ' ')" = "孙小明:1 赵松:2 " ] ||
	fail "the third entry's children: $(kids "$e3" | tr '\n' ' ')"
[ "$(q "SELECT count(*) FROM audit WHERE tbl IS NOT NULL AND tbl != 'school'")" = 0 ] ||
	fail "imports wrote rows a child or a person"

# an edit outside an import keeps its field-level rows
expect_rc 0 "$G" --db "$T/a.db" edit 李小红 性格特点=文静
[ "$(q "SELECT old_value || '>' || new_value FROM audit WHERE tbl = 'child' AND
	col = 'personality'")" = "开朗>文静" ] || fail "the edit's own audit row"

# erase: the child's links go (and the other children's stay)
id=$(q "SELECT id FROM child WHERE name = '孙小明'")
expect_rc 0 "$G" --db "$T/a.db" trash add "$id"
[ "$(kids "$e3" | tr '\n' ' ')" = "孙小明:1 赵松:2 " ] || fail "the trash took a link"
expect_rc 0 "$G" --db "$T/a.db" trash erase "$id"
[ "$(covered)" = "5.0|5" ] || fail "erasing left a dangling link: $(covered)"
[ "$(kids "$e3" | tr '\n' ' ')" = "赵松:2 " ] || fail "after the erase: $(kids "$e3")"
[ "$(kids "$e1" | tr '\n' ' ')" = "张思远:1 李小红:1 王五:1 赵松:1 " ] ||
	fail "the erase took another entry's links: $(kids "$e1" | tr '\n' ' ')"
# a child in the middle of a run: the run is cut in two around it
id=$(q "SELECT id FROM child WHERE name = '李小红'")
expect_rc 0 "$G" --db "$T/a.db" trash add "$id"
expect_rc 0 "$G" --db "$T/a.db" trash erase "$id"
[ "$(kids "$e1" | tr '\n' ' ')" = "张思远:1 王五:1 赵松:1 " ] ||
	fail "after erasing a child inside a run: $(kids "$e1" | tr '\n' ' ')"
[ "$(q "SELECT count(*) FROM audit_child WHERE entry = $e1")" = 2 ] ||
	fail "the run around the erased child is not two runs"
[ "$(covered)" = "4.0|4" ] || fail "erasing inside a run left a dangling link: $(covered)"
# the number is given again to the next child: it must not inherit the link
expect_rc 0 "$G" --db "$T/a.db" import "$T/more.csv"
[ "$(kids "$e3" | tr '\n' ' ')" = "赵松:2 " ] ||
	fail "a new child came into an old entry: $(kids "$e3" | tr '\n' ' ')"

# the demo: one entry naming its children
expect_rc 0 "$G" --db "$T/d.db" demo --children 30 --seed 3
[ "$(sqlite3 "$T/d.db" "SELECT count(*) FROM audit")" = 1 ] ||
	fail "the demo wrote more than its entry"
[ "$(sqlite3 "$T/d.db" "SELECT count(*) FROM audit_child l JOIN audit a ON
	a.rowid = l.entry AND a.action = 'demo' JOIN child c ON
	c.rowid BETWEEN l.child_first AND l.child_last")" = 30 ] ||
	fail "the demo's entry does not name its 30 children"

# an unpack: one entry naming every child it brought
export GUANAI_PASSPHRASE='审计-口令-2026'
expect_rc 0 "$G" --db "$T/d.db" pack "$T/p.gak"
expect_rc 0 "$G" --db "$T/u.db" init
expect_rc 0 "$G" --db "$T/u.db" unpack "$T/p.gak"
[ "$(sqlite3 "$T/u.db" "SELECT count(*) FROM audit WHERE tbl = 'child'")" = 0 ] ||
	fail "the unpack wrote an audit row a child"
[ "$(sqlite3 "$T/u.db" "SELECT count(DISTINCT c.id) FROM audit_child l JOIN audit a
	ON a.rowid = l.entry AND a.action = 'unpack' JOIN child c ON
	c.rowid BETWEEN l.child_first AND l.child_last WHERE l.change = 1")" = 30 ] ||
	fail "the unpack's entry does not name its 30 children"
finish
