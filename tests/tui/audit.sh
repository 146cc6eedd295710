#!/bin/sh
# 操作日志: a field changed in a child's record shows up in the
# headteacher's audit view (l from the list) with who changed it, the old
# and new value and the child's name, newest first, in a teacher's words
# (修改儿童档案 · 性格特点) with ID numbers masked; Esc goes back.  Events
# (a print, a USB package) in Chinese words, every time in local time.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
me=$(id -un)
tui_start "$T/db"
tui_wait "4 条匹配" || finish

# change 张思远's 性格特点 (personality) from 内向 to 外向 and save
open_zhangsiyuan || finish
# 身份证号 (4th field) first: the log must show it masked
tui_keys Down Down Down Enter
tui_type 220722201605061016
tui_keys Enter
tui_wait "未保存" || finish
# (Enter after the ID number went on to the next field)
tui_keys Down Down Down Down Down Down Down Down Down Down Down Down Down Enter C-u
tui_type "外向"
tui_keys Tab
tui_keys F2
tui_wait "已保存张思远的档案" || finish
tui_keys Escape
tui_wait "1 条匹配"
tui_keys Escape
tui_wait "4 条匹配"

# the log: the newest line is the change, with who and the child
tui_keys l
tui_wait "操作日志" || finish
tui_wait "内向 → 外向" || finish
line=$(grep -F "内向 → 外向" "$T/screen")
case $line in *"$me"*) ;; *) fail "the log line lacks the actor $me: $line" ;; esac
case $line in *张思远*) ;; *) fail "the log line lacks the child's name: $line" ;; esac
# in a teacher's words: the action, the record, the field's Chinese label
case $line in *"修改儿童档案 · 性格特点：内向 → 外向"*) ;;
*) fail "the log line should read 修改儿童档案 · 性格特点：内向 → 外向: $line" ;; esac
# the ID number changed too, masked as in every list
expect_grep "身份证号：- → 2207" "$T/screen" "the audit log"
expect_nogrep "220722201605061016" "$T/screen" "the audit log (ID unmasked)"
expect_nogrep "personality" "$T/screen" "the audit log (a column code)"
tui_fits 80 "the audit log"
tui_keys Down Down PageDown PageUp
tui_wait "操作日志"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# An event's words and its time as a teacher in Beijing reads them: a
# print and a USB package (stored as key=value words and UTC) shown in
# Chinese, at the local hour (UTC+8), never as document=… or children=…
# (beside the sanitizer build, printing carries fontconfig's and pango's own
# leaks: suppressed as in tests/print/common.sh)
expect_rc 0 env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0" \
	LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp" \
	"$G" --db "$T/db" print roster -o "$T/r.pdf" || finish
GUANAI_PASSPHRASE='审计-口令-2026' expect_rc 0 "$G" --db "$T/db" pack "$T/p.gak" --class 3-2 ||
	finish
at=$(sqlite3 "$T/db" "SELECT at FROM audit WHERE action = 'pack'")
want=$(TZ=Asia/Shanghai date -d "$at" '+%Y-%m-%d %H:%M')
[ "$want" != "$(TZ=UTC date -d "$at" '+%Y-%m-%d %H:%M')" ] || fail "the test's two clocks agree"
TUI_ENV="TZ=Asia/Shanghai" tui_restart "$T/db"
tui_wait "4 条匹配" || finish
tui_keys l
tui_wait "导出U盘数据包" || finish
expect_grep "$want  $me  导出U盘数据包（班级 三(2)，3名儿童）" "$T/screen" "the pack's line"
expect_grep "打印（留守儿童花名册，全校，4名儿童，" "$T/screen" "the print's line"
expect_nogrep "document=\|children=\|class=" "$T/screen" "the audit log (stored words)"
# a line cut at the edge, whole: Enter on the print's line (the second,
# under the pack's) shows it wrapped, to its last word
tui_keys Down Enter
tui_wait "上一条消息" || finish
sed 's/ *$//' "$T/screen" | tr -d '\n' >"$T/joined"
expect_grep "打印（留守儿童花名册，全校，4名儿童，[0-9]*页，公开版，存成 *PDF文件）" "$T/joined" \
	"the print's whole line"
tui_keys Escape
tui_wait "导出U盘数据包" || finish
tui_keys q
finish
