#!/bin/sh
# audit-about.sh — every entry of 操作日志 names what it is about (the
# log said 「新增帮扶记录」, 「新增结对帮扶」, 「新增七清楚确认」, 「新增账号」
# of nobody): the child and her class for a care record, a pairing and a
# 七清楚 confirmation, the helper, an account's name and role (also once
# it is removed), a class; never an ID or phone number.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
g() { GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" "$@" >>"$T/cli.out" 2>&1 ||
	fail "guanai $*: $(cat "$T/cli.out")"; }
GUANAI_NEW_PASSWORD=xiaozhang1 g user add 王校长 --role head
GUANAI_NEW_PASSWORD=laoshi111 g user add 李老师 --role teacher --class 3-2
GUANAI_NEW_PASSWORD=laoshi222 g user add 周老师 --role teacher --class 4-1
g user remove 周老师
g helper add 王红 --role 爱心妈妈 --phone 13512345678
g care add 张思远 --kind 家访 --date 2026-11-20 --helper 王红 --note 了解学习
g pair 章诗怡 王红
QIAN=$(GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" list --search 钱多多 \
	--format tsv | awk -F'\t' 'NR == 2 { print $1 }')
g check --confirm "$QIAN" 3
g class set 4-1 --enrolled 40
# a pairing ended, a care record to the trash: whose, and which helper
g pair 张思远 王红
g unpair 张思远 王红
g care add 赵松 --kind 亲情电话 --date 2026-11-21
CARE=$(GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" care list 赵松 \
	--format tsv | awk -F'\t' 'NR == 2 { print $1 }')
g care rm "$CARE"

TUI_ENV="GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys l
tui_wait "操作日志" || finish
tui_wait "在校学生数" || finish
# (a line is cut at the window's edge; Enter shows it whole: below)
want() { grep -qF -- "$1" "$T/screen" || { fail "the log lacks 「$1」"; sed 's/^/  | /' "$T/screen" >&2; }; }
want "张思远（三(2)班） · 新增帮扶记录（家访，2026-11-20"
want "章诗怡（三(2)班） · 新增结对帮扶（帮扶人 王红，"
want "钱多多（四(1)班） · 新增七清楚确认（第3项 健康"
want "新增帮扶人（王红，爱心妈妈）"
want "新增账号（李老师，班主任）"
want "新增账号（王校长，校长）"
want "新增账号所管班级（李老师，班主任，三(2)班）"
# a removed account: its entries name it still (not its role: gone)
want "彻底删除账号（周老师）"
want "彻底删除账号所管班级（周老师）"
want "新增账号（周老师）"
want "新增账号所管班级（周老师）"
want "修改班级（四(1)班） · 在校学生数：0 → 40"
want "张思远（三(2)班） · 修改结对帮扶（帮扶人 王红） · "
want "赵松（三(2)班） · 帮扶记录：移入回收站"
# nothing says 「新增帮扶记录」 of nobody
grep -E "新增(帮扶记录|结对帮扶|七清楚确认|账号|帮扶人)( |$)" "$T/screen" &&
	fail "an entry names nobody"
expect_nogrep "13512345678" "$T/screen" "the log (a helper's phone)"
grep -qE "[0-9a-f]{8}-[0-9a-f]{4}" "$T/screen" && fail "a row key (UUID) on the log's screen"
tui_fits 80 "the log"
# the care record's line whole: its helper too (the first line is the
# screen's 4th)
n=$(grep -n "新增帮扶记录（家访" "$T/screen" | head -1 | cut -d: -f1)
while [ "$n" -gt 4 ]; do tui_keys Down; n=$((n - 1)); done
tui_keys Enter
tui_wait "上一条消息" || finish
sed 's/ *$//' "$T/screen" | tr -d '\n ' >"$T/joined"
expect_grep "张思远（三(2)班）·新增帮扶记录（家访，2026-11-20，帮扶人王红）" "$T/joined" \
	"the care record's whole line (blanks taken out)"
tui_keys Escape
tui_wait "操作日志" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"

# a class teacher's log (if she may read it) names no child of another class
TUI_ENV="GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111" tui_restart "$T/db"
tui_wait "3 条匹配" || finish
tui_keys l
sleep 0.3
tui_screen >"$T/screen"
expect_nogrep "钱多多" "$T/screen" "a class teacher's screen"
tui_keys q
finish
