#!/bin/sh
# usb-folder.sh — a FOLDER typed for U盘导入's package (or given to
# `guanai unpack` / `guanai import`) is refused at once, before any
# passphrase, saying it is a folder and to choose a file in it (a
# walkthrough was asked for the passphrase, then read 不是普通文件（是设备、
# 管道或文件夹）, cut short on the message line).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK/数据包"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
make_school "$T/db"
WHY="是文件夹，不是文件，请选文件夹里的文件"
# the command line
"$G" --db "$T/db" unpack "$STICK/数据包" </dev/null >"$T/out" 2>"$T/err"
[ $? = 3 ] || fail "unpack of a folder: not exit 3"
grep -qF "数据包 $WHY" "$T/err" || fail "unpack of a folder: $(cat "$T/err")"
grep -q "口令" "$T/err" && fail "unpack of a folder speaks of a passphrase: $(cat "$T/err")"
"$G" --db "$T/db" import "$STICK/数据包" </dev/null >"$T/out" 2>"$T/err"
[ $? = 0 ] && fail "import of a folder succeeded"
grep -qF "数据包 $WHY" "$T/err" || fail "import of a folder: $(cat "$T/err")"
# the screen: typed on the last line
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys i
tui_wait "其他文件" || finish
tui_keys End Enter
tui_wait "数据包文件" || finish
tui_keys C-u
tui_type "$STICK/数据包"
tui_keys Enter
tui_wait "$WHY" || finish
expect_nogrep "口令：" "$T/screen" "a typed folder (a passphrase asked for)"
expect_nogrep "F12" "$T/screen" "the message (cut short)"
tui_fits 80 "the message"
tui_keys q
finish
