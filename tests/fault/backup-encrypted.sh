#!/bin/sh
# backup-encrypted.sh — a backup leaves the PC on a stick (DESIGN §7): it is
# encrypted like a package, unreadable without the passphrase (no SQLite
# header, no name or ID number in clear), refused with a wrong one (nothing
# changes), restored with the right one; an old plain backup still restores;
# no plaintext temporary file is left beside the backup.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$T/data/guanai.db"
mkdir -p "$T/data" "$T/stick"
expect_rc 0 "$G" --db "$D" demo --children 30 --seed 5
sum() { "$G" --db "$D" export "$T/sum.csv" >/dev/null 2>&1; md5sum <"$T/sum.csv"; }
orig=$(sum)
name=$(sqlite3 "$D" 'select name from child order by name limit 1')
idno=$(sqlite3 "$D" "select id_number from child where id_number <> '' limit 1")
[ -n "$name" ] && [ -n "$idno" ] || fail "demo data lacks a name or an ID number"
printf 'correct horse battery\n' >"$T/pass"
# too short a passphrase: refused, no file
GUANAI_PASSPHRASE=abc expect_rc 1 "$G" --db "$D" backup "$T/stick/short.gbk"
[ -e "$T/stick/short.gbk" ] && fail "a backup with a short passphrase was written"
expect_rc 0 "$G" --db "$D" backup "$T/stick/b.gbk" --passphrase-file "$T/pass" &&
	ok "encrypted backup"
B="$T/stick/b.gbk"
[ "$(stat -c %a "$B")" = 600 ] || fail "backup is not 0600"
[ "$(head -c 8 "$B")" = GUANAIPK ] || fail "backup does not start like a package"
grep -q "SQLite format 3" "$B" && fail "the backup holds a plain SQLite database"
grep -qF "$name" "$B" && fail "the backup holds a child's name in clear"
grep -qF "$idno" "$B" && fail "the backup holds an ID number in clear"
sqlite3 "$B" 'select count(*) from child' >/dev/null 2>&1 &&
	fail "sqlite3 reads the backup"
[ -z "$(ls -A "$T/stick" | grep -v '^b\.gbk$')" ] || fail "files left on the stick: $(ls -A "$T/stick")"
[ -z "$(ls -A "$T/data" | grep guanai-tmp)" ] || fail "a plaintext snapshot was left beside the database"
# change the database
printf '姓名,性别,出生日期,年级,班级\n新同学,男,2017-02-02,2,1\n' >"$T/new.csv"
expect_rc 0 "$G" --db "$D" import "$T/new.csv"
changed=$(sum)
[ "$changed" != "$orig" ] || fail "the import did not change the database"
# without a passphrase (no terminal): refused, nothing changed
expect_rc 1 "$G" --db "$D" restore "$B" </dev/null
[ "$(sum)" = "$changed" ] || fail "a restore without passphrase changed the database"
# a wrong passphrase: refused, nothing changed, no .bak
GUANAI_PASSPHRASE='wrong passphrase' expect_rc 3 "$G" --db "$D" restore "$B" &&
	expect_grep "passphrase" "$T/err" && ok "wrong passphrase refused"
[ "$(sum)" = "$changed" ] || fail "a refused restore changed the database"
ls "$T/data" | grep -q '\.bak$' && fail "a refused restore left a .bak"
ls -A "$T/data" | grep -q guanai-tmp && fail "a refused restore left a temporary file"
# a flipped byte in the middle: refused
cp "$B" "$T/bad.gbk"
printf 'X' | dd of="$T/bad.gbk" bs=1 seek=2000 conv=notrunc 2>/dev/null
expect_rc 3 "$G" --db "$D" restore "$T/bad.gbk" --passphrase-file "$T/pass"
[ "$(sum)" = "$changed" ] || fail "a damaged backup changed the database"
# a package is not a backup
GUANAI_PASSPHRASE='correct horse battery' expect_rc 0 "$G" --db "$D" pack "$T/p.gak"
expect_rc 3 "$G" --db "$D" restore "$T/p.gak" --passphrase-file "$T/pass" &&
	expect_grep "not a guanai backup" "$T/err"
[ "$(sum)" = "$changed" ] || fail "restoring a package changed the database"
# the right passphrase
expect_rc 0 "$G" --db "$D" restore "$B" --passphrase-file "$T/pass" && ok "restored"
[ "$(sum)" = "$orig" ] || fail "restore did not bring back the backup"
[ "$(stat -c %a "$D")" = 600 ] || fail "restored database is not 0600"
ls -A "$T/data" | grep -q guanai-tmp && fail "restore left a temporary file"
# an old plain backup (what guanai wrote before) restores without passphrase
sqlite3 "$D" ".backup '$T/old.db'"
expect_rc 0 "$G" --db "$D" import "$T/new.csv"
expect_rc 0 "$G" --db "$D" restore "$T/old.db" </dev/null && ok "old plain backup restored"
[ "$(sum)" = "$orig" ] || fail "the plain backup was not restored"
# restoring onto a new PC (no database, no folder yet)
expect_rc 0 "$G" --db "$T/new/pc/guanai.db" restore "$B" --passphrase-file "$T/pass"
"$G" --db "$T/new/pc/guanai.db" list --format tsv >"$T/l2" 2>&1
grep -qF "$name" "$T/l2" || fail "restore on a new PC lacks the children"
finish
