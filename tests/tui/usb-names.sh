#!/bin/sh
# usb-names.sh — the headteacher's whole-school USB package is named as the
# exports are (关爱数据包-全校-20261129.gak, like 统计表-全校-20261129.xlsx),
# not guanai-all-20261129.gak (an English word on the teachers' stick); a
# class's is 关爱数据包-三年级2班-….  A stick holding an old-named package
# beside a new-named one lists both, and both unpack.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
PASS='校长口令-2026-q7'
make_school "$T/db"
# an older release's whole-school package, already on the stick
GUANAI_PASSPHRASE="$PASS" "$G" --db "$T/db" pack "$STICK/guanai-all-20261128.gak" \
	>/dev/null 2>&1 || fail "pack (the old name)"
"$G" --db "$T/db" edit 钱多多 性格特点=安静 >/dev/null 2>&1 || fail "edit 钱多多"

# the whole school, from the list: Enter alone takes the default name
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys e
tui_wait "选择把加密数据包写到哪里" || finish
tui_keys Home Enter
tui_wait "数据包里装哪些孩子的档案" || finish
tui_keys Enter
tui_wait "文件名：" || finish
expect_grep "关爱数据包-全校-20261129.gak" "$T/screen" "the default name"
expect_nogrep "guanai-all" "$T/screen" "the default name"
tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_keys Enter
tui_wait "再输入一次口令"
tui_type "$PASS"
tui_keys Enter
tui_wait "已把全校 4 个孩子的档案写到" || finish
[ -f "$STICK/关爱数据包-全校-20261129.gak" ] || fail "no 关爱数据包-全校-20261129.gak: $(ls "$STICK")"
# one class: named for the class as the exports are
tui_keys c
tui_wait "三年级(2)班"
tui_type "三年级(2)"
tui_keys Enter
tui_wait "共3人"
tui_keys e
tui_wait "选择把加密数据包写到哪里" || finish
tui_keys Home Enter
tui_wait "数据包里装哪些孩子的档案"
tui_keys Enter
tui_wait "文件名：" || finish
expect_grep "关爱数据包-三年级2班-20261129.gak" "$T/screen" "a class's default name"
tui_keys Escape
tui_keys q
tui_wait "GUANAI-EXIT=0"

# the second PC lists both, and takes in both: the old one first, from the
# screen, then the new one (钱多多 changed since) from the command line
"$G" --db "$T/db2" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db2"
tui_restart "$T/db2"
tui_wait "还没有儿童档案" || finish
tui_keys i
tui_wait "关爱数据包-全校-20261129.gak" || finish
expect_grep "guanai-all-20261128.gak" "$T/screen" "U盘导入 beside a new-named package"
# to the old-named one (the list is sorted by name; wherever it stands)
old=$(grep -n "guanai-all-20261128.gak" "$T/screen" | cut -d: -f1)
first=$(grep -n "\.gak" "$T/screen" | head -1 | cut -d: -f1)
tui_keys Home
while [ "$first" -lt "$old" ]; do tui_keys Down; first=$((first + 1)); done
tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_keys Enter
tui_wait "新增 4 人" || finish
tui_keys y
tui_wait "已合并" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"
"$G" --db "$T/db2" list --format tsv >"$T/list" 2>&1 || fail "list db2"
[ "$(tail -n +2 "$T/list" | wc -l)" = 4 ] || fail "the old-named package did not bring 4 children"
"$G" --db "$T/db2" show 钱多多 >"$T/show" 2>&1 || fail "show 钱多多"
expect_nogrep "安静" "$T/show" "钱多多 from the old-named package (the new one was taken)"
GUANAI_PASSPHRASE="$PASS" "$G" --db "$T/db2" unpack "$STICK/关爱数据包-全校-20261129.gak" \
	>"$T/out" 2>&1 || fail "unpack of the new-named package: $(cat "$T/out")"
"$G" --db "$T/db2" show 钱多多 >"$T/show" 2>&1 || fail "show 钱多多"
expect_grep "安静" "$T/show" "钱多多 after the new-named package"
finish
