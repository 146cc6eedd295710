#!/bin/sh
# migrate-audit.sh — schema step 6 (one audit entry per imported file,
# issue 15) on a database written by the release before it
# (tests/data/schema-v5-audit.sql: its imports wrote an audit row a child):
# the database opens, migrates to the new version, keeps that history as it
# was, and its next import is one entry naming its children.  A USB package
# written by that release (tests/data/schema-v5-package.gak, passphrase
# 旧版-口令-2026: the same school) unpacks as one entry too; packages carry
# no audit rows, so their format did not change.
. "$GUANAI_SRCDIR/tests/lib.sh"
command -v sqlite3 >/dev/null || { echo "no sqlite3: skipped"; exit 77; }
q() { sqlite3 "$T/v5.db" "$1"; }
sqlite3 "$T/v5.db" <"$SRC/tests/data/schema-v5-audit.sql" || { fail "loading the fixture"; finish; }
[ "$(q "PRAGMA user_version")" = 5 ] || fail "the fixture is not at version 5"
q "SELECT rowid, actor, action, tbl, row_id, col, old_value, new_value, detail FROM audit
	ORDER BY rowid" >"$T/before"

expect_rc 0 "$G" --db "$T/v5.db" list --format tsv
[ "$(tail -n +2 "$T/out" | cut -f2 | tr '\n' ' ')" = "李小红 王五 张思远 赵松 " ] ||
	fail "the children after the migration: $(cat "$T/out")"
[ "$(q "PRAGMA user_version")" = 6 ] || fail "not migrated: $(q "PRAGMA user_version")"
[ "$(q "SELECT count(*) FROM sqlite_master WHERE name = 'audit_child'")" = 1 ] ||
	fail "no audit_child after the migration"
# the old history, row for row
q "SELECT rowid, actor, action, tbl, row_id, col, old_value, new_value, detail FROM audit
	ORDER BY rowid" | head -n "$(wc -l <"$T/before")" >"$T/after"
cmp -s "$T/before" "$T/after" || fail "the migration changed the old audit rows"
[ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check after the migration"

# the next import: one entry, its children linked
cat >"$T/next.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,性格特点,父亲姓名,监护人姓名,监护人关系
赵松,男,2015-04-09,4,1,安静,,,
钱多多,女,2016-09-01,3,2,,,,
CSV
n=$(q "SELECT count(*) FROM audit")
expect_rc 0 "$G" --db "$T/v5.db" import "$T/next.csv"
expect_grep '1 new, 1 updated' "$T/out"
[ "$(q "SELECT count(*) FROM audit")" = $((n + 1)) ] ||
	fail "the import after the migration wrote $(( $(q "SELECT count(*) FROM audit") - n )) rows"
[ "$(q "SELECT group_concat(c.name || ':' || l.change, ' ') FROM (SELECT * FROM audit_child
	ORDER BY child_first) l JOIN child c ON c.rowid BETWEEN l.child_first AND
	l.child_last WHERE l.entry =
	(SELECT max(rowid) FROM audit WHERE action = 'import')")" = "赵松:2 钱多多:1" ] ||
	fail "the import's children after the migration"

# a package of the old release into a new database: one entry, 4 children
expect_rc 0 "$G" --db "$T/new.db" init
GUANAI_PASSPHRASE='旧版-口令-2026' expect_rc 0 "$G" --db "$T/new.db" unpack \
	"$SRC/tests/data/schema-v5-package.gak"
[ "$(sqlite3 "$T/new.db" "SELECT count(*) FROM child")" = 4 ] || fail "the old package's children"
[ "$(sqlite3 "$T/new.db" "SELECT count(*) FROM audit_child l JOIN audit a ON
	a.rowid = l.entry AND a.action = 'unpack' JOIN child c ON
	c.rowid BETWEEN l.child_first AND l.child_last")" = 4 ] ||
	fail "the old package's unpack does not name its 4 children"
# … and the new program's package of the migrated school into it (updates)
GUANAI_PASSPHRASE='新版-口令-2026' expect_rc 0 "$G" --db "$T/v5.db" pack "$T/p.gak"
GUANAI_PASSPHRASE='新版-口令-2026' expect_rc 0 "$G" --db "$T/new.db" unpack "$T/p.gak"
[ "$(sqlite3 "$T/new.db" "SELECT count(*) FROM child")" = 5 ] || fail "the new package's children"
finish
