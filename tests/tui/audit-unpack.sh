#!/bin/sh
# audit-unpack.sh — 操作日志 says in Chinese whose USB package an unpack
# merged: the one who packed it and her PC (the first digits of its site
# number), as the package records them, and its counts; an import of a workbook (.xlsx)
# says nothing of a text encoding (a walkthrough read 「编码 UTF-8」 for an
# .xlsx), a CSV's still does; no English word of the log's codes leaks.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
# the teacher's PC: her school's file, packed by her account
make_school "$T/a.db"
GUANAI_PASSWORD=laoshi111 "$G" --db "$T/a.db" user add 李老师 --role head >/dev/null 2>&1 ||
	fail "user add"
export GUANAI_PASSPHRASE=5555-6666-7777-8888
GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111 expect_rc 0 "$G" --db "$T/a.db" pack "$T/p.gak"
GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111 expect_rc 0 "$G" --db "$T/a.db" export "$T/roster.xlsx"
sqlite3 "$T/a.db" "SELECT detail FROM audit WHERE action = 'export'" | grep -q "encoding=" &&
	fail "an .xlsx export logged an encoding"
site=$(sqlite3 "$T/a.db" "SELECT substr(id, 1, 8) FROM sync_site LIMIT 1")
[ -n "$site" ] || fail "no site id on the teacher's PC"
# the office PC
expect_rc 0 "$G" --db "$T/b.db" init --school 太平山镇中心小学
expect_rc 0 "$G" --db "$T/b.db" unpack "$T/p.gak"
expect_rc 0 "$G" --db "$T/b.db" import "$T/roster.xlsx"
expect_rc 0 "$G" --db "$T/b.db" import "$T/school.csv"
sqlite3 "$T/b.db" "SELECT detail FROM audit WHERE action = 'import'" >"$T/details"
grep "roster.xlsx" "$T/details" | grep -q "encoding=" && fail "an .xlsx import logged an encoding"
grep "school.csv" "$T/details" | grep -q "encoding=UTF-8" || fail "a CSV import logged no encoding"
# an older release's entry for a workbook: its encoding is not said either
sqlite3 "$T/b.db" "INSERT INTO audit (id, at, actor, action, detail) VALUES ('old-1',
	'2026-11-01T08:00:00Z', '王老师', 'import', 'file=old.xlsx encoding=GB18030 new=1')" ||
	fail "the older entry"
tui_start "$T/b.db"
tui_wait "4 条匹配" || finish
tui_keys l
tui_wait "操作日志" || finish
tui_wait "导入U盘数据包" || finish
grep "导入U盘数据包" "$T/screen" | grep -q "打包人 李老师，电脑 $site，打包于" ||
	fail "the unpack's line does not say whose package it was"
grep "roster.xlsx" "$T/screen" | grep -q "编码" && fail "an .xlsx import's line names an encoding"
grep -q "old.xlsx，新增1" "$T/screen" || fail "an older .xlsx entry still names its encoding"
grep "school.csv" "$T/screen" | grep -q "编码 UTF-8" || fail "a CSV import's line lost its encoding"
grep -qE "unpack|actor|packed|school=|encoding|from=" "$T/screen" && fail "a code on the log's screen"
# the unpack's line whole, with its counts
# (the newest line is the first, on the screen's fourth row)
n=$(($(grep -n "导入U盘数据包" "$T/screen" | head -1 | cut -d: -f1) - 4))
while [ "$n" -gt 0 ]; do tui_keys Down; n=$((n - 1)); done
tui_keys Enter
tui_wait "新增4" || finish
expect_grep "打包人 李老师，电脑 $site，打包于" "$T/screen" "the unpack's entry"
expect_grep "更新0，冲突0" "$T/screen" "the unpack's counts"
# a date cut by the wrap goes down whole: after 打包于 (on its line, or
# at the start of the next) comes the whole date, not 「20」 / 「26-12-08」
awk '/打包于/ { sub(/.*打包于 ?/, ""); rest = $0; if (rest !~ /^ *$/) { print rest; exit }
	getline; sub(/^ */, ""); print; exit }' "$T/screen" >"$T/packed-at"
grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}' "$T/packed-at" ||
	fail "the packing date is cut by the wrap: $(cat "$T/packed-at")"
tui_fits 80 "the unpack's entry"
tui_keys q
finish
