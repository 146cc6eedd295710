#!/bin/sh
# conflict-values.sh — 冲突 says which value is in use now and which is
# not, each with its PC, who changed it and when, in local time (TZ
# Asia/Shanghai, 8 hours from the UTC the database keeps): 张思远's 兴趣爱好
# changed to 足球 on this PC, then to 下棋 on the other, later — the
# other's is in use.  This PC's who and when come from its audit log.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
TZ=Asia/Shanghai
export TZ
export GUANAI_PASSPHRASE='校长口令-2026-q7'
ME=$(id -un)
make_school "$T/db"
"$G" --db "$T/db" pack "$T/p0.gak" >/dev/null 2>&1 || fail "pack"
"$G" --db "$T/db2" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db2"
"$G" --db "$T/db2" unpack "$T/p0.gak" >/dev/null 2>&1 || fail "unpack"
# minute() — the local time now, as the screen shows it
minute() { date +'%Y-%m-%d %H:%M'; }
m1=$(minute)
"$G" --db "$T/db2" edit 张思远 兴趣爱好=足球 >/dev/null 2>&1 || fail "edit db2"
m2=$(minute)
sleep 1
t1=$(minute)
"$G" --db "$T/db" edit 张思远 兴趣爱好=下棋 >/dev/null 2>&1 || fail "edit db"
t2=$(minute)
"$G" --db "$T/db" pack "$T/p1.gak" >/dev/null 2>&1 || fail "pack p1"
"$G" --db "$T/db2" unpack "$T/p1.gak" >"$T/out" 2>&1 || fail "unpack p1: $(cat "$T/out")"

tui_start "$T/db2"
tui_wait "4 条匹配" || finish
tui_keys x
tui_wait "张思远 · 兴趣爱好" || finish
tui_fits 80 "the conflicts screen"
grep -qF "现在用的：「下棋」（对方电脑 · $ME · $t1）" "$T/screen" ||
	grep -qF "现在用的：「下棋」（对方电脑 · $ME · $t2）" "$T/screen" ||
	fail "the value in use is not the other PC's 下棋 with its time"
grep -qF "未采用的：「足球」（本机 · $ME · $m1）" "$T/screen" ||
	grep -qF "未采用的：「足球」（本机 · $ME · $m2）" "$T/screen" ||
	fail "the other value is not this PC's 足球 with its time"
[ "$failures" = 0 ] || sed 's/^/  | /' "$T/screen" >&2
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
