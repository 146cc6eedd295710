#!/bin/sh
# tui-noclass.sh — issue 14: a teacher account with no class saw the whole
# school.  In the TUI (80x24, Chinese) it sees no child, and the status
# line says why.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
D="$T/s.db"
make_school "$D"
GUANAI_PASSWORD=boss-secret "$G" --db "$D" user add boss --role head >/dev/null 2>&1 || fail "add boss"
GUANAI_USER=boss GUANAI_PASSWORD=boss-secret GUANAI_NEW_PASSWORD=wang-secret \
	"$G" --db "$D" user add wang --role teacher --class 3-2 >/dev/null 2>&1 || fail "add wang"
# the account is left without its class (by hand: the audit trigger needs guanai)
sqlite3 "$D" "drop trigger user_class_audit_del; delete from user_class"
TUI_ENV="GUANAI_USER=wang GUANAI_PASSWORD=wang-secret"
tui_start "$D"
tui_wait "没有分配班级" || finish
for n in 张思远 章诗怡 钱多多; do
	grep -q "$n" "$T/screen" && fail "a teacher without classes sees $n"
done
ok "no child, and the reason"
tui_keys q
finish
