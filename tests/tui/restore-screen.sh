#!/bin/sh
# restore-screen.sh — 恢复备份 at 80×24 of a database that has made a USB
# package (so the restored copy is opened as a copy and gets its own
# identity): the question is shown whole, wrapped (it was cut at
# 「替换现在的…」), and after the restore the screen is intact — the note
# on stderr about preparing a copied database used to scroll the terminal
# under curses, leaving the title row stale, the school's name gone.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
make_school "$T/db"
export GUANAI_PASSPHRASE=3819-0472-5566-1290
"$G" --db "$T/db" pack "$T/p.gak" >/dev/null 2>&1 || fail "pack"
"$G" --db "$T/db" backup "$STICK/guanai-backup-20261129-080000.db" >/dev/null 2>&1 ||
	fail "backup"
unset GUANAI_PASSPHRASE
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys h
tui_wait "guanai-backup-" || finish
tui_keys Enter
tui_wait "替换" || finish
grep -q "现在的数据库会另存" "$T/screen" || fail "the restore question is cut"
tui_fits 80 "the restore question"
tui_keys y
tui_wait "这个备份的口令" || finish
tui_type 3819-0472-5566-1290
tui_keys Enter
tui_wait "已恢复备份" || finish
tui_wait "4 条匹配"
head -1 "$T/screen" | grep -q "关爱 · 太平山镇中心小学" ||
	fail "the title row is stale after the restore: $(head -1 "$T/screen")"
sed -n 2p "$T/screen" | grep -q "搜索" || fail "the list moved after the restore"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
