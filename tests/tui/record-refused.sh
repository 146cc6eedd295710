#!/bin/sh
# A value the record screen refuses is said plainly and never looks saved
# (80×24, Chinese): for a phone, an ID number, a date and a number, on the
# 基本, 父母 and 监护人 tabs, the typed text stays for correction with the
# reason naming the field and the value the field keeps under the form —
# still there after the next key clears the status line — the title says
# 未保存：填写有误 (never 已保存), F2 says 没有保存 and the database keeps the
# old value (read back through `guanai export`); Esc gives the typed text
# up and says what the field still holds.  A save refused by the
# cross-check of the ID number and the birth date says 没有保存 as well.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
open_zhangsiyuan || finish

title_not_saved() { # title_not_saved WHAT
	head -1 "$T/screen" | grep -q "未保存：填写有误" ||
		fail "$1: the title does not say 未保存：填写有误"
	head -1 "$T/screen" | grep -q "已保存" && fail "$1: the title says 已保存"
}
# refused TAB DOWNS TYPED REASON KEPT: open the field (DOWNS arrows down
# on tab TAB), type TYPED over its value, Enter; the screen must give
# REASON (the field's label and why) and keep KEPT ("": empty); F2 must
# not save it.
refused() {
	local tab=$1 downs=$2 typed=$3 reason=$4 kept=$5 i=0 stays
	stays="仍是 $kept。"
	[ -n "$kept" ] || stays="仍是空的。"
	tui_keys "$tab" Home
	while [ "$i" -lt "$downs" ]; do tui_keys Down; i=$((i + 1)); done
	tui_keys Enter C-u
	tui_type "$typed"
	tui_keys Enter
	tui_wait "$reason" || return
	grep -q "$typed" "$T/screen" || fail "$typed: the typed text was lost"
	grep -q "这一项没有改，$stays" "$T/screen" ||
		fail "$typed: the screen does not say the field keeps $kept"
	title_not_saved "$typed"
	# the next key clears the status line; the reason stays under the form
	tui_keys End
	tui_wait "这一项没有改，$stays" || return
	grep -qF "$reason" "$T/screen" || fail "$typed: the reason left the screen"
	title_not_saved "$typed (after a key)"
	tui_keys F2
	tui_wait "没有保存。$reason"
	title_not_saved "$typed (after F2)"
	"$G" --db "$T/db" export "$T/out.csv" >/dev/null 2>&1 || fail "export"
	grep "^张思远," "$T/out.csv" >"$T/row" || fail "张思远 not exported"
	expect_nogrep "$typed" "$T/row" "the exported row after F2 on $typed"
	# Esc gives it up: the field shows what it holds, the title 已保存
	tui_keys Escape
	tui_wait "没有修改，$stays" || return
	grep -q "$typed" "$T/screen" && fail "$typed: still shown after Esc"
	head -1 "$T/screen" | grep -q "已保存" || fail "$typed: not 已保存 after Esc"
}
refused 3 6 1371234 "监护人电话：手机号应为11位数字（现在是7位）" 13700137000
expect_grep "13700137000" "$T/row" "the exported row"
refused 3 2 200 "监护人年龄：数字太大，最多 120" 66
refused 2 1 220722201605061019 "父亲身份证号：校验位不对" ""
refused 1 2 2016-02-30 "出生日期：" 2016-05-06
expect_grep "2016-05-06" "$T/row" "the exported row"

# a save refused as a whole (the ID number says another birthday)
tui_keys 1 Home Down Down Down Enter C-u
tui_type 220722201605071011
tui_keys Enter
tui_wait "未保存"
tui_keys F2
tui_wait "没有保存。出生日期为2016-05-06，与身份证号不符"
head -1 "$T/screen" | grep -q "已保存" && fail "a refused save: the title says 已保存"
"$G" --db "$T/db" export "$T/out.csv" >/dev/null 2>&1 || fail "export"
expect_nogrep "220722201605071011" "$T/out.csv" "the export after a refused save"
tui_keys Escape
tui_wait "档案有修改还没有保存"
tui_keys d
tui_wait "1 条匹配"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
