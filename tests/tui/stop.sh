#!/bin/sh
# stop.sh — Esc stops a long job in Chinese at 80×24, and nothing is half
# done afterwards.  A roster of 20000 children (a demo school exported as
# GB18030 CSV) on the stick: Esc while the preview reads it, Enter — back
# at the files; Esc on the import's bar asks 「停止导入？」,
# Enter stops — the register is as before (the same export, byte for
# byte), no problem file, the message says so and the preview is back;
# Esc then n goes on and the import completes.  On the big school: Esc on
# the export's bar, y — the old file of that name is untouched and no
# temporary file is left on the stick; ?, Esc, Esc goes on and writes it,
# and the ? typed meanwhile opens the help afterwards.
# The USB package: Esc, Enter — no package, nothing else on the stick.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
N=20000
"$G" --db "$T/big" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init big"
"$G" --db "$T/big" demo --children "$N" >/dev/null 2>&1 || { fail "demo"; finish; }
"$G" --db "$T/big" export --encoding gb18030 "$STICK/花名册.csv" >/dev/null 2>&1 ||
	{ fail "export of the big roster"; finish; }
make_school "$T/db"
"$G" --db "$T/db" export "$T/before.csv" >/dev/null 2>&1 || fail "export before"

# audits DB: the rows of its audit log (a stopped job adds none) but the
# test's own exports to after.csv; "same" when sqlite3 is missing, so
# those checks pass without it
audits() {
	if command -v sqlite3 >/dev/null; then
		sqlite3 "$1" "SELECT count(*) FROM audit WHERE coalesce(detail, '') \
		    NOT LIKE '%after.csv%'"
	else
		echo same
	fi
}
# count DB: the children in the register
count() { "$G" --db "$1" list --format tsv 2>/dev/null | tail -n +2 | wc -l; }
# stick_has: the stick holds exactly the files named (sorted), nothing else
stick_has() {
	got=$(cd "$STICK" && ls -A | LC_ALL=C sort | tr '\n' ' ')
	[ "$got" = "$1" ] || fail "$2: the stick holds '$got', want '$1'"
}

# ---- import: Esc, Enter stops; nothing of the file is kept -------------
A0=$(audits "$T/db")
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys m
tui_wait "花名册.csv" || finish
# the preview (a dry run) stopped: back at the files
tui_keys Enter
tui_wait "正在读取文件：" || finish
tui_keys Escape
tui_wait "停止读取文件？什么都不会导入。" 30 || finish
tui_keys Enter
tui_wait "已停止读取文件，什么都没有导入。" 30 || finish
grep -q "其他文件或文件夹" "$T/screen" || fail "the files are not back after stopping the preview"
tui_keys Enter
tui_wait "新增 $N 人" 60 || finish
tui_keys Enter
tui_wait "正在导入：" || finish
tui_keys Escape
tui_wait "停止导入？这个文件的内容一条也不会保留。" || finish
tui_fits 80 "the question to stop"
tui_keys Enter
tui_wait "已停止导入，名册没有变化。" 30 || finish
grep -q "新增 $N 人" "$T/screen" || fail "the preview is not back after stopping"
[ "$(count "$T/db")" -eq 4 ] || fail "a stopped import left $(count "$T/db") children (want 4)"
"$G" --db "$T/db" export "$T/after.csv" >/dev/null 2>&1 || fail "export after"
cmp -s "$T/before.csv" "$T/after.csv" || fail "a stopped import changed the register"
stick_has "花名册.csv " "after a stopped import"
[ "$(audits "$T/db")" = "$A0" ] || fail "a stopped import wrote to the audit log"

# Esc, then n: the import goes on to the end
tui_keys Enter
tui_wait "正在导入：" || finish
tui_keys Escape
tui_wait "停止导入？" || finish
tui_keys n
tui_wait_gone "停止导入？"
tui_wait "已导入：新增 $N 人" 60 || finish
[ "$(count "$T/db")" -eq $((N + 4)) ] || fail "going on imported $(count "$T/db") children (want $((N + 4)))"

# ---- export of the big school: an old file of that name stays ----------
F="太平山镇中心小学-全校-20261129.xlsx"
echo "the old file" >"$STICK/$F"
A0=$(audits "$T/big")
tui_restart "$T/big"
tui_wait "$N 条匹配" 30 || finish
tui_keys o
tui_wait "$F" || finish
tui_keys Enter
tui_wait "已经存在" || finish
tui_keys y
tui_wait "正在导出：" || finish
tui_keys Escape
tui_wait "停止导出？不会写出文件，同名的旧文件保持原样。" || finish
tui_keys y
tui_wait "已停止导出，没有写出文件。" 30 || finish
[ "$(cat "$STICK/$F")" = "the old file" ] || fail "a stopped export touched the old file"
stick_has "$F 花名册.csv " "after a stopped export"
[ "$(audits "$T/big")" = "$A0" ] || fail "a stopped export wrote to the audit log"

# ?, Esc, then Esc: goes on, the file is written; the ? typed while the
# bar was up is not lost: the help opens over the list afterwards
tui_keys Enter
tui_wait "已经存在" || finish
tui_keys y
tui_wait "正在导出：" || finish
tui_keys '?' Escape
tui_wait "停止导出？" || finish
tui_keys Escape
tui_wait "本屏按键：" 60 || finish
command -v unzip >/dev/null && { unzip -l "$STICK/$F" >/dev/null 2>&1 ||
	fail "going on did not write the xlsx"; }
stick_has "$F 花名册.csv " "after an export that went on"
tui_keys Escape
tui_wait_gone "本屏按键："

# ---- the USB package: Esc, Enter — no package ----------------------------
tui_wait "$N 条匹配" || finish
tui_keys e
tui_wait "选择把加密数据包写到哪里" || finish
tui_keys Home Enter
tui_wait "数据包里装哪些孩子的档案" || finish
tui_keys Enter
tui_wait "关爱数据包-全校-20261129.gak" || finish
tui_keys Enter
tui_wait "口令："
tui_type "Qz7-river-lamp-9"
tui_keys Enter
tui_wait "再输入一次口令"
tui_type "Qz7-river-lamp-9"
tui_keys Enter
tui_wait "正在写入数据包" || finish
tui_keys Escape
tui_wait "停止打包？不会写出数据包。" || finish
tui_keys Enter
tui_wait "已停止打包，没有写出数据包。" 30 || finish
stick_has "$F 花名册.csv " "after a stopped package"
command -v sqlite3 >/dev/null && [ "$(sqlite3 "$T/big" "SELECT count(*) FROM audit \
	WHERE action = 'pack'")" != 0 ] && fail "a stopped package wrote to the audit log"

tui_keys Escape
tui_wait "$N 条匹配" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
