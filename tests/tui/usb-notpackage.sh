#!/bin/sh
# usb-notpackage.sh — U盘导入 and `guanai unpack` look at a file before
# they ask for its passphrase: a roster renamed .gak, a file typed on the
# last line, an empty one, one cut short, one a newer guanai wrote are each
# said plainly — which file, and why — and no passphrase is asked for
# (the walkthrough typed a passphrase and only then read 不是关爱的数据包).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
make_school "$T/db"
cp "$T/school.csv" "$STICK/名单.gak"
cp "$T/school.csv" "$STICK/花名册.csv"
: >"$STICK/空.gak"
printf 'GUANAIPK\001\000' >"$STICK/半个.gak"
{ printf 'GUANAIPK\002\000'; head -c 200 /dev/zero; } >"$STICK/新版.gak"

# the command line: no passphrase anywhere, no terminal to ask on — each
# file is refused for what it is, not for the missing passphrase
said() { # said FILE WHY
	"$G" --db "$T/db" unpack "$STICK/$1" </dev/null >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" = 3 ] || fail "unpack $1: exit $rc, not 3"
	grep -qF "$1：$2" "$T/err" || fail "unpack $1 does not say 「$2」: $(cat "$T/err")"
	grep -q "口令" "$T/err" && fail "unpack $1 speaks of a passphrase: $(cat "$T/err")"
}
said 名单.gak "不是关爱的数据包"
said 花名册.csv "不是关爱的数据包"
said 空.gak "文件是空的，不是关爱的数据包"
said 半个.gak "数据包不完整"
said 新版.gak "这个数据包由新版本的关爱程序制作"

# the screen: the .gak that is a roster is offered (by its name), and
# refused at once, by name
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys i
tui_wait "名单.gak" || finish
n=$(grep -n "名单.gak" "$T/screen" | head -1 | cut -d: -f1)
top=$(grep -n "[空半新名]" "$T/screen" | grep "\.gak" | head -1 | cut -d: -f1)
i=$top
while [ "$i" -lt "$n" ]; do tui_keys Down; i=$((i + 1)); done
tui_keys Enter
tui_wait "不是关爱的数据包" || finish
expect_grep "名单.gak：不是关爱的数据包" "$T/screen" "the roster named .gak"
expect_nogrep "口令：" "$T/screen" "the roster named .gak (a passphrase asked for)"
# a file typed on the last line: the same, before any passphrase
tui_keys End Enter
tui_wait "数据包文件" || finish
tui_keys C-u
tui_type "$STICK/花名册.csv"
tui_keys Enter
tui_wait "花名册.csv：不是关爱的数据包" || finish
expect_nogrep "口令：" "$T/screen" "a typed roster (a passphrase asked for)"
tui_fits 80 "the message"
tui_keys q
finish
