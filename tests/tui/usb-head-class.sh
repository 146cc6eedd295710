#!/bin/sh
# usb-head-class.sh — the headteacher's U盘导出 asks whose children go into
# the package (全校 or one class) in a menu, every time: the list's class
# filter is not taken silently, nor the whole school by default.  She
# chooses 三年级(2)班 from the whole-school list; the file is named for
# the class, the status line says which, and the package unpacked into a
# fresh database holds that class's three children only.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
PASS='校长口令-2026-q7'
make_school "$T/db"

tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys e
tui_wait "选择把加密数据包写到哪里" || finish
tui_keys Home Enter
tui_wait "数据包里装哪些孩子的档案" || finish
expect_grep "全校（4 人）" "$T/screen" "the menu's whole school"
expect_grep "三年级(2)班（3 人）" "$T/screen" "the menu's 三年级(2)班"
expect_grep "四年级(1)班（1 人）" "$T/screen" "the menu's 四年级(1)班"
tui_fits 80 "the class menu"
tui_type "三年级(2)"
tui_keys Enter
tui_wait "文件名：" || finish
expect_grep "关爱数据包-三年级2班-20261129.gak" "$T/screen" "the chosen class's name"
tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_keys Enter
tui_wait "再输入一次口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "已把三年级(2)班 3 个孩子的档案写到" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"
PKG="$STICK/关爱数据包-三年级2班-20261129.gak"
[ -f "$PKG" ] || fail "no 关爱数据包-三年级2班-20261129.gak: $(ls "$STICK")"

# a fresh database takes in that class, and nothing else
"$G" --db "$T/db2" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db2"
GUANAI_PASSPHRASE="$PASS" "$G" --db "$T/db2" unpack "$PKG" >"$T/out" 2>&1 ||
	fail "unpack: $(cat "$T/out")"
"$G" --db "$T/db2" list --format tsv >"$T/list" 2>&1 || fail "list db2"
[ "$(tail -n +2 "$T/list" | wc -l)" = 3 ] || fail "not 3 children: $(cat "$T/list")"
for n in 张思远 章诗怡 赵松; do expect_grep "$n" "$T/list" "$n unpacked"; done
expect_nogrep "钱多多" "$T/list" "四年级(1)班's child in 三年级(2)班's package"
finish
