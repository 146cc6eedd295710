#!/bin/sh
# 备份 and 恢复 (issue 11, item 5; headteacher): b backs up with Enter alone
# to the first USB stick (a folder under a test media root), encrypted with
# a passphrase typed twice (a weak one is refused); Esc first writes
# nothing.  h lists the backups found with date and size; Enter
# asks, n changes nothing, y puts the backup in place and keeps the
# database of before beside it; the list shows the restored register.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
tui_start "$T/db"
tui_wait "4 条匹配" || finish

# Esc leaves nothing behind
tui_keys b
tui_wait "U盘 KINGSTON" || finish
tui_wait "guanai-backup-"
tui_fits 80 "the backup dialog"
tui_keys Escape
tui_wait "4 条匹配"
[ -z "$(ls -A "$STICK")" ] || fail "Esc left a file on the stick: $(ls "$STICK")"

# a PIN-like passphrase is refused, and nothing is written
PASS=3819-0472-5566-1290
tui_keys b
tui_wait "U盘 KINGSTON"
tui_keys Enter
tui_wait "备份口令"
tui_type 123456
tui_keys Enter
tui_wait "再输一遍口令"
tui_type 123456
tui_keys Enter
tui_wait "口令"
[ -z "$(ls -A "$STICK")" ] || fail "a weak passphrase left a file on the stick"
tui_keys Escape
tui_wait "4 条匹配"

# Enter alone to the stick, with a passphrase a teacher can read out
tui_keys b
tui_wait "U盘 KINGSTON"
tui_keys Enter
tui_wait "备份口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "再输一遍口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "已备份到"
ls "$STICK"/guanai-backup-*.db >"$T/backups" 2>/dev/null || fail "no backup on the stick"
[ "$(wc -l <"$T/backups")" = 1 ] || fail "not one backup: $(cat "$T/backups")"
# encrypted: no SQLite file, and no child's name in it
head -c 15 "$(head -n 1 "$T/backups")" | grep -q "SQLite format" &&
	fail "the backup on the stick is a plain database"
grep -q "张思远" "$(head -n 1 "$T/backups")" && fail "a child's name is readable in the backup"
tui_wait "4 条匹配"

# a fifth child arrives after the backup
printf '姓名,性别,年级,班级\n孙小兵,男,5,1\n' >"$T/more.csv"
"$G" --db "$T/db" import "$T/more.csv" >/dev/null 2>&1 || fail "import of a fifth child"
"$G" --db "$T/db" list --format tsv | grep -q 孙小兵 || fail "孙小兵 not imported"

# the restore dialog lists the backup with its date and size; n keeps all
tui_keys h
tui_wait "guanai-backup-" || finish
grep -q "KB" "$T/screen" || fail "the backup's size is not shown"
grep -qE "20[0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]" "$T/screen" ||
	fail "the backup's date is not shown"
tui_fits 80 "the restore dialog"
tui_keys Enter
tui_wait "替换"
tui_keys n
tui_wait_gone "替换"
"$G" --db "$T/db" list --format tsv | grep -q 孙小兵 || fail "n restored the backup"
tui_keys Enter
tui_wait "替换"
tui_keys y
tui_wait "这个备份的口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "已恢复备份"
tui_wait "4 条匹配"
"$G" --db "$T/db" list --format tsv >"$T/list" 2>&1
grep -q 孙小兵 "$T/list" && fail "the backup was not put in place"
expect_grep 张思远 "$T/list" "the restored list"
ls "$T"/db.*.bak >"$T/kept" 2>/dev/null || fail "the database of before was not kept"
"$G" --db "$(head -n 1 "$T/kept")" list --format tsv | grep -q 孙小兵 ||
	fail "the kept database lacks 孙小兵"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
