#!/bin/sh
# stop-more.sh — Esc stops the other long jobs in Chinese at 80×24, with
# nothing half done: a USB package of 20000 children (made by `guanai
# pack`) is checked, Esc, Enter — 「已停止检查数据包」; checked again and
# merged, Esc, Enter — 「已停止合并」, and the register is byte for byte as
# before; a backup of the big school, Esc, Enter — no backup file, nothing
# on the stick; restoring a big backup, Esc, Enter — the data in use
# stays (the same export), and nothing is kept aside.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
N=20000
PASS=3819-0472-5566-1290
printf '%s\n' "$PASS" >"$T/pass"
"$G" --db "$T/big" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init big"
"$G" --db "$T/big" demo --children "$N" >/dev/null 2>&1 || { fail "demo"; finish; }
"$G" --db "$T/big" pack "$STICK/guanai-all-20261129.gak" --passphrase-file "$T/pass" \
	>/dev/null 2>&1 || { fail "pack of the big school"; finish; }
make_school "$T/db"
"$G" --db "$T/db" export "$T/before.csv" >/dev/null 2>&1 || fail "export before"
# same_register: the small school's export is byte for byte as before
same_register() {
	"$G" --db "$T/db" export "$T/after.csv" >/dev/null 2>&1 || fail "export after"
	cmp -s "$T/before.csv" "$T/after.csv" || fail "$1 changed the register"
}
audits() {
	if command -v sqlite3 >/dev/null; then
		sqlite3 "$1" "SELECT count(*) FROM audit WHERE coalesce(detail, '') \
		    NOT LIKE '%after.csv%'"
	else
		echo same
	fi
}
stick_has() {
	got=$(cd "$STICK" && ls -A | LC_ALL=C sort | tr '\n' ' ')
	[ "$got" = "$1" ] || fail "$2: the stick holds '$got', want '$1'"
}

# ---- unpack: stopped while checking, then while merging ---------------
A0=$(audits "$T/db")
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys i
tui_wait "guanai-all-20261129.gak" || finish
tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_keys Enter
tui_wait "正在检查数据包" || finish
tui_keys Escape
tui_wait "停止检查数据包？里面的内容一条也不会导入。" || finish
tui_fits 80 "the question to stop"
tui_keys Enter
tui_wait "已停止检查数据包，里面的内容一条也没有导入。" 30 || finish
same_register "a stopped check"

tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_keys Enter
tui_wait "y合并  n否" 60 || finish
tui_keys y
tui_wait "正在合并数据包" || finish
tui_keys Escape
tui_wait "停止合并？这个数据包的内容一条也不会导入。" || finish
tui_keys y
tui_wait "已停止合并，数据包的内容一条也没有导入。" 60 || finish
same_register "a stopped merge"
[ "$(audits "$T/db")" = "$A0" ] || fail "a stopped merge wrote to the audit log"
tui_keys Escape
tui_wait "4 条匹配" || finish

# ---- backup of the big school: no file ---------------------------------
A0=$(audits "$T/big")
tui_restart "$T/big"
tui_wait "$N 条匹配" 30 || finish
tui_keys b
tui_wait "U盘 KINGSTON" || finish
tui_keys Enter
tui_wait "备份口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "再输一遍口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "正在备份" || finish
tui_keys Escape
tui_wait "停止备份？不会写出备份文件。" 30 || finish
tui_keys Enter
tui_wait "已停止备份，没有写出备份文件。" 60 || finish
stick_has "guanai-all-20261129.gak " "after a stopped backup"
[ "$(audits "$T/big")" = "$A0" ] || fail "a stopped backup wrote to the audit log"
ls -A "$T" | grep -q '^\.guanai-tmp-' && fail "a stopped backup left its snapshot"
tui_keys Escape
tui_wait "$N 条匹配" || finish

# ---- restore of a big backup: the data in use stays -------------------
"$G" --db "$T/big" backup "$STICK/guanai-backup-20261129-080000.db" \
	--passphrase-file "$T/pass" >/dev/null 2>&1 || { fail "backup of the big school"; finish; }
tui_restart "$T/db"
tui_wait "4 条匹配" || finish
tui_keys h
tui_wait "guanai-backup-20261129-080000.db" || finish
tui_keys Enter
tui_wait "替换"
tui_keys y
tui_wait "这个备份的口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "正在恢复" || finish
tui_keys Escape
tui_wait "停止恢复？现在的数据保持不变。" 30 || finish
tui_keys Enter
tui_wait "已停止恢复，现在的数据没有变化。" 60 || finish
same_register "a stopped restore"
ls "$T"/db.*.bak >/dev/null 2>&1 && fail "a stopped restore kept the database aside"
tui_keys Escape
tui_wait "4 条匹配" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
