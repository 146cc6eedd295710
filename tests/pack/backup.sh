#!/bin/sh
# backup.sh — backup is atomic and private; restore checks the backup first
# (a corrupted or foreign one is refused and nothing changes) and keeps the
# current database as a dated copy.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$T/data/guanai.db"
mkdir -p "$T/data"
export GUANAI_PASSPHRASE='backup-passphrase'
expect_rc 0 "$G" --db "$D" demo --children 40 --seed 3
sum() { "$G" --db "$D" export "$T/sum.csv" >/dev/null 2>&1; md5sum <"$T/sum.csv"; }
orig=$(sum)
expect_rc 0 "$G" --db "$D" backup "$T/b1.db" && ok "backup"
[ "$(stat -c %a "$T/b1.db")" = 600 ] || fail "backup is not 0600"
ls "$T" | grep -q 'tmp-' && fail "a temporary file was left"
# encrypted (tests/fault/backup-encrypted.sh looks closer)
[ "$(head -c 8 "$T/b1.db")" = GUANAIPK ] || fail "backup is not encrypted"
# change the database, then restore the backup
printf '姓名,性别,出生日期,年级,班级\n新同学,男,2017-02-02,2,1\n' >"$T/new.csv"
expect_rc 0 "$G" --db "$D" import "$T/new.csv"
[ "$(sum)" != "$orig" ] || fail "the import did not change the database"
changed=$(sum)
# a corrupted backup is refused and nothing changes
cp "$T/b1.db" "$T/bad.db"
dd if=/dev/urandom of="$T/bad.db" bs=4096 seek=3 count=2 conv=notrunc 2>/dev/null
expect_rc 3 "$G" --db "$D" restore "$T/bad.db" && ok "corrupted backup refused"
[ "$(sum)" = "$changed" ] || fail "a refused restore changed the database"
ls "$T/data" | grep -q '\.bak$' && fail "a refused restore left a .bak"
printf 'not a database at all' >"$T/junk.db"
expect_rc 3 "$G" --db "$D" restore "$T/junk.db" && expect_grep "not a guanai backup" "$T/err"
: >"$T/empty.db"
expect_rc 3 "$G" --db "$D" restore "$T/empty.db"
expect_rc 3 "$G" --db "$D" restore "$T/none.db"
[ "$(sum)" = "$changed" ] || fail "a refused restore changed the database"
# the real restore
expect_rc 0 "$G" --db "$D" restore "$T/b1.db" && ok "restore"
[ "$(sum)" = "$orig" ] || fail "restore did not bring back the backup"
[ "$(stat -c %a "$D")" = 600 ] || fail "restored database is not 0600"
bak=$(ls "$T/data" | grep -E '^guanai\.db\.[0-9]{8}-[0-9]{6}\.bak$' | head -1)
[ -n "$bak" ] || fail "the previous database was not kept as guanai.db.YYYYMMDD-HHMMSS.bak"
expect_grep "$bak" "$T/out"
[ "$(stat -c %a "$T/data/$bak")" = 600 ] || fail "the kept copy is not 0600"
"$G" --db "$T/data/$bak" export "$T/kept.csv" >/dev/null 2>&1
grep -q 新同学 "$T/kept.csv" || fail "the kept copy lacks the latest change"
expect_rc 1 "$G" --db "$D" backup
finish
